#pragma once

#include "PlanTableWidget.h"
#include "core/domain/IncidentLevel.h"

// The incident levels (特别重大 … 一般) with the plan's own criteria and response at each level.
class LevelTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, ColourColumn, CriteriaColumn, ResponseColumn };

    explicit LevelTableWidget(QWidget *parent = nullptr);

    QList<IncidentLevel> levels() const;
    void setLevels(const QList<IncidentLevel> &levels);
};

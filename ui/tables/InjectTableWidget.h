#pragma once

#include "PlanTableWidget.h"
#include "core/domain/DrillInject.h"

// The planned steps of a drill scenario: minutes from the start, the inject, the expected action.
class InjectTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { OffsetColumn, DescriptionColumn, ExpectedActionColumn };

    explicit InjectTableWidget(QWidget *parent = nullptr);

    QList<DrillInject> injects() const; // blank rows left out
    void setInjects(const QList<DrillInject> &injects);
};

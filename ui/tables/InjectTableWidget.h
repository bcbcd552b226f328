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
    // Minutes from the start as typed or pasted: "T+1:30", "1 h 30", "90", "T+90".
    static int offsetMinutes(const QString &text);
    void setInjects(const QList<DrillInject> &injects);
};

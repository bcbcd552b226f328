#pragma once

#include "PlanTableWidget.h"
#include "core/domain/DrillTimelineEntry.h"

// What happened during a drill: time, inject or event, action taken, by whom.
class TimelineTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, ActionColumn, ActorColumn };

    explicit TimelineTableWidget(QWidget *parent = nullptr);

    QList<DrillTimelineEntry> entries() const; // blank rows left out
    void setEntries(const QList<DrillTimelineEntry> &entries);
};

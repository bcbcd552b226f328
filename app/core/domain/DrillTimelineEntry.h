#pragma once

#include <QString>
#include <QTime>

// One line of what happened during a drill: at this time, this inject or event, this action, by whom.
struct DrillTimelineEntry
{
    QTime time;
    QString event;
    QString action;
    QString actor;

    friend bool operator==(const DrillTimelineEntry &, const DrillTimelineEntry &) = default;
};

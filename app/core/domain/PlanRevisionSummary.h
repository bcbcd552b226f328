#pragma once

#include <QDate>
#include <QString>

// A drill record or a closed incident that asks for a revision of its plan not yet made, for the
// dashboard.
struct PlanRevisionSummary
{
    qint64 recordId = 0;   // the drill record's; 0 when an incident asks
    qint64 planId = 0;
    QString planTitle;
    QString drillTitle;    // empty when an incident asks
    QDate heldOn; // the day of the drill, or the day the incident's handling ended; invalid if the record does not say
    QString note; // what to revise, as the record says
    qint64 incidentId = 0; // the incident's; 0 when a drill asks
};

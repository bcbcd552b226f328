#pragma once

#include <QDate>
#include <QString>

// A drill record that asks for a revision of its plan not yet made, for the dashboard.
struct PlanRevisionSummary
{
    qint64 recordId = 0;
    qint64 planId = 0;
    QString planTitle;
    QString drillTitle;
    QDate heldOn; // invalid if the record does not say
    QString note; // what to revise, as the record says
};

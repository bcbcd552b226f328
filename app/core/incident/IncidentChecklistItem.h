#pragma once

#include <QDateTime>
#include <QString>

// One response step of the plan for the incident's level, ticked off as it is done.
struct IncidentChecklistItem
{
    QString step;
    bool done = false;
    QDateTime doneAt; // invalid until done
    QString doneBy;

    friend bool operator==(const IncidentChecklistItem &, const IncidentChecklistItem &) = default;
};

#pragma once

#include <QDateTime>
#include <QString>

// One line of an incident's response log (处置记录): when, what was done, by whom. Entries have ids
// of their own because the log only grows while the incident is handled.
struct IncidentLogEntry
{
    qint64 id = 0; // 0 until saved
    QDateTime time;
    QString action;
    QString by;

    friend bool operator==(const IncidentLogEntry &, const IncidentLogEntry &) = default;
};

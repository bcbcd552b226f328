#pragma once

#include "../domain/DrillItem.h"
#include "../domain/OperatorProfile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// What DrillScheduler needs to know about the stored programme: the items (their teams, objectives
// and injects left empty), which occurrences are recorded and which cancelled. DrillRepository
// fills it with a few queries; the scheduler works on it without touching the database.
struct DrillScheduleSnapshot
{
    struct PlanFacts
    {
        QString title;
        OperatorProfile profile = OperatorProfile::Ordinary;
        QDate effectiveOn;
    };

    QList<DrillItem> items;
    QHash<qint64, PlanFacts> plans;             // by plan id
    QHash<quint64, qint64> recordIds;           // occurrenceKey → record id
    QHash<quint64, QString> cancellationReasons; // occurrenceKey → reason

    // An occurrence is identified by its item and its planned date.
    static quint64 occurrenceKey(qint64 drillItemId, const QDate &date)
    {
        return (quint64(drillItemId) << 32) | quint32(date.toJulianDay());
    }
};

#pragma once

#include "DrillOccurrence.h"
#include "DrillScheduleSnapshot.h"

#include <QDate>
#include <QList>

// Turns a stored programme into dated occurrences with their state. Pure computation over a
// DrillScheduleSnapshot: "today" is passed in (from Clock::today()), so tests fix it.
class DrillScheduler
{
public:
    static constexpr int kDueSoonDays = 30;

    // State of an occurrence on `today`: Done if recorded, Cancelled if cancelled, otherwise by date
    // (Overdue before today, DueSoon from today to today + kDueSoonDays, Planned after).
    static OccurrenceState stateOn(const QDate &occurrenceDate, const QDate &today, bool recorded, bool cancelled);

    // Every occurrence between `from` and `to` inclusive, ordered by date, time, plan and item.
    // `planId` 0 means all plans.
    static QList<DrillOccurrence> occurrencesBetween(const DrillScheduleSnapshot &snapshot, const QDate &from,
                                                     const QDate &to, const QDate &today, qint64 planId = 0);

    // Occurrences whose date has passed with no record and no cancellation, oldest first.
    static QList<DrillOccurrence> overdue(const DrillScheduleSnapshot &snapshot, const QDate &today, qint64 planId = 0);
    // Occurrences from today to today + kDueSoonDays that are neither recorded nor cancelled.
    static QList<DrillOccurrence> dueSoon(const DrillScheduleSnapshot &snapshot, const QDate &today, qint64 planId = 0);
};

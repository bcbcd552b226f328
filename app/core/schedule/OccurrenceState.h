#pragma once

#include <QString>

// Where one occurrence of a drill stands on a given day.
enum class OccurrenceState {
    Planned,   // more than DrillScheduler::kDueSoonDays ahead
    DueSoon,   // today or within kDueSoonDays
    Overdue,   // its date has passed and nothing is recorded
    Done,      // a record exists
    Cancelled  // cancelled, with a reason
};

QString occurrenceStateKey(OccurrenceState state);
// English source text, translated in context "OccurrenceState".
const char *occurrenceStateSourceText(OccurrenceState state);

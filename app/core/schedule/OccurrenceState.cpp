#include "OccurrenceState.h"

#include <QtGlobal>

namespace {
struct Entry
{
    OccurrenceState value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {OccurrenceState::Planned, "planned", QT_TRANSLATE_NOOP("OccurrenceState", "Planned")},
    {OccurrenceState::DueSoon, "due_soon", QT_TRANSLATE_NOOP("OccurrenceState", "Due soon")},
    {OccurrenceState::Overdue, "overdue", QT_TRANSLATE_NOOP("OccurrenceState", "Overdue")},
    {OccurrenceState::Done, "done", QT_TRANSLATE_NOOP("OccurrenceState", "Done")},
    {OccurrenceState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OccurrenceState", "Cancelled")},
};
} // namespace

QString occurrenceStateKey(OccurrenceState state)
{
    for (const Entry &entry : kEntries)
        if (entry.value == state)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

const char *occurrenceStateSourceText(OccurrenceState state)
{
    for (const Entry &entry : kEntries)
        if (entry.value == state)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

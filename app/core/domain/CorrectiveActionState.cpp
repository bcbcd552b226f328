#include "CorrectiveActionState.h"

#include "KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    CorrectiveActionState value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {CorrectiveActionState::Open, "open", QT_TRANSLATE_NOOP("CorrectiveActionState", "Open")},
    {CorrectiveActionState::InProgress, "in_progress", QT_TRANSLATE_NOOP("CorrectiveActionState", "In progress")},
    {CorrectiveActionState::Closed, "closed", QT_TRANSLATE_NOOP("CorrectiveActionState", "Closed")},
};
} // namespace

QList<CorrectiveActionState> allCorrectiveActionStates()
{
    return KeyTable::allOf(kEntries);
}

QString correctiveActionStateKey(CorrectiveActionState value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<CorrectiveActionState> correctiveActionStateFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *correctiveActionStateSourceText(CorrectiveActionState value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

#include "CorrectiveActionState.h"

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
    QList<CorrectiveActionState> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString correctiveActionStateKey(CorrectiveActionState value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<CorrectiveActionState> correctiveActionStateFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *correctiveActionStateSourceText(CorrectiveActionState value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

#include "IncidentState.h"

#include "../domain/KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    IncidentState value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {IncidentState::Open, "open", QT_TRANSLATE_NOOP("IncidentState", "Open")},
    {IncidentState::Closed, "closed", QT_TRANSLATE_NOOP("IncidentState", "Closed")},
};
} // namespace

QList<IncidentState> allIncidentStates()
{
    return KeyTable::allOf(kEntries);
}

QString incidentStateKey(IncidentState value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<IncidentState> incidentStateFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *incidentStateSourceText(IncidentState value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

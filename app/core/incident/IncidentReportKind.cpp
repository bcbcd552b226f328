#include "IncidentReportKind.h"

#include "../domain/KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    IncidentReportKind value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {IncidentReportKind::Initial, "initial", QT_TRANSLATE_NOOP("IncidentReportKind", "Initial report")},
    {IncidentReportKind::Supplementary, "supplementary", QT_TRANSLATE_NOOP("IncidentReportKind", "Supplementary report")},
    {IncidentReportKind::Summary, "summary", QT_TRANSLATE_NOOP("IncidentReportKind", "Summary report")},
};
} // namespace

QList<IncidentReportKind> allIncidentReportKinds()
{
    return KeyTable::allOf(kEntries);
}

QString incidentReportKindKey(IncidentReportKind value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<IncidentReportKind> incidentReportKindFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *incidentReportKindSourceText(IncidentReportKind value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

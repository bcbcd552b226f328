#include "DueReportKind.h"

#include "../domain/KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DueReportKind value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DueReportKind::Initial, "initial", QT_TRANSLATE_NOOP("DueReportKind", "Initial report")},
    {DueReportKind::Onward, "onward", QT_TRANSLATE_NOOP("DueReportKind", "Onward report")},
    {DueReportKind::Police, "police", QT_TRANSLATE_NOOP("DueReportKind", "Report to the police")},
    {DueReportKind::Summary, "summary", QT_TRANSLATE_NOOP("DueReportKind", "Summary report")},
};
} // namespace

QList<DueReportKind> allDueReportKinds()
{
    return KeyTable::allOf(kEntries);
}

QString dueReportKindKey(DueReportKind value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DueReportKind> dueReportKindFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *dueReportKindSourceText(DueReportKind value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

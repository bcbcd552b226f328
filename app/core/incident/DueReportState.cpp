#include "DueReportState.h"

#include "../domain/KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DueReportState value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DueReportState::Pending, "pending", QT_TRANSLATE_NOOP("DueReportState", "Pending")},
    {DueReportState::DueSoon, "due_soon", QT_TRANSLATE_NOOP("DueReportState", "Due soon")},
    {DueReportState::Overdue, "overdue", QT_TRANSLATE_NOOP("DueReportState", "Overdue")},
    {DueReportState::Sent, "sent", QT_TRANSLATE_NOOP("DueReportState", "Sent")},
    {DueReportState::SentLate, "sent_late", QT_TRANSLATE_NOOP("DueReportState", "Sent late")},
    {DueReportState::Information, "information", QT_TRANSLATE_NOOP("DueReportState", "For information")},
};
} // namespace

QList<DueReportState> allDueReportStates()
{
    return KeyTable::allOf(kEntries);
}

QString dueReportStateKey(DueReportState value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DueReportState> dueReportStateFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *dueReportStateSourceText(DueReportState value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

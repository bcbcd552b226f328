#pragma once

#include "../Result.h"
#include "../domain/DrillItem.h"
#include "../domain/Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>

// Writes a plan's drill programme as an iCalendar file (RFC 5545) that Thunderbird and Outlook
// import: one VEVENT per item with a stable UID (re-importing updates instead of duplicating),
// the recurrence as an RRULE giving the same dates as RecurrenceRule::occurrences, cancelled
// occurrences as EXDATE, a VTIMEZONE for the items' zone (Asia/Shanghai), lines folded at 75
// octets without splitting a UTF-8 character, and TEXT values escaped.
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)

public:
    // `cancelled` holds DrillScheduleSnapshot::occurrenceKey values of cancelled occurrences.
    static QByteArray toIcs(const Plan &plan, const QList<DrillItem> &items, const QSet<quint64> &cancelled = {});
    // Atomically (QSaveFile).
    static Result<void> exportToFile(const Plan &plan, const QList<DrillItem> &items, const QSet<quint64> &cancelled,
                                     const QString &path);
    // "<item uid>@plandesk" (the uid the database gives an item when first saved; an unsaved item gets
    // "plandesk-drill-<plan id>-<item id>@plandesk"): stable across exports and edits.
    static QString uidFor(const DrillItem &item);
};

#include "ProgrammeChecker.h"

#include "RecurrenceSeries.h"

#include <algorithm>

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Art. 36(4) of the Cybersecurity Law (Art. 34(4) before the 2025 amendment) and Art. 15(3) of the CII
// Regulations put the duty to drill regularly on CII operators only; a central state organ reports
// on its own route (2 h) but has no such statutory drill duty.
bool appliesRegularDrillDuty(OperatorProfile profile)
{
    return profile == OperatorProfile::CriticalInfrastructure;
}

} // namespace

QList<ProgrammeWarning> ProgrammeChecker::check(const DrillScheduleSnapshot &snapshot, qint64 planId,
                                                const QDate &today)
{
    QList<ProgrammeWarning> warnings;
    if (!today.isValid())
        return warnings;

    const DrillScheduleSnapshot::PlanFacts facts = snapshot.plans.value(planId);
    QList<const DrillItem *> items;
    for (const DrillItem &item : snapshot.items)
        if (item.planId == planId && item.firstDate.isValid())
            items.append(&item);
    const QDate nextYearStart(today.year() + 1, 1, 1);
    const QDate nextYearEnd(today.year() + 1, 12, 31);

    if (appliesRegularDrillDuty(facts.profile)) {
        QDate windowStart = facts.effectiveOn;
        if (!windowStart.isValid()) {
            for (const DrillItem *item : std::as_const(items))
                if (!windowStart.isValid() || item->firstDate < windowStart)
                    windowStart = item->firstDate;
        }
        if (!windowStart.isValid())
            windowStart = today;
        const QDate windowEnd = nextYearEnd;

        // The comprehensive drills that count: held (recorded), or still to come and not cancelled.
        // A past date with no record was not held, whatever the plan said.
        QList<QDate> held;
        for (const DrillItem *item : std::as_const(items)) {
            if (item->content != DrillContent::Comprehensive)
                continue;
            const RecurrenceSeries series(item->recurrence, item->firstDate);
            for (int index = series.indexOnOrAfter(windowStart); index < series.size(); ++index) {
                const QDate date = series.at(index);
                if (date > windowEnd)
                    break;
                const quint64 key = DrillScheduleSnapshot::occurrenceKey(item->id, date);
                if (snapshot.recordIds.contains(key)
                    || (date >= today && !snapshot.cancellationReasons.contains(key)))
                    held.append(date);
            }
        }
        std::sort(held.begin(), held.end());
        held.erase(std::unique(held.begin(), held.end()), held.end());

        // A stretch [start, end] without a counted drill is a gap once it spans twelve full months.
        const auto addGapIfTooLong = [&](const QDate &start, const QDate &end) {
            if (start.addMonths(12) > end.addDays(1))
                return;
            ProgrammeWarning warning;
            warning.kind = ProgrammeWarning::Kind::ComprehensiveGap;
            warning.planId = planId;
            warning.planTitle = facts.title;
            warning.from = start;
            warning.to = end;
            warning.message = tr("No comprehensive drill is held or planned from %1 to %2, a span of more than 12 months; "
                                 "a critical information infrastructure operator must drill regularly "
                                 "(Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment).")
                                  .arg(isoDate(start), isoDate(end));
            warnings.append(warning);
        };
        QDate stretchStart = windowStart;
        for (const QDate &date : std::as_const(held)) {
            if (date > stretchStart)
                addGapIfTooLong(stretchStart, date.addDays(-1));
            stretchStart = date.addDays(1);
        }
        if (stretchStart <= windowEnd)
            addGapIfTooLong(stretchStart, windowEnd);
    }

    // GB/T 38645-2020: next year's programme is finished and budgeted by December.
    if (today.month() == 12) {
        bool planned = false;
        for (const DrillItem *item : std::as_const(items)) {
            const RecurrenceSeries series(item->recurrence, item->firstDate);
            for (int index = series.indexOnOrAfter(nextYearStart); index < series.size() && !planned; ++index) {
                const QDate date = series.at(index);
                if (date > nextYearEnd)
                    break;
                const quint64 key = DrillScheduleSnapshot::occurrenceKey(item->id, date);
                planned = snapshot.recordIds.contains(key) || !snapshot.cancellationReasons.contains(key);
            }
            if (planned)
                break;
        }
        if (!planned) {
            ProgrammeWarning warning;
            warning.kind = ProgrammeWarning::Kind::NextYearNotReady;
            warning.planId = planId;
            warning.planTitle = facts.title;
            warning.from = nextYearStart;
            warning.to = nextYearEnd;
            warning.message = tr("Next year's drill programme is not ready: no drill is planned for %1; it should be "
                                 "finished and budgeted by December (GB/T 38645-2020).")
                                  .arg(QString::number(nextYearStart.year()));
            warnings.append(warning);
        }
    }
    return warnings;
}

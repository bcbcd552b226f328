#include "DrillScheduler.h"

#include "RecurrenceSeries.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

enum class Selection { All, OpenOnly };

// One occurrence found, before it becomes a DrillOccurrence.
struct Found
{
    qsizetype itemIndex;
    qint64 julianDay;
    int sequence;
    bool recorded;
    qint64 recordId;
    const QString *cancellationReason;
};

// What the occurrences are ordered by, packed into 16 bytes: the overdue list of a large programme
// runs to tens of thousands, and sorting the full records took a fifth of the time.
struct SortKey
{
    quint64 when;  // Julian day, then the start time in ms (+1, so that "no time" sorts first as in QTime)
    quint64 order; // the item's rank by plan and item id, then the index into the found list

    bool operator<(const SortKey &other) const
    {
        return when != other.when ? when < other.when : order < other.order;
    }
};

// The occurrences of the snapshot's items between `from` and `to` inclusive (an invalid `from`
// means from each item's start), ordered by date, time, plan and item. Each item's range is
// found by arithmetic, so a dashboard over years of drills touches only the occurrences it
// returns and the ones before today.
QList<DrillOccurrence> collect(const DrillScheduleSnapshot &snapshot, const QDate &from, const QDate &to,
                               const QDate &today, qint64 planId, Selection selection)
{
    // The items concerned, ranked by plan and item id: the order among occurrences at the same moment.
    std::vector<qsizetype> itemIndexes;
    for (qsizetype itemIndex = 0; itemIndex < snapshot.items.size(); ++itemIndex) {
        const DrillItem &item = snapshot.items.at(itemIndex);
        if ((planId == 0 || item.planId == planId) && item.firstDate.isValid() && item.firstDate <= to)
            itemIndexes.push_back(itemIndex);
    }
    std::sort(itemIndexes.begin(), itemIndexes.end(), [&snapshot](qsizetype a, qsizetype b) {
        const DrillItem &first = snapshot.items.at(a);
        const DrillItem &second = snapshot.items.at(b);
        return first.planId != second.planId ? first.planId < second.planId : first.id < second.id;
    });

    const bool anyRecord = !snapshot.recordIds.isEmpty();
    const bool anyCancellation = !snapshot.cancellationReasons.isEmpty();
    std::vector<Found> found;
    std::vector<SortKey> keys;
    for (std::size_t rank = 0; rank < itemIndexes.size(); ++rank) {
        const DrillItem &item = snapshot.items.at(itemIndexes[rank]);
        const RecurrenceSeries series(item.recurrence, item.firstDate);
        const quint64 startMsecs = item.startTime.isValid() ? quint64(item.startTime.msecsSinceStartOfDay()) + 1 : 0;
        for (int index = from.isValid() ? series.indexOnOrAfter(from) : 0; index < series.size(); ++index) {
            const QDate date = series.at(index);
            if (date > to)
                break;
            const quint64 key = DrillScheduleSnapshot::occurrenceKey(item.id, date);
            qint64 recordId = 0;
            bool recorded = false;
            if (anyRecord) {
                const auto record = snapshot.recordIds.constFind(key);
                recorded = record != snapshot.recordIds.constEnd();
                if (recorded)
                    recordId = record.value();
            }
            if (recorded && selection == Selection::OpenOnly)
                continue;
            const QString *cancellationReason = nullptr;
            if (anyCancellation) {
                const auto cancellation = snapshot.cancellationReasons.constFind(key);
                if (cancellation != snapshot.cancellationReasons.constEnd())
                    cancellationReason = &cancellation.value();
            }
            if (cancellationReason && selection == Selection::OpenOnly)
                continue;
            // A day has fewer than 2^27 ms; Julian days of years up to 9999 need 23 bits.
            keys.push_back({(quint64(date.toJulianDay()) << 27) | startMsecs,
                            (quint64(rank) << 32) | quint64(found.size())});
            found.push_back({itemIndexes[rank], date.toJulianDay(), index + 1, recorded, recordId, cancellationReason});
        }
    }
    std::sort(keys.begin(), keys.end());

    QList<DrillOccurrence> occurrences;
    occurrences.reserve(qsizetype(keys.size()));
    QHash<qint64, QString> planTitles;
    for (const SortKey &key : keys) {
        const Found &entry = found[key.order & 0xffffffffu];
        const DrillItem &item = snapshot.items.at(entry.itemIndex);
        auto planTitle = planTitles.constFind(item.planId);
        if (planTitle == planTitles.constEnd())
            planTitle = planTitles.insert(item.planId, snapshot.plans.value(item.planId).title);
        DrillOccurrence &occurrence = occurrences.emplace_back();
        occurrence.drillItemId = item.id;
        occurrence.planId = item.planId;
        occurrence.planTitle = planTitle.value();
        occurrence.itemTitle = item.title;
        occurrence.content = item.content;
        occurrence.form = item.form;
        occurrence.date = QDate::fromJulianDay(entry.julianDay);
        occurrence.time = item.startTime;
        occurrence.sequence = entry.sequence;
        const bool cancelled = entry.cancellationReason != nullptr;
        occurrence.state = DrillScheduler::stateOn(occurrence.date, today, entry.recorded, cancelled);
        if (cancelled)
            occurrence.cancellationReason = *entry.cancellationReason;
        occurrence.recordId = entry.recordId;
    }
    return occurrences;
}

} // namespace

OccurrenceState DrillScheduler::stateOn(const QDate &occurrenceDate, const QDate &today, bool recorded,
                                        bool cancelled)
{
    if (recorded)
        return OccurrenceState::Done;
    if (cancelled)
        return OccurrenceState::Cancelled;
    if (occurrenceDate < today)
        return OccurrenceState::Overdue;
    if (occurrenceDate <= today.addDays(kDueSoonDays))
        return OccurrenceState::DueSoon;
    return OccurrenceState::Planned;
}

QList<DrillOccurrence> DrillScheduler::occurrencesBetween(const DrillScheduleSnapshot &snapshot, const QDate &from,
                                                          const QDate &to, const QDate &today, qint64 planId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    return collect(snapshot, from, to, today, planId, Selection::All);
}

QList<DrillOccurrence> DrillScheduler::overdue(const DrillScheduleSnapshot &snapshot, const QDate &today,
                                               qint64 planId)
{
    if (!today.isValid())
        return {};
    return collect(snapshot, QDate(), today.addDays(-1), today, planId, Selection::OpenOnly);
}

QList<DrillOccurrence> DrillScheduler::dueSoon(const DrillScheduleSnapshot &snapshot, const QDate &today,
                                               qint64 planId)
{
    if (!today.isValid())
        return {};
    return collect(snapshot, today, today.addDays(kDueSoonDays), today, planId, Selection::OpenOnly);
}

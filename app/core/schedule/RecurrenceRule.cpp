#include "RecurrenceRule.h"

#include "../domain/KeyTable.h"
#include "RecurrenceSeries.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Ordinals of a weekday within its month ("the second Tuesday"); the fifth is described as the last.
const char *const kOrdinals[] = {
    QT_TRANSLATE_NOOP("RecurrenceRule", "first"),
    QT_TRANSLATE_NOOP("RecurrenceRule", "second"),
    QT_TRANSLATE_NOOP("RecurrenceRule", "third"),
    QT_TRANSLATE_NOOP("RecurrenceRule", "fourth"),
};

struct FrequencyEntry
{
    RecurrenceRule::Frequency value;
    const char *key;
};
constexpr FrequencyEntry kFrequencies[] = {
    {RecurrenceRule::Frequency::Once, "once"},
    {RecurrenceRule::Frequency::Yearly, "yearly"},
    {RecurrenceRule::Frequency::HalfYearly, "half_yearly"},
    {RecurrenceRule::Frequency::Quarterly, "quarterly"},
    {RecurrenceRule::Frequency::Monthly, "monthly"},
    {RecurrenceRule::Frequency::Custom, "custom"},
};

struct UnitEntry
{
    RecurrenceRule::Unit value;
    const char *key;
};
constexpr UnitEntry kUnits[] = {
    {RecurrenceRule::Unit::Days, "days"},
    {RecurrenceRule::Unit::Weeks, "weeks"},
    {RecurrenceRule::Unit::Months, "months"},
    {RecurrenceRule::Unit::Years, "years"},
};

struct AnchorEntry
{
    RecurrenceRule::MonthAnchor value;
    const char *key;
};
constexpr AnchorEntry kAnchors[] = {
    {RecurrenceRule::MonthAnchor::DayOfMonth, "day_of_month"},
    {RecurrenceRule::MonthAnchor::WeekdayOfMonth, "weekday_of_month"},
    {RecurrenceRule::MonthAnchor::LastWeekdayOfMonth, "last_weekday_of_month"},
    {RecurrenceRule::MonthAnchor::LastDayOfMonth, "last_day_of_month"},
};

} // namespace

QStringList RecurrenceRule::validationProblems(const QDate &firstDate) const
{
    const RecurrenceSeries series(*this, firstDate);
    const unsigned problems = series.problems();
    QStringList messages;
    if (problems & RecurrenceSeries::NoFirstDate) {
        messages << tr("The repetition needs a valid first date.");
        return messages;
    }
    if (problems & RecurrenceSeries::IntervalOutOfRange)
        messages << tr("The interval must lie between %1 and %2, not %3.")
                        .arg(RecurrenceSeries::kMinimumInterval)
                        .arg(RecurrenceSeries::kMaximumInterval)
                        .arg(interval);
    if (problems & RecurrenceSeries::AnchorMismatch) {
        if (anchor == MonthAnchor::LastWeekdayOfMonth)
            messages << tr("The first date %1 is not the last %2 of its month, as the repetition requires.")
                            .arg(isoDate(firstDate), QLocale().dayName(firstDate.dayOfWeek()));
        else
            messages << tr("The first date %1 is not the last day of its month, as the repetition requires.")
                            .arg(isoDate(firstDate));
    }
    if (problems & RecurrenceSeries::BothEnds)
        messages << tr("Choose either an end date or a number of occurrences, not both.");
    if (problems & RecurrenceSeries::NoEnd)
        messages << tr("Choose an end date or a number of occurrences for a drill that repeats.");
    if (problems & RecurrenceSeries::EndsBeforeStart)
        messages << tr("The repetition ends on %1, before it starts on %2.").arg(isoDate(until), isoDate(firstDate));
    if (problems & RecurrenceSeries::NoOccurrence) {
        if (count < 0)
            messages << tr("The number of occurrences must be at least 1, not %1.").arg(count);
        else
            messages << tr("The repetition gives no occurrence at all.");
    }
    if (problems & RecurrenceSeries::TooManyOccurrences)
        messages << tr("The repetition gives %1 occurrences; at most %2 are allowed for one drill.")
                        .arg(series.requestedCount())
                        .arg(kMaximumOccurrences);
    return messages;
}

QList<QDate> RecurrenceRule::occurrences(const QDate &firstDate) const
{
    const RecurrenceSeries series(*this, firstDate);
    QList<QDate> dates;
    dates.reserve(series.size());
    for (int i = 0; i < series.size(); ++i)
        dates.append(series.at(i));
    return dates;
}

QList<QDate> RecurrenceRule::occurrencesBetween(const QDate &firstDate, const QDate &from, const QDate &to) const
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || to < from)
        return dates;
    const RecurrenceSeries series(*this, firstDate);
    for (int i = series.indexOnOrAfter(from); i < series.size(); ++i) {
        const QDate date = series.at(i);
        if (date > to)
            break;
        dates.append(date);
    }
    return dates;
}

QString RecurrenceRule::describe(const QDate &firstDate) const
{
    if (frequency == Frequency::Once || !firstDate.isValid())
        return tr("Once");

    const QLocale locale;
    const int weekday = firstDate.dayOfWeek();
    const QString weekdayName = locale.dayName(weekday);
    int ordinal = (firstDate.day() - 1) / 7 + 1;
    if (anchor == MonthAnchor::LastWeekdayOfMonth || ordinal == 5)
        ordinal = -1;

    // "Every year" rather than "Every 1 year(s)": an interval of one has sentences of its own.
    const auto every = [](int interval, const char *once, const char *several) {
        return interval == 1 ? tr(once) : tr(several, nullptr, interval);
    };

    // How often: days and weeks ignore the anchor; months and years say which day they keep.
    // -1: not counted in that unit. A negative interval is clamped so that "%n" is always replaced.
    int months = -1;
    int years = -1;
    QString period;
    switch (frequency) {
    case Frequency::Once:
        break;
    case Frequency::Yearly:
        years = 1;
        break;
    case Frequency::HalfYearly:
        months = 6;
        break;
    case Frequency::Quarterly:
        months = 3;
        break;
    case Frequency::Monthly:
        months = 1;
        break;
    case Frequency::Custom:
        switch (unit) {
        case Unit::Days:
            period = every(std::max(interval, 0), QT_TR_NOOP("Every day"), QT_TR_N_NOOP("Every %n day(s)"));
            break;
        case Unit::Weeks:
            period = every(std::max(interval, 0), QT_TR_NOOP("Every week on %1"), QT_TR_N_NOOP("Every %n week(s) on %1")).arg(weekdayName);
            break;
        case Unit::Months:
            months = std::max(interval, 0);
            break;
        case Unit::Years:
            years = std::max(interval, 0);
            break;
        }
        break;
    }

    if (months >= 0) {
        switch (anchor) {
        case MonthAnchor::DayOfMonth:
            // Days 29 to 31 fall on the last day of shorter months; say so rather than let it surprise.
            period = firstDate.day() > 28
                ? every(months, QT_TR_NOOP("Every month on day %1 (the last day in shorter months)"),
                        QT_TR_N_NOOP("Every %n month(s) on day %1 (the last day in shorter months)")).arg(firstDate.day())
                : every(months, QT_TR_NOOP("Every month on day %1"), QT_TR_N_NOOP("Every %n month(s) on day %1")).arg(firstDate.day());
            break;
        case MonthAnchor::WeekdayOfMonth:
        case MonthAnchor::LastWeekdayOfMonth:
            period = ordinal > 0 ? every(months, QT_TR_NOOP("Every month on the %1 %2"), QT_TR_N_NOOP("Every %n month(s) on the %1 %2"))
                                       .arg(tr(kOrdinals[ordinal - 1]), weekdayName)
                                 : every(months, QT_TR_NOOP("Every month on the last %1"), QT_TR_N_NOOP("Every %n month(s) on the last %1")).arg(weekdayName);
            break;
        case MonthAnchor::LastDayOfMonth:
            period = every(months, QT_TR_NOOP("Every month on the last day of the month"),
                           QT_TR_N_NOOP("Every %n month(s) on the last day of the month"));
            break;
        }
    } else if (years >= 0) {
        const QString monthName = locale.monthName(firstDate.month());
        //: A QLocale date format giving a day and its month, as in "29 February".
        const QString dayAndMonth = tr("d MMMM");
        switch (anchor) {
        case MonthAnchor::DayOfMonth:
            period = firstDate.month() == 2 && firstDate.day() == 29
                ? every(years, QT_TR_NOOP("Every year on %1 (%2 in common years)"),
                        QT_TR_N_NOOP("Every %n year(s) on %1 (%2 in common years)"))
                      .arg(locale.toString(firstDate, dayAndMonth), locale.toString(QDate(2001, 2, 28), dayAndMonth))
                : every(years, QT_TR_NOOP("Every year on %1"), QT_TR_N_NOOP("Every %n year(s) on %1")).arg(locale.toString(firstDate, dayAndMonth));
            break;
        case MonthAnchor::WeekdayOfMonth:
        case MonthAnchor::LastWeekdayOfMonth:
            period = ordinal > 0 ? every(years, QT_TR_NOOP("Every year on the %1 %2 of %3"), QT_TR_N_NOOP("Every %n year(s) on the %1 %2 of %3"))
                                       .arg(tr(kOrdinals[ordinal - 1]), weekdayName, monthName)
                                 : every(years, QT_TR_NOOP("Every year on the last %1 of %2"), QT_TR_N_NOOP("Every %n year(s) on the last %1 of %2")).arg(weekdayName, monthName);
            break;
        case MonthAnchor::LastDayOfMonth:
            period = every(years, QT_TR_NOOP("Every year on the last day of %1"), QT_TR_N_NOOP("Every %n year(s) on the last day of %1")).arg(monthName);
            break;
        }
    }

    QString end;
    if (count > 0)
        end = tr("%n time(s)", nullptr, count);
    else if (until.isValid())
        end = tr("until %1").arg(isoDate(until));
    if (end.isEmpty())
        return period;
    //: A repetition and its end, as in "Every 3 months on the last Friday, 8 times".
    return tr("%1, %2").arg(period, end);
}

QString RecurrenceRule::frequencyKey(Frequency frequency)
{
    return KeyTable::keyOf(kFrequencies, frequency);
}

std::optional<RecurrenceRule::Frequency> RecurrenceRule::frequencyFromKey(const QString &key)
{
    return KeyTable::valueOf(kFrequencies, key);
}

QString RecurrenceRule::unitKey(Unit unit)
{
    return KeyTable::keyOf(kUnits, unit);
}

std::optional<RecurrenceRule::Unit> RecurrenceRule::unitFromKey(const QString &key)
{
    return KeyTable::valueOf(kUnits, key);
}

QString RecurrenceRule::anchorKey(MonthAnchor anchor)
{
    return KeyTable::keyOf(kAnchors, anchor);
}

std::optional<RecurrenceRule::MonthAnchor> RecurrenceRule::anchorFromKey(const QString &key)
{
    return KeyTable::valueOf(kAnchors, key);
}

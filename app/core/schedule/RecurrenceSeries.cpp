#include "RecurrenceSeries.h"

#include <algorithm>

namespace {

qint64 monthIndexOf(const QDate &date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

// QDate::daysInMonth() goes through the calendar's Julian-day conversion, which dominated the
// dashboard's time; the Gregorian rule is short enough to state here.
int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && QDate::isLeapYear(year) ? 29 : kDays[month - 1];
}

} // namespace

RecurrenceSeries::RecurrenceSeries(const RecurrenceRule &rule, const QDate &firstDate)
{
    // Years before 1 have no ISO form and make the month arithmetic cross the missing year 0.
    if (!firstDate.isValid() || firstDate.year() < 1) {
        m_problems |= NoFirstDate;
        return;
    }
    m_firstDate = firstDate;
    m_firstMonthIndex = monthIndexOf(firstDate);
    m_day = firstDate.day();
    m_weekday = firstDate.dayOfWeek();

    using Frequency = RecurrenceRule::Frequency;
    using Unit = RecurrenceRule::Unit;
    bool stepKnown = true;
    switch (rule.frequency) {
    case Frequency::Once:
        // One occurrence on the first date; an end would mean nothing (and is not written to the calendar).
        m_step = Step::Once;
        m_requestedCount = 1;
        m_size = 1;
        return;
    case Frequency::Yearly:
        m_step = Step::Months;
        m_stepMonths = 12;
        break;
    case Frequency::HalfYearly:
        m_step = Step::Months;
        m_stepMonths = 6;
        break;
    case Frequency::Quarterly:
        m_step = Step::Months;
        m_stepMonths = 3;
        break;
    case Frequency::Monthly:
        m_step = Step::Months;
        m_stepMonths = 1;
        break;
    case Frequency::Custom:
        if (rule.interval < kMinimumInterval || rule.interval > kMaximumInterval) {
            m_problems |= IntervalOutOfRange;
            stepKnown = false;
            break;
        }
        switch (rule.unit) {
        case Unit::Days:
            m_step = Step::Days;
            m_stepDays = rule.interval;
            break;
        case Unit::Weeks:
            m_step = Step::Days;
            m_stepDays = qint64(rule.interval) * 7;
            break;
        case Unit::Months:
            m_step = Step::Months;
            m_stepMonths = rule.interval;
            break;
        case Unit::Years:
            m_step = Step::Months;
            m_stepMonths = rule.interval * 12;
            break;
        }
        break;
    }

    if (m_step == Step::Months) {
        m_anchor = rule.anchor;
        const int firstMonthLength = firstDate.daysInMonth();
        switch (m_anchor) {
        case RecurrenceRule::MonthAnchor::DayOfMonth:
            break;
        case RecurrenceRule::MonthAnchor::WeekdayOfMonth:
            // A fifth weekday is always the month's last one; months without a fifth keep "the last".
            m_ordinal = (m_day - 1) / 7 + 1;
            if (m_ordinal == 5)
                m_ordinal = -1;
            break;
        case RecurrenceRule::MonthAnchor::LastWeekdayOfMonth:
            // The first date is the first occurrence (the calendar's DTSTART), so it must be the last such weekday.
            m_ordinal = -1;
            if (m_day + 7 <= firstMonthLength)
                m_problems |= AnchorMismatch;
            break;
        case RecurrenceRule::MonthAnchor::LastDayOfMonth:
            if (m_day != firstMonthLength)
                m_problems |= AnchorMismatch;
            break;
        }
    }

    const bool hasUntil = rule.until.isValid();
    if (hasUntil && rule.count > 0)
        m_problems |= BothEnds;
    else if (!hasUntil && rule.count == 0)
        m_problems |= NoEnd;
    if (rule.count < 0) {
        m_problems |= NoOccurrence;
        m_requestedCount = rule.count;
    }
    if (hasUntil && rule.until < firstDate)
        m_problems |= EndsBeforeStart;
    if (!stepKnown || (m_problems & (BothEnds | NoEnd | NoOccurrence | EndsBeforeStart)))
        return;

    m_requestedCount = rule.count > 0 ? rule.count : countUntil(rule.until);
    if (m_requestedCount < 1 && !(m_problems & AnchorMismatch))
        m_problems |= NoOccurrence;
    if (m_requestedCount > RecurrenceRule::kMaximumOccurrences)
        m_problems |= TooManyOccurrences;
    if (m_problems == 0)
        m_size = int(m_requestedCount);
}

QDate RecurrenceSeries::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return computeAt(index);
}

int RecurrenceSeries::indexOnOrAfter(const QDate &date) const
{
    if (m_size == 0 || !date.isValid() || date <= m_firstDate)
        return 0;
    qint64 index = m_size;
    switch (m_step) {
    case Step::Once:
        return m_size;
    case Step::Days:
        index = (date.toJulianDay() - m_firstDate.toJulianDay() + m_stepDays - 1) / m_stepDays;
        break;
    case Step::Months:
        // Occurrence k lies in month first + k*step, so the date's month gives k up to one step.
        index = (monthIndexOf(date) - m_firstMonthIndex) / m_stepMonths;
        if (index >= m_size)
            return m_size;
        if (computeAt(index) < date)
            ++index;
        break;
    }
    return int(std::min<qint64>(index, m_size));
}

QDate RecurrenceSeries::computeAt(qint64 index) const
{
    switch (m_step) {
    case Step::Once:
        return m_firstDate;
    case Step::Days:
        return m_firstDate.addDays(index * m_stepDays);
    case Step::Months:
        break;
    }
    const qint64 monthIndex = m_firstMonthIndex + index * m_stepMonths;
    const int year = int(monthIndex / 12);
    const int month = int(monthIndex % 12) + 1;
    const QDate firstOfMonth(year, month, 1);
    const int monthLength = daysInMonth(year, month);
    int day = 1;
    switch (m_anchor) {
    case RecurrenceRule::MonthAnchor::DayOfMonth:
        day = std::min(m_day, monthLength);
        break;
    case RecurrenceRule::MonthAnchor::WeekdayOfMonth:
    case RecurrenceRule::MonthAnchor::LastWeekdayOfMonth:
        if (m_ordinal > 0) {
            day = 1 + (m_weekday - firstOfMonth.dayOfWeek() + 7) % 7 + (m_ordinal - 1) * 7;
        } else {
            const int lastWeekday = (firstOfMonth.dayOfWeek() + monthLength - 1 - 1) % 7 + 1;
            day = monthLength - (lastWeekday - m_weekday + 7) % 7;
        }
        break;
    case RecurrenceRule::MonthAnchor::LastDayOfMonth:
        day = monthLength;
        break;
    }
    return firstOfMonth.addDays(day - 1);
}

qint64 RecurrenceSeries::countUntil(const QDate &until) const
{
    // `until` is on or after the first date here.
    switch (m_step) {
    case Step::Once:
        return 1;
    case Step::Days:
        return (until.toJulianDay() - m_firstDate.toJulianDay()) / m_stepDays + 1;
    case Step::Months:
        break;
    }
    qint64 last = (monthIndexOf(until) - m_firstMonthIndex) / m_stepMonths;
    if (computeAt(last) > until)
        --last;
    return last + 1;
}

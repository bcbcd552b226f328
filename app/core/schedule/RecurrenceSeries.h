#pragma once

#include "RecurrenceRule.h"

#include <QDate>

// The arithmetic behind RecurrenceRule for one rule and one first date. Occurrence k is computed
// straight from the first date (no drift), and the first occurrence on or after a date is found
// by arithmetic rather than by walking from the start, so that the dashboard's ranges cost the
// same ten years out as at the start. It builds no strings: the scheduler runs it for thousands
// of items, and RecurrenceRule turns its problems into sentences.
class RecurrenceSeries
{
public:
    // What is wrong with the rule for this first date (several may hold at once).
    enum Problem : unsigned {
        NoFirstDate = 1u << 0,
        IntervalOutOfRange = 1u << 1,
        AnchorMismatch = 1u << 2,    // the first date is not the day the anchor would pick
        BothEnds = 1u << 3,          // an end date and a number of occurrences
        NoEnd = 1u << 4,             // a repeating rule without either
        EndsBeforeStart = 1u << 5,
        NoOccurrence = 1u << 6,      // a number of occurrences below 1
        TooManyOccurrences = 1u << 7 // more than RecurrenceRule::kMaximumOccurrences
    };

    static constexpr int kMinimumInterval = 1;
    static constexpr int kMaximumInterval = 1000;

    RecurrenceSeries(const RecurrenceRule &rule, const QDate &firstDate);

    unsigned problems() const { return m_problems; }
    bool isValid() const { return m_problems == 0; }
    // How many occurrences the rule's end gives, even beyond the maximum (for the message);
    // 0 when the end cannot be worked out.
    qint64 requestedCount() const { return m_requestedCount; }

    // Number of occurrences; 0 when the rule is invalid.
    int size() const { return m_size; }
    // Occurrence `index` (0 is the first date); index must lie in [0, size()).
    QDate at(int index) const;
    // The index of the first occurrence on or after `date`, or size() if there is none.
    int indexOnOrAfter(const QDate &date) const;

private:
    enum class Step { Once, Days, Months };

    QDate computeAt(qint64 index) const;
    qint64 countUntil(const QDate &until) const;

    QDate m_firstDate;
    Step m_step = Step::Once;
    qint64 m_stepDays = 0;
    int m_stepMonths = 0;
    RecurrenceRule::MonthAnchor m_anchor = RecurrenceRule::MonthAnchor::DayOfMonth;
    qint64 m_firstMonthIndex = 0; // year * 12 + month - 1
    int m_day = 1;
    int m_weekday = 1;
    int m_ordinal = 1; // 1…4, or -1 for the last such weekday
    unsigned m_problems = 0;
    qint64 m_requestedCount = 0;
    int m_size = 0;
};

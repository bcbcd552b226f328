#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// How a drill item repeats. Occurrences are computed from the first date by rule, never by adding
// a period to the previous occurrence, so they do not drift: the last Friday of a quarter stays
// the last Friday, and 31 January monthly gives 28/29 February, 31 March, 30 April …
// The same rule is written to iCalendar as an RRULE (IcsExporter) that gives the same dates.
struct RecurrenceRule
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRule)

public:
    enum class Frequency { Once, Yearly, HalfYearly, Quarterly, Monthly, Custom };
    // The unit of a custom interval ("every 2 weeks", "every 18 months").
    enum class Unit { Days, Weeks, Months, Years };
    // Which day of the month a month-based rule keeps. Ignored for days and weeks.
    enum class MonthAnchor {
        DayOfMonth,      // the first date's day number, or the month's last day where it has fewer days
        WeekdayOfMonth,  // the first date's weekday and its ordinal (2nd Tuesday)
        LastWeekdayOfMonth, // the last such weekday of the month (the last Friday)
        LastDayOfMonth
    };

    // The most occurrences one item may have: more means a mistake (daily for ten years).
    static constexpr int kMaximumOccurrences = 500;

    Frequency frequency = Frequency::Once;
    int interval = 1;          // for Custom: every `interval` units
    Unit unit = Unit::Months;  // for Custom
    MonthAnchor anchor = MonthAnchor::DayOfMonth;
    QDate until;               // last possible date (inclusive); or
    int count = 0;             // number of occurrences; 0 with no `until` is only valid for Once

    // Problems with the rule for an item starting on `firstDate`, in the UI language: an end before
    // the start, no end at all, no occurrence, more than kMaximumOccurrences.
    QStringList validationProblems(const QDate &firstDate) const;

    // All occurrence dates, first one included, in order; empty if the rule is invalid.
    QList<QDate> occurrences(const QDate &firstDate) const;
    // The occurrences between `from` and `to` inclusive (quicker than filtering occurrences()).
    QList<QDate> occurrencesBetween(const QDate &firstDate, const QDate &from, const QDate &to) const;

    // "Every 3 months, on the last Friday, 8 times", in the UI language.
    QString describe(const QDate &firstDate) const;

    // Stable keys for the database and files.
    static QString frequencyKey(Frequency frequency);
    static std::optional<Frequency> frequencyFromKey(const QString &key);
    static QString unitKey(Unit unit);
    static std::optional<Unit> unitFromKey(const QString &key);
    static QString anchorKey(MonthAnchor anchor);
    static std::optional<MonthAnchor> anchorFromKey(const QString &key);

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

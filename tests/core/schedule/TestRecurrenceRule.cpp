// RecurrenceRule: occurrences computed from the first date by rule (month ends, leap days, the
// last Friday of a quarter, custom intervals), how a rule ends, what makes it invalid, ranges
// that skip ahead, and the stable keys. The expected dates are written out by hand from a
// calendar, never computed with the code under test.

#include "core/schedule/RecurrenceRule.h"

#include <QTest>

Q_DECLARE_METATYPE(RecurrenceRule)

namespace {

using Frequency = RecurrenceRule::Frequency;
using Unit = RecurrenceRule::Unit;
using Anchor = RecurrenceRule::MonthAnchor;

RecurrenceRule rule(Frequency frequency, Anchor anchor, int count, const QDate &until = QDate())
{
    RecurrenceRule recurrence;
    recurrence.frequency = frequency;
    recurrence.anchor = anchor;
    recurrence.count = count;
    recurrence.until = until;
    return recurrence;
}

RecurrenceRule custom(int interval, Unit unit, int count, const QDate &until = QDate(),
                      Anchor anchor = Anchor::DayOfMonth)
{
    RecurrenceRule recurrence = rule(Frequency::Custom, anchor, count, until);
    recurrence.interval = interval;
    recurrence.unit = unit;
    return recurrence;
}

QList<QDate> dates(std::initializer_list<const char *> isoDates)
{
    QList<QDate> result;
    for (const char *iso : isoDates)
        result << QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return result;
}

bool mentions(const QStringList &problems, const QString &part)
{
    for (const QString &problem : problems)
        if (problem.contains(part))
            return true;
    return false;
}

} // namespace

class TestRecurrenceRule : public QObject
{
    Q_OBJECT

private slots:
    void occurrences_data()
    {
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QList<QDate>>("expected");

        QTest::newRow("once") << rule(Frequency::Once, Anchor::DayOfMonth, 0) << QDate(2026, 5, 20)
                              << dates({"2026-05-20"});
        // 31 January monthly: the month's last day where the month is shorter, back to the 31st after.
        QTest::newRow("31 January monthly, 14 months, leap February")
            << rule(Frequency::Monthly, Anchor::DayOfMonth, 14) << QDate(2028, 1, 31)
            << dates({"2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30",
                      "2028-07-31", "2028-08-31", "2028-09-30", "2028-10-31", "2028-11-30", "2028-12-31",
                      "2029-01-31", "2029-02-28"});
        QTest::newRow("30 November quarterly keeps the 30th after February")
            << rule(Frequency::Quarterly, Anchor::DayOfMonth, 4) << QDate(2026, 11, 30)
            << dates({"2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30"});
        QTest::newRow("29 February yearly over 8 years")
            << rule(Frequency::Yearly, Anchor::DayOfMonth, 8) << QDate(2024, 2, 29)
            << dates({"2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28",
                      "2030-02-28", "2031-02-28"});
        // Last Friday of each quarter for three years: never drifts to the 4th Friday or the 30th.
        QTest::newRow("last Friday of the quarter, 3 years")
            << rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 12) << QDate(2026, 3, 27)
            << dates({"2026-03-27", "2026-06-26", "2026-09-25", "2026-12-25", "2027-03-26", "2027-06-25",
                      "2027-09-24", "2027-12-31", "2028-03-31", "2028-06-30", "2028-09-29", "2028-12-29"});
        // 29 May 2026 is the fifth Friday: it means the last Friday, also in months with four.
        QTest::newRow("fifth Friday means the last")
            << rule(Frequency::Monthly, Anchor::WeekdayOfMonth, 4) << QDate(2026, 5, 29)
            << dates({"2026-05-29", "2026-06-26", "2026-07-31", "2026-08-28"});
        QTest::newRow("second Tuesday monthly")
            << rule(Frequency::Monthly, Anchor::WeekdayOfMonth, 0, QDate(2026, 7, 31)) << QDate(2026, 1, 13)
            << dates({"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09",
                      "2026-07-14"});
        QTest::newRow("fourth Thursday half-yearly stays fourth")
            << rule(Frequency::HalfYearly, Anchor::WeekdayOfMonth, 3) << QDate(2026, 4, 23)
            << dates({"2026-04-23", "2026-10-22", "2027-04-22"});
        QTest::newRow("last day of the month")
            << rule(Frequency::Monthly, Anchor::LastDayOfMonth, 4) << QDate(2027, 11, 30)
            << dates({"2027-11-30", "2027-12-31", "2028-01-31", "2028-02-29"});
        QTest::newRow("custom every 2 weeks")
            << custom(2, Unit::Weeks, 0, QDate(2026, 3, 31)) << QDate(2026, 1, 6)
            << dates({"2026-01-06", "2026-01-20", "2026-02-03", "2026-02-17", "2026-03-03", "2026-03-17",
                      "2026-03-31"});
        QTest::newRow("custom every 18 months from a 31st")
            << custom(18, Unit::Months, 4) << QDate(2026, 8, 31)
            << dates({"2026-08-31", "2028-02-29", "2029-08-31", "2031-02-28"});
        QTest::newRow("custom every 10 days across a year end")
            << custom(10, Unit::Days, 5) << QDate(2026, 12, 12)
            << dates({"2026-12-12", "2026-12-22", "2027-01-01", "2027-01-11", "2027-01-21"});
        QTest::newRow("custom every 2 years on the last Monday of May")
            << custom(2, Unit::Years, 3, QDate(), Anchor::LastWeekdayOfMonth) << QDate(2026, 5, 25)
            << dates({"2026-05-25", "2028-05-29", "2030-05-27"});
        QTest::newRow("days ignore the anchor")
            << custom(3, Unit::Days, 3, QDate(), Anchor::LastDayOfMonth) << QDate(2026, 6, 10)
            << dates({"2026-06-10", "2026-06-13", "2026-06-16"});
        QTest::newRow("until exactly on an occurrence is inclusive")
            << rule(Frequency::Monthly, Anchor::DayOfMonth, 0, QDate(2026, 4, 15)) << QDate(2026, 1, 15)
            << dates({"2026-01-15", "2026-02-15", "2026-03-15", "2026-04-15"});
        QTest::newRow("until a day before an occurrence excludes it")
            << rule(Frequency::Monthly, Anchor::DayOfMonth, 0, QDate(2026, 4, 14)) << QDate(2026, 1, 15)
            << dates({"2026-01-15", "2026-02-15", "2026-03-15"});
        QTest::newRow("until on the first date gives one")
            << rule(Frequency::Yearly, Anchor::DayOfMonth, 0, QDate(2026, 1, 15)) << QDate(2026, 1, 15)
            << dates({"2026-01-15"});
        QTest::newRow("count 1") << rule(Frequency::Yearly, Anchor::DayOfMonth, 1) << QDate(2026, 1, 15)
                                 << dates({"2026-01-15"});
    }

    void occurrences()
    {
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QDate, firstDate);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(recurrence.validationProblems(firstDate), QStringList());
        QCOMPARE(recurrence.occurrences(firstDate), expected);
        // The whole range gives the same; a range starting after the first skips it.
        QCOMPARE(recurrence.occurrencesBetween(firstDate, firstDate, QDate(2100, 1, 1)), expected);
        QCOMPARE(recurrence.occurrencesBetween(firstDate, firstDate.addDays(1), QDate(2100, 1, 1)),
                 expected.mid(1));
    }

    void countAndUntilGiveTheSameDates()
    {
        const QDate first(2026, 3, 27);
        const RecurrenceRule byCount = rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 5);
        const RecurrenceRule byUntil = rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 0, QDate(2027, 3, 26));
        QCOMPARE(byCount.occurrences(first).size(), 5);
        QCOMPARE(byUntil.occurrences(first), byCount.occurrences(first));
        // One day short of the fifth: four.
        const RecurrenceRule shorter = rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 0, QDate(2027, 3, 25));
        QCOMPARE(shorter.occurrences(first), byCount.occurrences(first).mid(0, 4));
    }

    void maximumOccurrences()
    {
        const QDate first(2026, 1, 1);
        QCOMPARE(RecurrenceRule::kMaximumOccurrences, 500);
        const RecurrenceRule fiveHundred = custom(1, Unit::Days, 500);
        QCOMPARE(fiveHundred.validationProblems(first), QStringList());
        QCOMPARE(fiveHundred.occurrences(first).size(), 500);
        QCOMPARE(fiveHundred.occurrences(first).last(), QDate(2027, 5, 15));

        const RecurrenceRule fiveHundredAndOne = custom(1, Unit::Days, 501);
        const QStringList problems = fiveHundredAndOne.validationProblems(first);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("501")) && problems.first().contains(QLatin1String("500")),
                 qPrintable(problems.first()));
        QVERIFY(fiveHundredAndOne.occurrences(first).isEmpty());
        QVERIFY(fiveHundredAndOne.occurrencesBetween(first, first, QDate(2030, 1, 1)).isEmpty());

        // Through an end date: 2026-01-01 … 2027-05-15 is 500 days, one more day is 501.
        QCOMPARE(custom(1, Unit::Days, 0, QDate(2027, 5, 15)).validationProblems(first), QStringList());
        const QStringList untilProblems = custom(1, Unit::Days, 0, QDate(2027, 5, 16)).validationProblems(first);
        QCOMPARE(untilProblems.size(), 1);
        QVERIFY2(untilProblems.first().contains(QLatin1String("501")), qPrintable(untilProblems.first()));
        // Daily for a century is refused by arithmetic, naming how many it would be.
        const QStringList century = custom(1, Unit::Days, 0, QDate(2125, 12, 31)).validationProblems(first);
        QCOMPARE(century.size(), 1);
        QVERIFY2(century.first().contains(QString::number(QDate(2026, 1, 1).daysTo(QDate(2125, 12, 31)) + 1)),
                 qPrintable(century.first()));
    }

    void problems_data()
    {
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QStringList>("expectedParts"); // each must appear in one of the messages
        QTest::addColumn<int>("problemCount");

        QTest::newRow("no end") << rule(Frequency::Monthly, Anchor::DayOfMonth, 0) << QDate(2026, 1, 1)
                                << QStringList{QStringLiteral("end date or a number of occurrences")} << 1;
        QTest::newRow("both ends") << rule(Frequency::Monthly, Anchor::DayOfMonth, 3, QDate(2026, 12, 31))
                                   << QDate(2026, 1, 1) << QStringList{QStringLiteral("not both")} << 1;
        QTest::newRow("until before start")
            << rule(Frequency::Yearly, Anchor::DayOfMonth, 0, QDate(2025, 12, 31)) << QDate(2026, 1, 1)
            << QStringList{QStringLiteral("2025-12-31"), QStringLiteral("2026-01-01"), QStringLiteral("before")}
            << 1;
        QTest::newRow("zero occurrences: a negative count")
            << rule(Frequency::Monthly, Anchor::DayOfMonth, -2) << QDate(2026, 1, 1)
            << QStringList{QStringLiteral("at least 1"), QStringLiteral("-2")} << 1;
        QTest::newRow("interval 0") << custom(0, Unit::Weeks, 3) << QDate(2026, 1, 1)
                                    << QStringList{QStringLiteral("interval"), QStringLiteral("0")} << 1;
        QTest::newRow("interval 1001") << custom(1001, Unit::Days, 3) << QDate(2026, 1, 1)
                                       << QStringList{QStringLiteral("1001"), QStringLiteral("1000")} << 1;
        QTest::newRow("last Friday anchor on a Friday that is not the last")
            << rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 4) << QDate(2026, 3, 20)
            << QStringList{QStringLiteral("2026-03-20"), QStringLiteral("last Friday")} << 1;
        QTest::newRow("last day anchor not on the month's end")
            << rule(Frequency::Monthly, Anchor::LastDayOfMonth, 4) << QDate(2026, 2, 27)
            << QStringList{QStringLiteral("2026-02-27"), QStringLiteral("last day")} << 1;
        QTest::newRow("no first date") << rule(Frequency::Monthly, Anchor::DayOfMonth, 3) << QDate()
                                       << QStringList{QStringLiteral("first date")} << 1;
        QTest::newRow("several at once") << custom(0, Unit::Days, 0) << QDate(2026, 1, 1)
                                         << QStringList{QStringLiteral("interval"), QStringLiteral("end date")} << 2;
    }

    void problems()
    {
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QDate, firstDate);
        QFETCH(QStringList, expectedParts);
        QFETCH(int, problemCount);
        const QStringList problems = recurrence.validationProblems(firstDate);
        QCOMPARE(problems.size(), problemCount);
        for (const QString &part : std::as_const(expectedParts))
            QVERIFY2(mentions(problems, part), qPrintable(part + QLatin1String(" not in: ") + problems.join(u'|')));
        for (const QString &problem : problems)
            QVERIFY2(problem.endsWith(u'.'), qPrintable(problem)); // one whole sentence each
        QVERIFY(recurrence.occurrences(firstDate).isEmpty());
        QVERIFY(recurrence.occurrencesBetween(firstDate, QDate(2000, 1, 1), QDate(2100, 1, 1)).isEmpty());
    }

    void onceNeedsNoEnd()
    {
        const RecurrenceRule once;
        QCOMPARE(once.frequency, Frequency::Once);
        QCOMPARE(once.validationProblems(QDate(2026, 2, 3)), QStringList());
        QCOMPARE(once.occurrencesBetween(QDate(2026, 2, 3), QDate(2026, 2, 3), QDate(2026, 2, 3)),
                 dates({"2026-02-03"}));
        QVERIFY(once.occurrencesBetween(QDate(2026, 2, 3), QDate(2026, 2, 4), QDate(2026, 3, 1)).isEmpty());
        QVERIFY(once.occurrencesBetween(QDate(2026, 2, 3), QDate(2026, 1, 1), QDate(2026, 2, 2)).isEmpty());
    }

    // The quick range must equal filtering the whole list, wherever the range falls.
    void occurrencesBetweenEqualsFiltering_data()
    {
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QDate>("firstDate");

        QTest::newRow("31st monthly") << rule(Frequency::Monthly, Anchor::DayOfMonth, 60) << QDate(2026, 1, 31);
        QTest::newRow("29 February yearly") << rule(Frequency::Yearly, Anchor::DayOfMonth, 40) << QDate(2024, 2, 29);
        QTest::newRow("last Friday quarterly")
            << rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 0, QDate(2036, 12, 31)) << QDate(2026, 3, 27);
        QTest::newRow("2nd Tuesday half-yearly")
            << rule(Frequency::HalfYearly, Anchor::WeekdayOfMonth, 20) << QDate(2026, 1, 13);
        QTest::newRow("fifth Wednesday monthly")
            << rule(Frequency::Monthly, Anchor::WeekdayOfMonth, 50) << QDate(2026, 4, 29);
        QTest::newRow("last day monthly") << rule(Frequency::Monthly, Anchor::LastDayOfMonth, 70) << QDate(2026, 2, 28);
        QTest::newRow("every 10 days") << custom(10, Unit::Days, 400) << QDate(2026, 1, 5);
        QTest::newRow("every 3 weeks") << custom(3, Unit::Weeks, 0, QDate(2033, 1, 1)) << QDate(2026, 1, 5);
        QTest::newRow("every 18 months") << custom(18, Unit::Months, 10) << QDate(2026, 8, 31);
        QTest::newRow("every 3 years, last Sunday")
            << custom(3, Unit::Years, 6, QDate(), Anchor::LastWeekdayOfMonth) << QDate(2026, 10, 25);
        QTest::newRow("once") << rule(Frequency::Once, Anchor::DayOfMonth, 0) << QDate(2027, 7, 7);
    }

    void occurrencesBetweenEqualsFiltering()
    {
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QDate, firstDate);
        const QList<QDate> all = recurrence.occurrences(firstDate);
        QVERIFY(!all.isEmpty());
        // A fixed linear congruential sequence: varied ranges, the same on every run.
        quint32 seed = 20261124;
        const auto next = [&seed](int bound) {
            seed = seed * 1664525u + 1013904223u;
            return int((seed >> 8) % quint32(bound));
        };
        const QDate origin = firstDate.addDays(-400);
        const int span = int(origin.daysTo(all.last())) + 800;
        for (int round = 0; round < 300; ++round) {
            const QDate from = origin.addDays(next(span));
            // Mostly short ranges (a month, a year), some empty, some reversed.
            const QDate to = from.addDays(round % 5 == 0 ? next(4000) : next(400) - 20);
            QList<QDate> expected;
            for (const QDate &date : all)
                if (date >= from && date <= to)
                    expected << date;
            const QList<QDate> between = recurrence.occurrencesBetween(firstDate, from, to);
            if (between != expected)
                QFAIL(qPrintable(QStringLiteral("%1 … %2: %3 occurrences, expected %4")
                                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                     .arg(between.size())
                                     .arg(expected.size())));
        }
        // Boundaries exactly on occurrences are inclusive.
        for (qsizetype i = 0; i < all.size(); i += 7)
            QCOMPARE(recurrence.occurrencesBetween(firstDate, all.at(i), all.at(i)), QList<QDate>{all.at(i)});
    }

    void describe_data()
    {
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QStringList>("expectedParts");

        QTest::newRow("once") << rule(Frequency::Once, Anchor::DayOfMonth, 0) << QDate(2026, 5, 20)
                              << QStringList{QStringLiteral("Once")};
        QTest::newRow("last Friday quarterly, 8 times")
            << rule(Frequency::Quarterly, Anchor::LastWeekdayOfMonth, 8) << QDate(2026, 3, 27)
            << QStringList{QStringLiteral("Every 3 month"), QStringLiteral("last Friday"), QStringLiteral("8 time")};
        QTest::newRow("29 February yearly until")
            << rule(Frequency::Yearly, Anchor::DayOfMonth, 0, QDate(2030, 12, 31)) << QDate(2028, 2, 29)
            << QStringList{QStringLiteral("29 February"), QStringLiteral("28 February in common years"),
                           QStringLiteral("until 2030-12-31")};
        QTest::newRow("second Tuesday monthly")
            << rule(Frequency::Monthly, Anchor::WeekdayOfMonth, 12) << QDate(2026, 1, 13)
            << QStringList{QStringLiteral("second Tuesday")};
        QTest::newRow("fifth Friday is the last")
            << rule(Frequency::Monthly, Anchor::WeekdayOfMonth, 12) << QDate(2026, 5, 29)
            << QStringList{QStringLiteral("last Friday")};
        QTest::newRow("31st monthly")
            << rule(Frequency::Monthly, Anchor::DayOfMonth, 12) << QDate(2026, 1, 31)
            << QStringList{QStringLiteral("day 31"), QStringLiteral("shorter months")};
        QTest::newRow("every 2 weeks") << custom(2, Unit::Weeks, 6) << QDate(2026, 1, 6)
                                       << QStringList{QStringLiteral("Every 2 week"), QStringLiteral("Tuesday")};
        QTest::newRow("every 18 months") << custom(18, Unit::Months, 4) << QDate(2026, 8, 31)
                                         << QStringList{QStringLiteral("Every 18 month")};
        QTest::newRow("last day of the month") << rule(Frequency::Monthly, Anchor::LastDayOfMonth, 3)
                                               << QDate(2026, 1, 31) << QStringList{QStringLiteral("last day")};
    }

    void describe()
    {
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QDate, firstDate);
        QFETCH(QStringList, expectedParts);
        const QString text = recurrence.describe(firstDate);
        for (const QString &part : std::as_const(expectedParts))
            QVERIFY2(text.contains(part), qPrintable(text));
    }

    void keys()
    {
        const QList<QPair<Frequency, QString>> frequencies = {
            {Frequency::Once, QStringLiteral("once")},           {Frequency::Yearly, QStringLiteral("yearly")},
            {Frequency::HalfYearly, QStringLiteral("half_yearly")}, {Frequency::Quarterly, QStringLiteral("quarterly")},
            {Frequency::Monthly, QStringLiteral("monthly")},     {Frequency::Custom, QStringLiteral("custom")}};
        for (const auto &[value, key] : frequencies) {
            QCOMPARE(RecurrenceRule::frequencyKey(value), key);
            QCOMPARE(RecurrenceRule::frequencyFromKey(key), std::optional<Frequency>(value));
        }
        const QList<QPair<Unit, QString>> units = {{Unit::Days, QStringLiteral("days")},
                                                   {Unit::Weeks, QStringLiteral("weeks")},
                                                   {Unit::Months, QStringLiteral("months")},
                                                   {Unit::Years, QStringLiteral("years")}};
        for (const auto &[value, key] : units) {
            QCOMPARE(RecurrenceRule::unitKey(value), key);
            QCOMPARE(RecurrenceRule::unitFromKey(key), std::optional<Unit>(value));
        }
        const QList<QPair<Anchor, QString>> anchors = {
            {Anchor::DayOfMonth, QStringLiteral("day_of_month")},
            {Anchor::WeekdayOfMonth, QStringLiteral("weekday_of_month")},
            {Anchor::LastWeekdayOfMonth, QStringLiteral("last_weekday_of_month")},
            {Anchor::LastDayOfMonth, QStringLiteral("last_day_of_month")}};
        for (const auto &[value, key] : anchors) {
            QCOMPARE(RecurrenceRule::anchorKey(value), key);
            QCOMPARE(RecurrenceRule::anchorFromKey(key), std::optional<Anchor>(value));
        }
        QCOMPARE(RecurrenceRule::frequencyFromKey(QStringLiteral("Yearly")), std::nullopt);
        QCOMPARE(RecurrenceRule::unitFromKey(QString()), std::nullopt);
        QCOMPARE(RecurrenceRule::anchorFromKey(QStringLiteral("last_friday")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceRule)
#include "TestRecurrenceRule.moc"

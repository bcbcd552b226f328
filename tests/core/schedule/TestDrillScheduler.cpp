// DrillScheduler: the state of an occurrence around "today" (the due-soon window's edges), and the
// overdue, due-soon and ranged lists over a snapshot with records and cancellations: which
// occurrences they hold, in which order, and what they say about each.

#include "core/schedule/DrillScheduler.h"

#include <QTest>

Q_DECLARE_METATYPE(OccurrenceState)

namespace {

using Frequency = RecurrenceRule::Frequency;

const QDate kToday(2026, 6, 15);

DrillItem item(qint64 id, qint64 planId, const QString &title, const QDate &firstDate, const RecurrenceRule &rule,
               const QTime &startTime = QTime(9, 0))
{
    DrillItem drill;
    drill.id = id;
    drill.planId = planId;
    drill.title = title;
    drill.firstDate = firstDate;
    drill.recurrence = rule;
    drill.startTime = startTime;
    return drill;
}

RecurrenceRule monthly(int count)
{
    RecurrenceRule rule;
    rule.frequency = Frequency::Monthly;
    rule.count = count;
    return rule;
}

RecurrenceRule everyTwoWeeksUntil(const QDate &until)
{
    RecurrenceRule rule;
    rule.frequency = Frequency::Custom;
    rule.unit = RecurrenceRule::Unit::Weeks;
    rule.interval = 2;
    rule.until = until;
    return rule;
}

// Plan 10 "Plan A": item 1 monthly on the 15th in 2026 (February recorded, March cancelled); item 4
// has an invalid rule; item 5 starts next year; item 6 once on 16 June at 08:00.
// Plan 20 "Plan B": item 2 once on 1 June at 14:00; item 3 every two weeks from Tuesday 2 June until
// the end of August (30 June cancelled).
DrillScheduleSnapshot snapshot()
{
    DrillScheduleSnapshot snapshot;
    snapshot.plans.insert(10, {QStringLiteral("Plan A"), OperatorProfile::CriticalInfrastructure, QDate(2026, 1, 1)});
    snapshot.plans.insert(20, {QStringLiteral("Plan B"), OperatorProfile::Ordinary, QDate()});

    DrillItem first = item(1, 10, QStringLiteral("Monthly restore test"), QDate(2026, 1, 15), monthly(12));
    first.content = DrillContent::Special;
    first.form = DrillForm::HandsOn;
    snapshot.items << first;
    snapshot.items << item(2, 20, QStringLiteral("Ransomware tabletop"), QDate(2026, 6, 1), RecurrenceRule(),
                           QTime(14, 0));
    snapshot.items << item(3, 20, QStringLiteral("Phishing drill"), QDate(2026, 6, 2),
                           everyTwoWeeksUntil(QDate(2026, 8, 31)));
    snapshot.items << item(4, 10, QStringLiteral("No end"), QDate(2026, 1, 1), monthly(0));
    snapshot.items << item(5, 10, QStringLiteral("Next year"), QDate(2027, 3, 1), monthly(3));
    snapshot.items << item(6, 10, QStringLiteral("Early start"), QDate(2026, 6, 16), RecurrenceRule(), QTime(8, 0));

    snapshot.recordIds.insert(DrillScheduleSnapshot::occurrenceKey(1, QDate(2026, 2, 15)), 501);
    snapshot.cancellationReasons.insert(DrillScheduleSnapshot::occurrenceKey(1, QDate(2026, 3, 15)),
                                        QStringLiteral("Network upgrade"));
    snapshot.cancellationReasons.insert(DrillScheduleSnapshot::occurrenceKey(3, QDate(2026, 6, 30)),
                                        QStringLiteral("Holiday"));
    // A record of a date that is not an occurrence (the item was rescheduled) changes nothing.
    snapshot.recordIds.insert(DrillScheduleSnapshot::occurrenceKey(2, QDate(2026, 5, 31)), 777);
    return snapshot;
}

// "item:date:sequence" for compact comparisons.
QStringList brief(const QList<DrillOccurrence> &occurrences)
{
    QStringList lines;
    for (const DrillOccurrence &occurrence : occurrences)
        lines << QStringLiteral("%1:%2:%3")
                     .arg(occurrence.drillItemId)
                     .arg(occurrence.date.toString(Qt::ISODate))
                     .arg(occurrence.sequence);
    return lines;
}

} // namespace

class TestDrillScheduler : public QObject
{
    Q_OBJECT

private slots:
    void stateOn_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("recorded");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<OccurrenceState>("expected");

        QTest::newRow("yesterday") << kToday.addDays(-1) << false << false << OccurrenceState::Overdue;
        QTest::newRow("a year ago") << kToday.addYears(-1) << false << false << OccurrenceState::Overdue;
        QTest::newRow("today") << kToday << false << false << OccurrenceState::DueSoon;
        QTest::newRow("today + 30") << kToday.addDays(30) << false << false << OccurrenceState::DueSoon;
        QTest::newRow("today + 31") << kToday.addDays(31) << false << false << OccurrenceState::Planned;
        QTest::newRow("recorded yesterday") << kToday.addDays(-1) << true << false << OccurrenceState::Done;
        QTest::newRow("recorded ahead") << kToday.addDays(40) << true << false << OccurrenceState::Done;
        QTest::newRow("cancelled yesterday") << kToday.addDays(-1) << false << true << OccurrenceState::Cancelled;
        QTest::newRow("cancelled today") << kToday << false << true << OccurrenceState::Cancelled;
        QTest::newRow("recorded and cancelled") << kToday.addDays(-3) << true << true << OccurrenceState::Done;
    }

    void stateOn()
    {
        QFETCH(QDate, date);
        QFETCH(bool, recorded);
        QFETCH(bool, cancelled);
        QFETCH(OccurrenceState, expected);
        QCOMPARE(DrillScheduler::kDueSoonDays, 30);
        QCOMPARE(DrillScheduler::stateOn(date, kToday, recorded, cancelled), expected);
    }

    void overdue()
    {
        const QList<DrillOccurrence> overdue = DrillScheduler::overdue(snapshot(), kToday);
        // Oldest first; February recorded and March cancelled are not overdue; today is not overdue.
        QCOMPARE(brief(overdue), (QStringList{QStringLiteral("1:2026-01-15:1"), QStringLiteral("1:2026-04-15:4"),
                                              QStringLiteral("1:2026-05-15:5"), QStringLiteral("2:2026-06-01:1"),
                                              QStringLiteral("3:2026-06-02:1")}));
        for (const DrillOccurrence &occurrence : overdue) {
            QCOMPARE(occurrence.state, OccurrenceState::Overdue);
            QCOMPARE(occurrence.recordId, 0);
            QVERIFY(occurrence.cancellationReason.isEmpty());
        }
        const DrillOccurrence &first = overdue.first();
        QCOMPARE(first.planId, 10);
        QCOMPARE(first.planTitle, QStringLiteral("Plan A"));
        QCOMPARE(first.itemTitle, QStringLiteral("Monthly restore test"));
        QCOMPARE(first.content, DrillContent::Special);
        QCOMPARE(first.form, DrillForm::HandsOn);
        QCOMPARE(first.time, QTime(9, 0));
        QCOMPARE(overdue.at(3).planTitle, QStringLiteral("Plan B"));
        QCOMPARE(overdue.at(3).time, QTime(14, 0));

        // One plan only.
        QCOMPARE(brief(DrillScheduler::overdue(snapshot(), kToday, 20)),
                 (QStringList{QStringLiteral("2:2026-06-01:1"), QStringLiteral("3:2026-06-02:1")}));
        // Recording an overdue occurrence takes it off the list.
        DrillScheduleSnapshot recorded = snapshot();
        recorded.recordIds.insert(DrillScheduleSnapshot::occurrenceKey(2, QDate(2026, 6, 1)), 900);
        QCOMPARE(brief(DrillScheduler::overdue(recorded, kToday, 20)), QStringList{QStringLiteral("3:2026-06-02:1")});
        // The day before the first occurrences nothing is overdue.
        QVERIFY(DrillScheduler::overdue(snapshot(), QDate(2026, 1, 15)).isEmpty());
        QCOMPARE(brief(DrillScheduler::overdue(snapshot(), QDate(2026, 1, 16))),
                 QStringList{QStringLiteral("1:2026-01-15:1")});
    }

    void dueSoon()
    {
        const QList<DrillOccurrence> dueSoon = DrillScheduler::dueSoon(snapshot(), kToday);
        // Today to today + 30 inclusive (15 June to 15 July); 30 June is cancelled; on 16 June the
        // 08:00 drill comes before the 09:00 one.
        QCOMPARE(brief(dueSoon), (QStringList{QStringLiteral("1:2026-06-15:6"), QStringLiteral("6:2026-06-16:1"),
                                              QStringLiteral("3:2026-06-16:2"), QStringLiteral("3:2026-07-14:4"),
                                              QStringLiteral("1:2026-07-15:7")}));
        for (const DrillOccurrence &occurrence : dueSoon)
            QCOMPARE(occurrence.state, OccurrenceState::DueSoon);
        QCOMPARE(brief(DrillScheduler::dueSoon(snapshot(), kToday, 10)),
                 (QStringList{QStringLiteral("1:2026-06-15:6"), QStringLiteral("6:2026-06-16:1"),
                              QStringLiteral("1:2026-07-15:7")}));
        // A day later, 15 June is overdue and 16 July (not an occurrence) would be the edge.
        const QList<DrillOccurrence> tomorrow = DrillScheduler::dueSoon(snapshot(), kToday.addDays(1));
        QCOMPARE(brief(tomorrow).first(), QStringLiteral("6:2026-06-16:1"));
        QVERIFY(brief(DrillScheduler::overdue(snapshot(), kToday.addDays(1))).contains(QStringLiteral("1:2026-06-15:6")));
        // A recorded occurrence ahead is not due.
        DrillScheduleSnapshot recorded = snapshot();
        recorded.recordIds.insert(DrillScheduleSnapshot::occurrenceKey(6, QDate(2026, 6, 16)), 901);
        QVERIFY(!brief(DrillScheduler::dueSoon(recorded, kToday)).contains(QStringLiteral("6:2026-06-16:1")));
    }

    void occurrencesBetween()
    {
        const QList<DrillOccurrence> spring =
            DrillScheduler::occurrencesBetween(snapshot(), QDate(2026, 2, 1), QDate(2026, 3, 31), kToday);
        QCOMPARE(brief(spring), (QStringList{QStringLiteral("1:2026-02-15:2"), QStringLiteral("1:2026-03-15:3")}));
        QCOMPARE(spring.at(0).state, OccurrenceState::Done);
        QCOMPARE(spring.at(0).recordId, 501);
        QCOMPARE(spring.at(1).state, OccurrenceState::Cancelled);
        QCOMPARE(spring.at(1).cancellationReason, QStringLiteral("Network upgrade"));
        QCOMPARE(spring.at(1).recordId, 0);

        // Every state in one range, and the sequence counted from the item's start.
        const QList<DrillOccurrence> summer =
            DrillScheduler::occurrencesBetween(snapshot(), QDate(2026, 6, 14), QDate(2026, 8, 15), kToday);
        QCOMPARE(brief(summer),
                 (QStringList{QStringLiteral("1:2026-06-15:6"), QStringLiteral("6:2026-06-16:1"),
                              QStringLiteral("3:2026-06-16:2"), QStringLiteral("3:2026-06-30:3"),
                              QStringLiteral("3:2026-07-14:4"), QStringLiteral("1:2026-07-15:7"),
                              QStringLiteral("3:2026-07-28:5"), QStringLiteral("3:2026-08-11:6"),
                              QStringLiteral("1:2026-08-15:8")}));
        QCOMPARE(summer.at(3).state, OccurrenceState::Cancelled);
        QCOMPARE(summer.at(3).cancellationReason, QStringLiteral("Holiday"));
        QCOMPARE(summer.at(6).state, OccurrenceState::Planned);

        // Late in an item's life: the sequence still counts from its first date.
        QCOMPARE(brief(DrillScheduler::occurrencesBetween(snapshot(), QDate(2026, 11, 1), QDate(2026, 12, 31),
                                                          kToday, 10)),
                 (QStringList{QStringLiteral("1:2026-11-15:11"), QStringLiteral("1:2026-12-15:12")}));
        // Next year: only item 5 (item 1 ended with its twelfth occurrence, item 4 is invalid).
        QCOMPARE(brief(DrillScheduler::occurrencesBetween(snapshot(), QDate(2027, 1, 1), QDate(2027, 12, 31),
                                                          kToday)),
                 (QStringList{QStringLiteral("5:2027-03-01:1"), QStringLiteral("5:2027-04-01:2"),
                              QStringLiteral("5:2027-05-01:3")}));
        // One day, and a reversed range.
        QCOMPARE(brief(DrillScheduler::occurrencesBetween(snapshot(), QDate(2026, 6, 16), QDate(2026, 6, 16),
                                                          kToday)),
                 (QStringList{QStringLiteral("6:2026-06-16:1"), QStringLiteral("3:2026-06-16:2")}));
        QVERIFY(DrillScheduler::occurrencesBetween(snapshot(), QDate(2026, 6, 16), QDate(2026, 6, 15), kToday)
                    .isEmpty());
    }

    void occurrenceStateKeys()
    {
        QCOMPARE(occurrenceStateKey(OccurrenceState::Planned), QStringLiteral("planned"));
        QCOMPARE(occurrenceStateKey(OccurrenceState::DueSoon), QStringLiteral("due_soon"));
        QCOMPARE(occurrenceStateKey(OccurrenceState::Overdue), QStringLiteral("overdue"));
        QCOMPARE(occurrenceStateKey(OccurrenceState::Done), QStringLiteral("done"));
        QCOMPARE(occurrenceStateKey(OccurrenceState::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(QByteArray(occurrenceStateSourceText(OccurrenceState::DueSoon)), QByteArray("Due soon"));
        QCOMPARE(QByteArray(occurrenceStateSourceText(OccurrenceState::Cancelled)), QByteArray("Cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestDrillScheduler)
#include "TestDrillScheduler.moc"

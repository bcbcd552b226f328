// ProgrammeChecker: a CII plan must not leave twelve months without a comprehensive drill held
// (recorded) or still planned (Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment); an
// ordinary plan and a central state organ's plan never get that warning; and from 1 December every plan needs a drill in next year's programme (GB/T 38645-2020).

#include "core/schedule/ProgrammeChecker.h"

#include <QTest>

namespace {

using Frequency = RecurrenceRule::Frequency;

constexpr qint64 kPlan = 1;

RecurrenceRule yearly(int count)
{
    RecurrenceRule rule;
    rule.frequency = Frequency::Yearly;
    rule.count = count;
    return rule;
}

DrillItem drill(qint64 id, const QDate &firstDate, const RecurrenceRule &rule,
                DrillContent content = DrillContent::Comprehensive, qint64 planId = kPlan)
{
    DrillItem item;
    item.id = id;
    item.planId = planId;
    item.title = QStringLiteral("Drill %1").arg(id);
    item.content = content;
    if (content == DrillContent::Special)
        item.scenario = QStringLiteral("Ransomware");
    item.firstDate = firstDate;
    item.recurrence = rule;
    return item;
}

void record(DrillScheduleSnapshot &snapshot, qint64 itemId, const QDate &date)
{
    snapshot.recordIds.insert(DrillScheduleSnapshot::occurrenceKey(itemId, date), 1000 + snapshot.recordIds.size());
}

void cancel(DrillScheduleSnapshot &snapshot, qint64 itemId, const QDate &date)
{
    snapshot.cancellationReasons.insert(DrillScheduleSnapshot::occurrenceKey(itemId, date), QStringLiteral("Budget"));
}

// A CII plan effective from 1 January 2025 with a comprehensive drill every 10 April, 2025–2029;
// the ones before today (30 November 2026) are recorded.
DrillScheduleSnapshot yearlyProgramme(OperatorProfile profile = OperatorProfile::CriticalInfrastructure)
{
    DrillScheduleSnapshot snapshot;
    snapshot.plans.insert(kPlan, {QStringLiteral("Plan"), profile, QDate(2025, 1, 1)});
    snapshot.items << drill(11, QDate(2025, 4, 10), yearly(5));
    record(snapshot, 11, QDate(2025, 4, 10));
    record(snapshot, 11, QDate(2026, 4, 10));
    return snapshot;
}

QList<ProgrammeWarning> gaps(const QList<ProgrammeWarning> &warnings)
{
    QList<ProgrammeWarning> result;
    for (const ProgrammeWarning &warning : warnings)
        if (warning.kind == ProgrammeWarning::Kind::ComprehensiveGap)
            result << warning;
    return result;
}

QString describe(const QList<ProgrammeWarning> &warnings)
{
    QStringList lines;
    for (const ProgrammeWarning &warning : warnings)
        lines << warning.message;
    return lines.join(u'\n');
}

} // namespace

class TestProgrammeChecker : public QObject
{
    Q_OBJECT

private slots:
    void yearlyComprehensiveDrillsLeaveNoGap()
    {
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(yearlyProgramme(), kPlan, QDate(2026, 11, 30));
        QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
    }

    void aYearWithoutARecordIsAGap()
    {
        // 10 April 2026 passed with no record: it was not held, so 2025-04-10 to 2027-04-10 is a gap.
        DrillScheduleSnapshot snapshot = yearlyProgramme();
        snapshot.recordIds.clear();
        record(snapshot, 11, QDate(2025, 4, 10));
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), 1);
        const ProgrammeWarning &gap = warnings.first();
        QCOMPARE(gap.kind, ProgrammeWarning::Kind::ComprehensiveGap);
        QCOMPARE(gap.planId, kPlan);
        QCOMPARE(gap.from, QDate(2025, 4, 11));
        QCOMPARE(gap.to, QDate(2027, 4, 9));
        QVERIFY2(gap.message.contains(QLatin1String("2025-04-11")) && gap.message.contains(QLatin1String("2027-04-09"))
                     && gap.message.contains(QLatin1String("Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment")),
                 qPrintable(gap.message));
    }

    void aCancelledYearIsAGapToTheWindowEnd()
    {
        // Next year's drill cancelled: nothing after 10 April 2026 up to the end of next year.
        DrillScheduleSnapshot snapshot = yearlyProgramme();
        cancel(snapshot, 11, QDate(2027, 4, 10));
        // A special drill does not fill the gap.
        snapshot.items << drill(12, QDate(2027, 1, 20), yearly(2), DrillContent::Special);
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().from, QDate(2026, 4, 11));
        QCOMPARE(warnings.first().to, QDate(2027, 12, 31));
    }

    void twelveMonthsExactly_data()
    {
        QTest::addColumn<QDate>("second");
        QTest::addColumn<int>("gapCount");
        // The first drill is on 10 April 2025: 10 April 2026 is in time, 11 April 2026 is a day late.
        QTest::newRow("a year later") << QDate(2026, 4, 10) << 0;
        QTest::newRow("a year and a day later") << QDate(2026, 4, 11) << 1;
        QTest::newRow("eleven months later") << QDate(2026, 3, 10) << 0;
    }

    void twelveMonthsExactly()
    {
        QFETCH(QDate, second);
        QFETCH(int, gapCount);
        DrillScheduleSnapshot snapshot;
        snapshot.plans.insert(kPlan, {QStringLiteral("Plan"), OperatorProfile::CriticalInfrastructure, QDate(2025, 4, 10)});
        snapshot.items << drill(21, QDate(2025, 4, 10), RecurrenceRule());
        snapshot.items << drill(22, second, RecurrenceRule());
        // Then yearly from 1 March 2027, so that the rest of the window is covered.
        snapshot.items << drill(23, QDate(2027, 3, 1), yearly(2));
        record(snapshot, 21, QDate(2025, 4, 10));
        record(snapshot, 22, second);
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), gapCount);
        if (gapCount == 1) {
            QCOMPARE(warnings.first().from, QDate(2025, 4, 11));
            QCOMPARE(warnings.first().to, QDate(2026, 4, 10));
        }
    }

    void windowStart()
    {
        // Effective long before the first drill: the stretch from the effective date is a gap.
        DrillScheduleSnapshot snapshot = yearlyProgramme();
        snapshot.plans[kPlan].effectiveOn = QDate(2023, 6, 1);
        QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().from, QDate(2023, 6, 1));
        QCOMPARE(warnings.first().to, QDate(2025, 4, 9));

        // No effective date: the window starts with the first drill, so there is no gap before it.
        snapshot.plans[kPlan].effectiveOn = QDate();
        QVERIFY(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30)).isEmpty());

        // No effective date and no drill: from today to the end of next year.
        DrillScheduleSnapshot empty;
        empty.plans.insert(kPlan, {QStringLiteral("Plan"), OperatorProfile::CriticalInfrastructure, QDate()});
        warnings = ProgrammeChecker::check(empty, kPlan, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, ProgrammeWarning::Kind::ComprehensiveGap);
        QCOMPARE(warnings.first().from, QDate(2026, 11, 30));
        QCOMPARE(warnings.first().to, QDate(2027, 12, 31));
    }

    void ordinaryPlanNeverGetsGapWarnings()
    {
        DrillScheduleSnapshot snapshot = yearlyProgramme(OperatorProfile::Ordinary);
        snapshot.recordIds.clear();
        cancel(snapshot, 11, QDate(2027, 4, 10));
        QVERIFY(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30)).isEmpty());
        DrillScheduleSnapshot empty;
        empty.plans.insert(kPlan, {QStringLiteral("Plan"), OperatorProfile::Ordinary, QDate(2020, 1, 1)});
        QVERIFY(ProgrammeChecker::check(empty, kPlan, QDate(2026, 6, 1)).isEmpty());
        // In December it gets the programme warning, and only that.
        const QList<ProgrammeWarning> december = ProgrammeChecker::check(empty, kPlan, QDate(2026, 12, 1));
        QCOMPARE(december.size(), 1);
        QCOMPARE(december.first().kind, ProgrammeWarning::Kind::NextYearNotReady);
    }

    void centralStateOrganPlanGetsNoGapWarningButCiiDoes()
    {
        // The regular-drill duty (Art. 36(4), old Art. 34(4)) is the CII operator's: the same programme
        // with no drill recorded and next year's cancelled is a gap for CII, nothing for a central organ.
        for (OperatorProfile profile : {OperatorProfile::CentralStateOrgan, OperatorProfile::CriticalInfrastructure}) {
            DrillScheduleSnapshot snapshot = yearlyProgramme(profile);
            snapshot.recordIds.clear();
            cancel(snapshot, 11, QDate(2027, 4, 10));
            const QList<ProgrammeWarning> found = gaps(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30)));
            if (profile == OperatorProfile::CentralStateOrgan)
                QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
            else
                QVERIFY(!found.isEmpty());
            DrillScheduleSnapshot empty;
            empty.plans.insert(kPlan, {QStringLiteral("Plan"), profile, QDate(2020, 1, 1)});
            QCOMPARE(gaps(ProgrammeChecker::check(empty, kPlan, QDate(2026, 6, 1))).isEmpty(),
                     profile == OperatorProfile::CentralStateOrgan);
        }
    }

    void otherPlansAreNotMixedIn()
    {
        // Plan 2 (CII, effective 2025) has no drills of its own; plan 1's drills do not count for it.
        DrillScheduleSnapshot snapshot = yearlyProgramme();
        snapshot.plans.insert(2, {QStringLiteral("Other"), OperatorProfile::CriticalInfrastructure, QDate(2025, 1, 1)});
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, 2, QDate(2026, 11, 30));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().planId, 2);
        QCOMPARE(warnings.first().from, QDate(2025, 1, 1));
        QCOMPARE(warnings.first().to, QDate(2027, 12, 31));
    }

    void nextYearsProgrammeInDecember()
    {
        DrillScheduleSnapshot snapshot;
        snapshot.plans.insert(kPlan, {QStringLiteral("Plan"), OperatorProfile::Ordinary, QDate(2026, 1, 1)});
        snapshot.items << drill(31, QDate(2026, 5, 12), RecurrenceRule(), DrillContent::Special);

        // 30 November: not yet asked for.
        QVERIFY(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 11, 30)).isEmpty());
        // 1 December: nothing planned for 2027.
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1));
        QCOMPARE(warnings.size(), 1);
        const ProgrammeWarning &warning = warnings.first();
        QCOMPARE(warning.kind, ProgrammeWarning::Kind::NextYearNotReady);
        QCOMPARE(warning.planId, kPlan);
        QCOMPARE(warning.from, QDate(2027, 1, 1));
        QCOMPARE(warning.to, QDate(2027, 12, 31));
        QCOMPARE(warning.message,
                 QStringLiteral("Next year's drill programme is not ready: no drill is planned for 2027; it should be "
                                "finished and budgeted by December (GB/T 38645-2020)."));
        QCOMPARE(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 31)).size(), 1);

        // Any drill in 2027 will do, special or comprehensive — unless it is cancelled.
        snapshot.items << drill(32, QDate(2027, 12, 31), RecurrenceRule(), DrillContent::Special);
        QVERIFY(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1)).isEmpty());
        cancel(snapshot, 32, QDate(2027, 12, 31));
        QCOMPARE(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1)).size(), 1);
        // A drill in 2028 is not next year's.
        snapshot.items << drill(33, QDate(2028, 1, 1), RecurrenceRule());
        QCOMPARE(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1)).size(), 1);
        // A repeating drill that reaches into 2027.
        snapshot.items << drill(34, QDate(2026, 9, 30), yearly(2));
        QVERIFY(ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1)).isEmpty());
    }

    void ciiPlanInDecemberGetsBoth()
    {
        // The drill of 10 April 2027 is cancelled: a gap, and in December nothing for next year.
        DrillScheduleSnapshot snapshot = yearlyProgramme();
        cancel(snapshot, 11, QDate(2027, 4, 10));
        const QList<ProgrammeWarning> warnings = ProgrammeChecker::check(snapshot, kPlan, QDate(2026, 12, 1));
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(gaps(warnings).size(), 1);
        QCOMPARE(warnings.at(1).kind, ProgrammeWarning::Kind::NextYearNotReady);
        // With the drill in place, December finds nothing to say.
        QVERIFY(ProgrammeChecker::check(yearlyProgramme(), kPlan, QDate(2026, 12, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeChecker)
#include "TestProgrammeChecker.moc"

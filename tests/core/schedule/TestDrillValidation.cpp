// What makes a drill item or a drill record impossible to store, and how the messages name it:
// the item's title, date, duration, scenario and repetition; the record's date, participants
// (blank names, the same person twice) and corrective actions (description, owner, due date).

#include "core/domain/DrillItem.h"
#include "core/domain/DrillRecord.h"

#include <QScopeGuard>
#include <QTest>

namespace {

DrillItem validItem()
{
    DrillItem item;
    item.planId = 1;
    item.title = QStringLiteral("综合演练");
    item.firstDate = QDate(2026, 4, 10);
    item.durationMinutes = 180;
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 3;
    return item;
}

DrillParticipant participant(const QString &name, const QString &department, const QString &role = QString())
{
    DrillParticipant person;
    person.name = name;
    person.department = department;
    person.role = role;
    return person;
}

CorrectiveAction action(const QString &description, const QString &owner, const QDate &dueOn)
{
    CorrectiveAction corrective;
    corrective.description = description;
    corrective.owner = owner;
    corrective.dueOn = dueOn;
    return corrective;
}

DrillRecord validRecord()
{
    DrillRecord record;
    record.drillItemId = 7;
    record.planId = 1;
    record.occurrenceDate = QDate(2026, 4, 10);
    record.heldOn = QDate(2026, 4, 11);
    record.participants << participant(QStringLiteral("张三"), QStringLiteral("信息中心"), QStringLiteral("组长"))
                        << participant(QStringLiteral("李四"), QStringLiteral("信息中心"))
                        << participant(QStringLiteral("张三"), QStringLiteral("财务部")); // a namesake elsewhere
    record.correctiveActions << action(QStringLiteral("Update the contact list"), QStringLiteral("李四"),
                                       QDate(2026, 5, 31));
    CorrectiveAction closed = action(QStringLiteral("Restore test of the backup"), QStringLiteral("王五"),
                                     QDate(2026, 5, 1));
    closed.state = CorrectiveActionState::Closed; // no closing date yet: the repository sets it
    record.correctiveActions << closed;
    return record;
}

} // namespace

class TestDrillValidation : public QObject
{
    Q_OBJECT

private slots:
    // A new drill's times are in the computer's zone, or in China's where the computer says UTC.
    void newDrillsTakeTheComputersZoneUnlessItIsUtc()
    {
        const QByteArray saved = qgetenv("TZ");
        const bool wasSet = qEnvironmentVariableIsSet("TZ");
        // Put the zone back even when a comparison fails, for the tests after this one.
        const auto restore = qScopeGuard([&] {
            if (wasSet)
                qputenv("TZ", saved);
            else
                qunsetenv("TZ");
        });
        qputenv("TZ", "Europe/Berlin");
        QCOMPARE(DrillItem::defaultTimeZoneId(), QByteArrayLiteral("Europe/Berlin"));
        qputenv("TZ", "UTC");
        QCOMPARE(DrillItem::defaultTimeZoneId(), QByteArrayLiteral("Asia/Shanghai"));
        qputenv("TZ", "Asia/Shanghai");
        QCOMPARE(DrillItem::defaultTimeZoneId(), QByteArrayLiteral("Asia/Shanghai"));
    }

    void validItemHasNoProblems() { QCOMPARE(validItem().validationProblems(), QStringList()); }

    void itemProblems_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blank title") << 0 << QStringLiteral("The drill has no title.");
        QTest::newRow("no first date") << 1 << QStringLiteral("The drill has no valid first date.");
        QTest::newRow("duration 0") << 2 << QStringLiteral("0 minute");
        QTest::newRow("duration negative") << 3 << QStringLiteral("-30 minute");
        QTest::newRow("duration over a week") << 4 << QStringLiteral("10081 minute");
        QTest::newRow("special without scenario") << 5 << QStringLiteral("scenario");
        QTest::newRow("repetition without end") << 6 << QStringLiteral("end date or a number of occurrences");
        QTest::newRow("repetition ending before it starts") << 7 << QStringLiteral("2025-12-31");
    }

    void itemProblems()
    {
        QFETCH(int, change);
        QFETCH(QString, expected);
        DrillItem item = validItem();
        switch (change) {
        case 0: item.title = QStringLiteral("  \t"); break;
        case 1: item.firstDate = QDate(); break;
        case 2: item.durationMinutes = 0; break;
        case 3: item.durationMinutes = -30; break;
        case 4: item.durationMinutes = 7 * 24 * 60 + 1; break;
        case 5: item.content = DrillContent::Special; item.scenario = QStringLiteral(" "); break;
        case 6: item.recurrence.count = 0; break;
        case 7: item.recurrence.count = 0; item.recurrence.until = QDate(2025, 12, 31); break;
        }
        const QStringList problems = item.validationProblems();
        // One problem each: a missing first date is not repeated by the repetition.
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        QVERIFY(!item.isValid());
    }

    void itemLimits()
    {
        DrillItem item = validItem();
        item.durationMinutes = 7 * 24 * 60;
        QVERIFY(item.isValid());
        item.durationMinutes = 1;
        QVERIFY(item.isValid());
        // A special drill with its scenario, a comprehensive one needs none.
        item.content = DrillContent::Special;
        item.scenario = QStringLiteral("勒索软件攻击");
        QVERIFY(item.isValid());
        item.content = DrillContent::Comprehensive;
        item.scenario.clear();
        QVERIFY(item.isValid());
        // Several problems are all listed.
        item.title.clear();
        item.durationMinutes = 0;
        item.recurrence.count = 600;
        QCOMPARE(item.validationProblems().size(), 3);
    }

    void validRecordHasNoProblems()
    {
        const DrillRecord record = validRecord();
        QCOMPARE(record.validationProblems(), QStringList());
        // The item id is the repository's to check.
        DrillRecord unsaved = record;
        unsaved.drillItemId = 0;
        QVERIFY(unsaved.isValid());
    }

    void recordWithoutDate()
    {
        DrillRecord record = validRecord();
        record.heldOn = QDate();
        QCOMPARE(record.validationProblems(),
                 QStringList{QStringLiteral("The record does not say on which date the drill was held.")});
    }

    void participants()
    {
        DrillRecord record = validRecord();
        // Row 4 has a department but no name; row 5 is entirely empty (ignored); row 7 repeats row 3
        // apart from case and spaces; row 6 is only ticked as signed in.
        record.participants << participant(QStringLiteral("  "), QStringLiteral("运维部")) << DrillParticipant();
        DrillParticipant ticked;
        ticked.signedIn = true;
        record.participants << ticked;
        record.participants[2] = participant(QStringLiteral("Zhang San"), QStringLiteral("IT"));
        record.participants << participant(QStringLiteral(" zhang san "), QStringLiteral("it "));
        QCOMPARE(record.validationProblems(),
                 (QStringList{QStringLiteral("Participant row 4 has no name."),
                              QStringLiteral("Participant row 6 has no name."),
                              QStringLiteral("Participant zhang san (it) is listed twice (rows 3 and 7).")}));
    }

    void duplicateWithoutDepartmentAndPercentSigns()
    {
        DrillRecord record = validRecord();
        record.participants = {participant(QStringLiteral("Li %2"), QString()),
                               participant(QStringLiteral("Other"), QString()),
                               participant(QStringLiteral("LI %2"), QString())};
        QCOMPARE(record.validationProblems(),
                 QStringList{QStringLiteral("Participant LI %2 is listed twice (rows 1 and 3).")});
    }

    void correctiveActions()
    {
        DrillRecord record = validRecord();
        record.correctiveActions << action(QStringLiteral("Patch the VPN gateway"), QStringLiteral(" "), QDate(2026, 6, 1))
                                 << action(QStringLiteral("Train the duty officers"), QStringLiteral("赵六"), QDate())
                                 << action(QString(), QString(), QDate());
        QCOMPARE(record.validationProblems(),
                 (QStringList{QStringLiteral("Corrective action 3 (\"Patch the VPN gateway\") has no owner."),
                              QStringLiteral("Corrective action 4 (\"Train the duty officers\") has no due date."),
                              QStringLiteral("Corrective action 5 has no description."),
                              QStringLiteral("Corrective action 5 has no owner."),
                              QStringLiteral("Corrective action 5 has no due date.")}));
    }
};

QTEST_GUILESS_MAIN(TestDrillValidation)
#include "TestDrillValidation.moc"

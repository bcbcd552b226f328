// UnitOfWork: repository writes made inside one commit together or not at all; a failed write
// inside undoes only its own part and leaves the decision to the caller; a transaction SQLite has
// rolled back itself refuses anything more; a write lock held elsewhere gives the clear message.

#include "StorageTestSupport.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/UnitOfWork.h"
#include "core/storage/WriteTransaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StorageTestSupport;

namespace {

Plan smallPlan(const QString &title)
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("测试单位");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = title;
    return plan;
}

DrillItem onceItem(qint64 planId)
{
    DrillItem item;
    item.planId = planId;
    item.title = QStringLiteral("勒索软件专项演练");
    item.content = DrillContent::Special;
    item.scenario = QStringLiteral("勒索软件");
    item.form = DrillForm::HandsOn;
    item.firstDate = QDate(2027, 1, 15);
    item.startTime = QTime(14, 30);
    item.durationMinutes = 90;
    item.objectives = {QStringLiteral("15 分钟内隔离主机")};
    return item;
}

} // namespace

class TestUnitOfWork : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlainConnection> m_other; // another program looking at the same file

    QString path() const { return m_dir->filePath(QStringLiteral("plandesk.sqlite")); }
    int committedRows(const QString &table) { return rowCount(m_other->db(), table); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        QVERIFY2(m_database->open(path()).ok(), "open");
        m_other = std::make_unique<PlainConnection>(path());
        QVERIFY(m_other->isOpen());
    }

    void cleanup()
    {
        m_other.reset();
        m_database.reset();
        m_dir.reset();
    }

    void nestedRepositoryWritesCommitTogether()
    {
        PlanRepository plans(*m_database);
        DrillRepository drills(*m_database);
        {
            UnitOfWork unit(*m_database);
            QVERIFY(unit.begin().ok());
            QVERIFY(WriteTransaction::isOpen(m_database->connection()));
            Result<Plan> plan = plans.save(smallPlan(QStringLiteral("甲预案")));
            QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
            Result<DrillItem> item = drills.saveItem(onceItem(plan.value().id));
            QVERIFY2(item.ok(), qPrintable(item.errorMessage()));
            // Each repository write "committed" only its savepoint: nothing is visible elsewhere yet,
            // but this connection reads its own writes.
            QCOMPARE(committedRows(QStringLiteral("plans")), 0);
            QCOMPARE(committedRows(QStringLiteral("drill_items")), 0);
            QCOMPARE(drills.listItems(plan.value().id).value().size(), 1);
            QVERIFY(unit.commit().ok());
            QVERIFY(!unit.isActive());
        }
        QVERIFY(!WriteTransaction::isOpen(m_database->connection()));
        QCOMPARE(committedRows(QStringLiteral("plans")), 1);
        QCOMPARE(committedRows(QStringLiteral("drill_items")), 1);
        QCOMPARE(committedRows(QStringLiteral("drill_item_objectives")), 1);
    }

    void uncommittedUnitLeavesNothing()
    {
        {
            UnitOfWork unit(*m_database);
            QVERIFY(unit.begin().ok());
            Result<Plan> plan = PlanRepository(*m_database).save(smallPlan(QStringLiteral("甲预案")));
            QVERIFY(plan.ok());
            QVERIFY(DrillRepository(*m_database).saveItem(onceItem(plan.value().id)).ok());
            // A unit inside the unit is a savepoint: its commit keeps nothing on its own.
            UnitOfWork inner(*m_database);
            QVERIFY(inner.begin().ok());
            QVERIFY(PlanRepository(*m_database).save(smallPlan(QStringLiteral("乙预案"))).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(committedRows(QStringLiteral("plans")), 0);
        QCOMPARE(committedRows(QStringLiteral("drill_items")), 0);
        QCOMPARE(PlanRepository(*m_database).listPlans().value().size(), 0);
        // The connection is free again: a plain save is its own transaction, as before.
        QVERIFY(PlanRepository(*m_database).save(smallPlan(QStringLiteral("丙预案"))).ok());
        QCOMPARE(committedRows(QStringLiteral("plans")), 1);
    }

    void failureInTheSecondAggregateLeavesNothingOfTheFirst()
    {
        // The programme's record cannot be stored (as if the disk filled up just then): the plan and
        // the two drills saved before it in the same unit must go too.
        QCOMPARE(m_other->exec(QStringLiteral("CREATE TRIGGER refuse_records BEFORE INSERT ON drill_records "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                 QString());
        Result<Plan> sample = DemoDrillProgramme::saveSample(*m_database, QStringLiteral("zh_CN"));
        QVERIFY(!sample.ok());
        QVERIFY2(sample.errorMessage().contains(QLatin1String("refused by the test")), qPrintable(sample.errorMessage()));
        QVERIFY(!WriteTransaction::isOpen(m_database->connection()));
        for (const QString &table : {QStringLiteral("plans"), QStringLiteral("plan_sections"), QStringLiteral("drill_items"),
                                     QStringLiteral("drill_item_objectives"), QStringLiteral("drill_records")})
            QVERIFY2(committedRows(table) == 0, qPrintable(table));

        QCOMPARE(m_other->exec(QStringLiteral("DROP TRIGGER refuse_records")), QString());
        sample = DemoDrillProgramme::saveSample(*m_database, QStringLiteral("zh_CN"));
        QVERIFY2(sample.ok(), qPrintable(sample.errorMessage()));
        QCOMPARE(committedRows(QStringLiteral("plans")), 1);
        QCOMPARE(committedRows(QStringLiteral("drill_items")), 2);
        QCOMPARE(committedRows(QStringLiteral("drill_records")), 1);
    }

    void failedWriteInsideRollsBackToItsSavepointAndTheCallerDecides()
    {
        // The item's row is inserted, then its objectives are refused: the savepoint must take the
        // item row back out, and the unit goes on.
        QCOMPARE(m_other->exec(QStringLiteral("CREATE TRIGGER refuse_objectives BEFORE INSERT ON drill_item_objectives "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                 QString());
        PlanRepository plans(*m_database);
        DrillRepository drills(*m_database);
        UnitOfWork unit(*m_database);
        QVERIFY(unit.begin().ok());
        Result<Plan> first = plans.save(smallPlan(QStringLiteral("甲预案")));
        QVERIFY(first.ok());
        Result<DrillItem> item = drills.saveItem(onceItem(first.value().id));
        QVERIFY(!item.ok());
        QVERIFY(unit.isActive());
        QCOMPARE(drills.listItems(first.value().id).value().size(), 0);
        // This caller decides to keep the plans without the drill.
        Result<Plan> second = plans.save(smallPlan(QStringLiteral("乙预案")));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(unit.commit().ok());
        QCOMPARE(committedRows(QStringLiteral("plans")), 2);
        QCOMPARE(committedRows(QStringLiteral("drill_items")), 0);
        QCOMPARE(committedRows(QStringLiteral("drill_item_objectives")), 0);
    }

    void transactionRolledBackBySqliteRefusesFurtherWrites()
    {
        // RAISE(ROLLBACK) ends the whole transaction, as SQLite does itself on a full disk: the
        // savepoint is gone with it. A later write must not run outside any transaction (it would be
        // committed on its own), and the unit must not report success.
        QCOMPARE(m_other->exec(QStringLiteral("CREATE TRIGGER end_everything BEFORE INSERT ON drill_items "
                                              "BEGIN SELECT RAISE(ROLLBACK, 'rolled back by the test'); END")),
                 QString());
        PlanRepository plans(*m_database);
        {
            UnitOfWork unit(*m_database);
            QVERIFY(unit.begin().ok());
            Result<Plan> first = plans.save(smallPlan(QStringLiteral("甲预案")));
            QVERIFY(first.ok());
            QVERIFY(!DrillRepository(*m_database).saveItem(onceItem(first.value().id)).ok());
            Result<Plan> second = plans.save(smallPlan(QStringLiteral("乙预案")));
            QVERIFY(!second.ok());
            QCOMPARE(second.errorMessage(),
                     QStringLiteral("Could not start writing to the database: an earlier step of this change failed "
                                    "and was undone; nothing of the change was saved."));
            QVERIFY(!unit.commit().ok());
        }
        QCOMPARE(committedRows(QStringLiteral("plans")), 0);
        QCOMPARE(committedRows(QStringLiteral("drill_items")), 0);
        QCOMPARE(m_other->exec(QStringLiteral("DROP TRIGGER end_everything")), QString());
        // The connection is usable again afterwards.
        QVERIFY(plans.save(smallPlan(QStringLiteral("丙预案"))).ok());
        QCOMPARE(committedRows(QStringLiteral("plans")), 1);
    }

    void lockHeldElsewhereGivesTheBusyMessage()
    {
        // Another program holds the write lock; wait 100 ms instead of the usual 5 s.
        QCOMPARE(m_other->exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
        QSqlQuery timeout(m_database->connection());
        QVERIFY(timeout.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
        const QString busy = QStringLiteral("Could not start writing to the database: the database is busy in "
                                            "another program; try again in a moment.");
        {
            UnitOfWork unit(*m_database);
            Result<void> begun = unit.begin();
            QVERIFY(!begun.ok());
            QCOMPARE(begun.errorMessage(), busy);
            QVERIFY(!unit.isActive());
            QVERIFY(!WriteTransaction::isOpen(m_database->connection()));
        }
        Result<Plan> sample = DemoDrillProgramme::saveSample(*m_database, QStringLiteral("en"));
        QVERIFY(!sample.ok());
        QCOMPARE(sample.errorMessage(), busy);
        QCOMPARE(m_other->exec(QStringLiteral("ROLLBACK")), QString());
        sample = DemoDrillProgramme::saveSample(*m_database, QStringLiteral("en"));
        QVERIFY2(sample.ok(), qPrintable(sample.errorMessage()));
        QCOMPARE(committedRows(QStringLiteral("plans")), 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "TestUnitOfWork.moc"

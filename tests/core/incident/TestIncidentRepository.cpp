// IncidentRepository on a real database: declared, reported, logged, ticked and closed incidents
// read back as they were written; refusals and failures part way leave the database as it was;
// deleting the plan takes its incidents with it; a version 4 file is upgraded.

#include "../storage/StorageTestSupport.h"
#include "core/Clock.h"
#include "core/incident/IncidentChecklist.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SchemaMigrator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace StorageTestSupport;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");
// The levels reported under 国家网络安全事件报告管理办法 (IncidentDeadlineRules::reportableLevels).
const QStringList kReportable = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III")};

QDateTime shanghai(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), kShanghai);
}

Plan ciiPlan()
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("示例数据中心");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = QStringLiteral("网络安全事件应急预案");
    plan.profile = OperatorProfile::CriticalInfrastructure;
    plan.ciiSector = QStringLiteral("energy");
    return plan;
}

Incident incidentOf(const Plan &plan)
{
    Incident incident;
    incident.planId = plan.id;
    incident.discoveredAt = shanghai(3, 9, 0);
    incident.place = QStringLiteral("二号机房");
    incident.affectedSystems = QStringLiteral("核心业务系统");
    incident.categoryCode = plan.categories.first().code;
    incident.levelCode = QStringLiteral("III");
    incident.crimeSuspected = true;
    incident.ciiSystem = false;
    incident.policeNotifiedAt = shanghai(3, 9, 30);
    incident.checklist = IncidentChecklist::fromPlan(plan, incident.levelCode);
    incident.log = {IncidentLogEntry{0, shanghai(3, 9, 5), QStringLiteral("启动预案"), QStringLiteral("张三")}};
    return incident;
}

IncidentReport fullReport(qint64 incidentId, IncidentReportKind kind)
{
    IncidentReport report;
    report.incidentId = incidentId;
    report.kind = kind;
    int n = 0;
    for (QString *text : {&report.unitAndSystem, &report.harmSoFar, &report.measuresTaken, &report.ransomAmount,
                          &report.ransomPaymentMethod, &report.likelyDevelopment, &report.preliminaryCause,
                          &report.tracingLeads, &report.nextMeasures, &report.scenePreservation, &report.other,
                          &report.cause, &report.measures, &report.harm, &report.accountability,
                          &report.rectification, &report.lessons, &report.recipient})
        *text = QStringLiteral("字段%1").arg(++n);
    report.ransomDate = QDate(2026, 12, 3);
    report.issuedBy = QStringLiteral("李四");
    report.issuedAt = shanghai(3, 9, 40);
    report.sentAt = shanghai(3, 9, 45);
    report.channel = ReportChannel::Email;
    return report;
}

CorrectiveAction action(const QString &description, const QDate &dueOn)
{
    CorrectiveAction ca;
    ca.description = description;
    ca.owner = QStringLiteral("王五");
    ca.dueOn = dueOn;
    return ca;
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    Plan m_plan;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(2, 0), QTimeZone::utc()));
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))).ok());
        Result<Plan> saved = PlanRepository(*m_database).save(ciiPlan());
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        m_plan = saved.value();
    }

    void cleanup()
    {
        m_database.reset();
        Clock::reset();
    }

    void declaredIncidentReadsBackWhole()
    {
        IncidentRepository repository(*m_database);
        Incident incident = incidentOf(m_plan);
        incident.drill = true;
        Result<Incident> opened = repository.open(incident);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(opened.value().id > 0);
        QCOMPARE(opened.value().log.size(), 1);
        QVERIFY(opened.value().log.first().id > 0);
        Result<Incident> loaded = repository.load(opened.value().id);
        QVERIFY(loaded.ok());
        Incident expected = incident;
        expected.id = opened.value().id;
        expected.log.first().id = opened.value().log.first().id;
        expected.createdAt = expected.updatedAt = Clock::nowUtc();
        QCOMPARE(loaded.value(), expected);
        // Times come back in the incident's zone, to the minute it was declared.
        QCOMPARE(loaded.value().discoveredAt.timeZone(), kShanghai);
        QCOMPARE(loaded.value().discoveredAt.time(), QTime(9, 0));
        QCOMPARE(repository.list().value().size(), 1);
        QCOMPARE(repository.list(m_plan.id).value().size(), 1);
        QCOMPARE(repository.list(m_plan.id + 1).value().size(), 0);
        QCOMPARE(repository.countForPlan(m_plan.id).value(), 1);
    }

    void refusalsLeaveTheDatabaseAsItWas()
    {
        IncidentRepository repository(*m_database);
        const QStringList before = dump(m_database->connection());
        Incident unknownCategory = incidentOf(m_plan);
        unknownCategory.categoryCode = QStringLiteral("NOPE");
        Result<Incident> refused = repository.open(unknownCategory);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("\"NOPE\"")), qPrintable(refused.errorMessage()));
        Incident noPlan = incidentOf(m_plan);
        noPlan.planId = m_plan.id + 100;
        QVERIFY(!repository.open(noPlan).ok());
        Incident noTime = incidentOf(m_plan);
        noTime.discoveredAt = QDateTime();
        QVERIFY(repository.open(noTime).errorMessage().contains(QLatin1String("discovered")));
        Incident badLevel = incidentOf(m_plan);
        badLevel.levelCode = QStringLiteral("V");
        QVERIFY(!repository.open(badLevel).ok());
        QCOMPARE(dump(m_database->connection()), before);
    }

    void reportsReadBackAndAreUpdatedInPlace()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        IncidentReport initial = fullReport(id, IncidentReportKind::Initial);
        Result<IncidentReport> saved = repository.saveReport(initial);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        initial.id = saved.value().id;
        initial.createdAt = initial.updatedAt = Clock::nowUtc();
        QCOMPARE(saved.value(), initial);

        IncidentReport supplementary = fullReport(id, IncidentReportKind::Supplementary);
        supplementary.sentAt = QDateTime();
        supplementary.channel = ReportChannel::Fax;
        QVERIFY(repository.saveReport(supplementary).ok());

        Clock::setFixed(Clock::nowUtc().addSecs(60));
        initial.preliminaryCause = QStringLiteral("弱口令");
        Result<IncidentReport> updated = repository.saveReport(initial);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().id, initial.id);
        QCOMPARE(updated.value().createdAt, initial.createdAt);
        QCOMPARE(updated.value().updatedAt, Clock::nowUtc());
        const QList<IncidentReport> reports = repository.listReports(id).value();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.first().preliminaryCause, QStringLiteral("弱口令"));
        QCOMPARE(reports.last().kind, IncidentReportKind::Supplementary);
        QVERIFY(!reports.last().sentAt.isValid());
        QCOMPARE(reports.last().channel, ReportChannel::Fax);
    }

    void reportRefusals()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        const QStringList before = dump(m_database->connection());
        IncidentReport summary = fullReport(id, IncidentReportKind::Summary);
        QVERIFY(repository.saveReport(summary).errorMessage().contains(QLatin1String("close incident")));
        IncidentReport unclear = fullReport(id, IncidentReportKind::Supplementary);
        unclear.factsUnclear = true;
        QVERIFY(!repository.saveReport(unclear).ok());
        IncidentReport unsigned_ = fullReport(id, IncidentReportKind::Initial);
        unsigned_.issuedBy.clear();
        QVERIFY(repository.saveReport(unsigned_).errorMessage().contains(QStringLiteral("签发人")));
        IncidentReport elsewhere = fullReport(id + 5, IncidentReportKind::Initial);
        QVERIFY(!repository.saveReport(elsewhere).ok());
        QCOMPARE(dump(m_database->connection()), before);
        // A first report with only items 1 and 2 is allowed.
        IncidentReport first = fullReport(id, IncidentReportKind::Initial);
        first.factsUnclear = true;
        QVERIFY(repository.saveReport(first).ok());
    }

    void logAndChecklist()
    {
        IncidentRepository repository(*m_database);
        const Incident opened = repository.open(incidentOf(m_plan)).value();
        QVERIFY(opened.checklist.size() >= 3);
        Result<IncidentLogEntry> entry = repository.addLogEntry(
            opened.id, IncidentLogEntry{0, shanghai(3, 9, 2), QStringLiteral("隔离受影响主机"), QStringLiteral("赵六")});
        QVERIFY(entry.ok());
        QVERIFY(!repository.addLogEntry(opened.id, IncidentLogEntry{0, shanghai(3, 9, 3), QStringLiteral("  "), {}}).ok());
        QVERIFY(repository.setChecklistItem(opened.id, 1, true, shanghai(3, 9, 10), QStringLiteral("赵六")).ok());
        QVERIFY(!repository.setChecklistItem(opened.id, 99, true, shanghai(3, 9, 10), {}).ok());
        QVERIFY(!repository.setChecklistItem(opened.id, 0, true, QDateTime(), {}).ok());
        const Incident loaded = repository.load(opened.id).value();
        // In time order: the 09:02 entry before the 09:05 one.
        QCOMPARE(loaded.log.size(), 2);
        QCOMPARE(loaded.log.first().action, QStringLiteral("隔离受影响主机"));
        QCOMPARE(loaded.log.first().by, QStringLiteral("赵六"));
        QVERIFY(loaded.checklist.at(1).done);
        QCOMPARE(loaded.checklist.at(1).doneAt, shanghai(3, 9, 10));
        QCOMPARE(loaded.checklist.at(1).doneBy, QStringLiteral("赵六"));
        QVERIFY(!loaded.checklist.at(0).done);
        QCOMPARE(loaded.checklist.at(0).step, opened.checklist.at(0).step);
    }

    void updatingTheFacts()
    {
        IncidentRepository repository(*m_database);
        Incident incident = repository.open(incidentOf(m_plan)).value();
        incident.levelCode = QStringLiteral("II");
        incident.ciiSystem = true;
        incident.checklist = IncidentChecklist::fromPlan(m_plan, incident.levelCode);
        Result<Incident> updated = repository.update(incident);
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        QCOMPARE(repository.load(incident.id).value().levelCode, QStringLiteral("II"));
        QVERIFY(repository.load(incident.id).value().ciiSystem);
        QCOMPARE(repository.load(incident.id).value().checklist, incident.checklist);
        incident.planId = m_plan.id + 1;
        QVERIFY(!repository.update(incident).ok());
    }

    void closingAsksForLessonsAndCreatesCorrectiveActions()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        const QStringList before = dump(m_database->connection());
        QVERIFY(repository.close(id, shanghai(5, 18, 0), QStringLiteral(" "), {}, false, {})
                    .errorMessage().contains(QLatin1String("lessons")));
        QVERIFY(!repository.close(id, shanghai(2, 18, 0), QStringLiteral("教训"), {}, false, {}).ok()); // before discovery
        CorrectiveAction ownerless = action(QStringLiteral("加固口令"), QDate(2027, 1, 31));
        ownerless.owner.clear();
        QVERIFY(!repository.close(id, shanghai(5, 18, 0), QStringLiteral("教训"), {ownerless}, false, {}).ok());
        QCOMPARE(dump(m_database->connection()), before);

        Result<Incident> closed = repository.close(
            id, shanghai(5, 18, 0), QStringLiteral("口令策略不足"),
            {action(QStringLiteral("加固口令"), QDate(2027, 1, 31)), action(QStringLiteral("离线备份"), QDate(2026, 12, 20))},
            true, QStringLiteral("补充勒索软件处置流程"));
        QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
        QVERIFY(closed.value().isClosed());
        QCOMPARE(closed.value().closedAt, shanghai(5, 18, 0));
        QCOMPARE(closed.value().lessons, QStringLiteral("口令策略不足"));
        QCOMPARE(closed.value().correctiveActions.size(), 2);
        QVERIFY(closed.value().planRevisionPending());
        QVERIFY(!repository.close(id, shanghai(6, 18, 0), QStringLiteral("再次"), {}, false, {}).ok());
        QVERIFY(!repository.update(closed.value()).ok());

        QCOMPARE(repository.pendingPlanRevisions(m_plan.id).value().size(), 1);
        QCOMPARE(repository.pendingPlanRevisions().value().size(), 1);
        QVERIFY(repository.saveFollowUp(id, closed.value().correctiveActions, QDate(2026, 12, 30)).ok());
        QVERIFY(repository.pendingPlanRevisions(m_plan.id).value().isEmpty());

        // Now the summary report may be stored.
        QVERIFY(repository.saveReport(fullReport(id, IncidentReportKind::Summary)).ok());
    }

    void aFailurePartWayThroughClosingChangesNothing()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        const QStringList before = dump(m_database->connection());
        // The second corrective action cannot be written: the whole close must be undone.
        QSqlQuery trigger(m_database->connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_second AFTER INSERT ON incident_corrective_actions WHEN NEW.position = 1 "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        Result<Incident> closed = repository.close(
            id, shanghai(5, 18, 0), QStringLiteral("教训"),
            {action(QStringLiteral("一"), QDate(2027, 1, 31)), action(QStringLiteral("二"), QDate(2027, 1, 31))}, true, {});
        QVERIFY(!closed.ok());
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_second")));
        QCOMPARE(dump(m_database->connection()), before);
        QVERIFY(!repository.load(id).value().isClosed());
    }

    void followUpKeepsActionIdsAndRefusesWhatCannotBe()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        // Before closing there is nothing to follow up.
        QVERIFY(repository.saveFollowUp(id, {}, {}).errorMessage().contains(QLatin1String("still being handled")));
        const Incident closed = repository
                                    .close(id, shanghai(5, 18, 0), QStringLiteral("教训"),
                                           {action(QStringLiteral("加固口令"), QDate(2027, 1, 31)),
                                            action(QStringLiteral("离线备份"), QDate(2026, 12, 20))},
                                           true, QStringLiteral("补充勒索软件处置流程"))
                                    .value();
        const QStringList before = dump(m_database->connection());

        QList<CorrectiveAction> actions = closed.correctiveActions;
        actions[0].state = CorrectiveActionState::Closed; // without the day
        QVERIFY(repository.saveFollowUp(id, actions, {}).errorMessage().contains(QLatin1String("say on which date")));
        actions[0].closedOn = QDate(2026, 12, 2); // before the discovery
        QVERIFY(repository.saveFollowUp(id, actions, {}).errorMessage().contains(QLatin1String("before the incident was discovered")));
        actions[0].closedOn = QDate(2026, 12, 4); // done during the handling: allowed, as closing allows it
        QVERIFY(!repository.saveFollowUp(id, actions, QDate(2026, 12, 1)).ok()); // revised before closing
        QList<CorrectiveAction> foreign = actions;
        foreign[1].id = 9999;
        QVERIFY(repository.saveFollowUp(id, foreign, {}).errorMessage().contains(QLatin1String("does not belong")));
        QList<CorrectiveAction> twice = {actions[0], actions[0]};
        QVERIFY(!repository.saveFollowUp(id, twice, {}).ok());
        QCOMPARE(dump(m_database->connection()), before);

        // One closed, one dropped, one added, the plan revised: in place, in one go.
        QList<CorrectiveAction> followed = {actions[0], action(QStringLiteral("演练复盘"), QDate(2027, 2, 28))};
        Result<Incident> saved = repository.saveFollowUp(id, followed, QDate(2026, 12, 30));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved.value().correctiveActions.size(), 2);
        QCOMPARE(saved.value().correctiveActions[0].id, closed.correctiveActions[0].id);
        QCOMPARE(saved.value().correctiveActions[0].state, CorrectiveActionState::Closed);
        QCOMPARE(saved.value().correctiveActions[0].closedOn, QDate(2026, 12, 4));
        QVERIFY(saved.value().correctiveActions[1].id != closed.correctiveActions[1].id);
        QCOMPARE(saved.value().correctiveActions[1].description, QStringLiteral("演练复盘"));
        QCOMPARE(saved.value().planRevisedOn, QDate(2026, 12, 30));
        QVERIFY(!saved.value().planRevisionPending());
        QCOMPARE(repository.load(id).value(), saved.value());

        // A failure part way (the new action cannot be written) leaves everything as it was.
        const QStringList afterSave = dump(m_database->connection());
        QSqlQuery trigger(m_database->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_new AFTER INSERT ON incident_corrective_actions "
                                            "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QList<CorrectiveAction> more = saved.value().correctiveActions;
        more[1].state = CorrectiveActionState::InProgress;
        more.append(action(QStringLiteral("三"), QDate(2027, 3, 1)));
        QVERIFY(!repository.saveFollowUp(id, more, {}).ok());
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_new")));
        QCOMPARE(dump(m_database->connection()), afterSave);
    }

    void whatNeedsAttentionIsReadWithItsNames()
    {
        Clock::setFixed(shanghai(5, 12, 0)); // after both incidents below
        IncidentRepository repository(*m_database);
        // Open: listed. Closed with everything done: not listed.
        const qint64 open = repository.open(incidentOf(m_plan)).value().id;
        Incident later = incidentOf(m_plan);
        later.discoveredAt = shanghai(4, 9, 0);
        later.policeNotifiedAt = {};
        later.drill = true;
        const qint64 done = repository.open(later).value().id;
        QVERIFY(repository.close(done, shanghai(4, 12, 0), QStringLiteral("教训"),
                                 {action(QStringLiteral("加固口令"), QDate(2027, 1, 31))}, false, {})
                    .ok());
        QVERIFY(repository.saveReport(fullReport(done, IncidentReportKind::Initial)).ok());

        QList<IncidentAttention> attention = repository.listNeedingAttention(kReportable).value();
        QCOMPARE(attention.size(), 2);
        QCOMPARE(attention[0].incident.id, done); // latest discovery first
        QVERIFY(attention[0].incident.drill);
        QCOMPARE(attention[0].reports.size(), 1);
        QCOMPARE(attention[0].openCorrectiveActions().size(), 1);
        QVERIFY(attention[0].incident.log.isEmpty()); // the log is not read for the dashboard
        QCOMPARE(attention[1].incident.id, open);
        QCOMPARE(attention[1].planTitle, m_plan.title);
        QCOMPARE(attention[1].profile, OperatorProfile::CriticalInfrastructure);
        QVERIFY2(attention[1].levelName.contains(QStringLiteral("较大")), qPrintable(attention[1].levelName));
        QCOMPARE(attention[1].categoryName, m_plan.categories.first().name);
        QVERIFY(attention[1].reports.isEmpty());

        // The summary sent and the action closed: still listed, the police were not told of the
        // suspected crime. Told after closing, nothing is asked any more.
        QVERIFY(repository.saveReport(fullReport(done, IncidentReportKind::Summary)).ok());
        QList<CorrectiveAction> actions = repository.load(done).value().correctiveActions;
        actions[0].state = CorrectiveActionState::Closed;
        actions[0].closedOn = QDate(2026, 12, 5);
        QVERIFY(repository.saveFollowUp(done, actions, {}).ok());
        QCOMPARE(repository.listNeedingAttention(kReportable).value().size(), 2);
        const QString told = QStringLiteral("已报公安机关");
        QVERIFY(!repository.recordPoliceNotified(done, shanghai(4, 8, 0), told).ok()); // before the discovery
        QVERIFY(!repository.recordPoliceNotified(done, Clock::nowUtc().addDays(1), told).ok()); // in the future
        Result<Incident> notified = repository.recordPoliceNotified(done, shanghai(4, 10, 0), told);
        QVERIFY2(notified.ok(), qPrintable(notified.errorMessage()));
        QCOMPARE(notified.value().policeNotifiedAt, shanghai(4, 10, 0));
        QCOMPARE(notified.value().log.last().action, told); // logged in the same transaction
        QVERIFY(!repository.recordPoliceNotified(done, shanghai(4, 11, 0), told).ok()); // twice
        attention = repository.listNeedingAttention(kReportable).value();
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention[0].incident.id, open);

        // A closed level IV incident owes no report and is not read at all.
        Incident minor = incidentOf(m_plan);
        minor.levelCode = QStringLiteral("IV");
        minor.crimeSuspected = false;
        minor.policeNotifiedAt = {};
        minor.checklist = IncidentChecklist::fromPlan(m_plan, minor.levelCode);
        const qint64 minorId = repository.open(minor).value().id;
        QVERIFY(repository.close(minorId, shanghai(3, 12, 0), QStringLiteral("教训"), {}, false, {}).ok());
        QCOMPARE(repository.listNeedingAttention(kReportable).value().size(), 1);
        QVERIFY(!repository.recordPoliceNotified(minorId, shanghai(3, 13, 0), told).ok()); // no crime suspected
    }

    void deletingThePlanDeletesItsIncidents()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        QVERIFY(repository.saveReport(fullReport(id, IncidentReportKind::Initial)).ok());
        QVERIFY(repository.close(id, shanghai(5, 18, 0), QStringLiteral("教训"),
                                 {action(QStringLiteral("一"), QDate(2027, 1, 31))}, false, {}).ok());
        QVERIFY(PlanRepository(*m_database).remove(m_plan.id).ok());
        const QSqlDatabase db = m_database->connection();
        for (const char *table : {"incidents", "incident_reports", "incident_log", "incident_checklist",
                                  "incident_corrective_actions"})
            QVERIFY2(rowCount(db, QLatin1String(table)) == 0, table);
        QVERIFY(!repository.load(id).ok());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }

    void removingAnIncident()
    {
        IncidentRepository repository(*m_database);
        const qint64 id = repository.open(incidentOf(m_plan)).value().id;
        QVERIFY(repository.saveReport(fullReport(id, IncidentReportKind::Initial)).ok());
        QVERIFY(repository.remove(id).ok());
        QCOMPARE(rowCount(m_database->connection(), QStringLiteral("incident_reports")), 0);
        QVERIFY(!repository.remove(id).ok());
    }

    void upgradesAVersion4File()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        qint64 planId = 0;
        {
            Database database;
            QVERIFY(database.open(path, 4).ok());
            QCOMPARE(database.schemaVersion(), 4);
            Result<Plan> saved = PlanRepository(database).save(ciiPlan());
            QVERIFY(saved.ok());
            planId = saved.value().id;
            QVERIFY(!tableNames(database.connection()).contains(QStringLiteral("incidents")));
        }
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion(), SchemaMigrator::kLatestVersion);
        QVERIFY(QFileInfo(database.backupPath()).fileName().startsWith(QStringLiteral("v4.sqlite.v4-")));
        Result<Plan> plan = PlanRepository(database).load(planId);
        QVERIFY(plan.ok());
        Result<Incident> opened = IncidentRepository(database).open(incidentOf(plan.value()));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "TestIncidentRepository.moc"

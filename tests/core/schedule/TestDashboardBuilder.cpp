// DashboardBuilder: what the dashboard shows on a fixed day, computed from a real database.

#include "core/Clock.h"
#include "core/reference/PlanFactory.h"
#include "core/schedule/DashboardBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PlanRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

const QDate kToday(2027, 4, 10);

Plan plan(const QString &title, OperatorProfile profile, const QDate &nextReviewOn)
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("测试单位");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = title;
    plan.profile = profile;
    if (profile != OperatorProfile::Ordinary)
        plan.ciiSector = QStringLiteral("energy");
    plan.effectiveOn = QDate(2026, 1, 1);
    plan.nextReviewOn = nextReviewOn;
    return plan;
}

CorrectiveAction action(const QString &description, const QDate &dueOn,
                        CorrectiveActionState state = CorrectiveActionState::Open)
{
    CorrectiveAction ca;
    ca.description = description;
    ca.owner = QStringLiteral("王五");
    ca.dueOn = dueOn;
    ca.state = state;
    return ca;
}

DrillRecord recordOf(const DrillItem &item, const QDate &occurrence)
{
    DrillRecord record;
    record.drillItemId = item.id;
    record.occurrenceDate = occurrence;
    record.heldOn = occurrence;
    record.recorder = QStringLiteral("记录员");
    record.responsible = QStringLiteral("负责人");
    return record;
}

} // namespace

class TestDashboardBuilder : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Clock::setFixed(QDateTime(kToday, QTime(8, 0)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        Result<void> opened = m_database->open(m_dir->filePath(QStringLiteral("dashboard.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::reset();
    }

    void anEmptyDatabaseHasAnEmptyDashboard()
    {
        Result<Dashboard> dashboard = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(dashboard.ok(), qPrintable(dashboard.errorMessage()));
        QCOMPARE(dashboard.value().today, kToday);
        QVERIFY(dashboard.value().isEmpty());
    }

    void showsWhatIsDueOnAFixedDay()
    {
        PlanRepository plans(*m_database);
        DrillRepository drills(*m_database);
        // An ordinary plan whose review is overdue, with a monthly drill on the 15th.
        Result<Plan> ordinary = plans.save(plan(QStringLiteral("Ordinary plan"), OperatorProfile::Ordinary, QDate(2027, 3, 1)));
        QVERIFY2(ordinary.ok(), qPrintable(ordinary.errorMessage()));
        // A plan reviewed on time: not listed.
        Result<Plan> current = plans.save(plan(QStringLiteral("Current plan"), OperatorProfile::Ordinary, QDate(2028, 1, 1)));
        QVERIFY(current.ok());
        // A plan due for review today is not overdue yet.
        QVERIFY(plans.save(plan(QStringLiteral("Due today"), OperatorProfile::Ordinary, kToday)).ok());
        // A CII plan without any drill: the programme check must speak up.
        Result<Plan> cii = plans.save(plan(QStringLiteral("CII plan"), OperatorProfile::CriticalInfrastructure, QDate(2028, 1, 1)));
        QVERIFY2(cii.ok(), qPrintable(cii.errorMessage()));

        DrillItem monthly;
        monthly.planId = ordinary.value().id;
        monthly.title = QStringLiteral("月度演练");
        monthly.content = DrillContent::Special;
        monthly.scenario = QStringLiteral("勒索软件");
        monthly.firstDate = QDate(2027, 1, 15);
        monthly.recurrence.frequency = RecurrenceRule::Frequency::Monthly;
        monthly.recurrence.count = 12;
        Result<DrillItem> item = drills.saveItem(monthly);
        QVERIFY2(item.ok(), qPrintable(item.errorMessage()));
        const qint64 itemId = item.value().id;

        // January held (with its corrective actions), February cancelled: March is overdue, April
        // 15 due soon, May 15 (35 days ahead) only planned.
        DrillRecord january = recordOf(item.value(), QDate(2027, 1, 15));
        january.correctiveActions = {action(QStringLiteral("overdue action"), QDate(2027, 3, 31)),
                                     action(QStringLiteral("due on the day"), kToday),
                                     action(QStringLiteral("later action"), QDate(2027, 5, 1), CorrectiveActionState::InProgress),
                                     action(QStringLiteral("closed action"), QDate(2027, 2, 1), CorrectiveActionState::Closed)};
        Result<DrillRecord> held = drills.saveRecord(january);
        QVERIFY2(held.ok(), qPrintable(held.errorMessage()));
        QVERIFY(drills.cancelOccurrence(itemId, QDate(2027, 2, 15), QStringLiteral("春节")).ok());

        Result<Dashboard> built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        const Dashboard &dashboard = built.value();
        QCOMPARE(dashboard.today, kToday);
        QVERIFY(!dashboard.isEmpty());

        QCOMPARE(dashboard.overdueDrills.size(), 1);
        const DrillOccurrence &overdue = dashboard.overdueDrills.first();
        QCOMPARE(overdue.drillItemId, itemId);
        QCOMPARE(overdue.planId, ordinary.value().id);
        QCOMPARE(overdue.planTitle, QStringLiteral("Ordinary plan"));
        QCOMPARE(overdue.itemTitle, QStringLiteral("月度演练"));
        QCOMPARE(overdue.date, QDate(2027, 3, 15));
        QCOMPARE(overdue.sequence, 3);
        QCOMPARE(overdue.state, OccurrenceState::Overdue);

        QCOMPARE(dashboard.drillsDueSoon.size(), 1);
        QCOMPARE(dashboard.drillsDueSoon.first().drillItemId, itemId);
        QCOMPARE(dashboard.drillsDueSoon.first().date, QDate(2027, 4, 15));
        QCOMPARE(dashboard.drillsDueSoon.first().state, OccurrenceState::DueSoon);

        QCOMPARE(dashboard.overdueCorrectiveActions.size(), 1);
        QCOMPARE(dashboard.overdueCorrectiveActionCount, 1);
        const CorrectiveActionSummary &late = dashboard.overdueCorrectiveActions.first();
        QCOMPARE(late.action.description, QStringLiteral("overdue action"));
        QCOMPARE(late.action.id, held.value().correctiveActions.first().id);
        QCOMPARE(late.recordId, held.value().id);
        QCOMPARE(late.planTitle, QStringLiteral("Ordinary plan"));
        QCOMPARE(late.drillTitle, QStringLiteral("月度演练"));

        QCOMPARE(dashboard.plansPastReview.size(), 1);
        QCOMPARE(dashboard.plansPastReview.first().id, ordinary.value().id);
        QCOMPARE(dashboard.plansPastReview.first().nextReviewOn, QDate(2027, 3, 1));

        // Only the CII plan is warned about (an ordinary plan has no comprehensive-drill duty, and
        // next year's programme is only asked for from December).
        QVERIFY(!dashboard.programmeWarnings.isEmpty());
        bool gap = false;
        for (const ProgrammeWarning &warning : dashboard.programmeWarnings) {
            QCOMPARE(warning.planId, cii.value().id);
            QVERIFY(!warning.message.isEmpty());
            gap = gap || warning.kind == ProgrammeWarning::Kind::ComprehensiveGap;
        }
        QVERIFY(gap);

        // Once the March drill is recorded and the action closed, both leave the dashboard.
        QVERIFY(drills.saveRecord(recordOf(item.value(), QDate(2027, 3, 15))).ok());
        QVERIFY(drills.setCorrectiveActionState(late.action.id, CorrectiveActionState::Closed).ok());
        built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QVERIFY(built.value().overdueDrills.isEmpty());
        QVERIFY(built.value().overdueCorrectiveActions.isEmpty());
        QCOMPARE(built.value().drillsDueSoon.size(), 1);
        QCOMPARE(built.value().plansPastReview.size(), 1);

        // A month later April is overdue, May due soon and the action due "on the day" late too.
        const QDate later = kToday.addDays(30);
        built = DashboardBuilder::build(*m_database, later);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QCOMPARE(built.value().today, later);
        QCOMPARE(built.value().overdueDrills.size(), 1);
        QCOMPARE(built.value().overdueDrills.first().date, QDate(2027, 4, 15));
        QCOMPARE(built.value().drillsDueSoon.size(), 1);
        QCOMPARE(built.value().drillsDueSoon.first().date, QDate(2027, 5, 15));
        QCOMPARE(built.value().overdueCorrectiveActions.size(), 2);
        QCOMPARE(built.value().overdueCorrectiveActionCount, 2);
        QCOMPARE(built.value().overdueCorrectiveActions.at(0).action.description, QStringLiteral("due on the day"));
        QCOMPARE(built.value().overdueCorrectiveActions.at(1).action.description, QStringLiteral("later action"));
        QCOMPARE(built.value().plansPastReview.size(), 2); // "Due today" has passed too

        // The dashboard's list is cut at a limit, oldest first; the count still says how many.
        Result<QList<CorrectiveActionSummary>> first = drills.listOpenCorrectiveActions(0, later, 1);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first.value().size(), 1);
        QCOMPARE(first.value().first().action.description, QStringLiteral("due on the day"));
        QCOMPARE(drills.countOpenCorrectiveActions(later).value(), 2);
    }

    // The record dialog says a required revision shows under 需关注事项 until it is made; it did not.
    void pendingPlanRevisionsAreListedUntilMade()
    {
        PlanRepository plans(*m_database);
        DrillRepository drills(*m_database);
        Result<Plan> first = plans.save(plan(QStringLiteral("First plan"), OperatorProfile::Ordinary, QDate(2028, 1, 1)));
        Result<Plan> second = plans.save(plan(QStringLiteral("Second plan"), OperatorProfile::Ordinary, QDate(2028, 1, 1)));
        QVERIFY(first.ok() && second.ok());
        QList<DrillRecord> records;
        for (const Plan &owner : {first.value(), second.value()}) {
            DrillItem once;
            once.planId = owner.id;
            once.title = QStringLiteral("桌面推演 ") + owner.title;
            once.firstDate = QDate(2027, 2, 1);
            Result<DrillItem> item = drills.saveItem(once);
            QVERIFY2(item.ok(), qPrintable(item.errorMessage()));
            DrillRecord record = recordOf(item.value(), item.value().firstDate);
            record.planRevisionRequired = owner.id == second.value().id;
            record.planRevisionNote = QStringLiteral("报告时限改为1小时");
            Result<DrillRecord> saved = drills.saveRecord(record);
            QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
            records << saved.value();
        }

        Result<Dashboard> built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QVERIFY(!built.value().isEmpty());
        QCOMPARE(built.value().pendingPlanRevisions.size(), 1);
        const PlanRevisionSummary &pending = built.value().pendingPlanRevisions.first();
        QCOMPARE(pending.recordId, records.at(1).id);
        QCOMPARE(pending.planId, second.value().id);
        QCOMPARE(pending.planTitle, QStringLiteral("Second plan"));
        QCOMPARE(pending.drillTitle, QStringLiteral("桌面推演 Second plan"));
        QCOMPARE(pending.heldOn, QDate(2027, 2, 1));
        QCOMPARE(pending.note, QStringLiteral("报告时限改为1小时"));

        // Once the plan is revised, it leaves the dashboard.
        QVERIFY(drills.markPlanRevised(records.at(1).id, kToday).ok());
        built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QVERIFY(built.value().pendingPlanRevisions.isEmpty());
    }

    // Issue 9: an incident stays on the dashboard while it is open or owes a report, a corrective
    // action or a plan revision; the reports due come with their deadlines, earliest first.
    void incidentsAreListedWhileTheyOweSomething()
    {
        const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
        Result<Plan> cii = PlanRepository(*m_database).save(plan(QStringLiteral("CII plan"), OperatorProfile::CriticalInfrastructure,
                                                                  QDate(2028, 1, 1)));
        QVERIFY(cii.ok());
        IncidentRepository incidents(*m_database);
        auto declare = [&](const QString &level, const QDateTime &discoveredAt) {
            Incident incident;
            incident.planId = cii.value().id;
            incident.discoveredAt = discoveredAt;
            incident.place = QStringLiteral("机房");
            incident.affectedSystems = QStringLiteral("计费系统");
            incident.categoryCode = cii.value().categories.first().code;
            incident.levelCode = level;
            Result<Incident> opened = incidents.open(incident);
            return opened ? opened.value().id : qint64(0);
        };
        // Open, level III, discovered 07:40 Shanghai: the 1-hour initial report, then the summary.
        const qint64 open = declare(QStringLiteral("III"), QDateTime(kToday, QTime(7, 40), shanghai));
        // Closed at level IV with nothing to report and nothing to do: gone.
        const qint64 minor = declare(QStringLiteral("IV"), QDateTime(kToday.addDays(-3), QTime(9, 0), shanghai));
        // Closed at level III: the summary within 30 days, an action and a revision.
        const qint64 closed = declare(QStringLiteral("III"), QDateTime(kToday.addDays(-2), QTime(9, 0), shanghai));
        QVERIFY(open && minor && closed);
        QVERIFY(incidents.close(minor, QDateTime(kToday.addDays(-3), QTime(12, 0), shanghai), QStringLiteral("教训"), {},
                                false, {})
                    .ok());
        QVERIFY(incidents
                    .close(closed, QDateTime(kToday.addDays(-1), QTime(18, 0), shanghai), QStringLiteral("教训"),
                           {action(QStringLiteral("钓鱼邮件培训"), kToday.addDays(10))}, true, QStringLiteral("补充隔离步骤"))
                    .ok());

        Result<Dashboard> built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        const QList<IncidentAttention> &listed = built.value().incidents;
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].incident.id, open); // open first
        QCOMPARE(listed[0].dueReports.size(), 2);
        QCOMPARE(listed[0].dueReports[0].kind, DueReportKind::Initial);
        QCOMPARE(listed[0].dueReports[0].deadline, QDateTime(kToday, QTime(8, 40), shanghai));
        QCOMPARE(listed[0].dueReports[1].kind, DueReportKind::Summary);
        QVERIFY(!listed[0].dueReports[1].deadline.isValid()); // not known before closing
        QCOMPARE(listed[1].incident.id, closed);
        QCOMPARE(listed[1].dueReports.size(), 2); // the initial report was never sent, and the summary
        QCOMPARE(listed[1].dueReports[1].kind, DueReportKind::Summary);
        QCOMPARE(listed[1].dueReports[1].deadline, QDateTime(kToday.addDays(29), QTime(18, 0), shanghai));
        QCOMPARE(listed[1].openCorrectiveActions().size(), 1);
        QCOMPARE(built.value().pendingPlanRevisions.size(), 1);
        QCOMPARE(built.value().pendingPlanRevisions[0].incidentId, closed);
        QCOMPARE(built.value().pendingPlanRevisions[0].recordId, 0);
        QCOMPARE(built.value().pendingPlanRevisions[0].heldOn, kToday.addDays(-1));
        QCOMPARE(built.value().pendingPlanRevisions[0].note, QStringLiteral("补充隔离步骤"));

        // The initial report sent in time: only the summary is left for the open one.
        IncidentReport report;
        report.incidentId = open;
        report.kind = IncidentReportKind::Initial;
        report.factsUnclear = true;
        report.unitAndSystem = QStringLiteral("计费系统");
        report.harmSoFar = QStringLiteral("停止计费");
        report.issuedBy = QStringLiteral("张伟");
        report.issuedAt = QDateTime(kToday, QTime(8, 20), shanghai);
        report.sentAt = QDateTime(kToday, QTime(8, 25), shanghai);
        report.channel = ReportChannel::Hotline12387;
        Result<IncidentReport> sent = incidents.saveReport(report);
        QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
        built = DashboardBuilder::build(*m_database, kToday);
        QVERIFY(built.ok());
        QCOMPARE(built.value().incidents[0].dueReports.size(), 1);
        QCOMPARE(built.value().incidents[0].dueReports[0].kind, DueReportKind::Summary);
    }
};

QTEST_GUILESS_MAIN(TestDashboardBuilder)
#include "TestDashboardBuilder.moc"

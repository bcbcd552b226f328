// PlanRepository: plans stored whole or not at all, and read back exactly as they were typed.

#include "../SamplePlans.h"
#include "StorageTestSupport.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StorageTestSupport;

namespace {

const QStringList kChildTables = {QStringLiteral("plan_sections"), QStringLiteral("plan_contacts"),
                                  QStringLiteral("plan_levels"), QStringLiteral("plan_categories"),
                                  QStringLiteral("plan_reporting_steps")};

Plan defaultPlan(const QString &organisation = QStringLiteral("测试单位"))
{
    PlanFactory::Basics basics;
    basics.organisation = organisation;
    return PlanFactory().createDefault(basics);
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    PlanRepository repository() { return PlanRepository(*m_database); }
    QSqlDatabase db() const { return m_database->connection(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every test starts from its own empty database in its own folder.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        Result<void> opened = m_database->open(m_dir->filePath(QStringLiteral("plans.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void roundTripsEveryField()
    {
        const Plan input = SamplePlans::fullPlan();
        QVERIFY2(input.isValid(), qPrintable(input.validationProblems().join(QLatin1Char(' '))));
        Result<Plan> saved = repository().save(input);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(saved.value().id > 0);
        QVERIFY(saved.value().createdAt.isValid());
        QVERIFY(saved.value().updatedAt.isValid());
        QVERIFY(qAbs(saved.value().updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(saved.value() == SamplePlans::withStampsOf(input, saved.value()));

        Result<Plan> loaded = repository().load(saved.value().id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Plan &plan = loaded.value();
        // Field by field first, so a failure names the field; then the whole.
        QCOMPARE(plan.title, input.title);
        QCOMPARE(plan.organisation, input.organisation);
        QCOMPARE(plan.language, input.language);
        QCOMPARE(plan.profile, input.profile);
        QCOMPARE(plan.ciiSector, input.ciiSector);
        QCOMPARE(plan.kind, input.kind);
        QCOMPARE(plan.scenario, input.scenario);
        QCOMPARE(plan.version, input.version);
        QCOMPARE(plan.status, input.status);
        QCOMPARE(plan.approver, input.approver);
        QCOMPARE(plan.approvedOn, input.approvedOn);
        QCOMPARE(plan.publishedOn, input.publishedOn);
        QCOMPARE(plan.effectiveOn, input.effectiveOn);
        QCOMPARE(plan.nextReviewOn, input.nextReviewOn);
        QCOMPARE(plan.confidentiality, input.confidentiality);
        QCOMPARE(plan.categorySetId, input.categorySetId);
        QCOMPARE(plan.createdAt, saved.value().createdAt);
        QCOMPARE(plan.updatedAt, saved.value().updatedAt);
        QCOMPARE(plan.sections.size(), input.sections.size());
        for (qsizetype i = 0; i < input.sections.size(); ++i) {
            QCOMPARE(plan.sections.at(i).key, input.sections.at(i).key);
            QCOMPARE(plan.sections.at(i).title, input.sections.at(i).title);
            QCOMPARE(plan.sections.at(i).depth, input.sections.at(i).depth);
            QVERIFY2(plan.sections.at(i).body == input.sections.at(i).body, qPrintable(input.sections.at(i).title));
        }
        QCOMPARE(plan.sections.at(3).body.size(), input.sections.at(3).body.size());
        QVERIFY(plan.sections.at(3).body.size() >= 200000);
        QVERIFY(plan.contacts == input.contacts);
        QVERIFY(plan.levels == input.levels);
        QVERIFY(plan.categories == input.categories);
        QVERIFY(plan.reportingSteps == input.reportingSteps);
        QVERIFY(plan == saved.value());

        // Unset dates stay unset rather than becoming some default day.
        Plan sparse = defaultPlan();
        sparse.effectiveOn = QDate();
        sparse.nextReviewOn = QDate();
        Result<Plan> sparseSaved = repository().save(sparse);
        QVERIFY(sparseSaved.ok());
        const Plan sparseLoaded = repository().load(sparseSaved.value().id).value();
        QVERIFY(!sparseLoaded.effectiveOn.isValid());
        QVERIFY(!sparseLoaded.approvedOn.isValid());
        QVERIFY(sparseLoaded == sparseSaved.value());
    }

    void roundTripsEveryEnumValue_data()
    {
        QTest::addColumn<PlanStatus>("status");
        QTest::addColumn<OperatorProfile>("profile");
        QTest::addColumn<PlanKind>("kind");
        for (PlanStatus status : allPlanStatuses())
            for (OperatorProfile profile : allOperatorProfiles())
                for (PlanKind kind : {PlanKind::Comprehensive, PlanKind::Special})
                    QTest::addRow("%s/%s/%s", qPrintable(planStatusKey(status)), qPrintable(operatorProfileKey(profile)),
                                  qPrintable(planKindKey(kind)))
                        << status << profile << kind;
    }

    void roundTripsEveryEnumValue()
    {
        QFETCH(PlanStatus, status);
        QFETCH(OperatorProfile, profile);
        QFETCH(PlanKind, kind);
        Plan plan = defaultPlan();
        plan.status = status;
        plan.approver = QStringLiteral("批准人");
        plan.profile = profile;
        plan.ciiSector = profile == OperatorProfile::CriticalInfrastructure ? QStringLiteral("finance") : QString();
        plan.kind = kind;
        plan.scenario = kind == PlanKind::Special ? QStringLiteral("数据泄露") : QString();
        plan.contacts.clear();
        for (ContactTeam team : allContactTeams()) {
            Contact contact;
            contact.team = team;
            contact.name = contactTeamKey(team);
            plan.contacts << contact;
        }
        Result<Plan> saved = repository().save(plan);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const Plan loaded = repository().load(saved.value().id).value();
        QCOMPARE(loaded.status, status);
        QCOMPARE(loaded.profile, profile);
        QCOMPARE(loaded.kind, kind);
        for (qsizetype i = 0; i < plan.contacts.size(); ++i)
            QCOMPARE(loaded.contacts.at(i).team, plan.contacts.at(i).team);
        QVERIFY(loaded == saved.value());
    }

    void listsSummaries()
    {
        QVERIFY(repository().listPlans().value().isEmpty());
        Plan first = defaultPlan(QStringLiteral("甲单位"));
        first.version = QStringLiteral("3.1");
        first.status = PlanStatus::UnderReview;
        const Plan a = repository().save(first).value();
        QTest::qWait(5); // distinct update times
        const Plan b = repository().save(defaultPlan(QStringLiteral("乙单位"))).value();
        Result<QList<PlanSummary>> plans = repository().listPlans();
        QVERIFY2(plans.ok(), qPrintable(plans.errorMessage()));
        QCOMPARE(plans.value().size(), 2);
        // Most recently changed first.
        QCOMPARE(plans.value().at(0).id, b.id);
        const PlanSummary &summary = plans.value().at(1);
        QCOMPARE(summary.id, a.id);
        QCOMPARE(summary.title, a.title);
        QCOMPARE(summary.organisation, QStringLiteral("甲单位"));
        QCOMPARE(summary.status, PlanStatus::UnderReview);
        QCOMPARE(summary.version, QStringLiteral("3.1"));
        QCOMPARE(summary.nextReviewOn, a.nextReviewOn);
        QCOMPARE(summary.updatedAt, a.updatedAt);
    }

    void updateKeepsTheIdAndRewritesChildren()
    {
        const Plan original = repository().save(SamplePlans::fullPlan()).value();
        const Plan other = repository().save(defaultPlan()).value();
        const QStringList otherRows = dump(db()).filter(QRegularExpression(QStringLiteral("^plan_\\w+\\|%1\\|").arg(other.id)));
        QVERIFY(!otherRows.isEmpty());

        Plan edited = original;
        edited.title = QStringLiteral("改过的标题");
        edited.sections = {Section{QStringLiteral("only"), QStringLiteral("唯一章节"), QStringLiteral("正文"), 0}};
        edited.contacts.removeLast();
        edited.contacts.first().mobilePhone = QStringLiteral("139-1111-2222");
        edited.levels.clear();
        edited.categories.append(IncidentCategory{QStringLiteral("XX"), QStringLiteral("新类别"), QStringLiteral("说明")});
        edited.reportingSteps = {edited.reportingSteps.last()};
        QTest::qWait(5);
        Result<Plan> saved = repository().save(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved.value().id, original.id);
        QCOMPARE(saved.value().createdAt, original.createdAt);
        QVERIFY(saved.value().updatedAt > original.updatedAt);

        const Plan loaded = repository().load(original.id).value();
        QVERIFY(loaded == SamplePlans::withStampsOf(edited, saved.value()));
        QCOMPARE(rowCount(db(), QStringLiteral("plans")), 2);
        QCOMPARE(rowCount(db(), QStringLiteral("plan_sections"), original.id), 1);
        QCOMPARE(rowCount(db(), QStringLiteral("plan_contacts"), original.id), int(edited.contacts.size()));
        QCOMPARE(rowCount(db(), QStringLiteral("plan_levels"), original.id), 0);
        QCOMPARE(rowCount(db(), QStringLiteral("plan_categories"), original.id), int(edited.categories.size()));
        QCOMPARE(rowCount(db(), QStringLiteral("plan_reporting_steps"), original.id), 1);
        // The other plan's rows were not touched.
        QCOMPARE(dump(db()).filter(QRegularExpression(QStringLiteral("^plan_\\w+\\|%1\\|").arg(other.id))), otherRows);
        QVERIFY(repository().load(other.id).value() == other);
    }

    void removeDeletesThePlanAndItsParts()
    {
        const Plan doomed = repository().save(SamplePlans::fullPlan()).value();
        const Plan kept = repository().save(defaultPlan()).value();
        for (const QString &table : kChildTables)
            QVERIFY2(rowCount(db(), table, doomed.id) > 0, qPrintable(table));

        Result<void> removed = repository().remove(doomed.id);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        QCOMPARE(rowCount(db(), QStringLiteral("plans")), 1);
        for (const QString &table : kChildTables) {
            QVERIFY2(rowCount(db(), table, doomed.id) == 0, qPrintable(table));
            QCOMPARE(rowCount(db(), table, kept.id), rowCount(db(), table));
        }
        QVERIFY(!repository().load(doomed.id).ok());
        QVERIFY(repository().load(kept.id).value() == kept);
        // The cascade comes from the foreign keys, which a raw delete uses too.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM plans WHERE id = %1").arg(kept.id)));
        QCOMPARE(rowCount(db(), QStringLiteral("plan_sections")), 0);
    }

    void removeOfAMissingPlanFails()
    {
        const Plan kept = repository().save(defaultPlan()).value();
        const QStringList before = dump(db());
        Result<void> removed = repository().remove(kept.id + 1000);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.errorMessage().contains(QString::number(kept.id + 1000)), qPrintable(removed.errorMessage()));
        QCOMPARE(dump(db()), before);
    }

    void loadOfAMissingPlanNamesIt()
    {
        Result<Plan> loaded = repository().load(4242);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QLatin1String("4242")), qPrintable(loaded.errorMessage()));
    }

    void refusesInvalidPlans_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("problem");
        const Plan valid = defaultPlan();

        Plan plan = valid;
        plan.title = QStringLiteral("  \t ");
        QTest::newRow("empty title") << plan << QStringLiteral("no title");

        plan = valid;
        plan.profile = OperatorProfile::CriticalInfrastructure;
        plan.ciiSector.clear();
        QTest::newRow("CII without sector") << plan << QStringLiteral("sector");

        plan = valid;
        plan.status = PlanStatus::Approved;
        plan.approver = QStringLiteral(" ");
        QTest::newRow("approved without approver") << plan << QStringLiteral("approver");

        plan = valid;
        plan.status = PlanStatus::Published;
        plan.approver.clear();
        QTest::newRow("published without approver") << plan << QStringLiteral("approver");

        plan = valid;
        plan.sections.insert(1, Section{QString(), QStringLiteral("跳级"), QString(), 3});
        QTest::newRow("section two levels deeper") << plan << QStringLiteral("nested deeper");

        plan = valid;
        plan.sections.first().depth = 1;
        QTest::newRow("first section not a chapter") << plan << QStringLiteral("nested deeper");

        plan = valid;
        plan.sections.last().depth = -1;
        QTest::newRow("negative depth") << plan << QStringLiteral("nested deeper");

        plan = valid;
        plan.sections[2].title.clear();
        QTest::newRow("untitled section") << plan << QStringLiteral("no title");

        plan = valid;
        plan.language = QStringLiteral("fr");
        QTest::newRow("unknown language") << plan << QStringLiteral("language");

        plan = valid;
        plan.kind = PlanKind::Special;
        QTest::newRow("special plan without scenario") << plan << QStringLiteral("scenario");

        plan = valid;
        plan.nextReviewOn = plan.effectiveOn.addDays(-1);
        QTest::newRow("review before effective date") << plan << QStringLiteral("review");
    }

    void refusesInvalidPlans()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, problem);
        const Plan stored = repository().save(SamplePlans::fullPlan()).value();
        const QStringList before = dump(db());

        // As a new plan …
        Result<Plan> saved = repository().save(plan);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(problem), qPrintable(saved.errorMessage()));
        QCOMPARE(dump(db()), before);

        // … and as an update of a stored one.
        plan.id = stored.id;
        saved = repository().save(plan);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(problem), qPrintable(saved.errorMessage()));
        QCOMPARE(dump(db()), before);
        QVERIFY(repository().load(stored.id).value() == stored);
    }

    void checkConstraintsRejectBadRows_data()
    {
        QTest::addColumn<QString>("statement");
        const QString plan = QStringLiteral(
            "INSERT INTO plans (title, organisation, language, operator_profile, plan_kind, version, status, "
            "created_at, updated_at) VALUES (%1, 'o', %2, %3, %4, %5, %6, 'x', 'x')");
        auto row = [&](const char *title, const char *language, const char *profile, const char *kind,
                       const char *version, const char *status) {
            return plan.arg(QLatin1String(title), QLatin1String(language), QLatin1String(profile), QLatin1String(kind),
                            QLatin1String(version), QLatin1String(status));
        };
        QTest::newRow("bad status") << row("'t'", "'zh_CN'", "'ordinary'", "'comprehensive'", "'1.0'", "'bogus'");
        QTest::newRow("translated status") << row("'t'", "'zh_CN'", "'ordinary'", "'comprehensive'", "'1.0'", "'草稿'");
        QTest::newRow("null status") << row("'t'", "'zh_CN'", "'ordinary'", "'comprehensive'", "'1.0'", "NULL");
        QTest::newRow("blank title") << row("'   '", "'zh_CN'", "'ordinary'", "'comprehensive'", "'1.0'", "'draft'");
        QTest::newRow("bad language") << row("'t'", "'de'", "'ordinary'", "'comprehensive'", "'1.0'", "'draft'");
        QTest::newRow("bad profile") << row("'t'", "'zh_CN'", "'vip'", "'comprehensive'", "'1.0'", "'draft'");
        QTest::newRow("bad kind") << row("'t'", "'zh_CN'", "'ordinary'", "'partial'", "'1.0'", "'draft'");
        QTest::newRow("blank version") << row("'t'", "'zh_CN'", "'ordinary'", "'comprehensive'", "''", "'draft'");
        QTest::newRow("section of no plan")
            << QStringLiteral("INSERT INTO plan_sections (plan_id, position, depth, title) VALUES (999, 0, 0, 't')");
        QTest::newRow("negative depth")
            << QStringLiteral("INSERT INTO plan_sections (plan_id, position, depth, title) VALUES (%1, 99, -1, 't')");
        QTest::newRow("duplicate position")
            << QStringLiteral("INSERT INTO plan_sections (plan_id, position, depth, title) VALUES (%1, 0, 0, 't')");
        QTest::newRow("bad team")
            << QStringLiteral("INSERT INTO plan_contacts (plan_id, position, team) VALUES (%1, 99, 'friends')");
        QTest::newRow("duty flag not boolean")
            << QStringLiteral("INSERT INTO plan_contacts (plan_id, position, team, on_duty_24h) VALUES (%1, 99, 'office', 2)");
        QTest::newRow("negative deadline")
            << QStringLiteral("INSERT INTO plan_reporting_steps (plan_id, position, authority, deadline_minutes) "
                              "VALUES (%1, 99, 'a', -5)");
        QTest::newRow("status changed to bogus") << QStringLiteral("UPDATE plans SET status = 'bogus' WHERE id = %1");
    }

    void checkConstraintsRejectBadRows()
    {
        QFETCH(QString, statement);
        const Plan stored = repository().save(defaultPlan()).value();
        const QStringList before = dump(db());
        QSqlQuery query(db());
        const QString sql = statement.contains(QLatin1String("%1")) ? statement.arg(stored.id) : statement;
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QCOMPARE(query.lastError().nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
        QCOMPARE(dump(db()), before);
    }

    void failedUpdateOfAMissingPlanChangesNothing()
    {
        const Plan stored = repository().save(SamplePlans::fullPlan()).value();
        const QStringList before = dump(db());
        Plan ghost = defaultPlan();
        ghost.id = stored.id + 77;
        Result<Plan> saved = repository().save(ghost);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(QString::number(ghost.id)), qPrintable(saved.errorMessage()));
        QCOMPARE(dump(db()), before);
        // The connection is usable afterwards: no transaction was left open.
        QVERIFY(repository().save(defaultPlan()).ok());
        QCOMPARE(rowCount(db(), QStringLiteral("plans")), 2);
    }

    void failureHalfWayRollsBackTheWholeSave()
    {
        const Plan stored = repository().save(SamplePlans::fullPlan()).value();
        const QStringList before = dump(db());
        // Valid as a plan, but the last child row breaks a CHECK constraint: by then the plan row
        // and the sections have been rewritten, and all of it must be undone.
        Plan edited = stored;
        edited.title = QStringLiteral("不该保存的标题");
        edited.sections = {Section{QString(), QStringLiteral("唯一"), QString(), 0}};
        edited.reportingSteps.last().deadlineMinutes = -1;
        Result<Plan> saved = repository().save(edited);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(QLatin1String("rule of the database")), qPrintable(saved.errorMessage()));
        QCOMPARE(dump(db()), before);
        QVERIFY(repository().load(stored.id).value() == stored);

        // The same as a new plan leaves no orphan plan row behind.
        edited.id = 0;
        QVERIFY(!repository().save(edited).ok());
        QCOMPARE(dump(db()), before);
        QVERIFY(repository().save(defaultPlan()).ok());
    }

    void diskFullIsReportedAndTheSavedVersionSurvives()
    {
        Plan small = defaultPlan();
        const Plan stored = repository().save(small).value();
        const QStringList before = dump(db());
        const int pages = scalar(db(), QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(pages > 0);
        // SQLite reports SQLITE_FULL when the file would have to grow beyond this.
        QCOMPARE(scalar(db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(), pages);

        Plan bigger = stored;
        bigger.sections.last().body = SamplePlans::longParagraph(300000, QStringLiteral("F"));
        Result<Plan> saved = repository().save(bigger);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(QLatin1String("disk is full")), qPrintable(saved.errorMessage()));
        QVERIFY2(saved.errorMessage().contains(stored.title), qPrintable(saved.errorMessage()));

        QVERIFY(scalar(db(), QStringLiteral("PRAGMA max_page_count = 1000000")).toInt() >= 1000000);
        QCOMPARE(dump(db()), before);
        QVERIFY(repository().load(stored.id).value() == stored);
        QVERIFY2(repository().save(bigger).ok(), "with room again, the same save succeeds");
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"

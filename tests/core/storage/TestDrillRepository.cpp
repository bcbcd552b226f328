// DrillRepository: the drill programme, cancellations, records and corrective actions stored whole
// or not at all, refusals that leave the database as it was, and the 2→3 migration.

#include "StorageTestSupport.h"
#include "core/Clock.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SchemaMigrator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StorageTestSupport;

namespace {

const QStringList kDrillTables = {
    QStringLiteral("corrective_actions"),        QStringLiteral("drill_cancellations"),
    QStringLiteral("drill_item_criteria"),       QStringLiteral("drill_item_injects"),
    QStringLiteral("drill_item_objectives"),     QStringLiteral("drill_item_teams"),
    QStringLiteral("drill_items"),               QStringLiteral("drill_record_objectives"),
    QStringLiteral("drill_record_participants"), QStringLiteral("drill_record_problems"),
    QStringLiteral("drill_record_timeline"),     QStringLiteral("drill_records")};

Plan smallPlan(const QString &title, OperatorProfile profile = OperatorProfile::Ordinary)
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("测试单位");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = title;
    plan.profile = profile;
    if (profile != OperatorProfile::Ordinary)
        plan.ciiSector = QStringLiteral("energy");
    return plan;
}

// Monthly on the 15th from 15 January 2027, twelve times: the dates the tests refer to.
DrillItem monthlyItem(qint64 planId, const QString &title = QStringLiteral("月度专项演练"))
{
    DrillItem item;
    item.planId = planId;
    item.title = title;
    item.content = DrillContent::Special;
    item.scenario = QStringLiteral("勒索软件");
    item.form = DrillForm::HandsOn;
    item.firstDate = QDate(2027, 1, 15);
    item.startTime = QTime(14, 30);
    item.durationMinutes = 90;
    item.recurrence.frequency = RecurrenceRule::Frequency::Monthly;
    item.recurrence.count = 12;
    return item;
}

// Every field and every list set, with text a user might really type.
DrillItem fullItem(qint64 planId)
{
    DrillItem item;
    item.planId = planId;
    item.title = QStringLiteral("勒索软件综合演练 <b>x</b> & 🚨");
    item.purpose = QStringLiteral("检验预案\n第二行\t制表符; DROP TABLE drill_items; --");
    item.form = DrillForm::Demonstration;
    item.content = DrillContent::Comprehensive;
    item.scenario = QStringLiteral("核心业务系统被加密 'quoted' \"double\"");
    item.scope = DrillScope::CrossRegional;
    item.firstDate = QDate(2027, 3, 26);
    item.startTime = QTime(9, 30);
    item.durationMinutes = 240;
    item.timeZoneId = QByteArrayLiteral("Asia/Urumqi");
    item.place = QStringLiteral("总部三楼指挥中心");
    item.departments = QStringLiteral("信息中心、运维部");
    item.participants = QStringLiteral("张三, 李四");
    item.process = QStringLiteral("1. 启动\n2. 处置\n3. 总结");
    item.budgeted = true;
    const QList<DrillTeamRole> roles = allDrillTeamRoles();
    for (qsizetype i = 0; i < roles.size(); ++i)
        item.teams.append(DrillTeamAssignment{roles.at(i), QStringLiteral("单位 %1").arg(i), QStringLiteral("组长"),
                                              QStringLiteral("职责 %1 🔒").arg(i)});
    item.objectives = {QStringLiteral("30 分钟内完成上报"), QStringLiteral("恢复备份"), QString()};
    item.injects = {DrillInject{0, QStringLiteral("告警"), QStringLiteral("研判")},
                    DrillInject{45, QStringLiteral("勒索信"), QStringLiteral("上报")},
                    DrillInject{120, QString(), QStringLiteral("恢复")}};
    item.evaluationCriteria = {QStringLiteral("上报及时"), QStringLiteral("处置得当 <i>")};
    // The last Friday of every quarter, until the end of 2028.
    item.recurrence.frequency = RecurrenceRule::Frequency::Quarterly;
    item.recurrence.anchor = RecurrenceRule::MonthAnchor::LastWeekdayOfMonth;
    item.recurrence.until = QDate(2028, 12, 31);
    return item;
}

DrillRecord recordOf(const DrillItem &item, const QDate &occurrence)
{
    DrillRecord record;
    record.drillItemId = item.id;
    record.occurrenceDate = occurrence;
    record.heldOn = occurrence;
    record.startTime = QTime(14, 30);
    record.endTime = QTime(16, 0);
    record.recorder = QStringLiteral("记录员");
    record.responsible = QStringLiteral("负责人");
    return record;
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

DrillRecord fullRecord(const DrillItem &item, const QDate &occurrence)
{
    DrillRecord record = recordOf(item, occurrence);
    record.heldOn = occurrence.addDays(1);
    record.startTime = QTime(9, 45);
    record.endTime = QTime(12, 15);
    record.place = QStringLiteral("备用机房 & <b>B</b>");
    record.organiser = QStringLiteral("应急办");
    record.participants = {DrillParticipant{QStringLiteral("张三"), QStringLiteral("信息中心"), QStringLiteral("指挥"), true},
                           DrillParticipant{QStringLiteral("李四"), QString(), QStringLiteral("技术"), false},
                           DrillParticipant{QStringLiteral("Zoë O'Neil"), QStringLiteral("外部"), QString(), true}};
    record.scenarioAsRun = QStringLiteral("按计划执行\n有调整");
    record.timeline = {DrillTimelineEntry{QTime(9, 45), QStringLiteral("告警"), QStringLiteral("研判"), QStringLiteral("张三")},
                       DrillTimelineEntry{QTime(10, 20), QStringLiteral("上报"), QString(), QStringLiteral("李四")},
                       DrillTimelineEntry{QTime(), QStringLiteral("未记时间"), QStringLiteral("x"), QString()}};
    record.objectives = {ObjectiveResult{QStringLiteral("30 分钟内完成上报"), ObjectiveRating::Met, QStringLiteral("22 分钟")},
                         ObjectiveResult{QStringLiteral("恢复备份"), ObjectiveRating::PartlyMet, QString()},
                         ObjectiveResult{QStringLiteral("通报"), ObjectiveRating::NotMet, QStringLiteral("未通报")},
                         ObjectiveResult{QStringLiteral("其他"), ObjectiveRating::NotJudged, QString()}};
    record.problems = {QStringLiteral("备份恢复慢"), QStringLiteral("通讯录过期 🔥")};
    record.overview = QStringLiteral("概况");
    record.lessons = QStringLiteral("经验教训");
    record.conclusion = QStringLiteral("结论");
    CorrectiveAction inProgress = action(QStringLiteral("更新通讯录"), QDate(2027, 5, 1), CorrectiveActionState::InProgress);
    inProgress.note = QStringLiteral("已联系人事部");
    CorrectiveAction closed = action(QStringLiteral("采购备份设备"), QDate(2027, 4, 30), CorrectiveActionState::Closed);
    closed.closedOn = QDate(2027, 4, 20);
    record.correctiveActions = {action(QStringLiteral("缩短恢复时间"), QDate(2027, 6, 30)), inProgress, closed};
    record.planRevisionRequired = true;
    record.planRevisionNote = QStringLiteral("更新 5.2 节");
    return record;
}

} // namespace

class TestDrillRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    DrillRepository drills() { return DrillRepository(*m_database); }
    QSqlDatabase db() const { return m_database->connection(); }

    qint64 savedPlan(const QString &title, OperatorProfile profile = OperatorProfile::Ordinary)
    {
        Result<Plan> saved = PlanRepository(*m_database).save(smallPlan(title, profile));
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved.ok() ? saved.value().id : 0;
    }

    DrillItem savedItem(const DrillItem &item)
    {
        Result<DrillItem> saved = drills().saveItem(item);
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved.ok() ? saved.value() : DrillItem();
    }

    DrillRecord savedRecord(const DrillRecord &record)
    {
        Result<DrillRecord> saved = drills().saveRecord(record);
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved.ok() ? saved.value() : DrillRecord();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // Records close corrective actions "today"; a fixed day keeps that checkable.
        Clock::setFixed(QDateTime(QDate(2027, 4, 10), QTime(10, 0)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        Result<void> opened = m_database->open(m_dir->filePath(QStringLiteral("drills.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::reset();
    }

    void upgradesAVersion2FileWithItsPlans()
    {
        m_database.reset();
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        Plan stored;
        {
            Database old;
            Result<void> opened = old.open(path, 2);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            QCOMPARE(old.schemaVersion(), 2);
            QVERIFY(!tableNames(old.connection()).contains(QStringLiteral("drill_items")));
            Result<Plan> saved = PlanRepository(old).save(smallPlan(QStringLiteral("旧预案")));
            QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
            stored = saved.value();
        }
        // Version 3 is the drills' migration; later ones must keep what it made.
        QVERIFY(SchemaMigrator::kLatestVersion >= 3);
        {
            Database upgraded;
            Result<void> opened = upgraded.open(path, 3);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            QCOMPARE(upgraded.schemaVersion(), 3);
            QCOMPARE(scalar(upgraded.connection(), QStringLiteral("SELECT version FROM schema_version")).toInt(), 3);
            QVERIFY(QFileInfo(upgraded.backupPath()).fileName().startsWith(QStringLiteral("old.sqlite.v2-")));
            const QStringList tables = tableNames(upgraded.connection());
            for (const QString &table : kDrillTables)
                QVERIFY2(tables.contains(table), qPrintable(table));
            Result<Plan> loaded = PlanRepository(upgraded).load(stored.id);
            QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
            QVERIFY(loaded.value() == stored);
        }
        m_database = std::make_unique<Database>();
        Result<void> opened = m_database->open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(m_database->schemaVersion(), SchemaMigrator::kLatestVersion);

        Result<Plan> loaded = PlanRepository(*m_database).load(stored.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == stored);

        const QStringList tables = tableNames(db());
        for (const QString &table : kDrillTables)
            QVERIFY2(tables.contains(table), qPrintable(table));
        const QStringList indexes = indexNames(db());
        for (const QString &index : {QStringLiteral("drill_items_by_plan"), QStringLiteral("drill_records_by_occurrence"),
                                     QStringLiteral("drill_records_by_plan"), QStringLiteral("corrective_actions_by_state"),
                                     QStringLiteral("corrective_actions_by_record")})
            QVERIFY2(indexes.contains(index), qPrintable(index));

        // The upgraded file takes drills for the plan it already had.
        const DrillItem item = savedItem(monthlyItem(stored.id));
        QVERIFY(item.id > 0);
        QCOMPARE(drills().listItems(stored.id).value().size(), 1);
    }

    void theSchemaChecksKeysAndDates()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(monthlyItem(planId));
        QVERIFY(item.id > 0);
        PlainConnection plain(m_database->path());
        QVERIFY(plain.isOpen());
        QCOMPARE(plain.exec(QStringLiteral("PRAGMA foreign_keys = ON")), QString());
        // A key that is not one of the enumeration's is refused by the database itself.
        QVERIFY(!plain.exec(QStringLiteral("UPDATE drill_items SET form = 'Tabletop' WHERE id = %1").arg(item.id)).isEmpty());
        QVERIFY(!plain.exec(QStringLiteral("UPDATE drill_items SET recurrence_frequency = 'weekly' WHERE id = %1").arg(item.id))
                     .isEmpty());
        // The uid is unique.
        QVERIFY(!plain.exec(QStringLiteral("INSERT INTO drill_items (plan_id, uid, title, form, content, scope, first_date, "
                                           "duration_minutes, recurrence_frequency, recurrence_unit, recurrence_anchor, "
                                           "created_at, updated_at) SELECT plan_id, uid, title, form, content, scope, "
                                           "first_date, duration_minutes, recurrence_frequency, recurrence_unit, "
                                           "recurrence_anchor, created_at, updated_at FROM drill_items"))
                     .isEmpty());
        // A closed corrective action has a closing date, an open one has none.
        const DrillRecord record = savedRecord([&] {
            DrillRecord r = recordOf(item, QDate(2027, 1, 15));
            r.correctiveActions = {action(QStringLiteral("a"), QDate(2027, 2, 1))};
            return r;
        }());
        QVERIFY(record.id > 0);
        const qint64 actionId = record.correctiveActions.first().id;
        QVERIFY(!plain.exec(QStringLiteral("UPDATE corrective_actions SET state = 'closed' WHERE id = %1").arg(actionId)).isEmpty());
        QVERIFY(!plain.exec(QStringLiteral("UPDATE corrective_actions SET closed_on = '2027-02-01' WHERE id = %1").arg(actionId))
                     .isEmpty());
        // One record per occurrence.
        QVERIFY(!plain.exec(QStringLiteral("INSERT INTO drill_records (plan_id, item_id, occurrence_date, created_at, "
                                           "updated_at) VALUES (%1, %2, '2027-01-15', 'x', 'x')")
                                .arg(planId)
                                .arg(item.id))
                     .isEmpty());
        // An item with records cannot be deleted, not even behind the repository's back.
        QVERIFY(!plain.exec(QStringLiteral("DELETE FROM drill_items WHERE id = %1").arg(item.id)).isEmpty());
        QCOMPARE(rowCount(plain.db(), QStringLiteral("drill_items")), 1);
    }

    void roundTripsAFullItem()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem input = fullItem(planId);
        QVERIFY2(input.isValid(), qPrintable(input.validationProblems().join(QLatin1Char(' '))));
        Result<DrillItem> saved = drills().saveItem(input);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(saved.value().id > 0);
        QVERIFY(!saved.value().uid.isEmpty());
        QVERIFY(QUuid::fromString(saved.value().uid) != QUuid());
        QCOMPARE(saved.value().createdAt, Clock::nowUtc());
        QCOMPARE(saved.value().updatedAt, Clock::nowUtc());

        Result<DrillItem> loaded = drills().loadItem(saved.value().id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const DrillItem &item = loaded.value();
        QCOMPARE(item.planId, planId);
        QCOMPARE(item.uid, saved.value().uid);
        QCOMPARE(item.title, input.title);
        QCOMPARE(item.purpose, input.purpose);
        QCOMPARE(item.form, input.form);
        QCOMPARE(item.content, input.content);
        QCOMPARE(item.scenario, input.scenario);
        QCOMPARE(item.scope, input.scope);
        QCOMPARE(item.firstDate, input.firstDate);
        QCOMPARE(item.startTime, input.startTime);
        QCOMPARE(item.durationMinutes, input.durationMinutes);
        QCOMPARE(item.timeZoneId, input.timeZoneId);
        QCOMPARE(item.place, input.place);
        QCOMPARE(item.departments, input.departments);
        QCOMPARE(item.participants, input.participants);
        QCOMPARE(item.process, input.process);
        QCOMPARE(item.budgeted, input.budgeted);
        QVERIFY(item.teams == input.teams);
        QCOMPARE(item.objectives, input.objectives);
        QVERIFY(item.injects == input.injects);
        QCOMPARE(item.evaluationCriteria, input.evaluationCriteria);
        QVERIFY(item.recurrence == input.recurrence);
        QVERIFY(item == saved.value());

        // Every other shape of recurrence survives too.
        DrillItem custom = monthlyItem(planId, QStringLiteral("每两周"));
        custom.recurrence.frequency = RecurrenceRule::Frequency::Custom;
        custom.recurrence.interval = 2;
        custom.recurrence.unit = RecurrenceRule::Unit::Weeks;
        custom.recurrence.anchor = RecurrenceRule::MonthAnchor::LastDayOfMonth;
        custom.recurrence.count = 5;
        custom.startTime = QTime();
        custom.budgeted = false;
        const DrillItem savedCustom = savedItem(custom);
        QVERIFY(savedCustom.id > 0);
        QVERIFY(drills().loadItem(savedCustom.id).value() == savedCustom);
        QVERIFY(!drills().loadItem(savedCustom.id).value().startTime.isValid());

        // The programme comes ordered by first date, whatever the order of saving.
        const DrillItem earlier = savedItem(monthlyItem(planId, QStringLiteral("早")));
        Result<QList<DrillItem>> listed = drills().listItems(planId);
        QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
        QCOMPARE(listed.value().size(), 3);
        QCOMPARE(listed.value().at(0).id, savedCustom.id); // 2027-01-15, saved before `earlier`
        QCOMPARE(listed.value().at(1).id, earlier.id);
        QVERIFY(listed.value().at(2) == item);
        QVERIFY(drills().listItems(savedPlan(QStringLiteral("Q"))).value().isEmpty());
        QVERIFY(!drills().loadItem(9999).ok());
    }

    void keepsTheUidAcrossSaves()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem first = savedItem(monthlyItem(planId));
        QVERIFY(first.id > 0);
        DrillItem edited = first;
        edited.title = QStringLiteral("改名");
        edited.teams = {DrillTeamAssignment{DrillTeamRole::Technical, QStringLiteral("u"), QString(), QString()}};
        edited.uid = QStringLiteral("something-else"); // what the caller holds does not change it
        Clock::advanceDays(1);
        Result<DrillItem> saved = drills().saveItem(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved.value().id, first.id);
        QCOMPARE(saved.value().uid, first.uid);
        QCOMPARE(saved.value().createdAt, first.createdAt);
        QVERIFY(saved.value().updatedAt > first.updatedAt);
        QCOMPARE(drills().loadItem(first.id).value().uid, first.uid);
        QCOMPARE(drills().loadItem(first.id).value().teams.size(), 1);
        QCOMPARE(rowCount(db(), QStringLiteral("drill_items")), 1);
        QCOMPARE(rowCount(db(), QStringLiteral("drill_item_teams")), 1);

        const DrillItem second = savedItem(monthlyItem(planId));
        QVERIFY(second.id > 0);
        QVERIFY(second.uid != first.uid);
    }

    void refusesInvalidItemsAndUnknownPlans()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const QStringList before = dump(db());
        DrillItem untitled = monthlyItem(planId, QStringLiteral("  "));
        QVERIFY(!untitled.isValid());
        Result<DrillItem> saved = drills().saveItem(untitled);
        QVERIFY(!saved.ok());
        for (const QString &problem : untitled.validationProblems())
            QVERIFY2(saved.errorMessage().contains(problem), qPrintable(saved.errorMessage()));

        Result<DrillItem> orphan = drills().saveItem(monthlyItem(planId + 100));
        QVERIFY(!orphan.ok());
        QVERIFY2(orphan.errorMessage().contains(QString::number(planId + 100)), qPrintable(orphan.errorMessage()));

        DrillItem gone = monthlyItem(planId);
        gone.id = 4242;
        QVERIFY(!drills().saveItem(gone).ok());
        QCOMPARE(dump(db()), before);

        // An item cannot move to another plan (its records would be left behind).
        const DrillItem item = savedItem(monthlyItem(planId));
        DrillItem moved = item;
        moved.planId = savedPlan(QStringLiteral("Q"));
        const QStringList withItem = dump(db());
        QVERIFY(!drills().saveItem(moved).ok());
        QCOMPARE(dump(db()), withItem);
    }

    void refusesNewDatesThatLoseARecordedOrCancelledDrill()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(monthlyItem(planId));
        QVERIFY(item.id > 0);
        QVERIFY(savedRecord(recordOf(item, QDate(2027, 3, 15))).id > 0);
        QVERIFY(drills().cancelOccurrence(item.id, QDate(2027, 2, 15), QStringLiteral("春节")).ok());
        const QStringList before = dump(db());

        // Quarterly from 15 January: 15 April stays, 15 March (recorded) goes.
        DrillItem quarterly = item;
        quarterly.recurrence.frequency = RecurrenceRule::Frequency::Quarterly;
        quarterly.recurrence.count = 4;
        QVERIFY(quarterly.isValid());
        QVERIFY(!quarterly.recurrence.occurrences(quarterly.firstDate).contains(QDate(2027, 3, 15)));
        Result<DrillItem> refused = drills().saveItem(quarterly);
        QVERIFY(!refused.ok());
        // The earliest date lost is named: the cancelled 15 February, with its reason.
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("2027-02-15")), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("春节")), qPrintable(refused.errorMessage()));
        QCOMPARE(dump(db()), before);

        QVERIFY(drills().restoreOccurrence(item.id, QDate(2027, 2, 15)).ok());
        const QStringList restored = dump(db());
        refused = drills().saveItem(quarterly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("2027-03-15")), qPrintable(refused.errorMessage()));
        QCOMPARE(dump(db()), restored);

        // A later first date loses the recorded drill too.
        DrillItem later = item;
        later.firstDate = QDate(2027, 4, 15);
        refused = drills().saveItem(later);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("2027-03-15")), qPrintable(refused.errorMessage()));
        QCOMPARE(dump(db()), restored);

        // New dates that keep every recorded and cancelled one are fine: fewer months, same day.
        QVERIFY(drills().cancelOccurrence(item.id, QDate(2027, 2, 15), QStringLiteral("春节")).ok());
        DrillItem shorter = item;
        shorter.recurrence.count = 3;
        Result<DrillItem> saved = drills().saveItem(shorter);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(drills().loadItem(item.id).value().recurrence.count, 3);
        // …but one month fewer again would lose 15 March.
        shorter.recurrence.count = 2;
        QVERIFY(!drills().saveItem(shorter).ok());
        QCOMPARE(drills().loadItem(item.id).value().recurrence.count, 3);
    }

    void cancelsAndRestoresOccurrences()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(monthlyItem(planId));
        QVERIFY(item.id > 0);
        const QStringList before = dump(db());
        for (const QString &reason : {QString(), QStringLiteral("   \t\n")}) {
            Result<void> refused = drills().cancelOccurrence(item.id, QDate(2027, 2, 15), reason);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("reason")), qPrintable(refused.errorMessage()));
        }
        Result<void> notADate = drills().cancelOccurrence(item.id, QDate(2027, 2, 16), QStringLiteral("x"));
        QVERIFY(!notADate.ok());
        QVERIFY2(notADate.errorMessage().contains(QStringLiteral("2027-02-16")), qPrintable(notADate.errorMessage()));
        QVERIFY(!drills().cancelOccurrence(item.id, QDate(2028, 1, 15), QStringLiteral("after the last one")).ok());
        QVERIFY(!drills().cancelOccurrence(item.id + 1, QDate(2027, 2, 15), QStringLiteral("no such item")).ok());
        QVERIFY(!drills().restoreOccurrence(item.id, QDate(2027, 2, 15)).ok());
        QCOMPARE(dump(db()), before);

        Result<void> cancelled = drills().cancelOccurrence(item.id, QDate(2027, 2, 15), QStringLiteral("  春节假期  "));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorMessage()));
        const quint64 key = DrillScheduleSnapshot::occurrenceKey(item.id, QDate(2027, 2, 15));
        QCOMPARE(drills().loadSchedule().value().cancellationReasons.value(key), QStringLiteral("春节假期"));
        // Cancelling again changes the reason.
        QVERIFY(drills().cancelOccurrence(item.id, QDate(2027, 2, 15), QStringLiteral("系统升级")).ok());
        QCOMPARE(drills().loadSchedule().value().cancellationReasons.value(key), QStringLiteral("系统升级"));
        QCOMPARE(rowCount(db(), QStringLiteral("drill_cancellations")), 1);

        Result<void> restored = drills().restoreOccurrence(item.id, QDate(2027, 2, 15));
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QVERIFY(drills().loadSchedule().value().cancellationReasons.isEmpty());

        // A drill that was held cannot be cancelled.
        const DrillRecord record = savedRecord(recordOf(item, QDate(2027, 3, 15)));
        QVERIFY(record.id > 0);
        const QStringList recorded = dump(db());
        Result<void> held = drills().cancelOccurrence(item.id, QDate(2027, 3, 15), QStringLiteral("x"));
        QVERIFY(!held.ok());
        QVERIFY2(held.errorMessage().contains(QString::number(record.id)), qPrintable(held.errorMessage()));
        QCOMPARE(dump(db()), recorded);
    }

    void roundTripsAFullRecord()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(fullItem(planId));
        QVERIFY(item.id > 0);
        const QDate occurrence = item.recurrence.occurrences(item.firstDate).at(1);
        const DrillRecord input = fullRecord(item, occurrence);
        QVERIFY2(input.isValid(), qPrintable(input.validationProblems().join(QLatin1Char(' '))));
        QCOMPARE(input.planId, 0); // filled in from the item
        Result<DrillRecord> saved = drills().saveRecord(input);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const DrillRecord &stored = saved.value();
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.planId, planId);
        QCOMPARE(stored.correctiveActions.size(), 3);
        QSet<qint64> actionIds;
        for (const CorrectiveAction &ca : stored.correctiveActions) {
            QVERIFY(ca.id > 0);
            actionIds.insert(ca.id);
        }
        QCOMPARE(actionIds.size(), 3);
        QCOMPARE(stored.correctiveActions.at(2).closedOn, QDate(2027, 4, 20)); // given dates are kept

        Result<DrillRecord> loaded = drills().loadRecord(stored.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const DrillRecord &record = loaded.value();
        QCOMPARE(record.drillItemId, item.id);
        QCOMPARE(record.planId, planId);
        QCOMPARE(record.occurrenceDate, occurrence);
        QCOMPARE(record.heldOn, input.heldOn);
        QCOMPARE(record.startTime, input.startTime);
        QCOMPARE(record.endTime, input.endTime);
        QCOMPARE(record.place, input.place);
        QCOMPARE(record.organiser, input.organiser);
        QVERIFY(record.participants == input.participants);
        QCOMPARE(record.scenarioAsRun, input.scenarioAsRun);
        QVERIFY(record.timeline == input.timeline);
        QVERIFY(record.objectives == input.objectives);
        QCOMPARE(record.problems, input.problems);
        QCOMPARE(record.overview, input.overview);
        QCOMPARE(record.lessons, input.lessons);
        QCOMPARE(record.conclusion, input.conclusion);
        QCOMPARE(record.planRevisionRequired, true);
        QCOMPARE(record.planRevisionNote, input.planRevisionNote);
        QVERIFY(!record.planRevisedOn.isValid());
        QCOMPARE(record.recorder, input.recorder);
        QCOMPARE(record.responsible, input.responsible);
        QVERIFY(record.correctiveActions == stored.correctiveActions);
        for (qsizetype i = 0; i < input.correctiveActions.size(); ++i) {
            CorrectiveAction expected = input.correctiveActions.at(i);
            expected.id = stored.correctiveActions.at(i).id;
            QVERIFY2(record.correctiveActions.at(i) == expected, qPrintable(QString::number(i)));
        }
        QVERIFY(record == stored);
        QVERIFY(!drills().loadRecord(stored.id + 100).ok());

        // Saving the loaded record again changes nothing but the time stamp.
        Clock::advanceDays(1);
        Result<DrillRecord> again = drills().saveRecord(record);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        DrillRecord expected = record;
        expected.updatedAt = Clock::nowUtc();
        QVERIFY(again.value() == expected);
        QVERIFY(drills().loadRecord(stored.id).value() == expected);
        QCOMPARE(rowCount(db(), QStringLiteral("drill_records")), 1);
        QCOMPARE(rowCount(db(), QStringLiteral("drill_record_participants")), 3);
        QCOMPARE(rowCount(db(), QStringLiteral("corrective_actions")), 3);
    }

    void refusesRecordsAndLeavesTheDatabaseUnchanged()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const qint64 otherPlanId = savedPlan(QStringLiteral("Q"));
        const DrillItem item = savedItem(monthlyItem(planId));
        QVERIFY(item.id > 0);
        QVERIFY(drills().cancelOccurrence(item.id, QDate(2027, 3, 15), QStringLiteral("停电")).ok());
        DrillRecord first = recordOf(item, QDate(2027, 1, 15));
        first.correctiveActions = {action(QStringLiteral("a"), QDate(2027, 2, 1))};
        const DrillRecord existing = savedRecord(first);
        QVERIFY(existing.id > 0);
        const QStringList before = dump(db());

        auto refusal = [&](const DrillRecord &record) {
            Result<DrillRecord> saved = drills().saveRecord(record);
            return saved.ok() ? QString() : saved.errorMessage();
        };

        const QString cancelled = refusal(recordOf(item, QDate(2027, 3, 15)));
        QCOMPARE(cancelled, QStringLiteral("The drill of 2027-03-15 was cancelled (停电); restore it before recording it."));

        const QString notAnOccurrence = refusal(recordOf(item, QDate(2027, 3, 16)));
        QVERIFY2(notAnOccurrence.contains(QStringLiteral("2027-03-16")), qPrintable(notAnOccurrence));

        const QString duplicate = refusal(recordOf(item, QDate(2027, 1, 15)));
        QVERIFY2(duplicate.contains(QStringLiteral("2027-01-15")), qPrintable(duplicate));
        QVERIFY2(duplicate.contains(QString::number(existing.id)), qPrintable(duplicate));

        DrillRecord movedOnto = recordOf(item, QDate(2027, 2, 15));
        movedOnto = savedRecord(movedOnto);
        QVERIFY(movedOnto.id > 0);
        const QStringList withSecond = dump(db());
        movedOnto.occurrenceDate = QDate(2027, 1, 15); // an update may not take another record's occurrence
        QVERIFY(!refusal(movedOnto).isEmpty());
        QCOMPARE(dump(db()), withSecond);
        QVERIFY(drills().removeRecord(movedOnto.id).ok());
        QCOMPARE(dump(db()), before);

        DrillRecord noOwner = recordOf(item, QDate(2027, 2, 15));
        noOwner.correctiveActions = {action(QStringLiteral("b"), QDate(2027, 3, 1))};
        noOwner.correctiveActions[0].owner.clear();
        QVERIFY(!noOwner.isValid());
        const QString invalid = refusal(noOwner);
        QVERIFY(!invalid.isEmpty());
        for (const QString &problem : noOwner.validationProblems())
            QVERIFY2(invalid.contains(problem), qPrintable(invalid));

        DrillRecord noDueDate = recordOf(item, QDate(2027, 2, 15));
        noDueDate.correctiveActions = {action(QStringLiteral("b"), QDate())};
        QVERIFY(!refusal(noDueDate).isEmpty());

        // A corrective action of another record cannot be claimed.
        DrillRecord stealing = recordOf(item, QDate(2027, 2, 15));
        stealing.correctiveActions = {existing.correctiveActions.first()};
        const QString stolen = refusal(stealing);
        QVERIFY2(stolen.contains(QString::number(existing.correctiveActions.first().id)), qPrintable(stolen));

        DrillRecord wrongPlan = recordOf(item, QDate(2027, 2, 15));
        wrongPlan.planId = otherPlanId;
        QVERIFY(!refusal(wrongPlan).isEmpty());

        DrillRecord noItem = recordOf(item, QDate(2027, 2, 15));
        noItem.drillItemId = item.id + 100;
        QVERIFY(!refusal(noItem).isEmpty());

        DrillRecord gone = recordOf(item, QDate(2027, 2, 15));
        gone.id = existing.id + 100;
        QVERIFY(!refusal(gone).isEmpty());

        QCOMPARE(dump(db()), before);
        QVERIFY(drills().loadRecord(existing.id).value() == existing);
    }

    void keepsCorrectiveActionIdsAndTracksTheirState()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(monthlyItem(planId));
        DrillRecord input = recordOf(item, QDate(2027, 1, 15));
        input.correctiveActions = {action(QStringLiteral("first"), QDate(2027, 5, 1)),
                                   action(QStringLiteral("second"), QDate(2027, 3, 1))};
        const DrillRecord stored = savedRecord(input);
        QVERIFY(stored.id > 0);
        const qint64 firstId = stored.correctiveActions.at(0).id;
        const qint64 secondId = stored.correctiveActions.at(1).id;

        // Edit the first, drop the second, add a third closed one without a date, reorder.
        DrillRecord edited = stored;
        edited.correctiveActions[0].description = QStringLiteral("first, edited");
        edited.correctiveActions[0].state = CorrectiveActionState::InProgress;
        edited.correctiveActions.removeAt(1);
        edited.correctiveActions.prepend(action(QStringLiteral("third"), QDate(2027, 4, 1), CorrectiveActionState::Closed));
        Result<DrillRecord> saved = drills().saveRecord(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const QList<CorrectiveAction> &actions = saved.value().correctiveActions;
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1).id, firstId);
        QCOMPARE(actions.at(1).description, QStringLiteral("first, edited"));
        const qint64 thirdId = actions.at(0).id;
        QVERIFY(thirdId > 0);
        QVERIFY(thirdId != firstId && thirdId != secondId);
        QCOMPARE(actions.at(0).closedOn, Clock::today()); // closed without a date: today
        QVERIFY(drills().loadRecord(stored.id).value().correctiveActions == actions);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM corrective_actions WHERE id = %1").arg(secondId)).toInt(), 0);
        QCOMPARE(rowCount(db(), QStringLiteral("corrective_actions")), 2);

        // State changes by id.
        Result<QList<CorrectiveActionSummary>> open = drills().listOpenCorrectiveActions();
        QVERIFY2(open.ok(), qPrintable(open.errorMessage()));
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().action.id, firstId);
        QCOMPARE(open.value().first().action.state, CorrectiveActionState::InProgress);

        QVERIFY(drills().setCorrectiveActionState(firstId, CorrectiveActionState::Closed, QDate(2027, 4, 2)).ok());
        QVERIFY(drills().listOpenCorrectiveActions().value().isEmpty());
        QCOMPARE(drills().loadRecord(stored.id).value().correctiveActions.at(1).closedOn, QDate(2027, 4, 2));

        QVERIFY(drills().setCorrectiveActionState(firstId, CorrectiveActionState::Open).ok());
        const CorrectiveAction reopened = drills().loadRecord(stored.id).value().correctiveActions.at(1);
        QCOMPARE(reopened.state, CorrectiveActionState::Open);
        QVERIFY(!reopened.closedOn.isValid());

        QVERIFY(drills().setCorrectiveActionState(firstId, CorrectiveActionState::Closed).ok());
        QCOMPARE(drills().loadRecord(stored.id).value().correctiveActions.at(1).closedOn, Clock::today());

        const QStringList before = dump(db());
        QVERIFY(!drills().setCorrectiveActionState(secondId, CorrectiveActionState::Closed).ok());
        QCOMPARE(dump(db()), before);

        // Removing the record removes its actions.
        QVERIFY(drills().removeRecord(stored.id).ok());
        QCOMPARE(rowCount(db(), QStringLiteral("corrective_actions")), 0);
        QVERIFY(!drills().removeRecord(stored.id).ok());
    }

    void listsOpenCorrectiveActionsOldestDueFirst()
    {
        const qint64 planA = savedPlan(QStringLiteral("Plan A"));
        const qint64 planB = savedPlan(QStringLiteral("Plan B"));
        const DrillItem itemA = savedItem(monthlyItem(planA, QStringLiteral("Drill A")));
        const DrillItem itemB = savedItem(monthlyItem(planB, QStringLiteral("Drill B")));
        DrillRecord recordA = recordOf(itemA, QDate(2027, 1, 15));
        recordA.heldOn = QDate(2027, 1, 16);
        recordA.correctiveActions = {action(QStringLiteral("A late"), QDate(2027, 6, 1)),
                                     action(QStringLiteral("A closed"), QDate(2027, 1, 1), CorrectiveActionState::Closed),
                                     action(QStringLiteral("A early"), QDate(2027, 2, 1), CorrectiveActionState::InProgress)};
        recordA = savedRecord(recordA);
        DrillRecord recordB = recordOf(itemB, QDate(2027, 2, 15));
        recordB.correctiveActions = {action(QStringLiteral("B"), QDate(2027, 3, 1))};
        recordB = savedRecord(recordB);
        QVERIFY(recordA.id > 0 && recordB.id > 0);

        Result<QList<CorrectiveActionSummary>> all = drills().listOpenCorrectiveActions();
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QStringList descriptions;
        for (const CorrectiveActionSummary &summary : all.value())
            descriptions << summary.action.description;
        QCOMPARE(descriptions, (QStringList{QStringLiteral("A early"), QStringLiteral("B"), QStringLiteral("A late")}));
        const CorrectiveActionSummary &first = all.value().first();
        QVERIFY(first.action == recordA.correctiveActions.at(2));
        QCOMPARE(first.recordId, recordA.id);
        QCOMPARE(first.planId, planA);
        QCOMPARE(first.planTitle, QStringLiteral("Plan A"));
        QCOMPARE(first.drillTitle, QStringLiteral("Drill A"));
        QCOMPARE(first.drillHeldOn, QDate(2027, 1, 16));

        Result<QList<CorrectiveActionSummary>> onlyB = drills().listOpenCorrectiveActions(planB);
        QVERIFY2(onlyB.ok(), qPrintable(onlyB.errorMessage()));
        QCOMPARE(onlyB.value().size(), 1);
        QCOMPARE(onlyB.value().first().action.description, QStringLiteral("B"));
        QCOMPARE(onlyB.value().first().planTitle, QStringLiteral("Plan B"));
    }

    void tracksPlanRevisionsTheDrillsAskFor()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const qint64 otherPlanId = savedPlan(QStringLiteral("Q"));
        const DrillItem item = savedItem(monthlyItem(planId));
        const DrillItem otherItem = savedItem(monthlyItem(otherPlanId));
        DrillRecord asks = recordOf(item, QDate(2027, 2, 15));
        asks.planRevisionRequired = true;
        asks.planRevisionNote = QStringLiteral("更新通讯录");
        asks = savedRecord(asks);
        DrillRecord earlier = recordOf(item, QDate(2027, 1, 15));
        earlier.planRevisionRequired = true;
        earlier = savedRecord(earlier);
        const DrillRecord asksNothing = savedRecord(recordOf(item, QDate(2027, 3, 15)));
        DrillRecord done = recordOf(item, QDate(2027, 4, 15));
        done.planRevisionRequired = true;
        done.planRevisedOn = QDate(2027, 4, 20);
        done = savedRecord(done);
        DrillRecord elsewhere = recordOf(otherItem, QDate(2027, 1, 15));
        elsewhere.planRevisionRequired = true;
        elsewhere = savedRecord(elsewhere);
        QVERIFY(asks.id > 0 && earlier.id > 0 && asksNothing.id > 0 && done.id > 0 && elsewhere.id > 0);

        Result<QList<DrillRecord>> pending = drills().pendingPlanRevisions(planId);
        QVERIFY2(pending.ok(), qPrintable(pending.errorMessage()));
        QCOMPARE(pending.value().size(), 2);
        QVERIFY(pending.value().at(0) == earlier);
        QVERIFY(pending.value().at(1) == asks);

        const QStringList before = dump(db());
        QVERIFY(!drills().markPlanRevised(asks.id, QDate()).ok());
        QVERIFY(!drills().markPlanRevised(asksNothing.id, QDate(2027, 4, 1)).ok());
        QVERIFY(!drills().markPlanRevised(elsewhere.id + 100, QDate(2027, 4, 1)).ok());
        QCOMPARE(dump(db()), before);

        Result<void> marked = drills().markPlanRevised(asks.id, QDate(2027, 4, 1));
        QVERIFY2(marked.ok(), qPrintable(marked.errorMessage()));
        QCOMPARE(drills().loadRecord(asks.id).value().planRevisedOn, QDate(2027, 4, 1));
        QVERIFY(!drills().loadRecord(asks.id).value().planRevisionPending());
        pending = drills().pendingPlanRevisions(planId);
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().id, earlier.id);
        QCOMPARE(drills().pendingPlanRevisions(otherPlanId).value().size(), 1);
    }

    void listsRecordSummaries()
    {
        const qint64 planA = savedPlan(QStringLiteral("A"));
        const qint64 planB = savedPlan(QStringLiteral("B"));
        const DrillItem itemA = savedItem(monthlyItem(planA, QStringLiteral("Drill A")));
        const DrillItem itemB = savedItem(monthlyItem(planB, QStringLiteral("Drill B")));
        DrillRecord january = recordOf(itemA, QDate(2027, 1, 15));
        january.heldOn = QDate(2027, 1, 17);
        january.correctiveActions = {action(QStringLiteral("open"), QDate(2027, 5, 1)),
                                     action(QStringLiteral("doing"), QDate(2027, 5, 1), CorrectiveActionState::InProgress),
                                     action(QStringLiteral("closed"), QDate(2027, 5, 1), CorrectiveActionState::Closed)};
        january.planRevisionRequired = true;
        january = savedRecord(january);
        const DrillRecord march = savedRecord(recordOf(itemA, QDate(2027, 3, 15)));
        const DrillRecord february = savedRecord(recordOf(itemB, QDate(2027, 2, 15)));
        QVERIFY(january.id > 0 && march.id > 0 && february.id > 0);

        Result<QList<DrillRecordSummary>> all = drills().listRecords();
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(all.value().size(), 3);
        // Newest occurrence first.
        QCOMPARE(all.value().at(0).id, march.id);
        QCOMPARE(all.value().at(1).id, february.id);
        QCOMPARE(all.value().at(2).id, january.id);
        DrillRecordSummary expected;
        expected.id = january.id;
        expected.drillItemId = itemA.id;
        expected.planId = planA;
        expected.drillTitle = QStringLiteral("Drill A");
        expected.occurrenceDate = QDate(2027, 1, 15);
        expected.heldOn = QDate(2027, 1, 17);
        expected.openCorrectiveActions = 2;
        expected.planRevisionPending = true;
        QVERIFY(all.value().at(2) == expected);
        QCOMPARE(all.value().at(0).openCorrectiveActions, 0);
        QVERIFY(!all.value().at(0).planRevisionPending);

        Result<QList<DrillRecordSummary>> onlyA = drills().listRecords(planA);
        QVERIFY2(onlyA.ok(), qPrintable(onlyA.errorMessage()));
        QCOMPARE(onlyA.value().size(), 2);
        QCOMPARE(onlyA.value().at(0).id, march.id);
        QCOMPARE(onlyA.value().at(1).id, january.id);
        QCOMPARE(drills().listRecords(planB).value().size(), 1);
    }

    void loadsTheSchedule()
    {
        const qint64 planA = savedPlan(QStringLiteral("Plan A"));
        Plan cii = smallPlan(QStringLiteral("Plan CII"), OperatorProfile::CriticalInfrastructure);
        cii.effectiveOn = QDate(2026, 7, 1);
        const qint64 planB = PlanRepository(*m_database).save(cii).value().id;
        QVERIFY(planB > 0);
        const DrillItem full = savedItem(fullItem(planA));
        const DrillItem monthly = savedItem(monthlyItem(planA));
        const DrillItem other = savedItem(monthlyItem(planB, QStringLiteral("B drill")));
        QVERIFY(full.id > 0 && monthly.id > 0 && other.id > 0);
        const DrillRecord recorded = savedRecord(recordOf(monthly, QDate(2027, 2, 15)));
        const DrillRecord otherRecorded = savedRecord(recordOf(other, QDate(2027, 1, 15)));
        QVERIFY(recorded.id > 0 && otherRecorded.id > 0);
        QVERIFY(drills().cancelOccurrence(monthly.id, QDate(2027, 3, 15), QStringLiteral("停电")).ok());
        QVERIFY(drills().cancelOccurrence(other.id, QDate(2027, 4, 15), QStringLiteral("演出")).ok());

        Result<DrillScheduleSnapshot> loaded = drills().loadSchedule();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const DrillScheduleSnapshot &snapshot = loaded.value();
        QCOMPARE(snapshot.items.size(), 3);
        // In id order, with only what the scheduler needs: the lists are left empty.
        QCOMPARE(snapshot.items.at(0).id, full.id);
        QCOMPARE(snapshot.items.at(1).id, monthly.id);
        QCOMPARE(snapshot.items.at(2).id, other.id);
        const DrillItem &item = snapshot.items.at(0);
        QCOMPARE(item.planId, planA);
        QCOMPARE(item.title, full.title);
        QCOMPARE(item.form, full.form);
        QCOMPARE(item.content, full.content);
        QCOMPARE(item.firstDate, full.firstDate);
        QCOMPARE(item.startTime, full.startTime);
        QCOMPARE(item.durationMinutes, full.durationMinutes);
        QVERIFY(item.recurrence == full.recurrence);
        QVERIFY(snapshot.items.at(1).recurrence == monthly.recurrence);
        QCOMPARE(snapshot.items.at(2).planId, planB);
        QVERIFY(item.teams.isEmpty() && item.objectives.isEmpty() && item.injects.isEmpty());

        QCOMPARE(snapshot.plans.size(), 2);
        QCOMPARE(snapshot.plans.value(planA).title, QStringLiteral("Plan A"));
        QCOMPARE(snapshot.plans.value(planA).profile, OperatorProfile::Ordinary);
        QCOMPARE(snapshot.plans.value(planB).profile, OperatorProfile::CriticalInfrastructure);
        QCOMPARE(snapshot.plans.value(planB).effectiveOn, QDate(2026, 7, 1));

        QCOMPARE(snapshot.recordIds.size(), 2);
        QCOMPARE(snapshot.recordIds.value(DrillScheduleSnapshot::occurrenceKey(monthly.id, QDate(2027, 2, 15))), recorded.id);
        QCOMPARE(snapshot.recordIds.value(DrillScheduleSnapshot::occurrenceKey(other.id, QDate(2027, 1, 15))),
                 otherRecorded.id);
        QCOMPARE(snapshot.cancellationReasons.size(), 2);
        QCOMPARE(snapshot.cancellationReasons.value(DrillScheduleSnapshot::occurrenceKey(monthly.id, QDate(2027, 3, 15))),
                 QStringLiteral("停电"));

        // One plan only.
        Result<DrillScheduleSnapshot> onlyB = drills().loadSchedule(planB);
        QVERIFY2(onlyB.ok(), qPrintable(onlyB.errorMessage()));
        QCOMPARE(onlyB.value().items.size(), 1);
        QCOMPARE(onlyB.value().items.first().id, other.id);
        QCOMPARE(onlyB.value().plans.keys(), QList<qint64>{planB});
        QCOMPARE(onlyB.value().recordIds.keys(),
                 QList<quint64>{DrillScheduleSnapshot::occurrenceKey(other.id, QDate(2027, 1, 15))});
        QCOMPARE(onlyB.value().cancellationReasons.keys(),
                 QList<quint64>{DrillScheduleSnapshot::occurrenceKey(other.id, QDate(2027, 4, 15))});
    }

    void deletingAPlanDeletesItsDrillsAndRecords()
    {
        const qint64 doomed = savedPlan(QStringLiteral("Doomed"));
        const qint64 kept = savedPlan(QStringLiteral("Kept"));
        for (qint64 planId : {doomed, kept}) {
            const DrillItem item = savedItem(fullItem(planId));
            QVERIFY(item.id > 0);
            const QList<QDate> dates = item.recurrence.occurrences(item.firstDate);
            QVERIFY(savedRecord(fullRecord(item, dates.at(0))).id > 0);
            QVERIFY(drills().cancelOccurrence(item.id, dates.at(1), QStringLiteral("x")).ok());
        }
        QHash<QString, int> keptCounts;
        for (const QString &table : kDrillTables) {
            QVERIFY2(rowCount(db(), table) > 0, qPrintable(table));
            keptCounts.insert(table, rowCount(db(), table) / 2);
        }

        Result<void> removed = PlanRepository(*m_database).remove(doomed);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        for (const QString &table : kDrillTables)
            QVERIFY2(rowCount(db(), table) == keptCounts.value(table), qPrintable(table));
        QVERIFY(drills().listItems(doomed).value().isEmpty());
        QVERIFY(drills().listRecords(doomed).value().isEmpty());
        QCOMPARE(drills().listRecords(kept).value().size(), 1);
        QCOMPARE(drills().listItems(kept).value().size(), 1);
    }

    void refusesToRemoveAnItemWithRecords()
    {
        const qint64 planId = savedPlan(QStringLiteral("P"));
        const DrillItem item = savedItem(fullItem(planId));
        const QList<QDate> dates = item.recurrence.occurrences(item.firstDate);
        const DrillRecord first = savedRecord(fullRecord(item, dates.at(0)));
        const DrillRecord second = savedRecord(recordOf(item, dates.at(2)));
        QVERIFY(first.id > 0 && second.id > 0);
        QVERIFY(drills().cancelOccurrence(item.id, dates.at(1), QStringLiteral("x")).ok());
        const QStringList before = dump(db());

        Result<void> refused = drills().removeItem(item.id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("has 2 record(s) of drills held")), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("they are kept as evidence, so the drill cannot be deleted")),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(item.title), qPrintable(refused.errorMessage()));
        QCOMPARE(dump(db()), before);

        QVERIFY(drills().removeRecord(first.id).ok());
        QVERIFY(!drills().removeItem(item.id).ok());
        QVERIFY(drills().removeRecord(second.id).ok());
        Result<void> removed = drills().removeItem(item.id);
        QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
        for (const QString &table : kDrillTables)
            QVERIFY2(rowCount(db(), table) == 0, qPrintable(table));
        QVERIFY(!drills().removeItem(item.id).ok());
    }
};

QTEST_GUILESS_MAIN(TestDrillRepository)
#include "TestDrillRepository.moc"

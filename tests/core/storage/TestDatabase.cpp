// Database: creating, migrating and refusing files, locking, permissions.

#include "StorageTestSupport.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SchemaMigrator.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace StorageTestSupport;

namespace {

// The tables of schema version 1, and the ones the later migrations add.
const QStringList kVersion1Tables = {QStringLiteral("plan_categories"),      QStringLiteral("plan_contacts"),
                                     QStringLiteral("plan_levels"),          QStringLiteral("plan_reporting_steps"),
                                     QStringLiteral("plan_sections"),        QStringLiteral("plans"),
                                     QStringLiteral("schema_version")};
const QStringList kDrillTables = {
    QStringLiteral("corrective_actions"),        QStringLiteral("drill_cancellations"),
    QStringLiteral("drill_item_criteria"),       QStringLiteral("drill_item_injects"),
    QStringLiteral("drill_item_objectives"),     QStringLiteral("drill_item_teams"),
    QStringLiteral("drill_items"),               QStringLiteral("drill_record_objectives"),
    QStringLiteral("drill_record_participants"), QStringLiteral("drill_record_problems"),
    QStringLiteral("drill_record_timeline"),     QStringLiteral("drill_records")};
const QStringList kTemplateTables = {QStringLiteral("templates")};
const QStringList kIncidentTables = {QStringLiteral("incident_checklist"), QStringLiteral("incident_corrective_actions"),
                                     QStringLiteral("incident_log"), QStringLiteral("incident_reports"),
                                     QStringLiteral("incidents")};

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

const QStringList kPlanDeskTables = sorted(kVersion1Tables + kDrillTables + kTemplateTables + kIncidentTables);

// Root ignores permission bits. When the tests run as root, the parts that are about permissions
// are looked at through the eyes of an ordinary user ("nobody"): real and effective ids are dropped
// for the lifetime of this object (access(2), behind QFileInfo::isWritable, checks the real one),
// and the saved id, still root, brings them back.
class AsOrdinaryUser
{
public:
    static constexpr uid_t kNobody = 65534;

    // `owned` are handed to the ordinary user first (as root) so that it owns what it should.
    explicit AsOrdinaryUser(const QStringList &owned)
    {
        if (::geteuid() != 0)
            return;
        for (const QString &path : owned)
            m_ok = m_ok && ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0;
        m_ok = m_ok && ::setresgid(kNobody, kNobody, 0) == 0 && ::setresuid(kNobody, kNobody, 0) == 0;
        m_dropped = true;
    }
    ~AsOrdinaryUser()
    {
        if (m_dropped) {
            [[maybe_unused]] const int restoredUser = ::setresuid(0, 0, 0);
            [[maybe_unused]] const int restoredGroup = ::setresgid(0, 0, 0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser &) = delete;
    AsOrdinaryUser &operator=(const AsOrdinaryUser &) = delete;

    bool ok() const { return m_ok && (!m_dropped || (::geteuid() == kNobody && ::getuid() == kNobody)); }

private:
    bool m_ok = true;
    bool m_dropped = false;
};

Plan smallPlan(const QString &title = QStringLiteral("测试预案"))
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("测试单位");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = title;
    return plan;
}

// A file as a newer PlanDesk would leave it: our schema, a higher version, all in the main file.
void makeNewerFile(const QString &path, const QString &journalMode)
{
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(PlanRepository(database).save(smallPlan()).ok());
    }
    PlainConnection plain(path);
    QVERIFY(plain.isOpen());
    QCOMPARE(plain.exec(QStringLiteral("UPDATE schema_version SET version = 99")), QString());
    QCOMPARE(plain.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)), QString());
    QCOMPARE(plain.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsTheLatestSchemaInAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(database.isOpen());
        QCOMPARE(database.schemaVersion(), SchemaMigrator::kLatestVersion);
        QCOMPARE(database.path(), QFileInfo(path).absoluteFilePath());

        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(), SchemaMigrator::kLatestVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
        QCOMPARE(tableNames(db), kPlanDeskTables);
        QVERIFY(columnNames(db, QStringLiteral("plans")).contains(QStringLiteral("confidentiality")));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(Result<int>(SchemaMigrator(db).currentVersion()).value(), SchemaMigrator::kLatestVersion);

        // A new file needs no copy: there was nothing to keep.
        QVERIFY(database.backupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
    }

    void createsTheFilesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(PlanRepository(database).save(smallPlan()).ok());
        QVERIFY2(isOwnerOnly(path), qPrintable(QString::number(QFile::permissions(path).toInt(), 16)));
        // The write-ahead log holds the same names and phone numbers until it is checkpointed.
        for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(path + companion), qPrintable(companion));
            QVERIFY2(isOwnerOnly(path + companion), qPrintable(companion));
        }
    }

    void createsAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not/yet/there/plans.sqlite"));
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(database.schemaVersion(), SchemaMigrator::kLatestVersion);
    }

    void keepsPlansAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        Plan saved;
        {
            Database database;
            QVERIFY(database.open(path).ok());
            Result<Plan> result = PlanRepository(database).save(smallPlan());
            QVERIFY(result.ok());
            saved = result.value();
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        Database database;
        QVERIFY(database.open(path).ok());
        Result<Plan> loaded = PlanRepository(database).load(saved.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == saved);
    }

    void everyMigrationIsInTheBuild()
    {
        for (int version = 1; version <= SchemaMigrator::kLatestVersion; ++version) {
            Result<QStringList> statements = SchemaMigrator::statementsOf(version);
            QVERIFY2(statements.ok(), qPrintable(statements.errorMessage()));
            QVERIFY(!statements.value().isEmpty());
            for (const QString &statement : statements.value()) {
                QVERIFY2(!statement.contains(QLatin1String("--")), qPrintable(statement));
                QVERIFY2(!statement.trimmed().endsWith(QLatin1Char(';')), qPrintable(statement));
            }
        }
        QVERIFY(!SchemaMigrator::statementsOf(SchemaMigrator::kLatestVersion + 1).ok());
        // A migration file beyond kLatestVersion would never run.
        QCOMPARE(QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files).size(),
                 SchemaMigrator::kLatestVersion);
    }

    void migratesStepByStep_data()
    {
        QTest::addColumn<int>("from");
        for (int from = 0; from < SchemaMigrator::kLatestVersion; ++from)
            QTest::addRow("%d to %d", from, from + 1) << from;
    }

    void migratesStepByStep()
    {
        QFETCH(int, from);
        const int to = from + 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        {
            Database database;
            Result<void> opened = database.open(path, from);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            QCOMPARE(database.schemaVersion(), from);
            const int stored = from == 0 ? int(tableNames(database.connection()).size())
                                         : scalar(database.connection(), QStringLiteral("SELECT version FROM schema_version")).toInt();
            QCOMPARE(stored, from); // version 0: no tables at all
        }
        Database database;
        Result<void> opened = database.open(path, to);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(database.schemaVersion(), to);
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(), to);
        if (from > 0) {
            QVERIFY(QFileInfo(database.backupPath()).isFile());
            QVERIFY(QFileInfo(database.backupPath()).fileName().startsWith(QStringLiteral("plans.sqlite.v%1-").arg(from)));
        }

        switch (to) {
        case 1: {
            QCOMPARE(tableNames(db), kVersion1Tables);
            QVERIFY(!columnNames(db, QStringLiteral("plans")).contains(QStringLiteral("confidentiality")));
            QVERIFY(indexNames(db).contains(QStringLiteral("plans_by_update")));
            QCOMPARE(columnNames(db, QStringLiteral("plan_sections")),
                     (QStringList{QStringLiteral("plan_id"), QStringLiteral("position"), QStringLiteral("depth"),
                                  QStringLiteral("section_key"), QStringLiteral("title"), QStringLiteral("body")}));
            break;
        }
        case 2: {
            QVERIFY(columnNames(db, QStringLiteral("plans")).contains(QStringLiteral("confidentiality")));
            QVERIFY(indexNames(db).contains(QStringLiteral("plans_by_status")));
            // Rows written by version 1 get the default mark.
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO plans (title, organisation, language, operator_profile, plan_kind, version, status, "
                "created_at, updated_at) VALUES ('t', 'o', 'zh_CN', 'ordinary', 'comprehensive', '1.0', 'draft', 'x', 'x')")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT confidentiality FROM plans")).toString(), QStringLiteral(""));
            break;
        }
        case 3: {
            QCOMPARE(tableNames(db), sorted(kVersion1Tables + kDrillTables));
            for (const char *index : {"drill_items_by_plan", "drill_records_by_occurrence", "drill_records_by_plan",
                                      "corrective_actions_by_record", "corrective_actions_by_state"})
                QVERIFY2(indexNames(db).contains(QLatin1String(index)), index);
            QVERIFY(columnNames(db, QStringLiteral("drill_items")).contains(QStringLiteral("uid")));
            QVERIFY(columnNames(db, QStringLiteral("corrective_actions")).contains(QStringLiteral("due_on")));
            break;
        }
        case 4: {
            QCOMPARE(tableNames(db), sorted(kVersion1Tables + kDrillTables + kTemplateTables));
            QVERIFY(columnNames(db, QStringLiteral("templates")).contains(QStringLiteral("origin_sha256")));
            break;
        }
        case 5: {
            QCOMPARE(tableNames(db), kPlanDeskTables);
            for (const char *index : {"incidents_by_plan", "incident_reports_by_incident", "incident_log_by_incident",
                                      "incident_corrective_actions_by_state"})
                QVERIFY2(indexNames(db).contains(QLatin1String(index)), index);
            QVERIFY(columnNames(db, QStringLiteral("incident_reports")).contains(QStringLiteral("scene_preservation")));
            break;
        }
        default:
            QFAIL(qPrintable(QStringLiteral("Migration %1 has no test of its own yet; add a case here.").arg(to)));
        }
    }

    void upgradesAVersion1FileAndKeepsACopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path, 1).ok());
            QCOMPARE(database.schemaVersion(), 1);
            QSqlQuery query(database.connection());
            // As PlanDesk 1 wrote it: no confidentiality column yet.
            QVERIFY2(query.exec(QStringLiteral(
                         "INSERT INTO plans (id, title, organisation, language, operator_profile, cii_sector, plan_kind, "
                         "scenario, version, status, approver, approved_on, next_review_on, category_set, created_at, "
                         "updated_at) VALUES (7, '旧预案', '旧单位', 'zh_CN', 'cii', 'energy', 'comprehensive', '', "
                         "'0.9', 'approved', '王建国', '2024-05-01', '2025-05-01', 'gbt20986-2023', "
                         "'2024-05-01T08:00:00.000Z', '2024-05-02T09:30:00.000Z')")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO plan_sections (plan_id, position, depth, section_key, title, body) "
                                              "VALUES (7, 0, 0, 'general', '总则', '')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO plan_sections (plan_id, position, depth, section_key, title, body) "
                                              "VALUES (7, 1, 1, 'general.purpose', '编制目的', '为了……')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO plan_contacts (plan_id, position, team, name, mobile_phone) "
                                              "VALUES (7, 0, 'leading', '王建国', '138-0000-0101')")));
        }

        Database database;
        Result<void> opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(database.schemaVersion(), SchemaMigrator::kLatestVersion);
        QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 SchemaMigrator::kLatestVersion);
        QVERIFY(columnNames(database.connection(), QStringLiteral("plans")).contains(QStringLiteral("confidentiality")));

        Result<Plan> loaded = PlanRepository(database).load(7);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().title, QStringLiteral("旧预案"));
        QCOMPARE(loaded.value().status, PlanStatus::Approved);
        QCOMPARE(loaded.value().profile, OperatorProfile::CriticalInfrastructure);
        QCOMPARE(loaded.value().approvedOn, QDate(2024, 5, 1));
        QCOMPARE(loaded.value().createdAt, QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(loaded.value().confidentiality, QString());
        QCOMPARE(loaded.value().sections.size(), 2);
        QCOMPARE(loaded.value().sections.at(1).body, QStringLiteral("为了……"));
        QCOMPARE(loaded.value().contacts.size(), 1);
        QCOMPARE(loaded.value().contacts.first().mobilePhone, QStringLiteral("138-0000-0101"));

        // The new column works.
        Plan edited = loaded.value();
        edited.confidentiality = QStringLiteral("秘密");
        QVERIFY(PlanRepository(database).save(edited).ok());
        QCOMPARE(PlanRepository(database).load(7).value().confidentiality, QStringLiteral("秘密"));

        // The copy taken before the upgrade: named after the old version, owner-only, a valid
        // version-1 database with the plan in it.
        const QString backup = database.backupPath();
        const QRegularExpression name(QStringLiteral("^%1\\.v1-\\d{8}-\\d{6}\\.bak$")
                                          .arg(QRegularExpression::escape(QFileInfo(path).absoluteFilePath())));
        QVERIFY2(name.match(backup).hasMatch(), qPrintable(backup));
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("plans.sqlite.v1-*.bak")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(dir.filePath(backups.first()), backup);
        QVERIFY2(isOwnerOnly(backup), qPrintable(QString::number(QFile::permissions(backup).toInt(), 16)));
        {
            PlainConnection copy(backup);
            QVERIFY(copy.isOpen());
            QCOMPARE(scalar(copy.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(copy.db(), QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
            QCOMPARE(scalar(copy.db(), QStringLiteral("SELECT title FROM plans WHERE id = 7")).toString(), QStringLiteral("旧预案"));
            QCOMPARE(rowCount(copy.db(), QStringLiteral("plan_sections"), 7), 2);
            QVERIFY(!columnNames(copy.db(), QStringLiteral("plans")).contains(QStringLiteral("confidentiality")));
        }

        // Opening the upgraded file again needs no new copy.
        database.close();
        QVERIFY(database.open(path).ok());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 1);
    }

    void backupPathIsClearedWhenNoMigrationRan()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database database;
            QVERIFY(database.open(old, 1).ok());
        }
        Database database;
        QVERIFY(database.open(old).ok());
        QVERIFY(!database.backupPath().isEmpty());
        // The same object, another file that needs no upgrade: "the copy made before the last
        // migration" must not name the first file's copy.
        QVERIFY(database.open(dir.filePath(QStringLiteral("new.sqlite"))).ok());
        QVERIFY2(database.backupPath().isEmpty(), qPrintable(database.backupPath()));
    }

    void refusesANewerFileAndLeavesItAlone_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        QTest::newRow("write-ahead log") << QStringLiteral("WAL");
    }

    void refusesANewerFileAndLeavesItAlone()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        makeNewerFile(path, journalMode);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray before = bytesOf(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(!before.isEmpty());

        for (int attempt = 0; attempt < 2; ++attempt) {
            Database database;
            Result<void> opened = database.open(path);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.errorMessage().contains(QLatin1String("newer")), qPrintable(opened.errorMessage()));
            QVERIFY2(opened.errorMessage().contains(QLatin1String("99")), qPrintable(opened.errorMessage()));
            QVERIFY(!database.isOpen());
        }
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plans.sqlite")});
    }

    // A refused file must not leave the connection half removed: Qt warns "connection … is still
    // in use, all queries will cease to work" when it is removed while copies are alive.
    void refusalRemovesTheConnectionCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        makeNewerFile(path, QStringLiteral("DELETE"));
        if (QTest::currentTestFailed())
            return;
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        Database database;
        QVERIFY(!database.open(path).ok());
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }

    void refusesAFileThatIsNotSQLite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << bytesOf(QStringLiteral(TEST_DATA_DIR "/storage/meeting-notes.txt"));
        QTest::newRow("png") << bytesOf(QStringLiteral(TEST_DATA_DIR "/storage/not-a-database.png"));
        QTest::newRow("zeros") << QByteArray(8192, '\0');
    }

    void refusesAFileThatIsNotSQLite()
    {
        QFETCH(QByteArray, content);
        QVERIFY(!content.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("not a PlanDesk database")), qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(QLatin1String("plans.sqlite")), qPrintable(opened.errorMessage()));
        QVERIFY2(!opened.errorMessage().contains(QLatin1Char('\n')), qPrintable(opened.errorMessage()));
        QVERIFY(!database.isOpen());
        QCOMPARE(bytesOf(path), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plans.sqlite")});
    }

    void refusesAForeignSQLiteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.db"));
        {
            PlainConnection plain(path);
            QCOMPARE(plain.exec(QStringLiteral("CREATE TABLE people (name TEXT, phone TEXT)")), QString());
            QCOMPARE(plain.exec(QStringLiteral("INSERT INTO people VALUES ('张三', '123')")), QString());
        }
        const QByteArray before = bytesOf(path);
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("not one of PlanDesk's")), qPrintable(opened.errorMessage()));
        QCOMPARE(bytesOf(path), before);
        PlainConnection plain(path);
        QCOMPARE(tableNames(plain.db()), QStringList{QStringLiteral("people")});
    }

    void refusesASecondOpener()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        Database first;
        QVERIFY(first.open(path).ok());

        Database second;
        Result<void> opened = second.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("in use")), qPrintable(opened.errorMessage()));
        QVERIFY(!second.isOpen());

        // The refused opener did not disturb the first one.
        QVERIFY(first.isOpen());
        PlanRepository repository(first);
        Result<Plan> saved = repository.save(smallPlan());
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(repository.load(saved.value().id).value() == saved.value());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

        first.close();
        QVERIFY2(second.open(path).ok(), "the file is free again once the first opener closed it");
        QCOMPARE(PlanRepository(second).listPlans().value().size(), 1);
    }

    void refusesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path).ok());
            QVERIFY(PlanRepository(database).save(smallPlan()).ok());
        }
        const QByteArray before = bytesOf(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));

        AsOrdinaryUser user({dir.path(), path});
        QVERIFY(user.ok());
        QVERIFY2(!QFileInfo(path).isWritable(), "the test must see the file as read-only");
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("read-only")), qPrintable(opened.errorMessage()));
        QVERIFY(!database.isOpen());
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void refusesAFolderItCannotWriteIn()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                                  | QFileDevice::ExeUser));
        AsOrdinaryUser user({dir.path(), folder});
        QVERIFY(user.ok());
        Database database;
        Result<void> opened = database.open(QDir(folder).filePath(QStringLiteral("plans.sqlite")));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("permissions")), qPrintable(opened.errorMessage()));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("plans.sqlite"))));
    }

    void refusesAFolderAsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plans.sqlite"));
        QVERIFY(QDir().mkpath(path));
        Database database;
        Result<void> opened = database.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(QLatin1String("is not a file")), qPrintable(opened.errorMessage()));
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

// Importing template files into the database: preview first, then one transaction; every refusal
// leaves the database as it was, row for row and (once closed) byte for byte; versions are updates,
// never duplicates; the origin is kept. Also the template library and the migration that adds it.

#include "../storage/StorageTestSupport.h"
#include "core/Clock.h"
#include "core/exchange/TemplateExporter.h"
#include "core/exchange/TemplateFormat.h"
#include "core/exchange/TemplateImporter.h"
#include "core/exchange/TemplateInstantiator.h"
#include "core/exchange/TemplateLibrary.h"
#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/TemplateRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StorageTestSupport;

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/templates/") + name;
}

// The small plan template with another version (and optionally another title).
QByteArray smallPlanVersion(int version, const QString &title = QString())
{
    Template templ = TemplateReader::readFile(corpus(QStringLiteral("valid/small-plan.json"))).templ;
    templ.version = version;
    if (!title.isEmpty())
        templ.title = title;
    return TemplateWriter::toJson(templ);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Template withoutIdentity(Template templ)
{
    templ.localId = 0;
    templ.origin = TemplateOrigin();
    return templ;
}

} // namespace

class TestTemplateImporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("plans.sqlite")); }
    QSqlDatabase db() const { return m_database->connection(); }
    TemplateImporter importer() { return TemplateImporter(*m_database); }

    qint64 importFile(const QString &name)
    {
        const TemplateImportPreview preview = importer().previewFile(corpus(name));
        Result<Template> imported = importer().import(preview);
        return imported.ok() ? imported.value().localId : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        Result<void> opened = m_database->open(databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::reset();
    }

    void importsANewTemplateWithItsOrigin()
    {
        const QString path = corpus(QStringLiteral("valid/small-plan.json"));
        const TemplateImportPreview preview = importer().previewFile(path);
        QCOMPARE(preview.status, TemplateImportPreview::Status::New);
        QVERIFY(preview.problems.isEmpty());
        QVERIFY(preview.canImport());
        QCOMPARE(preview.statusText(), QStringLiteral("This template is not in the library yet."));
        QCOMPARE(rowCount(db(), QStringLiteral("templates")), 0); // a preview writes nothing

        Result<Template> imported = importer().import(preview);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const Template &templ = imported.value();
        QVERIFY(templ.localId > 0);
        QCOMPARE(templ.origin.fileName, QStringLiteral("small-plan.json"));
        QCOMPARE(templ.origin.sha256, sha256(bytesOf(path)));
        QCOMPARE(templ.origin.importedAt, Clock::nowUtc());

        QSqlQuery row(db());
        QVERIFY(
            row.exec(QStringLiteral("SELECT template_id, version, kind, language, title, author, created, "
                                    "origin_file_name, origin_sha256, imported_at, unknown_fields, content "
                                    "FROM templates")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("org.example.test.small-plan"));
        QCOMPARE(row.value(1).toInt(), 1);
        QCOMPARE(row.value(2).toString(), QStringLiteral("plan"));
        QCOMPARE(row.value(3).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(row.value(4).toString(), QStringLiteral("勒索软件事件专项应急预案（测试模板）"));
        QCOMPARE(row.value(5).toString(), QStringLiteral("测试组"));
        QCOMPARE(row.value(6).toString(), QStringLiteral("2026-11-24"));
        QCOMPARE(row.value(7).toString(), QStringLiteral("small-plan.json"));
        QCOMPARE(row.value(8).toString(), sha256(bytesOf(path)));
        QCOMPARE(row.value(9).toString(), QStringLiteral("2026-11-24T09:30:15.000Z"));
        QCOMPARE(row.value(10).toString(), QStringLiteral("{}"));
        QCOMPARE(row.value(11).toString().toUtf8(), bytesOf(path)); // canonical content = the file here
        QVERIFY(!row.next());

        Result<Template> loaded = TemplateRepository(*m_database).load(templ.localId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded.value() == templ);
        QVERIFY(withoutIdentity(loaded.value()) == withoutIdentity(preview.templ));
    }

    void theSameVersionIsReportedNotDuplicated()
    {
        const qint64 first = importFile(QStringLiteral("valid/small-plan.json"));
        QVERIFY(first > 0);
        const QStringList before = dump(db());
        const TemplateImportPreview again =
            importer().previewFile(corpus(QStringLiteral("valid/small-plan.json")));
        QCOMPARE(again.status, TemplateImportPreview::Status::AlreadyImported);
        QCOMPARE(again.existingLocalId, first);
        QCOMPARE(again.existingVersion, 1);
        QVERIFY(!again.canImport());
        Result<Template> refused = importer().import(again);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral(
                     "Version 1 of this template is already imported; importing it again changes nothing."));
        QCOMPARE(dump(db()), before);
        // Even the same content with another file name is the same template.
        const TemplateImportPreview renamed = importer().preview(
            bytesOf(corpus(QStringLiteral("valid/small-plan.json"))), QStringLiteral("copy.json"));
        QCOMPARE(renamed.status, TemplateImportPreview::Status::AlreadyImported);
    }

    void aNewerVersionIsAnUpdate()
    {
        const qint64 first = importFile(QStringLiteral("valid/small-plan.json"));
        QVERIFY(first > 0);
        const QByteArray version2 = smallPlanVersion(2, QStringLiteral("修订后的标题"));
        const TemplateImportPreview preview =
            importer().preview(version2, QStringLiteral("small-plan-v2.json"));
        QCOMPARE(preview.status, TemplateImportPreview::Status::Update);
        QCOMPARE(preview.existingLocalId, first);
        QCOMPARE(preview.existingVersion, 1);
        QCOMPARE(
            preview.statusText(),
            QStringLiteral("This is version 2, an update of the imported version 1, which it will replace."));
        Result<Template> updated = importer().import(preview);
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        QCOMPARE(updated.value().localId, first); // the same library entry, now at version 2
        QCOMPARE(rowCount(db(), QStringLiteral("templates")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT version FROM templates")).toInt(), 2);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT title FROM templates")).toString(),
                 QStringLiteral("修订后的标题"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT origin_file_name FROM templates")).toString(),
                 QStringLiteral("small-plan-v2.json"));

        // Going back is refused.
        const QStringList before = dump(db());
        const TemplateImportPreview older =
            importer().previewFile(corpus(QStringLiteral("valid/small-plan.json")));
        QCOMPARE(older.status, TemplateImportPreview::Status::OlderThanImported);
        QCOMPARE(older.existingVersion, 2);
        Result<Template> refused = importer().import(older);
        QCOMPARE(
            refused.errorMessage(),
            QStringLiteral("This is version 1, older than the imported version 2; it cannot be imported."));
        QCOMPARE(dump(db()), before);
    }

    // What the preview saw may be out of date by the time of the import; the transaction checks again.
    void theImportChecksAgainInsideItsTransaction()
    {
        const TemplateImportPreview stale =
            importer().previewFile(corpus(QStringLiteral("valid/small-plan.json")));
        QCOMPARE(stale.status, TemplateImportPreview::Status::New);
        QVERIFY(importFile(QStringLiteral("valid/small-plan.json")) > 0);
        const QStringList before = dump(db());
        Result<Template> refused = importer().import(stale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Version 1 of the template \"勒索软件事件专项应急预案（测试模板）\" is "
                                "already imported; nothing was changed."));
        QCOMPARE(dump(db()), before);
    }

    // An update rewrites the newest older version and removes any others: all of it or nothing.
    void anUpdateIsAllOrNothing()
    {
        QVERIFY(importFile(QStringLiteral("valid/small-plan.json")) > 0);
        QVERIFY(importer().import(importer().preview(smallPlanVersion(2), QStringLiteral("v2.json"))).ok());
        {
            // An older version left behind (as a crashed older PlanDesk might have), and a trigger that
            // makes removing it fail after the update itself has been written.
            PlainConnection plain(databasePath());
            QCOMPARE(plain.exec(QStringLiteral("INSERT INTO templates (template_id, version, kind, language, "
                                               "title, content, origin_sha256, "
                                               "imported_at) SELECT template_id, 1, kind, language, title, "
                                               "content, origin_sha256, imported_at "
                                               "FROM templates")),
                     QString());
            QCOMPARE(plain.exec(QStringLiteral("CREATE TRIGGER refuse_delete BEFORE DELETE ON templates "
                                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                     QString());
        }
        const QStringList before = dump(db());
        QCOMPARE(rowCount(db(), QStringLiteral("templates")), 2);
        const TemplateImportPreview preview =
            importer().preview(smallPlanVersion(3), QStringLiteral("v3.json"));
        QCOMPARE(preview.status, TemplateImportPreview::Status::Update);
        QCOMPARE(preview.existingVersion, 2);
        Result<Template> failed = importer().import(preview);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorMessage().startsWith(QLatin1String("Could not import the template")),
                 qPrintable(failed.errorMessage()));
        QCOMPARE(dump(db()), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT max(version) FROM templates")).toInt(), 2);

        // Without the trigger the same import replaces version 2 and removes version 1.
        {
            PlainConnection plain(databasePath());
            QCOMPARE(plain.exec(QStringLiteral("DROP TRIGGER refuse_delete")), QString());
        }
        Result<Template> updated = importer().import(preview);
        QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
        QCOMPARE(rowCount(db(), QStringLiteral("templates")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT version FROM templates")).toInt(), 3);
    }

    // Every broken file: refused with errors in the preview, and the database unchanged row for row;
    // closed and reopened, the file's bytes are the same too.
    // The data rows below come from this folder: a moved corpus must fail, not test nothing.
    void brokenCorpusIsThere() { QVERIFY(QDir(corpus(QStringLiteral("broken"))).entryList(QDir::Files).size() >= 50); }

    void refusedFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : QDir(corpus(QStringLiteral("broken"))).entryList(QDir::Files))
            QTest::newRow(qPrintable(file)) << file;
    }

    void refusedFilesChangeNothing()
    {
        QFETCH(QString, file);
        QVERIFY(importFile(QStringLiteral("valid/small-drill.json")) > 0);
        m_database.reset();
        const QByteArray bytesBefore = bytesOf(databasePath());
        QVERIFY(!bytesBefore.isEmpty());
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(databasePath()).ok());
        const QStringList rowsBefore = dump(db());

        const TemplateImportPreview preview =
            importer().previewFile(corpus(QStringLiteral("broken/") + file));
        QVERIFY(preview.hasErrors());
        QCOMPARE(preview.status, TemplateImportPreview::Status::Invalid);
        QVERIFY(!preview.canImport());
        QVERIFY(!preview.statusText().isEmpty());
        Result<Template> refused = importer().import(preview);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().startsWith(
                     QLatin1String("The template was not imported because the file has ")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().endsWith(QLatin1String("; nothing was changed.")));
        QCOMPARE(dump(db()), rowsBefore);

        m_database.reset();
        QCOMPARE(bytesOf(databasePath()), bytesBefore);
        QVERIFY(!QFileInfo::exists(databasePath() + QStringLiteral("-wal")) ||
                QFileInfo(databasePath() + QStringLiteral("-wal")).size() == 0);
    }

    void keepsUnknownFields()
    {
        const QString path = corpus(QStringLiteral("valid/unknown-fields.json"));
        const TemplateImportPreview preview = importer().previewFile(path);
        QCOMPARE(preview.status, TemplateImportPreview::Status::New);
        QCOMPARE(preview.problems.size(), 4); // warnings: they do not stop the import
        QVERIFY(!preview.hasErrors());
        Result<Template> imported = importer().import(preview);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const QJsonObject stored =
            QJsonDocument::fromJson(
                scalar(db(), QStringLiteral("SELECT unknown_fields FROM templates")).toByteArray())
                .object();
        QCOMPARE(stored, preview.templ.unknownFields);
        QCOMPARE(stored.size(), 4);
        Result<Template> loaded = TemplateRepository(*m_database).load(imported.value().localId);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().unknownFields, preview.templ.unknownFields);
        // Written out again, the colleague's file is whole.
        QCOMPARE(TemplateWriter::toJson(loaded.value()), bytesOf(path));
    }

    // The size limit is the file's: a compact file within it may be larger in PlanDesk's indented
    // layout, and is still stored and read back.
    void aCompactFileLargerWhenIndentedIsKept()
    {
        QByteArray inner = QByteArrayLiteral("[[[[[[[[[[") + QByteArrayLiteral("0,").repeated(99) +
                           QByteArrayLiteral("0]]]]]]]]]]");
        QByteArray list = QByteArrayLiteral("[");
        for (int i = 0; i < 1000; ++i)
            list += (i ? QByteArrayLiteral(",") : QByteArray()) + inner;
        list += ']';
        QByteArray bytes = bytesOf(corpus(QStringLiteral("valid/small-drill.json")));
        bytes.insert(bytes.indexOf("\"template\""), QByteArrayLiteral("\"layout_test\": ") + list + ",\n  ");
        QVERIFY(bytes.size() < TemplateFormat::kMaximumFileBytes);
        const TemplateImportPreview preview = importer().preview(bytes, QStringLiteral("compact.json"));
        QVERIFY(!preview.hasErrors());
        QCOMPARE(preview.status, TemplateImportPreview::Status::New);
        Result<Template> imported = importer().import(preview);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(scalar(db(), QStringLiteral("SELECT length(content) FROM templates")).toLongLong() >
                TemplateFormat::kMaximumFileBytes);
        Result<Template> loaded = TemplateRepository(*m_database).load(imported.value().localId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().unknownFields, preview.templ.unknownFields);
    }

    void markupIsStoredAsText()
    {
        const qint64 id = importFile(QStringLiteral("valid/markup-everywhere.json"));
        QVERIFY(id > 0);
        Result<Template> loaded = TemplateRepository(*m_database).load(id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().title.startsWith(QLatin1String("<script>alert('x')</script>")));
        QVERIFY(scalar(db(), QStringLiteral("SELECT title FROM templates"))
                    .toString()
                    .startsWith(QLatin1String("<script>")));
    }

    // export → import → export: the stored template writes the same file, and a plan made from it
    // exports to the same file again.
    void roundTripThroughTheDatabase()
    {
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("示例单位");
        basics.kind = PlanKind::Special;
        basics.scenario = QStringLiteral("数据泄露");
        Result<Plan> saved = PlanRepository(*m_database).save(PlanFactory().createDefault(basics));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const TemplateExporter::Output exported = TemplateExporter::fromPlan(saved.value());
        QVERIFY(exported.ok());
        const QByteArray first = TemplateWriter::toJson(exported.templ);

        const TemplateImportPreview preview = importer().preview(first, QStringLiteral("exported.json"));
        QCOMPARE(preview.status, TemplateImportPreview::Status::New);
        Result<Template> imported = importer().import(preview);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        Result<Template> loaded = TemplateRepository(*m_database).load(imported.value().localId);
        QVERIFY(loaded.ok());
        QCOMPARE(QString::fromUtf8(TemplateWriter::toJson(loaded.value())), QString::fromUtf8(first));

        TemplateInstantiator::PlanOptions options;
        options.organisation = QStringLiteral("示例单位");
        Result<Plan> made = TemplateInstantiator::createPlan(loaded.value(), options);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        Result<Plan> second = PlanRepository(*m_database).save(made.value());
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(second.value().id != saved.value().id);
        TemplateExporter::Options sameIdentity;
        sameIdentity.templateId = exported.templ.id;
        const QByteArray again =
            TemplateWriter::toJson(TemplateExporter::fromPlan(second.value(), sameIdentity).templ);
        QCOMPARE(QString::fromUtf8(again), QString::fromUtf8(first));
    }

    void libraryListsBuiltInAndImportedTemplates()
    {
        QStringList problems;
        const QList<Template> builtIn = TemplateLibrary::builtInTemplates(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList files =
            QDir(QStringLiteral(PLANDESK_TEMPLATES_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QCOMPARE(builtIn.size(), files.size());
        for (const Template &templ : builtIn) {
            QVERIFY(templ.origin.fileName.startsWith(QLatin1String(":/templates/")));
            QCOMPARE(templ.localId, qint64(0));
        }

        QVERIFY(importFile(QStringLiteral("valid/small-drill.json")) > 0);
        QVERIFY(importFile(QStringLiteral("valid/small-plan.json")) > 0);
        TemplateLibrary library(m_database.get());
        Result<QList<TemplateLibrary::Entry>> all = library.entries();
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(all.value().size(), builtIn.size() + 2);
        QVERIFY(all.value().first().builtIn);
        QVERIFY(!all.value().last().builtIn);

        Result<QList<TemplateLibrary::Entry>> found = library.entries(QStringLiteral("RANSOMWARE tabletop"));
        QVERIFY(found.ok());
        QStringList titles;
        for (const TemplateLibrary::Entry &entry : found.value())
            titles << entry.templ.title;
        QVERIFY2(titles.contains(QStringLiteral("Ransomware tabletop exercise (test)")),
                 qPrintable(titles.join(u',')));
        for (const TemplateLibrary::Entry &entry : found.value())
            QVERIFY(TemplateLibrary::matches(entry.templ, QStringLiteral("ransomware tabletop")));

        // By description, and by kind.
        Result<QList<TemplateLibrary::Entry>> byDescription = library.entries(QStringLiteral("小型专项预案"));
        QVERIFY(byDescription.ok());
        QCOMPARE(byDescription.value().size(), 1);
        QCOMPARE(byDescription.value().first().templ.id, QStringLiteral("org.example.test.small-plan"));
        Result<QList<TemplateLibrary::Entry>> drills =
            library.entries(QString(), TemplateKind::DrillScenario);
        QVERIFY(drills.ok());
        QVERIFY(!drills.value().isEmpty());
        for (const TemplateLibrary::Entry &entry : drills.value())
            QCOMPARE(entry.templ.kind, TemplateKind::DrillScenario);
        Result<QList<TemplateLibrary::Entry>> none = library.entries(QStringLiteral("no-such-word-anywhere"));
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());

        // Without a database: the built-in ones only.
        Result<QList<TemplateLibrary::Entry>> builtInOnly = TemplateLibrary().entries();
        QVERIFY(builtInOnly.ok());
        QCOMPARE(builtInOnly.value().size(), builtIn.size());
    }

    void removesAnImportedTemplate()
    {
        const qint64 id = importFile(QStringLiteral("valid/small-plan.json"));
        QVERIFY(id > 0);
        TemplateRepository repository(*m_database);
        QVERIFY(repository.remove(id).ok());
        QCOMPARE(rowCount(db(), QStringLiteral("templates")), 0);
        QCOMPARE(repository.remove(id).errorMessage(),
                 QStringLiteral("There is no imported template with id %1.").arg(id));
        QCOMPARE(repository.load(id).errorMessage(),
                 QStringLiteral("There is no imported template with id %1.").arg(id));
    }

    // A file from before the template library gets the table; its plans stay as they were.
    void upgradesAVersion3File()
    {
        m_database.reset();
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        Plan stored;
        {
            Database old;
            QVERIFY(old.open(path, 3).ok());
            QCOMPARE(old.schemaVersion(), 3);
            QVERIFY(!tableNames(old.connection()).contains(QStringLiteral("templates")));
            PlanFactory::Basics basics;
            basics.organisation = QStringLiteral("旧单位");
            Result<Plan> saved = PlanRepository(old).save(PlanFactory().createDefault(basics));
            QVERIFY(saved.ok());
            stored = saved.value();
        }
        m_database = std::make_unique<Database>();
        // Up to version 4, the template library's migration (later ones have tests of their own).
        QVERIFY(m_database->open(path, 4).ok());
        QCOMPARE(m_database->schemaVersion(), 4);
        QVERIFY(tableNames(db()).contains(QStringLiteral("templates")));
        QVERIFY(indexNames(db()).contains(QStringLiteral("templates_by_title")));
        QCOMPARE(columnNames(db(), QStringLiteral("templates")),
                 (QStringList{QStringLiteral("id"), QStringLiteral("template_id"), QStringLiteral("version"),
                              QStringLiteral("kind"), QStringLiteral("language"), QStringLiteral("title"),
                              QStringLiteral("description"), QStringLiteral("author"),
                              QStringLiteral("organisation"), QStringLiteral("created"),
                              QStringLiteral("source"), QStringLiteral("content"),
                              QStringLiteral("unknown_fields"), QStringLiteral("origin_file_name"),
                              QStringLiteral("origin_sha256"), QStringLiteral("imported_at")}));
        Result<Plan> loaded = PlanRepository(*m_database).load(stored.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value() == stored);
        QVERIFY(importFile(QStringLiteral("valid/small-plan.json")) > 0);
    }

    // The table refuses what the code would never write.
    void theTableHoldsItsRules()
    {
        PlainConnection plain(databasePath());
        const QString insert = QStringLiteral("INSERT INTO templates (template_id, version, kind, language, "
                                              "title, content, origin_sha256, imported_at) "
                                              "VALUES ('%1', %2, '%3', '%4', '%5', '{}', 'x', '2026-01-01')");
        QVERIFY(plain
                    .exec(insert.arg(QStringLiteral("abc"))
                              .arg(1)
                              .arg(QStringLiteral("plan"), QStringLiteral("en"), QStringLiteral("t")))
                    .isEmpty());
        QVERIFY(!plain
                     .exec(insert.arg(QStringLiteral("abc"))
                               .arg(1)
                               .arg(QStringLiteral("plan"), QStringLiteral("en"), QStringLiteral("t")))
                     .isEmpty());
        QVERIFY(!plain
                     .exec(insert.arg(QStringLiteral("abd"))
                               .arg(0)
                               .arg(QStringLiteral("plan"), QStringLiteral("en"), QStringLiteral("t")))
                     .isEmpty());
        QVERIFY(!plain
                     .exec(insert.arg(QStringLiteral("abe"))
                               .arg(1)
                               .arg(QStringLiteral("checklist"), QStringLiteral("en"), QStringLiteral("t")))
                     .isEmpty());
        QVERIFY(!plain
                     .exec(insert.arg(QStringLiteral("abf"))
                               .arg(1)
                               .arg(QStringLiteral("plan"), QStringLiteral("fr"), QStringLiteral("t")))
                     .isEmpty());
        QVERIFY(!plain
                     .exec(insert.arg(QStringLiteral("abg"))
                               .arg(1)
                               .arg(QStringLiteral("plan"), QStringLiteral("en"), QStringLiteral(" ")))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateImporter)
#include "TestTemplateImporter.moc"

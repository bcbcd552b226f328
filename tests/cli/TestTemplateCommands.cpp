// plandesk validate-template, import-template and export-template, run as a script runs them: exit
// status, stdout, and each problem of a file on stderr as "pointer: message".

#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "support/PlanDeskProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/templates/") + name;
}

} // namespace

using PlanDeskProcess::bytesOf;
using PlanDeskProcess::Run;

class TestTemplateCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("plans.sqlite")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Run plandesk(const QStringList &arguments) const { return PlanDeskProcess::run(m_dir->path(), arguments); }

    Run withDatabase(const QStringList &arguments) const
    {
        return plandesk(QStringList{QStringLiteral("--db"), databasePath()} + arguments);
    }

    int templateRows() const
    {
        Database database;
        if (!database.open(databasePath()).ok())
            return -1;
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM templates")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

    qint64 addDemo() const
    {
        const Run run = withDatabase({QStringLiteral("demo")});
        return run.exitCode == 0 ? run.out.section(QLatin1Char('\t'), 0, 0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void helpListsTheTemplateCommands()
    {
        const Run run = plandesk({QStringLiteral("--help")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        for (const char *text :
             {"validate-template FILE", "import-template FILE", "export-template PLAN_ID OUT.json",
              "--keep-organisation", "--template-version"})
            QVERIFY2(run.out.contains(QLatin1String(text)), qPrintable(run.out));
    }

    void validatesAGoodFile()
    {
        const Run run =
            plandesk({QStringLiteral("validate-template"), corpus(QStringLiteral("valid/small-drill.json"))});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out,
                 QStringLiteral("org.example.test.small-drill\t3\tdrill_scenario\ten\tRansomware tabletop "
                                "exercise (test)\n"));
        QCOMPARE(run.err, QString());
        QVERIFY(!QFile::exists(databasePath()));
    }

    // Warnings are shown but do not fail.
    void warningsDoNotFail()
    {
        const Run run = plandesk(
            {QStringLiteral("validate-template"), corpus(QStringLiteral("valid/unknown-fields.json"))});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 4);
        QVERIFY2(run.errLines().contains(
                     QStringLiteral("/template/licence: warning: PlanDesk does not know the field "
                                    "\"licence\"; it is kept with the template but not used.")),
                 qPrintable(run.err));
    }

    void validateNamesEveryProblem()
    {
        const Run run = plandesk(
            {QStringLiteral("validate-template"), corpus(QStringLiteral("broken/wrong-types.json"))});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.out, QString());
        const QStringList lines = run.errLines();
        QCOMPARE(lines.size(), 7);
        QVERIFY2(
            lines.contains(QStringLiteral("/template/title: Expected text here, but found a whole number.")),
            qPrintable(run.err));
        QVERIFY2(lines.contains(QStringLiteral("/plan/sections: Expected a list here, but found an object.")),
                 qPrintable(run.err));
        QCOMPARE(lines.last(),
                 QStringLiteral("plandesk: wrong-types.json has 6 errors; it is not a template PlanDesk "
                                "can import."));
    }

    void validateRefusesForeignFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line");
        QTest::newRow("zip") << QStringLiteral("broken/really-a-zip.json")
                             << QStringLiteral(
                                    "(file): This is a ZIP archive (for example a Word or Excel file), not a "
                                    "PlanDesk template.");
        QTest::newRow("png") << QStringLiteral("broken/really-a-png.json")
                             << QStringLiteral("(file): This is a PNG image, not a PlanDesk template.");
        QTest::newRow("future") << QStringLiteral("broken/future-version.json")
                                << QStringLiteral(
                                       "/schema_version: schema_version 7 is newer than this PlanDesk "
                                       "understands (1); a newer PlanDesk is needed.");
        QTest::newRow("missing")
            << QStringLiteral("no-such-file.json")
            << QStringLiteral("(file): The file \"no-such-file.json\" cannot be read: No such file or "
                              "directory.");
    }

    void validateRefusesForeignFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        const Run run = plandesk({QStringLiteral("validate-template"), corpus(file)});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 2);
        QCOMPARE(run.errLines().first(), line);
        QVERIFY(run.errLines().last().startsWith(QLatin1String("plandesk: ")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("validate without file") << QStringList{QStringLiteral("validate-template")};
        QTest::newRow("validate two files")
            << QStringList{QStringLiteral("validate-template"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import-template")};
        QTest::newRow("export without file")
            << QStringList{QStringLiteral("export-template"), QStringLiteral("1")};
        QTest::newRow("export bad id") << QStringList{QStringLiteral("export-template"), QStringLiteral("x"),
                                                      QStringLiteral("out.json")};
        QTest::newRow("bad version") << QStringList{
            QStringLiteral("export-template"), QStringLiteral("1"), QStringLiteral("out.json"),
            QStringLiteral("--template-version"), QStringLiteral("0")};
        QTest::newRow("keep for another command")
            << QStringList{QStringLiteral("list-plans"), QStringLiteral("--keep-organisation")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = withDatabase(arguments);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.startsWith(QLatin1String("plandesk: ")));
    }

    void importsOnceAndReportsTheSecondTime()
    {
        const QString file = corpus(QStringLiteral("valid/small-plan.json"));
        Run run = withDatabase({QStringLiteral("import-template"), file});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^(\\d+)\\torg\\.example\\.test\\.small-plan\\t1\\t(.+)\\n$"))
                .match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(2), QStringLiteral("勒索软件事件专项应急预案（测试模板）"));
        QCOMPARE(run.err, QStringLiteral("Imported \"勒索软件事件专项应急预案（测试模板）\", version 1.\n"));
        QCOMPARE(templateRows(), 1);

        run = withDatabase({QStringLiteral("import-template"), file});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(match.captured(1) + QLatin1Char('\t')), qPrintable(run.out));
        QCOMPARE(run.err,
                 QStringLiteral("Version 1 of this template is already imported; importing it again changes "
                                "nothing.\n"));
        QCOMPARE(templateRows(), 1);
    }

    // A refused file is judged before the database is even opened: not created, not touched.
    void aRefusedImportChangesNothing()
    {
        const QString broken = corpus(QStringLiteral("broken/duplicate-keys.json"));
        Run run = withDatabase({QStringLiteral("import-template"), broken});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY(!QFile::exists(databasePath()));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 3);
        QVERIFY2(run.errLines().first().startsWith(
                     QLatin1String("/template/title: The key \"title\" appears more than once")),
                 qPrintable(run.err));
        QCOMPARE(run.errLines().last(),
                 QStringLiteral("plandesk: duplicate-keys.json was not imported because it has 2 "
                                "errors; nothing was changed."));

        QVERIFY(withDatabase(
                    {QStringLiteral("import-template"), corpus(QStringLiteral("valid/small-drill.json"))})
                    .exitCode == 0);
        const QByteArray before = bytesOf(databasePath());
        const QStringList brokenFiles = QDir(corpus(QStringLiteral("broken"))).entryList(QDir::Files);
        QVERIFY(brokenFiles.size() >= 50);
        for (const QString &file : brokenFiles) {
            run = withDatabase({QStringLiteral("import-template"), corpus(QStringLiteral("broken/") + file)});
            QVERIFY2(run.finished && run.exitCode == 1,
                     qPrintable(file + QLatin1Char('\n') + run.describe()));
            QVERIFY2(bytesOf(databasePath()) == before, qPrintable(file));
        }
        QCOMPARE(templateRows(), 1);
    }

    void exportsAPlanWithoutPersonalData()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        const QString out = path(QStringLiteral("plan.json"));
        Run run = withDatabase({QStringLiteral("export-template"), QString::number(id), out});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(QRegularExpression(QStringLiteral("^local\\.plan\\.[0-9a-f-]{36}\\t1\\n$"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        // Each removed piece on its own line, then what was written.
        QVERIFY2(run.err.contains(QStringLiteral("/plan/roles/0: Name \"王建国\" removed\n")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("/plan/roles/0: Phone number \"138-0000-0101\" removed\n")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral(
                     "/template/organisation: Organisation name \"示例市数据中心有限公司\" removed\n")),
                 qPrintable(run.err));
        QVERIFY2(run.errLines().last().startsWith(QStringLiteral("Wrote the template to %1; ").arg(out)),
                 qPrintable(run.err));
        const QString json = QString::fromUtf8(bytesOf(out));
        for (const QString &secret :
             {QStringLiteral("王建国"), QStringLiteral("138-0000-0101"), QStringLiteral("010-5555-0101"),
              QStringLiteral("示例市数据中心有限公司")})
            QVERIFY2(!json.contains(secret), qPrintable(secret));
        QVERIFY(json.contains(QStringLiteral("{{organisation}}")));

        run = plandesk({QStringLiteral("validate-template"), out});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.err, QString());

        run = withDatabase({QStringLiteral("export-template"), QString::number(id),
                            path(QStringLiteral("kept.json")), QStringLiteral("--keep-organisation")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QString::fromUtf8(bytesOf(path(QStringLiteral("kept.json"))))
                    .contains(QStringLiteral("示例市数据中心有限公司")));
        QVERIFY(!run.err.contains(QStringLiteral("Organisation name")));
    }

    // Export version 1 and 2 of the same plan: importing both is an update, not a second template.
    void aNewerVersionUpdatesTheImportedOne()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        QVERIFY(withDatabase(
                    {QStringLiteral("export-template"), QString::number(id), path(QStringLiteral("v1.json"))})
                    .exitCode == 0);
        QVERIFY(withDatabase({QStringLiteral("export-template"), QString::number(id),
                              path(QStringLiteral("v2.json")), QStringLiteral("--template-version"),
                              QStringLiteral("2")})
                    .exitCode == 0);
        Run run = withDatabase({QStringLiteral("import-template"), path(QStringLiteral("v1.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = withDatabase({QStringLiteral("import-template"), path(QStringLiteral("v2.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith(QLatin1String("Updated \"")) &&
                     run.err.contains(QLatin1String("from version 1 to version 2.")),
                 qPrintable(run.err));
        QCOMPARE(templateRows(), 1);
        // The older one is refused now.
        run = withDatabase({QStringLiteral("import-template"), path(QStringLiteral("v1.json"))});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().last(),
                 QStringLiteral("plandesk: This is version 1, older than the imported version 2; it "
                                "cannot be imported."));
        QCOMPARE(templateRows(), 1);
    }

    void exportFailuresLeaveNoFile()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        Run run = withDatabase(
            {QStringLiteral("export-template"), QString::number(id + 100), path(QStringLiteral("x.json"))});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));

        run = withDatabase(
            {QStringLiteral("export-template"), QString::number(id), path(QStringLiteral("no/dir/x.json"))});
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errLines().last().startsWith(
                     QLatin1String("plandesk: Could not write the template to \"x.json\"")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("no"))));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCommands)
#include "TestTemplateCommands.moc"

// The plandesk executable on the command line, run the way a script runs it: exit status, stdout,
// and exactly one line on stderr for each failure.

#include "cli/CommandLineRunner.h"
#include "core/documents/PlanDocumentBuilder.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "support/PdfText.h"
#include "support/PlanDeskProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using PlanDeskProcess::bytesOf;
using PlanDeskProcess::Run;
using PlanDeskProcess::verifyOneLineFailure;

class TestCommandLine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("plans.sqlite")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs plandesk with a home of its own, so that nothing can touch a real user's data.
    Run plandesk(const QStringList &arguments, const QStringList &extraEnvironment = {}) const
    {
        return PlanDeskProcess::run(m_dir->path(), arguments, extraEnvironment);
    }

    Run withDatabase(const QStringList &arguments) const
    {
        return plandesk(QStringList{QStringLiteral("--db"), databasePath()} + arguments);
    }

    qint64 addDemo() const
    {
        const Run run = withDatabase({QStringLiteral("demo")});
        if (run.exitCode != 0)
            return -1;
        return run.out.section(QLatin1Char('\t'), 0, 0).toLongLong();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decidesBetweenWindowAndCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("commandLine");
        const QString exe = QStringLiteral("plandesk");
        QTest::newRow("nothing") << QStringList{exe} << false;
        QTest::newRow("database only") << QStringList{exe, QStringLiteral("--db"), QStringLiteral("x.sqlite")} << false;
        QTest::newRow("Qt style option") << QStringList{exe, QStringLiteral("-style"), QStringLiteral("fusion")} << false;
        QTest::newRow("Qt platform option")
            << QStringList{exe, QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("--db"),
                           QStringLiteral("list-plans")} << false; // "list-plans" is the database's file name here
        QTest::newRow("command") << QStringList{exe, QStringLiteral("list-plans")} << true;
        QTest::newRow("command after database")
            << QStringList{exe, QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("demo")} << true;
        QTest::newRow("unknown word") << QStringList{exe, QStringLiteral("frobnicate")} << true; // told it is unknown
        QTest::newRow("help") << QStringList{exe, QStringLiteral("--help")} << true;
        QTest::newRow("version") << QStringList{exe, QStringLiteral("--version")} << true;
    }

    void decidesBetweenWindowAndCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, commandLine);
        QCOMPARE(CommandLineRunner::wantsCommandLine(arguments), commandLine);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void helpExitsZero()
    {
        const Run run = plandesk({QStringLiteral("--help")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        for (const char *command : {"list-plans", "export-pdf", "demo", "--db"})
            QVERIFY2(run.out.contains(QLatin1String(command)), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(!QFile::exists(databasePath()));
    }

    void demoPrintsTheId()
    {
        const Run run = withDatabase({QStringLiteral("demo")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^(\\d+)\\t(.+)\\n$")).match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        const qint64 id = match.captured(1).toLongLong();
        QVERIFY(id > 0);

        Database database;
        QVERIFY(database.open(databasePath()).ok());
        Result<Plan> plan = PlanRepository(database).load(id);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(match.captured(2), plan.value().title);
        QCOMPARE(plan.value().sections, PlanFactory().createDemo().sections);
        QCOMPARE(plan.value().contacts, PlanFactory().createDemo().contacts);
    }

    void listPlansPrintsOneLinePerPlan()
    {
        Run run = withDatabase({QStringLiteral("list-plans")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, QString()); // a new, empty database
        QCOMPARE(run.err, QString());

        const qint64 first = addDemo();
        const qint64 second = addDemo();
        QVERIFY(first > 0 && second > first);
        {
            // A title with a tab and a line break must not break the format.
            Database database;
            QVERIFY(database.open(databasePath()).ok());
            Plan plan = PlanRepository(database).load(first).value();
            plan.title = QStringLiteral("Tab\there\nand a new line");
            plan.version = QStringLiteral("2.1");
            plan.status = PlanStatus::Approved;
            plan.approver = QStringLiteral("王建国");
            QVERIFY(PlanRepository(database).save(plan).ok());
        }

        run = withDatabase({QStringLiteral("list-plans")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.err, QString());
        const QStringList lines = run.outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(run.out.endsWith(QLatin1Char('\n')));
        QSet<qint64> ids;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QVERIFY2(fields.size() == 4, qPrintable(line));
            ids.insert(fields.at(0).toLongLong());
            if (fields.at(0).toLongLong() == first) {
                QCOMPARE(fields.at(1), QStringLiteral("Tab here and a new line"));
                QCOMPARE(fields.at(2), QStringLiteral("approved"));
                QCOMPARE(fields.at(3), QStringLiteral("2.1"));
            } else {
                QCOMPARE(fields.at(1), PlanFactory().createDemo().title);
                QCOMPARE(fields.at(2), QStringLiteral("draft"));
                QCOMPARE(fields.at(3), QStringLiteral("1.0"));
            }
        }
        QCOMPARE(ids, (QSet<qint64>{first, second}));
    }

    void exportPdfWritesTheDemo()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        const QString pdf = path(QStringLiteral("out.pdf"));
        const Run run = withDatabase({QStringLiteral("export-pdf"), QString::number(id), pdf});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFileInfo(pdf).size() > 0);

        const Plan demo = PlanFactory().createDemo();
        const QString text = PdfText::squeezed(PdfText::extract(pdf));
        QVERIFY(text.contains(PdfText::squeezed(demo.title)));
        const FormalDocument document = PlanDocumentBuilder().build(demo);
        const QString body = PdfText::squeezed(PdfText::bodyText(pdf, {document.headerLeft, document.headerRight}));
        for (const Section &section : demo.sections) {
            QVERIFY2(text.contains(PdfText::squeezed(section.title)), qPrintable(section.title));
            const QString firstParagraph = section.body.section(QLatin1Char('\n'), 0, 0).trimmed();
            QVERIFY2(body.contains(PdfText::squeezed(firstParagraph)), qPrintable(firstParagraph));
        }
        QVERIFY(text.contains(demo.contacts.first().name));
        QVERIFY(PdfText::radicals(text).isEmpty());
        // The report of what was written tells the truth.
        const QRegularExpressionMatch wrote = QRegularExpression(QStringLiteral("(\\d+) page")).match(run.err);
        QVERIFY2(wrote.hasMatch(), qPrintable(run.err));
        QCOMPARE(wrote.captured(1).toInt(), PdfText::pageCount(pdf));
        QCOMPARE(run.errLines().size(), 1);
    }

    // A PDF is the same on every workstation: the screen's font DPI or scale factor must not
    // change the layout of a document printed on A4 at 300 dpi.
    void exportDoesNotDependOnTheScreen_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::newRow("QT_FONT_DPI=96") << QStringLiteral("QT_FONT_DPI=96");
        QTest::newRow("QT_FONT_DPI=144") << QStringLiteral("QT_FONT_DPI=144");
        QTest::newRow("QT_SCALE_FACTOR=2") << QStringLiteral("QT_SCALE_FACTOR=2");
    }

    void exportDoesNotDependOnTheScreen()
    {
        QFETCH(QString, setting);
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        const QString plain = path(QStringLiteral("plain.pdf"));
        const QString other = path(QStringLiteral("other.pdf"));
        Run run = withDatabase({QStringLiteral("export-pdf"), QString::number(id), plain});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = plandesk({QStringLiteral("--db"), databasePath(), QStringLiteral("export-pdf"), QString::number(id), other},
                       {setting});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(PdfText::pageCount(other), PdfText::pageCount(plain));
        QCOMPARE(PdfText::extract(other), PdfText::extract(plain));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = withDatabase({QStringLiteral("frobnicate")});
        verifyOneLineFailure(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("frobnicate")), qPrintable(run.err));
        QVERIFY(!QFile::exists(databasePath()));
    }

    void unknownOptionIsAUsageError()
    {
        verifyOneLineFailure(withDatabase({QStringLiteral("--frobnicate"), QStringLiteral("list-plans")}), 2);
        verifyOneLineFailure(plandesk({QStringLiteral("list-plans"), QStringLiteral("--db")}), 2);
        verifyOneLineFailure(withDatabase({QStringLiteral("list-plans"), QStringLiteral("extra")}), 2);
        verifyOneLineFailure(withDatabase({QStringLiteral("demo"), QStringLiteral("extra")}), 2);
    }

    void exportPdfNeedsAPlanIdAndAFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("only an id") << QStringList{QStringLiteral("1")};
        QTest::newRow("only a file") << QStringList{QStringLiteral("out.pdf")};
        QTest::newRow("word as id") << QStringList{QStringLiteral("first"), QStringLiteral("out.pdf")};
        QTest::newRow("zero") << QStringList{QStringLiteral("0"), QStringLiteral("out.pdf")};
        QTest::newRow("fraction") << QStringList{QStringLiteral("1.5"), QStringLiteral("out.pdf")};
        QTest::newRow("id with junk") << QStringList{QStringLiteral("1abc"), QStringLiteral("out.pdf")};
        QTest::newRow("too many") << QStringList{QStringLiteral("1"), QStringLiteral("out.pdf"), QStringLiteral("more.pdf")};
    }

    void exportPdfNeedsAPlanIdAndAFile()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(addDemo() > 0);
        const Run run = withDatabase(QStringList{QStringLiteral("export-pdf")} + arguments);
        verifyOneLineFailure(run, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("more.pdf"))));
    }

    void exportOfAMissingPlanNamesIt()
    {
        QVERIFY(addDemo() > 0);
        const Run run = withDatabase({QStringLiteral("export-pdf"), QStringLiteral("424242"), path(QStringLiteral("out.pdf"))});
        verifyOneLineFailure(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("424242")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
    }

    void exportIntoAMissingFolderFails()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        const QString pdf = path(QStringLiteral("missing/folder/out.pdf"));
        const Run run = withDatabase({QStringLiteral("export-pdf"), QString::number(id), pdf});
        verifyOneLineFailure(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("out.pdf")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void corruptDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list-plans") << QStringList{QStringLiteral("list-plans")};
        QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
        QTest::newRow("export-pdf") << QStringList{QStringLiteral("export-pdf"), QStringLiteral("1"), QStringLiteral("out.pdf")};
    }

    void corruptDatabaseIsRefused()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/storage/meeting-notes.txt"), databasePath()));
        const QByteArray before = bytesOf(databasePath());
        const Run run = withDatabase(arguments);
        verifyOneLineFailure(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a PlanDesk database")), qPrintable(run.err));
        QCOMPARE(bytesOf(databasePath()), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("plans.sqlite")});
    }

    void newerDatabaseIsRefused()
    {
        QVERIFY(addDemo() > 0);
        {
            Database database;
            QVERIFY(database.open(databasePath()).ok());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = bytesOf(databasePath());
        for (const QStringList &arguments : {QStringList{QStringLiteral("list-plans")}, QStringList{QStringLiteral("demo")}}) {
            const Run run = withDatabase(arguments);
            verifyOneLineFailure(run, 1);
            QVERIFY2(run.err.contains(QLatin1String("newer")), qPrintable(run.err));
        }
        QCOMPARE(bytesOf(databasePath()), before);
    }

    void databaseInUseIsRefused()
    {
        const qint64 id = addDemo();
        QVERIFY(id > 0);
        auto holder = std::make_unique<Database>();
        QVERIFY(holder->open(databasePath()).ok());
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("list-plans")}, QStringList{QStringLiteral("demo")},
              QStringList{QStringLiteral("export-pdf"), QString::number(id), path(QStringLiteral("out.pdf"))}}) {
            const Run run = withDatabase(arguments);
            verifyOneLineFailure(run, 1);
            QVERIFY2(run.err.contains(QLatin1String("in use")), qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
        // The holder is undisturbed and still alone with its one plan.
        QCOMPARE(PlanRepository(*holder).listPlans().value().size(), 1);
        holder.reset();
        const Run run = withDatabase({QStringLiteral("list-plans")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outLines().size(), 1);
    }
};

QTEST_MAIN(TestCommandLine)
#include "TestCommandLine.moc"

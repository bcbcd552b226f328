// The drill commands of the plandesk executable (list-drills, export-drill-programme,
// export-drill-record, export-ics) and the drill programme that demo adds, run the way a script
// runs them: exit status, stdout, one line on stderr for each failure. "Today" is fixed through
// PLANDESK_FIXED_DATE, so the states do not depend on the day the tests run.

#include "core/Clock.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "support/PdfText.h"
#include "support/PlanDeskProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

// A Monday; the demo's recorded drill falls on Friday 1 May, the overdue one on Friday 5 June.
const QDate kToday(2026, 6, 15);

// One line of list-drills.
struct Line
{
    qint64 itemId = 0;
    QString planTitle;
    QDate date;
    QString state;
    QString itemTitle;
    qint64 recordId = 0;
};

// "Page size: 841.89 x 595.276 pts (A4)" → (841.89, 595.276).
QSizeF pageSizeOf(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral(PDFINFO_EXECUTABLE), {pdfPath});
    if (!process.waitForFinished(60000))
        return {};
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// True if `wanted` reads in `text` as a table cell's wrapped lines do: pdftotext reads the lines
// of neighbouring cells in turn, so a wrapped text comes out in pieces, in order, with other cells'
// lines between them. Both are squeezed; every piece but the last has at least two characters and
// the pieces are few, so scattered characters do not count as a match.
bool readsWrapped(const QString &text, const QString &wanted)
{
    const QString haystack = PdfText::squeezed(text);
    const QString needle = PdfText::squeezed(wanted);
    qsizetype from = 0;
    qsizetype at = 0;
    int pieces = 0;
    while (at < needle.size()) {
        qsizetype length = needle.size() - at;
        qsizetype found = -1;
        for (; length >= 1; --length) {
            if (length < 2 && at + length < needle.size())
                return false;
            found = haystack.indexOf(needle.mid(at, length), from);
            if (found >= 0)
                break;
        }
        if (found < 0)
            return false;
        from = found + length;
        at += length;
        ++pieces;
    }
    return pieces <= std::max<qsizetype>(2, needle.size() / 4);
}

} // namespace

using PlanDeskProcess::bytesOf;
using PlanDeskProcess::Run;
using PlanDeskProcess::verifyOneLineFailure;

class TestDrillCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("plans.sqlite")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs plandesk with a home of its own and "today" fixed (unless `date` is empty).
    Run plandesk(const QStringList &arguments, const QString &date = kToday.toString(Qt::ISODate)) const
    {
        QStringList environment;
        if (!date.isNull())
            environment << QStringLiteral("PLANDESK_FIXED_DATE=") + date;
        return PlanDeskProcess::run(m_dir->path(), arguments, environment);
    }

    Run withDatabase(const QStringList &arguments, const QString &date = kToday.toString(Qt::ISODate)) const
    {
        return plandesk(QStringList{QStringLiteral("--db"), databasePath()} + arguments, date);
    }

    qint64 addDemo(const QString &language = QStringLiteral("zh_CN")) const
    {
        const Run run = withDatabase({QStringLiteral("demo"), QStringLiteral("--language"), language});
        if (run.exitCode != 0 || !run.err.isEmpty())
            return -1;
        return run.out.section(QLatin1Char('\t'), 0, 0).toLongLong();
    }

    // Runs list-drills and parses its lines; fails the test (returns false) on a malformed line.
    bool listDrills(QList<Line> &lines, const QStringList &options = {},
                    const QString &date = kToday.toString(Qt::ISODate)) const
    {
        const Run run = withDatabase(QStringList{QStringLiteral("list-drills")} + options, date);
        if (!run.finished || run.exitCode != 0 || !run.err.isEmpty()) {
            qWarning("%s", qPrintable(run.describe()));
            return false;
        }
        if (!run.out.isEmpty() && !run.out.endsWith(QLatin1Char('\n')))
            return false;
        lines.clear();
        for (const QString &text : run.outLines()) {
            const QStringList fields = text.split(QLatin1Char('\t'));
            if (fields.size() != 6) {
                qWarning("malformed line: %s", qPrintable(text));
                return false;
            }
            Line line;
            bool ok = false;
            line.itemId = fields.at(0).toLongLong(&ok);
            line.planTitle = fields.at(1);
            line.date = QDate::fromString(fields.at(2), QStringLiteral("yyyy-MM-dd"));
            line.state = fields.at(3);
            line.itemTitle = fields.at(4);
            if (!fields.at(5).isEmpty())
                line.recordId = fields.at(5).toLongLong();
            if (!ok || line.itemId <= 0 || !line.date.isValid() || line.itemTitle.isEmpty()) {
                qWarning("malformed line: %s", qPrintable(text));
                return false;
            }
            lines.append(line);
        }
        return true;
    }

    // The demo programme as the test computes it, for `plan` on kToday.
    static DemoDrillProgramme demoProgramme(const Plan &plan)
    {
        Clock::setFixed(QDateTime(kToday, QTime(12, 0)));
        DemoDrillProgramme programme(plan);
        Clock::reset();
        return programme;
    }

    Plan storedPlan(qint64 id) const
    {
        Database database;
        if (!database.open(databasePath()).ok())
            return {};
        return PlanRepository(database).load(id).value();
    }

    qint64 recordIdOf(const QList<Line> &lines) const
    {
        for (const Line &line : lines)
            if (line.state == QLatin1String("done"))
                return line.recordId;
        return 0;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void helpListsTheDrillCommands()
    {
        const Run run = plandesk({QStringLiteral("--help")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        for (const char *word :
             {"list-drills", "--due", "export-drill-programme", "export-drill-record", "export-ics"})
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }

    void demoAddsARecordedAndAnOverdueDrill_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void demoAddsARecordedAndAnOverdueDrill()
    {
        QFETCH(QString, language);
        const qint64 planId = addDemo(language);
        QVERIFY(planId > 0);
        const Plan plan = storedPlan(planId);
        QCOMPARE(plan.language, language);
        const DemoDrillProgramme programme = demoProgramme(plan);
        const DrillItem comprehensive = programme.comprehensiveDrill();
        const DrillItem ransomware = programme.ransomwareDrill();
        QCOMPARE(programme.recordedOccurrenceDate(), QDate(2026, 5, 1));
        QCOMPARE(programme.overdueOccurrenceDate(), QDate(2026, 6, 5));
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(comprehensive.title.contains(QStringLiteral("综合")), qPrintable(comprehensive.title));
        else
            QVERIFY2(comprehensive.title.contains(QLatin1String("comprehensive")),
                     qPrintable(comprehensive.title));

        QList<Line> lines;
        QVERIFY(listDrills(lines));
        // Everything of this year and next, in date order.
        const QDate from(2026, 1, 1);
        const QDate to(2027, 12, 31);
        const qsizetype expected =
            comprehensive.recurrence.occurrencesBetween(comprehensive.firstDate, from, to).size() +
            ransomware.recurrence.occurrencesBetween(ransomware.firstDate, from, to).size();
        QVERIFY(expected >= 4);
        QCOMPARE(lines.size(), expected);
        int done = 0;
        int overdue = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            QVERIFY(line.date >= from && line.date <= to);
            if (i > 0)
                QVERIFY(lines.at(i - 1).date <= line.date);
            QCOMPARE(line.planTitle, plan.title);
            QVERIFY2(line.itemTitle == comprehensive.title || line.itemTitle == ransomware.title,
                     qPrintable(line.itemTitle));
            if (line.state == QLatin1String("done")) {
                ++done;
                QCOMPARE(line.itemTitle, comprehensive.title);
                QCOMPARE(line.date, QDate(2026, 5, 1));
                QVERIFY(line.recordId > 0);
            } else if (line.state == QLatin1String("overdue")) {
                ++overdue;
                QCOMPARE(line.itemTitle, ransomware.title);
                QCOMPARE(line.date, QDate(2026, 6, 5));
                QCOMPARE(line.recordId, 0);
            } else {
                QVERIFY2(line.state == QLatin1String("planned"), qPrintable(line.state));
                QVERIFY(line.date > kToday);
                QCOMPARE(line.recordId, 0);
            }
        }
        QCOMPARE(done, 1);
        QCOMPARE(overdue, 1);

        // What was stored: the record with its people, judgement and an open corrective action.
        Database database;
        QVERIFY(database.open(databasePath()).ok());
        DrillRepository drills(database);
        const QList<DrillItem> items = drills.listItems(planId).value();
        QCOMPARE(items.size(), 2);
        const QList<DrillRecordSummary> records = drills.listRecords(planId).value();
        QCOMPARE(records.size(), 1);
        const DrillRecord record = drills.loadRecord(records.first().id).value();
        QCOMPARE(record.occurrenceDate, QDate(2026, 5, 1));
        QVERIFY(record.participants.size() >= 3);
        QVERIFY(!record.timeline.isEmpty());
        QCOMPARE(record.objectives.size(), comprehensive.objectives.size());
        for (const ObjectiveResult &objective : record.objectives)
            QVERIFY(objective.rating != ObjectiveRating::NotJudged);
        QVERIFY(!record.problems.isEmpty());
        QVERIFY(!record.recorder.isEmpty() && !record.responsible.isEmpty());
        QCOMPARE(record.correctiveActions.size(), 1);
        QVERIFY(record.correctiveActions.first().isOpen());
        QVERIFY(!record.correctiveActions.first().owner.isEmpty());
        QVERIFY(record.correctiveActions.first().dueOn > kToday);
        const QList<CorrectiveActionSummary> open = drills.listOpenCorrectiveActions(planId).value();
        QCOMPARE(open.size(), 1);
    }

    void dueListsOverdueAndDueSoonOnly()
    {
        QVERIFY(addDemo(QStringLiteral("en")) > 0);
        QList<Line> lines;
        QVERIFY(listDrills(lines, {QStringLiteral("--due")}));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().state, QStringLiteral("overdue"));
        QCOMPARE(lines.first().date, QDate(2026, 6, 5));

        // Later in the summer the next quarterly drill (the first Friday of September) is due soon,
        // and the June one is still overdue.
        QVERIFY(listDrills(lines, {QStringLiteral("--due")}, QStringLiteral("2026-08-20")));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).state, QStringLiteral("overdue"));
        QCOMPARE(lines.at(0).date, QDate(2026, 6, 5));
        QCOMPARE(lines.at(1).state, QStringLiteral("due_soon"));
        QCOMPARE(lines.at(1).date, QDate(2026, 9, 4));
        QCOMPARE(lines.at(1).itemId, lines.at(0).itemId);

        // Several plans: each demo brings its own overdue drill.
        QVERIFY(addDemo(QStringLiteral("zh_CN")) > 0);
        QVERIFY(listDrills(lines, {QStringLiteral("--due")}));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).itemId != lines.at(1).itemId);
        QVERIFY(lines.at(0).planTitle != lines.at(1).planTitle);
    }

    void cancelledOccurrencesAreListedAsCancelled()
    {
        const qint64 planId = addDemo(QStringLiteral("en"));
        QVERIFY(planId > 0);
        QList<Line> lines;
        QVERIFY(listDrills(lines));
        const auto overdueLine = std::find_if(lines.cbegin(), lines.cend(), [](const Line &line) {
            return line.state == QLatin1String("overdue");
        });
        QVERIFY(overdueLine != lines.cend());
        const Line overdue = *overdueLine;
        {
            Database database;
            QVERIFY(database.open(databasePath()).ok());
            const Result<void> cancelled = DrillRepository(database).cancelOccurrence(
                overdue.itemId, overdue.date, QStringLiteral("Test lab moved"));
            QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorMessage()));
        }
        QVERIFY(listDrills(lines));
        const auto countOf = [&](const char *state) {
            return int(std::count_if(lines.cbegin(), lines.cend(),
                                     [&](const Line &line) { return line.state == QLatin1String(state); }));
        };
        QCOMPARE(countOf("overdue"), 0);
        QCOMPARE(countOf("cancelled"), 1);
        QVERIFY(listDrills(lines, {QStringLiteral("--due")}));
        QVERIFY(lines.isEmpty());
    }

    void listDrillsOfAnEmptyDatabaseIsEmpty()
    {
        const Run run = withDatabase({QStringLiteral("list-drills")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString());
    }

    void titlesWithTabsKeepTheFormat()
    {
        const qint64 planId = addDemo(QStringLiteral("en"));
        QVERIFY(planId > 0);
        {
            Database database;
            QVERIFY(database.open(databasePath()).ok());
            Plan plan = PlanRepository(database).load(planId).value();
            plan.title = QStringLiteral("Tab\there\nand a new line");
            QVERIFY(PlanRepository(database).save(plan).ok());
        }
        QList<Line> lines;
        QVERIFY(listDrills(lines));
        QVERIFY(!lines.isEmpty());
        for (const Line &line : std::as_const(lines))
            QCOMPARE(line.planTitle, QStringLiteral("Tab here and a new line"));
    }

    void exportProgrammeWritesALandscapeTable()
    {
        const qint64 planId = addDemo(QStringLiteral("en"));
        QVERIFY(planId > 0);
        const DemoDrillProgramme programme = demoProgramme(storedPlan(planId));
        const QString pdf = path(QStringLiteral("programme.pdf"));
        const Run run = withDatabase(
            {QStringLiteral("export-drill-programme"), QString::number(planId), QStringLiteral("2026"), pdf});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY(QFileInfo(pdf).size() > 0);
        const QSizeF page = pageSizeOf(pdf);
        QVERIFY2(page.isValid() && page.width() > page.height(),
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        const QString text = PdfText::extract(pdf);
        QVERIFY2(readsWrapped(text, programme.comprehensiveDrill().title), qPrintable(text.left(2000)));
        QVERIFY2(readsWrapped(text, programme.ransomwareDrill().title), qPrintable(text.left(2000)));
        QVERIFY(!readsWrapped(text, QStringLiteral("Earthquake evacuation drill"))); // the check can fail
        QVERIFY(text.contains(QLatin1String("2026")));
        const QRegularExpressionMatch wrote =
            QRegularExpression(QStringLiteral("(\\d+) page")).match(run.err);
        QVERIFY2(wrote.hasMatch(), qPrintable(run.err));
        QCOMPARE(wrote.captured(1).toInt(), PdfText::pageCount(pdf));
    }

    void exportProgrammeInChinese()
    {
        const qint64 planId = addDemo(QStringLiteral("zh_CN"));
        QVERIFY(planId > 0);
        const DemoDrillProgramme programme = demoProgramme(storedPlan(planId));
        const QString pdf = path(QStringLiteral("programme.pdf"));
        const Run run = withDatabase(
            {QStringLiteral("export-drill-programme"), QString::number(planId), QStringLiteral("2026"), pdf});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QString text = PdfText::extract(pdf);
        QVERIFY2(readsWrapped(text, programme.comprehensiveDrill().title), qPrintable(text.left(2000)));
        QVERIFY2(readsWrapped(text, programme.ransomwareDrill().title), qPrintable(text.left(2000)));
        QVERIFY(PdfText::radicals(text).isEmpty());
    }

    void exportRecordNamesThePeople_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void exportRecordNamesThePeople()
    {
        QFETCH(QString, language);
        const qint64 planId = addDemo(language);
        QVERIFY(planId > 0);
        QList<Line> lines;
        QVERIFY(listDrills(lines));
        const qint64 recordId = recordIdOf(lines);
        QVERIFY(recordId > 0);
        const QString pdf = path(QStringLiteral("record.pdf"));
        const Run run = withDatabase({QStringLiteral("export-drill-record"), QString::number(recordId), pdf});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());

        Database database;
        QVERIFY(database.open(databasePath()).ok());
        const DrillRecord record = DrillRepository(database).loadRecord(recordId).value();
        const QString text = PdfText::squeezed(PdfText::extract(pdf));
        // The signature lines, in the plan's language.
        if (language == QLatin1String("en")) {
            QVERIFY2(text.contains(QLatin1String("Recorder")) && text.contains(QLatin1String("Responsible")),
                     qPrintable(text.left(2000)));
        } else {
            QVERIFY2(text.contains(QStringLiteral("记录人")) && text.contains(QStringLiteral("负责人")),
                     qPrintable(text.left(2000)));
            QVERIFY2(!text.contains(QLatin1String("Recorder")), qPrintable(text.left(2000)));
        }
        for (const DrillParticipant &participant : record.participants)
            QVERIFY2(text.contains(PdfText::squeezed(participant.name)), qPrintable(participant.name));
        QVERIFY(text.contains(PdfText::squeezed(record.recorder)));
        QVERIFY(text.contains(PdfText::squeezed(record.responsible)));
        QVERIFY2(readsWrapped(text, record.correctiveActions.first().description), qPrintable(text));
    }

    void exportIcsWritesOneEventPerItem()
    {
        const qint64 planId = addDemo(QStringLiteral("en"));
        QVERIFY(planId > 0);
        const QString ics = path(QStringLiteral("drills.ics"));
        Run run = withDatabase({QStringLiteral("export-ics"), QString::number(planId), ics});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QByteArray bytes = bytesOf(ics);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 2);
        QCOMPARE(bytes.count("END:VEVENT\r\n"), 2);
        // Every line ends in CRLF: no bare line feed, no bare carriage return.
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
        QVERIFY(!bytes.contains("EXDATE"));

        // A cancelled date goes to the calendar as an exception.
        QList<Line> lines;
        QVERIFY(listDrills(lines));
        const auto overdueLine = std::find_if(lines.cbegin(), lines.cend(), [](const Line &line) {
            return line.state == QLatin1String("overdue");
        });
        QVERIFY(overdueLine != lines.cend());
        const Line overdue = *overdueLine;
        {
            Database database;
            QVERIFY(database.open(databasePath()).ok());
            QVERIFY(DrillRepository(database)
                        .cancelOccurrence(overdue.itemId, overdue.date, QStringLiteral("Moved"))
                        .ok());
        }
        run = withDatabase({QStringLiteral("export-ics"), QString::number(planId), ics});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        bytes = bytesOf(ics);
        QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 2);
        QVERIFY(bytes.contains("EXDATE"));
        QVERIFY(bytes.contains("20260605"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString programme = QStringLiteral("export-drill-programme");
        const QString record = QStringLiteral("export-drill-record");
        const QString ics = QStringLiteral("export-ics");
        const QString out = QStringLiteral("out.pdf");
        QTest::newRow("list-drills extra")
            << QStringList{QStringLiteral("list-drills"), QStringLiteral("all")};
        QTest::newRow("--due elsewhere")
            << QStringList{QStringLiteral("list-plans"), QStringLiteral("--due")};
        QTest::newRow("programme nothing") << QStringList{programme};
        QTest::newRow("programme no year") << QStringList{programme, QStringLiteral("1"), out};
        QTest::newRow("programme word id")
            << QStringList{programme, QStringLiteral("first"), QStringLiteral("2026"), out};
        QTest::newRow("programme zero id")
            << QStringList{programme, QStringLiteral("0"), QStringLiteral("2026"), out};
        QTest::newRow("programme word year")
            << QStringList{programme, QStringLiteral("1"), QStringLiteral("next"), out};
        QTest::newRow("programme year 1899")
            << QStringList{programme, QStringLiteral("1"), QStringLiteral("1899"), out};
        QTest::newRow("programme year 10000")
            << QStringList{programme, QStringLiteral("1"), QStringLiteral("10000"), out};
        QTest::newRow("programme year fraction")
            << QStringList{programme, QStringLiteral("1"), QStringLiteral("2026.5"), out};
        QTest::newRow("programme too many") << QStringList{
            programme, QStringLiteral("1"), QStringLiteral("2026"), out, QStringLiteral("more.pdf")};
        QTest::newRow("record nothing") << QStringList{record};
        QTest::newRow("record only id") << QStringList{record, QStringLiteral("1")};
        QTest::newRow("record word id") << QStringList{record, QStringLiteral("last"), out};
        QTest::newRow("record negative id") << QStringList{record, QStringLiteral("-3"), out};
        QTest::newRow("ics nothing") << QStringList{ics};
        QTest::newRow("ics word id") << QStringList{ics, QStringLiteral("x"), QStringLiteral("out.ics")};
        QTest::newRow("ics too many")
            << QStringList{ics, QStringLiteral("1"), QStringLiteral("out.ics"), out};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(addDemo() > 0);
        const QByteArray before = bytesOf(databasePath());
        const Run run = withDatabase(arguments);
        verifyOneLineFailure(run, 2);
        QCOMPARE(bytesOf(databasePath()), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.ics"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("more.pdf"))));
    }

    void badYearIsNamed()
    {
        const Run run = withDatabase({QStringLiteral("export-drill-programme"), QStringLiteral("1"),
                                      QStringLiteral("1899"), QStringLiteral("out.pdf")});
        verifyOneLineFailure(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("1899")), qPrintable(run.err));
        QVERIFY(!QFile::exists(databasePath()));
    }

    void missingPlanOrRecordIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("programme") << QStringList{QStringLiteral("export-drill-programme"),
                                                  QStringLiteral("424242"), QStringLiteral("2026"),
                                                  QStringLiteral("out.pdf")};
        QTest::newRow("record") << QStringList{QStringLiteral("export-drill-record"),
                                               QStringLiteral("424242"), QStringLiteral("out.pdf")};
        QTest::newRow("ics") << QStringList{QStringLiteral("export-ics"), QStringLiteral("424242"),
                                            QStringLiteral("out.ics")};
    }

    void missingPlanOrRecordIsNamed()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(addDemo() > 0);
        const Run run = withDatabase(arguments);
        verifyOneLineFailure(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("424242")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.ics"))));
    }

    void unwritableOutputIsNamed_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("programme") << QStringLiteral("export-drill-programme") << QStringLiteral("out.pdf");
        QTest::newRow("record") << QStringLiteral("export-drill-record") << QStringLiteral("out.pdf");
        QTest::newRow("ics") << QStringLiteral("export-ics") << QStringLiteral("out.ics");
    }

    void unwritableOutputIsNamed()
    {
        QFETCH(QString, command);
        QFETCH(QString, fileName);
        const qint64 planId = addDemo(QStringLiteral("en"));
        QVERIFY(planId > 0);
        QList<Line> lines;
        QVERIFY(listDrills(lines));
        const QString target = path(QStringLiteral("missing/folder/") + fileName);
        QStringList arguments{command};
        if (command == QLatin1String("export-drill-record"))
            arguments << QString::number(recordIdOf(lines));
        else
            arguments << QString::number(planId);
        if (command == QLatin1String("export-drill-programme"))
            arguments << QStringLiteral("2026");
        arguments << target;
        const Run run = withDatabase(arguments);
        verifyOneLineFailure(run, 1);
        QVERIFY2(run.err.contains(fileName), qPrintable(run.err));
        QVERIFY(!QFile::exists(target));
    }

    void corruptDatabaseIsRefused()
    {
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/storage/meeting-notes.txt"), databasePath()));
        const QByteArray before = bytesOf(databasePath());
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("list-drills")},
              QStringList{QStringLiteral("list-drills"), QStringLiteral("--due")},
              QStringList{QStringLiteral("export-ics"), QStringLiteral("1"), QStringLiteral("out.ics")}}) {
            const Run run = withDatabase(arguments);
            verifyOneLineFailure(run, 1);
            QVERIFY2(run.err.contains(QLatin1String("not a PlanDesk database")), qPrintable(run.err));
        }
        QCOMPARE(bytesOf(databasePath()), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("out.ics"))));
    }

    void fixedDateMustBeADate()
    {
        const Run run = withDatabase({QStringLiteral("list-drills")}, QStringLiteral("15/06/2026"));
        verifyOneLineFailure(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("PLANDESK_FIXED_DATE")), qPrintable(run.err));
        QVERIFY(!QFile::exists(databasePath()));
    }
};

QTEST_MAIN(TestDrillCommands)
#include "TestDrillCommands.moc"

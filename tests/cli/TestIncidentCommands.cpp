// The incident commands of the plandesk executable (incident-open, incident-list, incident-report)
// run the way a script runs them. "Now" is fixed through PLANDESK_FIXED_DATE (noon, local time) and
// TZ=UTC: 12:00 UTC, 20:00 in Beijing, so the reporting clock's states are the same on any day.

#include "support/PdfText.h"
#include "support/PlanDeskProcess.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using PlanDeskProcess::Run;
using PlanDeskProcess::verifyOneLineFailure;

namespace {

const QString kToday = QStringLiteral("2026-12-03");
const QString kProtection = QStringLiteral("The protection department and the public security organs");

} // namespace

class TestIncidentCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_planId = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    Run plandesk(const QStringList &arguments) const
    {
        return PlanDeskProcess::run(m_dir->path(),
                                    QStringList{QStringLiteral("--db"), path(QStringLiteral("plans.sqlite"))} + arguments,
                                    {QStringLiteral("PLANDESK_FIXED_DATE=") + kToday, QStringLiteral("TZ=UTC")});
    }

    // incident-open on the demo plan (a CII operator's), discovered on the fixed day at `time` Beijing time.
    Run open(const QString &time, const QString &level, const QStringList &more = {}) const
    {
        return plandesk(QStringList{QStringLiteral("incident-open"), QString::number(m_planId), QStringLiteral("--discovered"),
                                    kToday + QLatin1Char('T') + time, QStringLiteral("--level"), level,
                                    QStringLiteral("--category"), QStringLiteral("MP"), QStringLiteral("--time-zone"),
                                    QStringLiteral("Asia/Shanghai")}
                        + more);
    }

    // The fields of incident-list's line for incident `id`.
    QStringList listed(qint64 id) const
    {
        const Run run = plandesk({QStringLiteral("incident-list")});
        for (const QString &line : run.outLines()) {
            if (line.section(QLatin1Char('\t'), 0, 0).toLongLong() == id)
                return line.split(QLatin1Char('\t'));
        }
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const Run demo = plandesk({QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        m_planId = demo.out.section(QLatin1Char('\t'), 0, 0).toLongLong();
        QVERIFY(m_planId > 0);
    }

    void declaringShowsTheOneHourClock()
    {
        const Run run = open(QStringLiteral("18:59"), QStringLiteral("III"), {QStringLiteral("--systems"), QStringLiteral("核心业务系统")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.outLines(),
                 (QStringList{QStringLiteral("1"),
                              QStringLiteral("due\tinitial\t2026-12-03T19:59+08:00\t") + kProtection + QStringLiteral("\toperator"),
                              QStringLiteral("due\tsummary\t\t") + kProtection + QStringLiteral("\toperator")}));
        // Now is 20:00, 61 minutes after discovery: overdue.
        const QStringList fields = listed(1);
        QCOMPARE(fields.size(), 8);
        QCOMPARE(fields.at(2), QStringLiteral("III"));
        QCOMPARE(fields.at(3), QStringLiteral("2026-12-03T18:59+08:00"));
        QCOMPARE(fields.at(4), QStringLiteral("open"));
        QCOMPARE(fields.mid(5), (QStringList{QStringLiteral("initial"), QStringLiteral("2026-12-03T19:59+08:00"),
                                             QStringLiteral("overdue")}));
        QVERIFY(!fields.at(1).isEmpty());
    }

    void theStatesAtTheFixedMoment_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("state");
        QTest::newRow("discovered 19:45: 45 minutes left") << QStringLiteral("19:45") << QStringLiteral("pending");
        QTest::newRow("discovered 19:20: 20 minutes left") << QStringLiteral("19:20") << QStringLiteral("due_soon");
        QTest::newRow("discovered 19:00: the deadline is now") << QStringLiteral("19:00") << QStringLiteral("due_soon");
        QTest::newRow("discovered 18:59: one minute late") << QStringLiteral("18:59") << QStringLiteral("overdue");
    }
    void theStatesAtTheFixedMoment()
    {
        QFETCH(QString, time);
        QFETCH(QString, state);
        QCOMPARE(open(time, QStringLiteral("III")).exitCode, 0);
        QCOMPARE(listed(1).value(7), state);
    }

    void aSeriousIncidentWithACrime()
    {
        const Run run = open(QStringLiteral("19:00"), QStringLiteral("II"), {QStringLiteral("--crime")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.outLines().contains(QStringLiteral(
            "due\tonward\t2026-12-03T20:30+08:00\tThe Cyberspace Administration of China and the Ministry of Public "
            "Security\tinformation")));
        QVERIFY(run.outLines().contains(QStringLiteral("due\tpolice\tpromptly\tThe public security organs (police)\toperator")));
        // Telling the police is due at once.
        QCOMPARE(listed(1).mid(5), (QStringList{QStringLiteral("police"), QStringLiteral("promptly"), QStringLiteral("due_soon")}));
    }

    void aCiiOperatorsOtherSystemsGoTheOrdinaryWay()
    {
        const Run run = open(QStringLiteral("19:00"), QStringLiteral("III"), {QStringLiteral("--non-cii-system")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.outLines().value(1), QStringLiteral("due\tinitial\t2026-12-03T23:00+08:00\tThe provincial cyberspace "
                                                         "administration of the locality\toperator"));
        QCOMPARE(listed(1).value(7), QStringLiteral("pending"));
    }

    void levelFourHasNothingDue()
    {
        const Run run = open(QStringLiteral("19:00"), QStringLiteral("IV"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines(), QStringList{QStringLiteral("1")});
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.startsWith(QLatin1String("Nothing is due")));
        QCOMPARE(listed(1).mid(5), (QStringList{QStringLiteral("none"), QString(), QString()}));
    }

    void printingTheReports()
    {
        QCOMPARE(open(QStringLiteral("19:00"), QStringLiteral("III"), {QStringLiteral("--drill")}).exitCode, 0);
        const QString pdf = path(QStringLiteral("initial.pdf"));
        const Run run = plandesk({QStringLiteral("incident-report"), QStringLiteral("1"), QStringLiteral("initial"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, QString());
        QVERIFY(run.err.startsWith(QLatin1String("Wrote ")));
        const QStringList pages = PdfText::pages(pdf);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages)
            QVERIFY(page.contains(QStringLiteral("演练")));
        const QString squeezed = PdfText::squeezed(pages.join(QString()));
        QVERIFY(squeezed.contains(QStringLiteral("网络安全事件报告（初次报告）")));
        QVERIFY(squeezed.contains(QStringLiteral("签发人")));
        QVERIFY(squeezed.contains(QStringLiteral("2026年12月3日19:00（UTC+08:00）")));
        // A summary form may be printed before closing, to prepare it.
        QCOMPARE(plandesk({QStringLiteral("incident-report"), QStringLiteral("1"), QStringLiteral("summary"),
                           path(QStringLiteral("summary.pdf"))}).exitCode, 0);
        QVERIFY(PdfText::squeezed(PdfText::extract(path(QStringLiteral("summary.pdf"))))
                    .contains(QStringLiteral("网络安全事件总结报告")));
    }

    void failuresAreOneLine()
    {
        verifyOneLineFailure(plandesk({QStringLiteral("incident-open"), QStringLiteral("99"), QStringLiteral("--discovered"),
                                       QStringLiteral("2026-12-03T09:00"), QStringLiteral("--level"), QStringLiteral("III"),
                                       QStringLiteral("--category"), QStringLiteral("MP")}),
                             1);
        verifyOneLineFailure(open(QStringLiteral("19:00"), QStringLiteral("V")), 2);
        verifyOneLineFailure(open(QStringLiteral("7 pm"), QStringLiteral("III")), 2);
        verifyOneLineFailure(open(QStringLiteral("19:00"), QStringLiteral("III"), {QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}), 2);
        verifyOneLineFailure(plandesk({QStringLiteral("incident-open"), QString::number(m_planId)}), 2);
        const Run unknownCategory = plandesk({QStringLiteral("incident-open"), QString::number(m_planId),
                                              QStringLiteral("--discovered"), QStringLiteral("2026-12-03T09:00"),
                                              QStringLiteral("--level"), QStringLiteral("III"), QStringLiteral("--category"),
                                              QStringLiteral("XX")});
        verifyOneLineFailure(unknownCategory, 1);
        QVERIFY(unknownCategory.err.contains(QLatin1String("\"XX\"")));
        verifyOneLineFailure(plandesk({QStringLiteral("incident-report"), QStringLiteral("1"), QStringLiteral("draft"),
                                       path(QStringLiteral("x.pdf"))}),
                             2);
        verifyOneLineFailure(plandesk({QStringLiteral("incident-report"), QStringLiteral("5"), QStringLiteral("initial"),
                                       path(QStringLiteral("x.pdf"))}),
                             1);
        verifyOneLineFailure(plandesk({QStringLiteral("incident-list"), QStringLiteral("--level"), QStringLiteral("III")}), 2);
        verifyOneLineFailure(plandesk({QStringLiteral("incident-list"), QStringLiteral("extra")}), 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        // Nothing was declared by any of them.
        QCOMPARE(plandesk({QStringLiteral("incident-list")}).out, QString());
    }

    void helpNamesTheCommands()
    {
        const Run run = plandesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"incident-open PLAN_ID", "incident-list", "incident-report INCIDENT_ID"})
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
    }
};

QTEST_GUILESS_MAIN(TestIncidentCommands)
#include "TestIncidentCommands.moc"

// IncidentDocumentBuilder's reports as PDFs, read back through poppler as a reader's viewer would:
// the eight items of Art. 7 in Chinese and English, every value as typed, 签发人 and the sending,
// the first report that gives only items 1 and 2, the summary report, and 演练 on every page of a
// drill and on no page of a real incident.

#include "core/Clock.h"
#include "core/documents/IncidentDocumentBuilder.h"
#include "core/documents/PdfExporter.h"
#include "core/reference/PlanFactory.h"
#include "support/PdfText.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

Plan planIn(const QString &language)
{
    PlanFactory::Basics basics;
    basics.organisation = language == QLatin1String("en") ? QStringLiteral("Example Data Centre Ltd")
                                                          : QStringLiteral("示例市数据中心有限公司");
    basics.language = language;
    basics.profile = OperatorProfile::CriticalInfrastructure;
    basics.ciiSector = QStringLiteral("energy");
    Plan plan = PlanFactory().createDefault(basics);
    plan.id = 1;
    return plan;
}

Incident incidentOf(const Plan &plan, bool drill)
{
    Incident incident;
    incident.id = 7;
    incident.planId = plan.id;
    incident.drill = drill;
    incident.discoveredAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), kShanghai);
    incident.place = QStringLiteral("B2");
    incident.affectedSystems = QStringLiteral("ERP");
    incident.categoryCode = plan.categories.first().code;
    incident.levelCode = QStringLiteral("III");
    return incident;
}

// Every field with a value of its own that can be found in the text.
IncidentReport filled(const Incident &incident, IncidentReportKind kind)
{
    IncidentReport report;
    report.incidentId = incident.id;
    report.kind = kind;
    report.unitAndSystem = QStringLiteral("甲单位ERP系统");
    report.harmSoFar = QStringLiteral("财务系统停止服务约两小时");
    report.measuresTaken = QStringLiteral("断网隔离三台服务器效果良好");
    report.ransomAmount = QStringLiteral("2BTC");
    report.ransomPaymentMethod = QStringLiteral("比特币");
    report.ransomDate = QDate(2026, 12, 3);
    report.likelyDevelopment = QStringLiteral("可能扩散到备份服务器");
    report.preliminaryCause = QStringLiteral("远程桌面弱口令被利用");
    report.tracingLeads = QStringLiteral("境外地址203.0.113.7登录");
    report.nextMeasures = QStringLiteral("请求技术支撑队伍支援");
    report.scenePreservation = QStringLiteral("已制作磁盘镜像并封存日志");
    report.other = QStringLiteral("暂无其他事项说明");
    report.cause = QStringLiteral("口令策略未落实到位");
    report.measures = QStringLiteral("隔离恢复并重置全部口令");
    report.harm = QStringLiteral("业务中断六小时未泄露数据");
    report.accountability = QStringLiteral("对运维负责人通报批评");
    report.rectification = QStringLiteral("全面启用多因素认证");
    report.lessons = QStringLiteral("离线备份必须每周核验");
    report.issuedBy = QStringLiteral("李签发");
    report.issuedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 40), kShanghai);
    report.sentAt = QDateTime(QDate(2026, 12, 3), QTime(9, 45), kShanghai);
    report.channel = ReportChannel::Email;
    report.recipient = QStringLiteral("保护工作部门值班室");
    return report;
}

QStringList itemHeadings(const QString &language)
{
    if (language == QLatin1String("en"))
        return {QStringLiteral("1. Unit and affected system"), QStringLiteral("2. The incident so far"),
                QStringLiteral("3. Likely development"), QStringLiteral("4. Preliminary cause"),
                QStringLiteral("5. Tracing leads (attacker, path, vulnerability)"),
                QStringLiteral("6. Next measures and support requested"), QStringLiteral("7. Preservation of the scene"),
                QStringLiteral("8. Other matters")};
    return {QStringLiteral("一、事发单位及发生事件的系统"), QStringLiteral("二、事件基本情况"),
            QStringLiteral("三、事态发展趋势及可能造成的影响"), QStringLiteral("四、初步判定的事件原因"),
            QStringLiteral("五、溯源追踪线索（攻击者、攻击路径、漏洞等）"), QStringLiteral("六、下一步应对措施及需要支援的事项"),
            QStringLiteral("七、事件现场保护情况"), QStringLiteral("八、其他需要报告的事项")};
}

} // namespace

class TestIncidentPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const Plan &plan, const Incident &incident, const IncidentReport &report, const QString &name)
    {
        FormalDocument document = IncidentDocumentBuilder().build(plan, incident, report);
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        Result<int> pages = PdfExporter::exportDocument(document, path);
        if (!pages.ok())
            qWarning("%s", qPrintable(pages.errorMessage()));
        return pages.ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("PLANDESK_KEEP_PDF")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(10, 0), kShanghai));
    }

    void initialReportCarriesTheEightItems_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void initialReportCarriesTheEightItems()
    {
        QFETCH(QString, language);
        const Plan plan = planIn(language);
        const Incident incident = incidentOf(plan, false);
        const IncidentReport report = filled(incident, IncidentReportKind::Initial);
        const QString path = write(plan, incident, report, QStringLiteral("initial-") + language);
        QVERIFY(!path.isEmpty());
        const QString text = PdfText::extract(path);
        const QString squeezed = PdfText::squeezed(text);
        // In order, each once.
        qsizetype from = 0;
        for (const QString &heading : itemHeadings(language)) {
            const qsizetype at = squeezed.indexOf(PdfText::squeezed(heading), from);
            QVERIFY2(at >= 0, qPrintable(heading));
            from = at + 1;
        }
        for (const QString &value : {report.unitAndSystem, report.harmSoFar, report.measuresTaken, report.ransomAmount,
                                     report.likelyDevelopment, report.preliminaryCause, report.tracingLeads,
                                     report.nextMeasures, report.scenePreservation, report.other, report.issuedBy,
                                     report.recipient, incident.place})
            QVERIFY2(squeezed.contains(PdfText::squeezed(value)), qPrintable(value));
        const bool zh = language == QLatin1String("zh_CN");
        QVERIFY(squeezed.contains(zh ? QStringLiteral("网络安全事件报告（初次报告）")
                                     : PdfText::squeezed(QStringLiteral("Cybersecurity Incident Report (Initial Report)"))));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("签发人") : QStringLiteral("Issuedby")));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("电子邮件") : QStringLiteral("E-mail")));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("2026年12月3日09:45（UTC+08:00）")
                                     : QStringLiteral("3December202609:45(UTC+08:00)")));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("较大（III级）") : QStringLiteral("Relativelyserious(LevelIII)")));
        QVERIFY(!squeezed.contains(QStringLiteral("(LevelIII)(levelIII)"))); // the code once, not twice
        // The summary's parts are not in an initial report; a real incident has no drill mark.
        QVERIFY(!squeezed.contains(PdfText::squeezed(report.accountability)));
        QVERIFY(!text.contains(QStringLiteral("演练")));
        QVERIFY(!text.contains(QLatin1String("EXERCISE")));
        QCOMPARE(PdfText::radicals(text), QString());
    }

    void aFirstReportMayGiveOnlyTheFirstTwoItems()
    {
        const Plan plan = planIn(QStringLiteral("zh_CN"));
        const Incident incident = incidentOf(plan, false);
        IncidentReport report = filled(incident, IncidentReportKind::Initial);
        report.factsUnclear = true;
        const QString squeezed = PdfText::squeezed(PdfText::extract(write(plan, incident, report, QStringLiteral("unclear"))));
        QCOMPARE(squeezed.count(QStringLiteral("情况暂无法判明，后续及时补报。")), 6);
        QVERIFY(squeezed.contains(QStringLiteral("本报告先报告第一项、第二项已掌握的情况")));
        QVERIFY(squeezed.contains(PdfText::squeezed(report.harmSoFar)));          // item 2 stays
        QVERIFY(!squeezed.contains(PdfText::squeezed(report.preliminaryCause)));  // item 4 waits
    }

    void theSummaryReport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void theSummaryReport()
    {
        QFETCH(QString, language);
        const Plan plan = planIn(language);
        Incident incident = incidentOf(plan, false);
        incident.state = IncidentState::Closed;
        incident.closedAt = QDateTime(QDate(2026, 12, 5), QTime(18, 0), kShanghai);
        CorrectiveAction action;
        action.description = QStringLiteral("部署离线备份");
        action.owner = QStringLiteral("王责任");
        action.dueOn = QDate(2027, 1, 31);
        incident.correctiveActions = {action};
        const IncidentReport report = filled(incident, IncidentReportKind::Summary);
        const QString squeezed = PdfText::squeezed(PdfText::extract(write(plan, incident, report, QStringLiteral("summary-") + language)));
        const bool zh = language == QLatin1String("zh_CN");
        const QStringList headings = zh ? QStringList{QStringLiteral("事件原因"), QStringLiteral("应急处置措施"),
                                                      QStringLiteral("事件危害"), QStringLiteral("责任追究情况"),
                                                      QStringLiteral("整改情况"), QStringLiteral("经验教训")}
                                        : QStringList{QStringLiteral("Cause"), QStringLiteral("Measurestaken"),
                                                      QStringLiteral("Harm"), QStringLiteral("Accountability"),
                                                      QStringLiteral("Rectification"), QStringLiteral("Lessonslearned")};
        for (const QString &heading : headings)
            QVERIFY2(squeezed.contains(heading), qPrintable(heading));
        for (const QString &value : {report.cause, report.measures, report.harm, report.accountability,
                                     report.rectification, report.lessons, action.description, action.owner,
                                     report.issuedBy})
            QVERIFY2(squeezed.contains(PdfText::squeezed(value)), qPrintable(value));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("网络安全事件总结报告") : QStringLiteral("CybersecurityIncidentSummaryReport")));
        QVERIFY(squeezed.contains(zh ? QStringLiteral("2026年12月5日18:00") : QStringLiteral("5December202618:00")));
        // Not the eight items.
        QVERIFY(!squeezed.contains(PdfText::squeezed(report.tracingLeads)));
    }

    void aDrillSaysSoOnEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mark");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("演练");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("EXERCISE");
    }
    void aDrillSaysSoOnEveryPage()
    {
        QFETCH(QString, language);
        QFETCH(QString, mark);
        const Plan plan = planIn(language);
        const Incident incident = incidentOf(plan, true);
        // An empty supplementary form runs to several pages of writing space.
        IncidentReport report = IncidentDocumentBuilder::prefilled(plan, incident, IncidentReportKind::Supplementary);
        const QString path = write(plan, incident, report, QStringLiteral("drill-") + language);
        const QStringList pages = PdfText::pages(path);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        QCOMPARE(pages.size(), PdfText::pageCount(path));
        for (qsizetype i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(mark), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        // The prefilled form names the unit and the system.
        QVERIFY(PdfText::squeezed(pages.first()).contains(PdfText::squeezed(plan.organisation)));
        QVERIFY(PdfText::squeezed(pages.first()).contains(QStringLiteral("ERP")));
        QVERIFY(pages.first().contains(language == QLatin1String("en") ? QStringLiteral("Supplementary Report")
                                                                       : QStringLiteral("续报")));
    }
};

QTEST_MAIN(TestIncidentPdf)
#include "TestIncidentPdf.moc"

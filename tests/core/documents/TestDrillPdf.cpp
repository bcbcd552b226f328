// The drill documents (programme, work plan, record, summary report, blank record form) as PDFs,
// read back the way a reader's search and copy read them (poppler's tools, through PdfText):
// what was typed comes out as typed, pages are numbered, the programme is a landscape table with
// one whole row per occurrence of the year, and nothing a user types is read as markup.

#include "../SamplePlans.h"
#include "core/Clock.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentStyle.h"
#include "core/documents/DrillDocumentBuilder.h"
#include "core/documents/PdfExporter.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/reference/PlanFactory.h"
#include "support/PdfText.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtMath>
#include <QTest>
#include <QTextTable>
#include <QTextTableCell>

namespace {

// squeezed() removes white space; pdftotext turns no-break and ideographic spaces into breaks.
QString squeeze(const QString &text)
{
    QString squeezed = PdfText::squeezed(text);
    squeezed.remove(QChar(0x3000));
    squeezed.remove(QChar(0x00A0));
    // pdftotext joins "follow-" + "up" at a line end into "followup", so hyphens are left out.
    squeezed.remove(QLatin1Char('-'));
    return squeezed;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether a watermark is drawn. It is drawn as translucent outlines, and nothing else in a
// document is translucent: QPdfEngine writes the fill's alpha as an ExtGState "/ca" below 1.
bool drawsWatermark(const QString &pdf)
{
    static const QRegularExpression translucentFill(QStringLiteral("/ca 0\\.\\d*[1-9]"));
    return translucentFill.match(QString::fromLatin1(bytesOf(pdf))).hasMatch();
}

// "Page 3 of 12" or, in Chinese, "第 3 页 共 12 页".
QRegularExpression footerFor(int page, int total)
{
    return QRegularExpression(QStringLiteral("^\\s*(Page %1 of %2|第 ?%1 ?页 ?共 ?%2 ?页)\\s*$").arg(page).arg(total),
                              QRegularExpression::MultilineOption);
}

// pdfinfo's "Page size: 841.89 x 595.28 pts (A4)".
QSizeF pageSize(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral(PDFINFO_EXECUTABLE), {pdf});
    if (!process.waitForFinished(60000))
        return {};
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// Where on the page (in points, from the left edge) each table column and each span of merged
// cells lies: pdftotext reads the lines of neighbouring cells in turn, so the wrapped text of a
// cell reads whole only from a reading cropped to its column.
using Strip = std::pair<qreal, qreal>;
QList<Strip> columnStrips(const FormalDocument &document);

QList<QTextTable *> tablesOf(const FormalDocument &document)
{
    QList<QTextTable *> tables;
    for (QTextFrame *frame : document.body->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables << table;
    }
    return tables;
}

QList<Strip> columnStrips(const FormalDocument &document)
{
    constexpr qreal pointsPerMillimetre = 72.0 / 25.4;
    const qreal pageWidth = (document.landscape ? 297.0 : 210.0) * pointsPerMillimetre;
    const QMarginsF margins = DocumentStyle::marginsMillimetres() * pointsPerMillimetre;
    const qreal left = margins.left();
    const qreal width = pageWidth - margins.left() - margins.right();
    QList<Strip> strips;
    for (QTextTable *table : tablesOf(document)) {
        QList<qreal> edges = {left};
        for (const QTextLength &length : table->format().columnWidthConstraints())
            edges << edges.last() + width * length.rawValue() / 100.0;
        if (edges.size() != table->columns() + 1)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.column() != column)
                    continue;
                const Strip strip{edges.at(column), edges.at(column + cell.columnSpan())};
                if (!strips.contains(strip))
                    strips << strip;
            }
        }
    }
    return strips;
}

QString cellText(QTextTable *table, int row, int column)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

// The table whose header row has `title` in its `column`th cell.
QTextTable *tableHeaded(const FormalDocument &document, int column, const QString &title)
{
    for (QTextTable *table : tablesOf(document)) {
        if (table->columns() > column && cellText(table, 0, column) == title)
            return table;
    }
    return nullptr;
}

bool isEnglish(const QString &language) { return language == QLatin1String("en"); }

Plan samplePlan(const QString &language)
{
    Plan plan;
    plan.language = language;
    plan.title = isEnglish(language) ? QStringLiteral("Cybersecurity incident emergency plan")
                                     : QStringLiteral("网络安全事件应急预案");
    plan.organisation = isEnglish(language) ? QStringLiteral("Example City Data Centre Co., Ltd.")
                                            : QStringLiteral("示例市数据中心有限公司");
    plan.version = QStringLiteral("2.1");
    plan.status = PlanStatus::Draft;
    return plan;
}

RecurrenceRule monthly(int count)
{
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::Frequency::Monthly;
    rule.count = count;
    return rule;
}

// A special tabletop exercise held monthly from July 2025 for two years: 6 in 2025, 12 in 2026,
// 6 in 2027.
DrillItem monthlyItem(const QString &language)
{
    const bool en = isEnglish(language);
    DrillItem item;
    item.title = en ? QStringLiteral("Ransomware tabletop exercise") : QStringLiteral("勒索软件专项桌面推演");
    item.purpose = en ? QStringLiteral("Check that the duty officer reports within one hour.\nPractise isolating a host.")
                      : QStringLiteral("检验值班人员一小时内报告。\n演练隔离受感染主机。");
    item.form = DrillForm::Tabletop;
    item.content = DrillContent::Special;
    item.scenario = en ? QStringLiteral("Ransomware encrypts the file servers") : QStringLiteral("勒索软件加密文件服务器");
    item.scope = DrillScope::Department;
    item.firstDate = QDate(2025, 7, 15);
    item.startTime = QTime(9, 30);
    item.durationMinutes = 150;
    item.place = en ? QStringLiteral("Meeting room 3, building B") : QStringLiteral("三号楼会议室");
    item.departments = en ? QStringLiteral("IT operations; security office") : QStringLiteral("信息技术部、网络安全办公室");
    item.participants = en ? QStringLiteral("Duty officers, system administrators")
                           : QStringLiteral("值班人员、系统管理员");
    item.process = en ? QStringLiteral("Briefing\nInjects one to three\nHot wash-up")
                      : QStringLiteral("情况介绍\n依次注入情景一至三\n现场讲评");
    item.budgeted = true;
    item.teams = {
        DrillTeamAssignment{DrillTeamRole::Leading, en ? QStringLiteral("Chief information officer") : QStringLiteral("首席信息官"),
                            en ? QStringLiteral("Head") : QStringLiteral("组长"),
                            en ? QStringLiteral("Decides on escalation") : QStringLiteral("决定是否升级响应")},
        DrillTeamAssignment{DrillTeamRole::Evaluation, en ? QStringLiteral("Internal audit") : QStringLiteral("内审部门"),
                            en ? QStringLiteral("Member") : QStringLiteral("成员"),
                            en ? QStringLiteral("Judges each objective") : QStringLiteral("评估各项目标达成情况")},
    };
    item.objectives = en ? QStringList{QStringLiteral("Report to the regulator within one hour"),
                                       QStringLiteral("Isolate the infected host"),
                                       QStringLiteral("Restore from backup")}
                         : QStringList{QStringLiteral("一小时内向网信部门报告"), QStringLiteral("隔离受感染主机"),
                                       QStringLiteral("从备份恢复业务")};
    item.injects = {
        DrillInject{45, en ? QStringLiteral("Backups are found encrypted too") : QStringLiteral("发现备份同样被加密"),
                    en ? QStringLiteral("Switch to the offline copy") : QStringLiteral("启用离线备份")},
        DrillInject{0, en ? QStringLiteral("Users report a ransom note") : QStringLiteral("用户报告出现勒索信息"),
                    en ? QStringLiteral("Open an incident and call the lead") : QStringLiteral("立即登记事件并通知负责人")},
    };
    item.evaluationCriteria = en ? QStringList{QStringLiteral("Report sent before 10:30"),
                                               QStringLiteral("Host off the network within 20 minutes")}
                                 : QStringList{QStringLiteral("10:30 前完成报告"), QStringLiteral("20 分钟内断开主机网络")};
    item.recurrence = monthly(24);
    return item;
}

// A comprehensive hands-on drill every November.
DrillItem yearlyItem(const QString &language)
{
    DrillItem item;
    item.title = isEnglish(language) ? QStringLiteral("Annual comprehensive drill") : QStringLiteral("年度综合实操演练");
    item.purpose = isEnglish(language) ? QStringLiteral("Exercise the whole plan") : QStringLiteral("检验预案整体可行性");
    item.form = DrillForm::HandsOn;
    item.content = DrillContent::Comprehensive;
    item.firstDate = QDate(2024, 11, 20);
    item.startTime = QTime(14, 0);
    item.durationMinutes = 240;
    item.departments = isEnglish(language) ? QStringLiteral("All departments") : QStringLiteral("各部门");
    item.process = isEnglish(language) ? QStringLiteral("Full scenario") : QStringLiteral("全流程演练");
    item.budgeted = false;
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 10;
    return item;
}

DrillItem nextYearItem()
{
    DrillItem item;
    item.title = QStringLiteral("Held in 2027 only");
    item.firstDate = QDate(2027, 3, 3);
    item.recurrence.frequency = RecurrenceRule::Frequency::Once;
    return item;
}

DrillRecord sampleRecord(const QString &language)
{
    const bool en = isEnglish(language);
    DrillRecord record;
    record.occurrenceDate = QDate(2026, 3, 15);
    record.heldOn = QDate(2026, 3, 17);
    record.startTime = QTime(9, 30);
    record.endTime = QTime(12, 5);
    record.place = en ? QStringLiteral("Meeting room 5") : QStringLiteral("五号会议室");
    record.organiser = en ? QStringLiteral("Security office") : QStringLiteral("网络安全办公室");
    record.participants = {
        DrillParticipant{en ? QStringLiteral("Zhang Wei") : QStringLiteral("张伟"), en ? QStringLiteral("IT operations") : QStringLiteral("信息技术部"),
                         en ? QStringLiteral("Duty officer") : QStringLiteral("值班员"), true},
        DrillParticipant{en ? QStringLiteral("Chen Jing") : QStringLiteral("陈静"), en ? QStringLiteral("Legal") : QStringLiteral("法务部门"),
                         en ? QStringLiteral("Observer") : QStringLiteral("观察员"), false},
    };
    record.scenarioAsRun = en ? QStringLiteral("The file servers were reported encrypted at 09:40.")
                              : QStringLiteral("09:40 报告文件服务器被加密，网络中断。");
    record.timeline = {
        DrillTimelineEntry{QTime(9, 40), en ? QStringLiteral("Ransom note seen") : QStringLiteral("发现勒索信息"),
                           en ? QStringLiteral("Incident opened") : QStringLiteral("登记事件"), en ? QStringLiteral("Zhang Wei") : QStringLiteral("张伟")},
        DrillTimelineEntry{QTime(10, 25), en ? QStringLiteral("Regulator informed") : QStringLiteral("向网信部门报告"),
                           en ? QStringLiteral("Report sent by phone") : QStringLiteral("电话报告"), en ? QStringLiteral("Duty lead") : QStringLiteral("值班长")},
    };
    record.objectives = {
        ObjectiveResult{en ? QStringLiteral("Report within one hour") : QStringLiteral("一小时内报告"), ObjectiveRating::Met,
                        en ? QStringLiteral("Reported after 45 minutes") : QStringLiteral("45 分钟完成报告")},
        ObjectiveResult{en ? QStringLiteral("Isolate the host") : QStringLiteral("隔离主机"), ObjectiveRating::PartlyMet,
                        en ? QStringLiteral("Second host missed") : QStringLiteral("遗漏第二台主机")},
        ObjectiveResult{en ? QStringLiteral("Restore from backup") : QStringLiteral("从备份恢复"), ObjectiveRating::NotMet,
                        en ? QStringLiteral("Offline copy too old") : QStringLiteral("离线备份过旧")},
    };
    record.problems = en ? QStringList{QStringLiteral("The contact list was out of date"),
                                       QStringLiteral("Nobody knew where the offline backup was kept")}
                         : QStringList{QStringLiteral("联系人名单未及时更新"), QStringLiteral("无人知道离线备份的存放位置")};
    record.overview = en ? QStringLiteral("Twelve people took part in a two-and-a-half hour exercise.")
                         : QStringLiteral("共十二人参加，历时两个半小时。");
    record.lessons = en ? QStringLiteral("Keep the offline backup documented.\nPractise the phone report.")
                        : QStringLiteral("离线备份须有书面记录。\n应加强电话报告演练。");
    record.conclusion = en ? QStringLiteral("The plan works; the backup chapter needs revision.")
                           : QStringLiteral("预案总体可行，备份章节需修订。");
    record.correctiveActions = {
        CorrectiveAction{0, en ? QStringLiteral("Update the contact list") : QStringLiteral("更新联系人名单"),
                         en ? QStringLiteral("Li Na") : QStringLiteral("李娜"), QDate(2026, 3, 31),
                         CorrectiveActionState::InProgress, QDate(), QString()},
        CorrectiveAction{0, en ? QStringLiteral("Document the offline backup") : QStringLiteral("记录离线备份位置"),
                         en ? QStringLiteral("Zhao Lei") : QStringLiteral("赵磊"), QDate(2026, 4, 30),
                         CorrectiveActionState::Closed, QDate(2026, 4, 2), QString()},
    };
    record.planRevisionRequired = true;
    record.planRevisionNote = en ? QStringLiteral("Add the offline backup location to chapter 5")
                                 : QStringLiteral("在第五章补充离线备份位置");
    record.recorder = en ? QStringLiteral("Li Ming") : QStringLiteral("李明");
    record.responsible = en ? QStringLiteral("Wang Jianguo") : QStringLiteral("王建国");
    return record;
}

enum class Kind { Programme, WorkPlan, Record, Summary, BlankForm };

FormalDocument build(Kind kind, const Plan &plan, const QList<DrillItem> &items, const DrillRecord &record, int year = 2026)
{
    const DrillDocumentBuilder builder;
    switch (kind) {
    case Kind::Programme: return builder.buildProgramme(plan, items, year);
    case Kind::WorkPlan: return builder.buildWorkPlan(plan, items.first(), record.occurrenceDate);
    case Kind::Record: return builder.buildRecord(plan, items.first(), record);
    case Kind::Summary: return builder.buildSummaryReport(plan, items.first(), record);
    case Kind::BlankForm: return builder.buildBlankRecordForm(plan, items.first(), record.occurrenceDate);
    }
    return {};
}

// The user's text of the record as each document shows it.
QStringList typedRecordText(const DrillRecord &record, Kind kind)
{
    QStringList texts = {record.place, record.organiser, record.conclusion};
    for (const ObjectiveResult &result : record.objectives)
        texts << result.objective << result.comment;
    texts << record.problems;
    for (const CorrectiveAction &action : record.correctiveActions)
        texts << action.description << action.owner;
    if (kind == Kind::Record) {
        texts << record.scenarioAsRun << record.planRevisionNote << record.recorder << record.responsible;
        for (const DrillParticipant &participant : record.participants)
            texts << participant.name << participant.department << participant.role;
        for (const DrillTimelineEntry &entry : record.timeline)
            texts << entry.event << entry.action << entry.actor;
    } else {
        texts << record.overview << record.lessons.split(QLatin1Char('\n')) << record.planRevisionNote;
    }
    return texts;
}

QStringList typedItemText(const DrillItem &item)
{
    QStringList texts = {item.title, item.scenario, item.place, item.departments, item.participants};
    texts << item.purpose.split(QLatin1Char('\n')) << item.process.split(QLatin1Char('\n')) << item.objectives
          << item.evaluationCriteria;
    for (const DrillInject &inject : item.injects)
        texts << inject.description << inject.expectedAction;
    for (const DrillTeamAssignment &team : item.teams)
        texts << team.unit << team.role << team.duty;
    return texts;
}

// Labels whose Chinese comes from translations/plandesk_zh_CN.ts, which the lead fills in at the
// end. Until a source has its translation the document shows the English source (checked), and
// once it has one, it must be the wording of REFERENCE.md §5 (checked).
struct PendingLabel
{
    const char *name;
    Kind kind;
    const char *context;
    const char *source;
    const char *chinese;
    int argument = -1; // for "%1"
};
const PendingLabel kChineseLabels[] = {
    {"programme title", Kind::Programme, "DrillDocument", "Cybersecurity incident emergency drill programme %1",
     "%1年度网络安全事件应急演练计划", 2026},
    {"programme 序号", Kind::Programme, "DrillDocument", "No.", "序号"},
    {"programme 演练项目", Kind::Programme, "DrillDocument", "Drill", "演练项目"},
    {"programme 目的/要求", Kind::Programme, "DrillDocument", "Purpose / requirements", "目的/要求"},
    {"programme 演练方式", Kind::Programme, "DrillDocument", "Form of drill", "演练方式"},
    {"programme 演练时间", Kind::Programme, "DrillDocument", "Drill time", "演练时间"},
    {"programme 参演机构或部门", Kind::Programme, "DrillDocument", "Participating organisations or departments",
     "参演机构或部门"},
    {"programme 演练过程安排", Kind::Programme, "DrillDocument", "Drill process", "演练过程安排"},
    {"programme 经费是否纳入预算", Kind::Programme, "DrillDocument", "Funds in the budget", "经费是否纳入预算"},
    {"programme 是", Kind::Programme, "DrillDocument", "Yes", "是"},
    {"programme 否", Kind::Programme, "DrillDocument", "No", "否"},
    {"work plan title", Kind::WorkPlan, "DrillDocument", "Drill work plan", "演练工作方案"},
    {"work plan 场景设置", Kind::WorkPlan, "DrillDocument", "Scenario", "场景设置"},
    {"record title", Kind::Record, "DrillDocument", "Drill record", "演练记录"},
    {"record 记录人", Kind::Record, "DrillDocument", "Recorder", "记录人"},
    {"record 负责人", Kind::Record, "DrillDocument", "Responsible", "负责人"},
    {"record 日期", Kind::Record, "DrillDocument", "Date", "日期"},
    {"summary title", Kind::Summary, "DrillDocument", "Drill summary report", "演练总结报告"},
    {"summary 经验教训", Kind::Summary, "DrillDocument", "Lessons learned", "经验教训"},
    {"form title", Kind::BlankForm, "DrillDocument", "Drill record form", "演练记录表"},
    {"form 记录人", Kind::BlankForm, "DrillDocument", "Recorder", "记录人"},
    {"form 负责人", Kind::BlankForm, "DrillDocument", "Responsible", "负责人"},
    {"form 日期", Kind::BlankForm, "DrillDocument", "Date", "日期"},
};

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestDrillPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QHash<QString, QList<Strip>> m_strips; // by PDF
    QHash<QString, QStringList> m_readings;

    // The whole text, and the text of each table column and merged cell on its own; squeezed.
    QStringList readings(const QString &pdf)
    {
        if (m_readings.contains(pdf))
            return m_readings.value(pdf);
        QStringList texts = {squeeze(PdfText::extract(pdf))};
        for (const Strip &strip : m_strips.value(pdf)) {
            QProcess process;
            process.start(QStringLiteral(PDFTOTEXT_EXECUTABLE),
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-r"), QStringLiteral("72"),
                           QStringLiteral("-x"), QString::number(qCeil(strip.first + 2)), QStringLiteral("-y"),
                           QStringLiteral("0"), QStringLiteral("-W"),
                           QString::number(qFloor(strip.second - strip.first - 4)), QStringLiteral("-H"),
                           QStringLiteral("2000"), pdf, QStringLiteral("-")});
            if (process.waitForFinished(60000))
                texts << squeeze(QString::fromUtf8(process.readAllStandardOutput()));
        }
        m_readings.insert(pdf, texts);
        return texts;
    }

    // Exports `document`; returns the path, or an empty string (with a warning) on failure.
    QString exportPdf(FormalDocument &document, int *pages = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("document-%1.pdf").arg(++m_files));
        m_strips.insert(path, columnStrips(document)); // before the layout changes the document
        Result<int> written = PdfExporter::exportDocument(document, path);
        if (!written.ok()) {
            qWarning("%s", qPrintable(written.errorMessage()));
            return {};
        }
        if (pages)
            *pages = written.value();
        return path;
    }

    QString exportPdf(Kind kind, const Plan &plan, const QList<DrillItem> &items, const DrillRecord &record,
                      int *pages = nullptr)
    {
        FormalDocument document = build(kind, plan, items, record);
        return exportPdf(document, pages);
    }

    // No cover: every page carries "page N of M", and pdfinfo agrees on M.
    void verifyPageNumbers(const QString &pdf, int pages)
    {
        QCOMPARE(PdfText::pageCount(pdf), pages);
        const QStringList texts = PdfText::pages(pdf);
        QCOMPARE(texts.size(), pages);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(footerFor(page, pages).match(texts.at(page - 1)).hasMatch(),
                     qPrintable(QStringLiteral("page %1 of %2:\n%3").arg(page).arg(pages).arg(texts.at(page - 1).right(200))));
    }

    // The title, version and status head every page.
    void verifyHeader(const QString &pdf, const FormalDocument &document, const Plan &plan)
    {
        QVERIFY(document.headerRight.contains(plan.version));
        const QString status = DocumentLanguage(plan.language).text("PlanStatus", planStatusSourceText(plan.status));
        QVERIFY(document.headerRight.contains(status));
        for (const QString &page : PdfText::pages(pdf)) {
            QVERIFY2(page.contains(document.headerRight), qPrintable(page.left(200)));
            QVERIFY2(squeeze(page).contains(squeeze(plan.title)), qPrintable(page.left(200)));
        }
    }

    // Each text is in the PDF as typed: in the whole text, or (wrapped in a table cell) in the
    // reading of its column.
    void verifyContains(const QString &pdf, const QStringList &texts)
    {
        const QStringList readable = readings(pdf);
        QVERIFY(!readable.first().isEmpty());
        for (const QString &typed : texts) {
            if (typed.trimmed().isEmpty())
                continue;
            const QString wanted = squeeze(typed);
            QVERIFY2(std::any_of(readable.cbegin(), readable.cend(), [&](const QString &text) { return text.contains(wanted); }),
                     qPrintable(typed));
        }
    }

    // A line that starts the next page must not also be written, clipped away, at the foot of
    // the page before.
    void verifyNoLineTwice(const QString &pdf, const FormalDocument &document)
    {
        const QStringList pages = PdfText::pages(pdf);
        const QRegularExpression footer(QStringLiteral("^(Page \\d+ of \\d+|第 ?\\d+ ?页 ?共 ?\\d+ ?页)$"));
        const QStringList header = {document.headerLeft.trimmed(), document.headerRight.trimmed()};
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
            QStringList before;
            for (const QString &line : pages.at(i).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !footer.match(line.trimmed()).hasMatch())
                    before << line.trimmed();
            }
            QStringList after;
            for (const QString &line : pages.at(i + 1).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !header.contains(line.trimmed()))
                    after << line.trimmed();
            }
            QVERIFY(!before.isEmpty());
            QVERIFY2(before.last().size() <= 8 || !after.mid(0, 3).contains(before.last()),
                     qPrintable(QStringLiteral("pages %1/%2: %3").arg(i + 1).arg(i + 2).arg(before.last())));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // PLANDESK_KEEP_PDF=1 keeps the files for a look.
        if (qEnvironmentVariableIsSet("PLANDESK_KEEP_PDF")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        // The programme for next year is made in December (REFERENCE.md §5).
        Clock::setFixed(QDateTime(QDate(2025, 12, 10), QTime(10, 0)));
    }

    void cleanupTestCase() { Clock::reset(); }

    void programmeIsALandscapeTableOfTheYear()
    {
        const Plan plan = samplePlan(QStringLiteral("en"));
        const QList<DrillItem> items = {monthlyItem(plan.language), yearlyItem(plan.language), nextYearItem()};
        FormalDocument document = DrillDocumentBuilder().buildProgramme(plan, items, 2026);
        QVERIFY(document.landscape);
        QVERIFY(!document.cover);
        QVERIFY(document.headings.isEmpty()); // no table of contents
        const QList<QTextTable *> tables = tablesOf(document);
        QCOMPARE(tables.size(), 1);
        QTextTable *table = tables.first();
        QCOMPARE(table->columns(), 8);
        QCOMPARE(table->rows(), 1 + 12 + 1); // header, twelve monthly and one yearly occurrence
        QCOMPARE(table->format().headerRowCount(), 1);
        QCOMPARE(cellText(table, 0, 2), QStringLiteral("Purpose / requirements"));
        // In date order, numbered.
        QCOMPARE(cellText(table, 1, 0), QStringLiteral("1"));
        QVERIFY(cellText(table, 1, 4).startsWith(QStringLiteral("15 January 2026")));
        QVERIFY(cellText(table, 11, 1).startsWith(QStringLiteral("Ransomware")));
        QVERIFY(cellText(table, 12, 4).startsWith(QStringLiteral("20 November 2026")));
        QCOMPARE(cellText(table, 12, 7), QStringLiteral("No"));
        QCOMPARE(cellText(table, 13, 0), QStringLiteral("13"));
        QVERIFY(cellText(table, 13, 4).startsWith(QStringLiteral("15 December 2026")));

        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        const QSizeF size = pageSize(pdf);
        QVERIFY2(size.width() > size.height(), qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        QVERIFY(qAbs(size.width() - 841.89) < 1 && qAbs(size.height() - 595.28) < 1); // A4
        verifyPageNumbers(pdf, pages);
        verifyHeader(pdf, document, plan);

        verifyContains(pdf, {QStringLiteral("Cybersecurity incident emergency drill programme 2026"), plan.organisation,
                             QStringLiteral("Plan: Cybersecurity incident emergency plan (version 2.1)"),
                             QStringLiteral("No."), QStringLiteral("Drill"), QStringLiteral("Purpose / requirements"),
                             QStringLiteral("Form of drill"), QStringLiteral("Drill time"),
                             QStringLiteral("Participating organisations or departments"), QStringLiteral("Drill process"),
                             QStringLiteral("Funds in the budget")});
        QStringList dates;
        for (int month = 1; month <= 12; ++month)
            dates << QLocale(QLocale::English, QLocale::UnitedKingdom).toString(QDate(2026, month, 15), QStringLiteral("d MMMM yyyy"));
        verifyContains(pdf, dates);
        // 演练方式 = form + content + scenario; 演练时间 = date, start, end and length.
        verifyContains(pdf, {QStringLiteral("20 November 2026"), QStringLiteral("Tabletop exercise"),
                             QStringLiteral("Special drill: Ransomware encrypts the file servers"),
                             QStringLiteral("Hands-on drill"), QStringLiteral("Comprehensive drill"),
                             QStringLiteral("09:30–12:00 (150 minutes)"), QStringLiteral("14:00–18:00 (4 hours)")});
        verifyContains(pdf, {items.at(0).title, items.at(1).title, items.at(0).departments, items.at(1).departments});
        verifyContains(pdf, items.at(0).purpose.split(QLatin1Char('\n')) + items.at(0).process.split(QLatin1Char('\n')));
        const QString text = PdfText::extract(pdf);
        QCOMPARE(int(text.count(QStringLiteral("Yes"))), 12); // budgeted: the twelve monthly drills
        // Only 2026: the 2025 and 2027 occurrences and the 2027 item stay out.
        for (const QString &reading : readings(pdf)) {
            QVERIFY(!reading.contains(squeeze(QStringLiteral("15 November 2025"))));
            QVERIFY(!reading.contains(squeeze(QStringLiteral("15 January 2027"))));
            QVERIFY(!reading.contains(squeeze(QStringLiteral("20 November 2025"))));
            QVERIFY(!reading.contains(squeeze(nextYearItem().title)));
        }
        // Made in December.
        verifyContains(pdf, {QStringLiteral("Prepared on 10 December 2025")});
    }

    void programmeHasOneRowPerOccurrenceOfTheYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("rows");
        QTest::newRow("2025: July to December") << 2025 << 6;
        QTest::newRow("2026: every month") << 2026 << 12;
        QTest::newRow("2027: January to June") << 2027 << 6;
        QTest::newRow("2024: before the first") << 2024 << 0;
    }

    void programmeHasOneRowPerOccurrenceOfTheYear()
    {
        QFETCH(int, year);
        QFETCH(int, rows);
        const Plan plan = samplePlan(QStringLiteral("en"));
        FormalDocument document = DrillDocumentBuilder().buildProgramme(plan, {monthlyItem(plan.language)}, year);
        QTextTable *table = tablesOf(document).value(0);
        QVERIFY(table);
        if (rows == 0) {
            QCOMPARE(table->rows(), 2); // the header and "No drill is planned for 2024."
            QCOMPARE(cellText(table, 1, 0), QStringLiteral("No drill is planned for %1.").arg(year));
        } else {
            QCOMPARE(table->rows(), 1 + rows);
        }
        const QString pdf = exportPdf(document);
        QVERIFY(!pdf.isEmpty());
        const QStringList texts = readings(pdf);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        for (const QDate &date : monthlyItem(plan.language).recurrence.occurrences(QDate(2025, 7, 15))) {
            const QString shown = squeeze(english.toString(date, QStringLiteral("d MMMM yyyy")));
            const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(shown); });
            QVERIFY2(found == (date.year() == year), qPrintable(shown));
        }
    }

    // A programme of many rows: each row stays whole on one page, under the repeated header.
    void programmeRowsAreNeverSplit()
    {
        const Plan plan = samplePlan(QStringLiteral("en"));
        QList<DrillItem> items;
        for (int i = 1; i <= 40; ++i) {
            DrillItem item;
            item.title = QStringLiteral("Drill %1").arg(i, 2, 10, QLatin1Char('0'));
            item.purpose = QStringLiteral("Purpose of drill %1, long enough to wrap over a few lines of its narrow column.").arg(i);
            item.process = QStringLiteral("Row%1begins\nBriefing of the players\nInjects one to %2\nHot wash-up and notes\nRow%1ends")
                               .arg(i, 2, 10, QLatin1Char('0'))
                               .arg(i % 5 + 2);
            item.firstDate = QDate(2026, 1, 1).addDays(i * 8);
            item.startTime = QTime(9, 0);
            item.recurrence.frequency = RecurrenceRule::Frequency::Once;
            items << item;
        }
        FormalDocument document = DrillDocumentBuilder().buildProgramme(plan, items, 2026);
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        verifyPageNumbers(pdf, pages);
        verifyNoLineTwice(pdf, document);

        QStringList squeezedPages;
        for (const QString &page : PdfText::pages(pdf))
            squeezedPages << squeeze(page);
        for (const QString &page : std::as_const(squeezedPages))
            QVERIFY2(page.contains(squeeze(QStringLiteral("Drill time"))), qPrintable(page.left(300)));
        for (int i = 1; i <= 40; ++i) {
            const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            int found = 0;
            for (const QString &page : std::as_const(squeezedPages)) {
                const bool begins = page.contains(QStringLiteral("Row%1begins").arg(number));
                const bool ends = page.contains(QStringLiteral("Row%1ends").arg(number));
                QVERIFY2(begins == ends, qPrintable(QStringLiteral("row %1 is split").arg(number)));
                if (begins) {
                    ++found;
                    QVERIFY(page.contains(QStringLiteral("Drill%1").arg(number)));
                }
            }
            QCOMPARE(found, 1);
        }
    }

    void chineseProgrammeReadsAsTyped()
    {
        const Plan plan = samplePlan(QStringLiteral("zh_CN"));
        const QList<DrillItem> items = {monthlyItem(plan.language), yearlyItem(plan.language)};
        FormalDocument document = DrillDocumentBuilder().buildProgramme(plan, items, 2026);
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        verifyPageNumbers(pdf, pages);
        verifyHeader(pdf, document, plan);
        QVERIFY(document.headerRight.startsWith(QStringLiteral("版本 2.1"))); // the plan document's translated words
        verifyContains(pdf, {plan.organisation, items.at(0).title, items.at(1).title, items.at(0).scenario,
                             items.at(0).departments, QStringLiteral("2026年1月15日"), QStringLiteral("2026年12月15日"),
                             QStringLiteral("2026年11月20日"), QStringLiteral("09:30–12:00")});
        verifyContains(pdf, items.at(0).purpose.split(QLatin1Char('\n')) + items.at(0).process.split(QLatin1Char('\n')));
        for (const QString &reading : readings(pdf)) {
            QVERIFY(!reading.contains(QStringLiteral("2025年11月15日")));
            QVERIFY(!reading.contains(QStringLiteral("2025年11月20日")));
            QVERIFY(!reading.contains(QStringLiteral("2027年1月15日")));
        }
        const QString text = PdfText::extract(pdf);
        QVERIFY(text.contains(QStringLiteral("网络安全"))); // 网 is a usual victim of radical look-alikes
        QVERIFY2(PdfText::radicals(text).isEmpty(), qPrintable(PdfText::radicals(text)));
    }

    void everyDocumentIsInItsLanguage_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("language");
        const QList<std::pair<const char *, Kind>> kinds = {{"programme", Kind::Programme},
                                                           {"work plan", Kind::WorkPlan},
                                                           {"record", Kind::Record},
                                                           {"summary report", Kind::Summary},
                                                           {"blank form", Kind::BlankForm}};
        for (const auto &[name, kind] : kinds) {
            QTest::addRow("%s, en", name) << kind << QStringLiteral("en");
            QTest::addRow("%s, zh_CN", name) << kind << QStringLiteral("zh_CN");
        }
    }

    // Text as typed, no look-alike radicals, every font embedded WenQuanYi, pages numbered, the
    // header on every page, and the draft mark drawn rather than written.
    void everyDocumentIsInItsLanguage()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, language);
        const Plan plan = samplePlan(language);
        const QList<DrillItem> items = {monthlyItem(language)};
        const DrillRecord record = sampleRecord(language);
        FormalDocument document = build(kind, plan, items, record);
        QCOMPARE(document.landscape, kind == Kind::Programme);
        // The sample plan is a draft: what plans a drill carries its mark, what records one does not.
        QCOMPARE(document.watermark.isEmpty(), kind != Kind::Programme && kind != Kind::WorkPlan);
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        verifyPageNumbers(pdf, pages);
        verifyHeader(pdf, document, plan);
        verifyNoLineTwice(pdf, document);
        if (kind != Kind::Programme) {
            const QSizeF size = pageSize(pdf);
            QVERIFY(size.height() > size.width());
        }

        const QString text = PdfText::extract(pdf);
        QVERIFY2(PdfText::radicals(text).isEmpty(), qPrintable(PdfText::radicals(text)));
        verifyContains(pdf, {plan.organisation, items.first().title});
        if (kind == Kind::Record || kind == Kind::Summary)
            verifyContains(pdf, typedRecordText(record, kind));
        if (kind == Kind::WorkPlan)
            verifyContains(pdf, typedItemText(items.first()));
        if (isEnglish(language)) {
            QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"))));
        } else {
            QVERIFY(text.contains(QStringLiteral("部门")) || text.contains(QStringLiteral("网络")));
        }

        const QStringList lines = PdfText::fonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
        for (const QString &line : lines.mid(2)) {
            QVERIFY2(line.contains(QLatin1String("WenQuanYi")), qPrintable(line));
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }

        // The mark is drawn as outlines: apart from the status in the header, it is not text.
        QCOMPARE(drawsWatermark(pdf), !document.watermark.isEmpty());
        const QStringList pageTexts = PdfText::pages(pdf);
        for (QString page : pageTexts) {
            page.remove(document.headerRight);
            QVERIFY2(document.watermark.isEmpty() || !page.contains(document.watermark), qPrintable(page.left(300)));
        }
    }

    void approvedPlanHasNoDraftMark_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("programme") << Kind::Programme;
        QTest::newRow("work plan") << Kind::WorkPlan;
    }

    void approvedPlanHasNoDraftMark()
    {
        QFETCH(Kind, kind);
        Plan plan = samplePlan(QStringLiteral("en"));
        const QList<DrillItem> items = {monthlyItem(plan.language)};
        const DrillRecord record = sampleRecord(plan.language);
        const QString draft = exportPdf(kind, plan, items, record);
        plan.status = PlanStatus::Approved;
        FormalDocument document = build(kind, plan, items, record);
        QVERIFY(document.watermark.isEmpty());
        const QString approved = exportPdf(document);
        QVERIFY(!draft.isEmpty() && !approved.isEmpty());
        const QString text = PdfText::extract(approved);
        QVERIFY(text.contains(QStringLiteral("Version 2.1 · Approved")));
        QVERIFY(!text.contains(QLatin1String("DRAFT")));
        QVERIFY(!text.contains(QLatin1String("Draft")));
        // The draft's mark is drawn: its pages carry more.
        QCOMPARE(PdfText::pageCount(approved), PdfText::pageCount(draft));
        QVERIFY(bytesOf(draft).size() > bytesOf(approved).size());
        QVERIFY(drawsWatermark(draft));
        QVERIFY(!drawsWatermark(approved));

        plan.status = PlanStatus::Withdrawn;
        QCOMPARE(build(kind, plan, items, record).watermark, QStringLiteral("WITHDRAWN"));
    }

    void heldDrillDocumentsCarryNoPlanMark_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::addRow("record, %s", qPrintable(language)) << Kind::Record << language;
            QTest::addRow("summary report, %s", qPrintable(language)) << Kind::Summary << language;
            QTest::addRow("blank form, %s", qPrintable(language)) << Kind::BlankForm << language;
        }
    }

    // A record and a summary report document a drill that was held: they are not drafts because
    // the plan is, nor void because it was withdrawn later. The blank form is filled in by hand.
    void heldDrillDocumentsCarryNoPlanMark()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, language);
        Plan plan = samplePlan(language);
        const QList<DrillItem> items = {monthlyItem(language)};
        const DrillRecord record = sampleRecord(language);
        for (PlanStatus status : {PlanStatus::Draft, PlanStatus::Withdrawn, PlanStatus::Approved}) {
            plan.status = status;
            FormalDocument document = build(kind, plan, items, record);
            QVERIFY2(document.watermark.isEmpty(), qPrintable(document.watermark));
            const QString pdf = exportPdf(document);
            QVERIFY(!pdf.isEmpty());
            QVERIFY2(!drawsWatermark(pdf), planStatusSourceText(status));
            // The header still names the plan's version and status: it is the plan the drill exercised.
            QVERIFY(PdfText::extract(pdf).contains(document.headerRight));
        }
        // … while the programme of the same draft plan is drawn with the mark.
        plan.status = PlanStatus::Draft;
        QVERIFY(drawsWatermark(exportPdf(Kind::Programme, plan, items, record)));
    }

    void workPlanHasEveryField()
    {
        const Plan plan = samplePlan(QStringLiteral("en"));
        const DrillItem item = monthlyItem(plan.language);
        FormalDocument document = DrillDocumentBuilder().buildWorkPlan(plan, item, QDate(2026, 3, 15));
        // Injects in time order, by the clock and from the start.
        QTextTable *injects = tableHeaded(document, 1, QStringLiteral("Inject"));
        QVERIFY(injects);
        QCOMPARE(injects->rows(), 3);
        QCOMPARE(cellText(injects, 1, 0), QStringLiteral("09:30\u2029T+0:00"));
        QCOMPARE(cellText(injects, 2, 0), QStringLiteral("10:15\u2029T+0:45"));
        QCOMPARE(cellText(injects, 2, 1), item.injects.at(0).description);
        QTextTable *teams = tableHeaded(document, 0, QStringLiteral("Team"));
        QVERIFY(teams);
        QCOMPARE(teams->rows(), 3);
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        verifyContains(pdf, typedItemText(item));
        verifyContains(pdf, {QStringLiteral("Drill work plan"), QStringLiteral("15 March 2026"),
                             QStringLiteral("09:30–12:00"), QStringLiteral("Tabletop exercise"),
                             QStringLiteral("Within a department"), QStringLiteral("Scenario"),
                             QStringLiteral("Planned injects"), QStringLiteral("Expected action"),
                             QStringLiteral("Evaluation criteria"), QStringLiteral("Leading group"),
                             QStringLiteral("Evaluation group"), QStringLiteral("Unit or person"), QStringLiteral("Duty")});
    }

    void recordHasSignatureLines()
    {
        const Plan plan = samplePlan(QStringLiteral("en"));
        const DrillItem item = monthlyItem(plan.language);
        const DrillRecord record = sampleRecord(plan.language);
        FormalDocument document = DrillDocumentBuilder().buildRecord(plan, item, record);
        // The signed-in column says who signed.
        QTextTable *participants = tableHeaded(document, 1, QStringLiteral("Name"));
        QVERIFY(participants);
        QCOMPARE(cellText(participants, 1, 4), QStringLiteral("Yes"));
        QCOMPARE(cellText(participants, 2, 4), QStringLiteral("No"));
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        verifyContains(pdf, typedRecordText(record, Kind::Record));
        verifyContains(pdf, {QStringLiteral("Drill record"), QStringLiteral("15 March 2026"), QStringLiteral("17 March 2026"),
                             QStringLiteral("09:30–12:05"), QStringLiteral("09:40"), QStringLiteral("10:25"),
                             QStringLiteral("Signed in"), QStringLiteral("Partly met"), QStringLiteral("Not met"),
                             QStringLiteral("In progress"), QStringLiteral("31 March 2026"), QStringLiteral("2 April 2026"),
                             QStringLiteral("Plan revision required: Yes")});
        // The signature lines close the record, with the names printed where they are known.
        const QStringList pageTexts = PdfText::pages(pdf);
        const QString last = squeeze(pageTexts.last());
        for (const QString &label : {QStringLiteral("Recorder:"), QStringLiteral("Responsible:"), QStringLiteral("Date:")})
            QVERIFY2(last.contains(label), qPrintable(label));
        QVERIFY(last.contains(squeeze(QStringLiteral("Recorder: Li Ming"))));
        QVERIFY(last.contains(squeeze(QStringLiteral("Responsible: Wang Jianguo"))));
        QVERIFY(last.indexOf(QStringLiteral("Recorder:")) > last.indexOf(squeeze(record.planRevisionNote)));
    }

    // The demo's record (as `plandesk demo` makes it on 5 December 2026) ends with its signature
    // lines at the foot of a page: they once left their underlines, and a blank page, for the next.
    void signatureLinesAtThePageFootStayWhole()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 5), QTime(12, 0)));
        Plan plan = PlanFactory().createDemo(QStringLiteral("zh_CN"));
        plan.id = 1;
        const DemoDrillProgramme demo(plan);
        DrillItem item = demo.comprehensiveDrill();
        item.id = 1;
        const DrillRecord record = demo.recordOf(item);
        FormalDocument document = DrillDocumentBuilder().buildRecord(plan, item, record);
        const QString pdf = exportPdf(document);
        Clock::setFixed(QDateTime(QDate(2025, 12, 10), QTime(10, 0))); // the day the other tests are set on
        QVERIFY(!pdf.isEmpty());
        const QStringList pageTexts = PdfText::pages(pdf);
        QVERIFY(pageTexts.size() >= 2);
        // Every page has more than its header and footer, and the last holds the signatures.
        for (int page = 0; page < pageTexts.size(); ++page) {
            QString body = squeeze(pageTexts.at(page));
            body.remove(squeeze(plan.title));
            body.remove(QRegularExpression(QStringLiteral("版本1\\.0·草稿|第\\d+页共\\d+页|草稿")));
            QVERIFY2(body.size() > 20, qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(body)));
        }
        QVERIFY(squeeze(pageTexts.last()).contains(QStringLiteral("记录人")));
    }

    void longRecordRunsOverPagesWithNumbers()
    {
        const Plan plan = samplePlan(QStringLiteral("zh_CN"));
        const DrillItem item = monthlyItem(plan.language);
        DrillRecord record = sampleRecord(plan.language);
        record.recorder.clear();
        record.participants.clear();
        for (int i = 1; i <= 70; ++i)
            record.participants << DrillParticipant{QStringLiteral("参演人员%1").arg(i, 2, 10, QLatin1Char('0')),
                                                    QStringLiteral("信息技术部门"), QStringLiteral("成员"), i % 3 != 0};
        FormalDocument document = DrillDocumentBuilder().buildRecord(plan, item, record);
        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        verifyPageNumbers(pdf, pages);
        verifyNoLineTwice(pdf, document);
        const QString text = squeeze(PdfText::extract(pdf));
        for (const DrillParticipant &participant : std::as_const(record.participants))
            QCOMPARE(int(text.count(participant.name)), 1);
        QVERIFY(text.contains(squeeze(record.responsible)));
        QVERIFY(PdfText::radicals(text).isEmpty());
    }

    void summaryReportHasEveryPart()
    {
        const Plan plan = samplePlan(QStringLiteral("en"));
        const DrillItem item = monthlyItem(plan.language);
        const DrillRecord record = sampleRecord(plan.language);
        FormalDocument document = DrillDocumentBuilder().buildSummaryReport(plan, item, record);
        QTextTable *actions = tableHeaded(document, 1, QStringLiteral("Corrective action"));
        QVERIFY(actions);
        QCOMPARE(actions->rows(), 3);
        QCOMPARE(cellText(actions, 1, 2), QStringLiteral("Li Na"));
        QCOMPARE(cellText(actions, 1, 3), QStringLiteral("31 March 2026"));
        const QString pdf = exportPdf(document);
        QVERIFY(!pdf.isEmpty());
        verifyContains(pdf, typedRecordText(record, Kind::Summary));
        verifyContains(pdf, {QStringLiteral("Drill summary report"), QStringLiteral("Overview"),
                             QStringLiteral("Problems found"), QStringLiteral("Lessons learned"),
                             QStringLiteral("Corrective actions"), QStringLiteral("Conclusion"),
                             QStringLiteral("Owner"), QStringLiteral("Due date"), QStringLiteral("30 April 2026"),
                             QStringLiteral("Prepared on 10 December 2025")});
    }

    void blankFormHasRowsToFillIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void blankFormHasRowsToFillIn()
    {
        QFETCH(QString, language);
        const Plan plan = samplePlan(language);
        const DrillItem item = monthlyItem(language);
        const DocumentLanguage words(language);
        auto t = [&](const char *source) { return words.text("DrillDocument", source); };
        FormalDocument document = DrillDocumentBuilder().buildBlankRecordForm(plan, item, QDate(2026, 3, 15));

        QTextTable *participants = tableHeaded(document, 1, t("Name"));
        QVERIFY(participants);
        QCOMPARE(participants->rows(), 1 + 12);
        QCOMPARE(cellText(participants, 12, 0), QStringLiteral("12"));
        QVERIFY(cellText(participants, 12, 1).isEmpty());
        QTextTable *timeline = tableHeaded(document, 1, t("Event or inject"));
        QVERIFY(timeline);
        QCOMPARE(timeline->rows(), 1 + 10);
        QTextTable *injects = tableHeaded(document, 1, t("Inject"));
        QVERIFY(injects);
        QCOMPARE(injects->rows(), 1 + int(item.injects.size()));
        QTextTable *objectives = tableHeaded(document, 1, t("Objective"));
        QVERIFY(objectives);
        QCOMPARE(objectives->rows(), 1 + int(item.objectives.size()));
        QCOMPARE(cellText(objectives, 1, 1), item.objectives.first());
        QVERIFY(cellText(objectives, 1, 3).isEmpty());

        int pages = 0;
        const QString pdf = exportPdf(document, &pages);
        QVERIFY(!pdf.isEmpty());
        verifyPageNumbers(pdf, pages);
        verifyHeader(pdf, document, plan);
        // Prefilled with what is known before the drill.
        QStringList known = {plan.title, item.title, words.date(QDate(2026, 3, 15))};
        known << item.objectives;
        for (const DrillInject &inject : item.injects)
            known << inject.description << inject.expectedAction;
        verifyContains(pdf, known);
        const QString text = PdfText::extract(pdf);
        QVERIFY2(PdfText::radicals(text).isEmpty(), qPrintable(PdfText::radicals(text)));
        // Met / partly met / not met to tick for each objective, and yes / no for the revision.
        const QString squeezed = squeeze(text);
        for (ObjectiveRating rating : {ObjectiveRating::Met, ObjectiveRating::PartlyMet, ObjectiveRating::NotMet}) {
            const QString choice = squeeze(QStringLiteral("□") + words.text("ObjectiveRating", objectiveRatingSourceText(rating)));
            QVERIFY2(int(squeezed.count(choice)) >= int(item.objectives.size()), qPrintable(choice));
        }
        QVERIFY(squeezed.contains(squeeze(QStringLiteral("□") + t("Yes"))));
        QVERIFY(squeezed.contains(squeeze(QStringLiteral("□") + t("No"))));
        // Signature lines, blank.
        const QString last = squeeze(PdfText::pages(pdf).last());
        const QString colon = words.isChinese() ? QStringLiteral("：") : QStringLiteral(":");
        for (const char *label : {"Recorder", "Responsible", "Date"})
            QVERIFY2(last.contains(t(label) + colon), label);
        // Nothing of a record that has not happened yet.
        const DrillRecord record = sampleRecord(language);
        QVERIFY(!squeezed.contains(squeeze(record.place)));
        QVERIFY(!squeezed.contains(squeeze(record.recorder)));
    }

    void typedMarkupStaysText_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("programme") << Kind::Programme;
        QTest::newRow("work plan") << Kind::WorkPlan;
        QTest::newRow("record") << Kind::Record;
        QTest::newRow("summary report") << Kind::Summary;
        QTest::newRow("blank form") << Kind::BlankForm;
    }

    void typedMarkupStaysText()
    {
        QFETCH(Kind, kind);
        Plan plan = samplePlan(QStringLiteral("en"));
        plan.title = QStringLiteral("Plan <b>bold</b> & co");
        plan.organisation = QStringLiteral("Org <i>x</i> & Partners");
        DrillItem item = monthlyItem(plan.language);
        item.title = QStringLiteral("<b>x</b> drill & <i>y</i>");
        item.purpose = SamplePlans::markupText();
        item.process = QStringLiteral("<table><tr><td>cell</td></tr></table>");
        item.departments = QStringLiteral("<h1>IT</h1>");
        item.objectives = {QStringLiteral("<u>objective</u> &lt;one&gt;")};
        item.injects = {DrillInject{5, QStringLiteral("<img src=\"file:///etc/hostname\">"), QStringLiteral("<br>act")}};
        DrillRecord record = sampleRecord(plan.language);
        record.overview = SamplePlans::markupText();
        record.problems = {QStringLiteral("<script>alert(2)</script>")};
        record.conclusion = QStringLiteral("<p>done</p> &nbsp;");
        record.participants.first().name = QStringLiteral("<i>Eve");
        record.recorder = QStringLiteral("<b>Rec</b>");

        FormalDocument document = build(kind, plan, {item}, record);
        const QString pdf = exportPdf(document);
        QVERIFY(!pdf.isEmpty());
        QStringList typed = {plan.title, plan.organisation, item.title};
        switch (kind) {
        case Kind::Programme: typed << item.purpose << item.process << item.departments; break;
        case Kind::WorkPlan:
            typed << item.purpose << item.process << item.departments << item.objectives << item.injects.first().description
                  << item.injects.first().expectedAction;
            break;
        case Kind::Record:
            typed << record.problems << record.conclusion << record.participants.first().name << record.recorder;
            break;
        case Kind::Summary: typed << record.overview << record.problems << record.conclusion; break;
        case Kind::BlankForm: typed << item.objectives << item.injects.first().description; break;
        }
        verifyContains(pdf, typed);
        const QString squeezed = squeeze(PdfText::extract(pdf));
        if (kind == Kind::Programme || kind == Kind::WorkPlan || kind == Kind::Summary)
            QVERIFY(squeezed.contains(QLatin1String("&amp;&lt;"))); // entities are not decoded either
        // No image was loaded.
        QVERIFY(!bytesOf(pdf).contains("/Subtype /Image"));
        QVERIFY(!bytesOf(pdf).contains("/Subtype/Image"));
    }

    // The Chinese of the fixed labels comes from the translation file (see kChineseLabels).
    void chineseLabelsFollowTheStandard_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kChineseLabels)); ++i)
            QTest::newRow(kChineseLabels[i].name) << i;
    }

    void chineseLabelsFollowTheStandard()
    {
        QFETCH(int, index);
        const PendingLabel &label = kChineseLabels[index];
        const Plan plan = samplePlan(QStringLiteral("zh_CN"));
        const QList<DrillItem> items = {monthlyItem(plan.language)};
        const QString pdf = exportPdf(label.kind, plan, items, sampleRecord(plan.language));
        QVERIFY(!pdf.isEmpty());
        const QString source = QString::fromUtf8(label.source);
        const QString translated = DocumentLanguage(plan.language).text(label.context, label.source);
        auto filled = [&](QString words) { return label.argument >= 0 ? words.arg(label.argument) : words; };
        // Every label is translated, in the standard's wording.
        QVERIFY2(translated != source, qPrintable(source));
        QCOMPARE(translated, QString::fromUtf8(label.chinese));
        verifyContains(pdf, {filled(translated)});
    }
};

QTEST_MAIN(TestDrillPdf)
#include "TestDrillPdf.moc"

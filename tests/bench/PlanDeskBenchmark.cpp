// plandesk_bench: how long the things a user waits for take. Generates a database of N plans
// (default 1,000) through the real PlanRepository and a plan of about 100 pages, then times:
//   1. opening the database and listing every plan (a fresh Database each run);
//   2. loading one plan;
//   3. exporting the ~100-page plan to PDF (total and per page);
//   4. the parts of the export: building the QTextDocument and laying it out without painting;
//   5. with ten years of drills for every plan (5 items a plan, about 50,000 occurrences, most of
//      them recorded) and 200 incidents (10 still asking something): computing the dashboard, and
//      listing one year's occurrences of all plans.
// Prints a Markdown table with the median and minimum of K runs. Run by hand, not by CTest; see
// docs/performance.md.

#include "core/Clock.h"
#include "core/documents/FormalDocumentRenderer.h"
#include "core/documents/PdfExporter.h"
#include "core/documents/PlanDocumentBuilder.h"
#include "core/domain/Plan.h"
#include "core/reference/PlanFactory.h"
#include "core/schedule/DashboardBuilder.h"
#include "core/schedule/DrillScheduler.h"
#include "core/schedule/ProgrammeChecker.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PlanRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#ifndef PLANDESK_BENCH_BUILD_TYPE
#define PLANDESK_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void die(const QString &message)
{
    err() << "plandesk_bench: " << message << Qt::endl;
    std::exit(1);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Wall-clock time by default. With --cpu-time, the measuring thread's CPU time instead: what other
// processes on a busy machine cannot inflate (but waiting for the disk is not counted either).
bool useCpuTime = false;

class Stopwatch
{
public:
    void start() { m_start = now(); }
    void restart() { start(); }
    double ms() const { return double(now() - m_start) / 1e6; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(useCpuTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    qint64 m_start = 0;
};

struct Stats
{
    double median = 0;
    double min = 0;
};

Stats statsOf(std::vector<double> samples)
{
    Stats stats;
    if (samples.empty())
        return stats;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    stats.min = samples.front();
    stats.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return stats;
}

// Runs `body` `runs` times; `body` returns the milliseconds of the part it timed.
Stats measure(int runs, const std::function<double()> &body)
{
    std::vector<double> samples;
    samples.reserve(size_t(runs));
    for (int run = 0; run < runs; ++run)
        samples.push_back(body());
    return statsOf(std::move(samples));
}

QString cpuModel()
{
    // /proc files report size 0, so read them whole rather than testing atEnd().
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("model name")))
                return line.mid(line.indexOf(QLatin1Char(':')) + 1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// ---- generating the data ----------------------------------------------------------------------

Plan variedPlan(const Plan &demo, int index)
{
    static const QStringList organisations = {
        QStringLiteral("示例市数据中心有限公司"), QStringLiteral("示例省电力调度中心"),
        QStringLiteral("示例银行股份有限公司"), QStringLiteral("示例市第一人民医院"),
        QStringLiteral("示例市公共交通集团"), QStringLiteral("Example Water Works Ltd."),
        QStringLiteral("示例大学信息化办公室")};
    static const QStringList scenarios = {
        QStringLiteral("勒索软件"), QStringLiteral("数据泄露"), QStringLiteral("拒绝服务攻击"),
        QStringLiteral("网页篡改"), QStringLiteral("供应链攻击"), QStringLiteral("APT 入侵")};
    Plan plan = demo;
    plan.id = 0;
    plan.organisation = organisations.at(index % organisations.size());
    plan.title = QStringLiteral("%1%2网络安全事件应急预案（第 %3 号）")
                     .arg(plan.organisation, scenarios.at(index % scenarios.size()))
                     .arg(index + 1);
    plan.version = QStringLiteral("%1.%2").arg(1 + index % 3).arg(index % 10);
    // Mostly drafts and a spread of the other states, as a real list would be.
    static const QList<PlanStatus> statuses = {PlanStatus::Draft, PlanStatus::Draft, PlanStatus::UnderReview,
                                               PlanStatus::Approved, PlanStatus::Published,
                                               PlanStatus::Withdrawn};
    plan.status = statuses.at(index % statuses.size());
    if (planStatusIsApprovedOrLater(plan.status)) {
        plan.approver = QStringLiteral("张审批");
        plan.approvedOn = QDate(2024, 1, 1).addDays(index % 365);
    }
    if (plan.effectiveOn.isValid())
        plan.nextReviewOn = plan.effectiveOn.addYears(1).addDays(index % 200);
    else
        plan.nextReviewOn = QDate(2025, 1, 1).addDays(index % 700);
    return plan;
}

QList<qint64> generateDatabase(const QString &path, int count)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Database database;
    if (Result<void> opened = database.open(path); !opened)
        die(opened.errorMessage());
    PlanRepository repository(database);
    const Plan demo = PlanFactory().createDemo();
    QList<qint64> ids;
    ids.reserve(count);
    QElapsedTimer progressTimer;
    progressTimer.start();
    for (int i = 0; i < count; ++i) {
        Result<Plan> saved = repository.save(variedPlan(demo, i));
        if (!saved)
            die(QStringLiteral("saving plan %1 failed: %2").arg(i + 1).arg(saved.errorMessage()));
        ids << saved.value().id;
        if (progressTimer.elapsed() > 2000 || i + 1 == count) {
            err() << "  generated " << (i + 1) << " / " << count << " plans\r" << Qt::flush;
            progressTimer.restart();
        }
    }
    err() << Qt::endl;
    database.close();
    return ids;
}

// ---- ten years of drills ----------------------------------------------------------------------

struct DrillData
{
    int items = 0;
    int occurrences = 0; // all occurrences of all items (the ten years)
    int records = 0;
    int cancelled = 0;
    int overdue = 0;     // past, neither recorded nor cancelled
    int openActions = 0;
    QDate from;          // the ten years
    QDate to;
};

// A small deterministic hash, so that which occurrence is recorded, cancelled or missed looks
// scattered but is the same on every run.
quint32 scatter(quint32 a, quint32 b, quint32 c)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2));
    h ^= c * 2246822519u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

// The five items of plan number `index`, over the ten years from `from`: a yearly comprehensive
// tabletop drill, a half-yearly special hands-on drill, two yearly special drills and a one-off
// demonstration: 51 occurrences.
QList<DrillItem> drillItemsFor(qint64 planId, int index, const QDate &from)
{
    struct Shape
    {
        const char *title;
        DrillContent content;
        DrillForm form;
        const char *scenario;
        RecurrenceRule::Frequency frequency;
        int count;
        int startMonth;
    };
    static const Shape shapes[] = {
        {"年度综合应急演练", DrillContent::Comprehensive, DrillForm::Tabletop, "勒索软件攻击核心业务系统",
         RecurrenceRule::Frequency::Yearly, 10, 3},
        {"勒索软件专项演练", DrillContent::Special, DrillForm::HandsOn, "文件服务器被植入勒索软件",
         RecurrenceRule::Frequency::HalfYearly, 20, 1},
        {"数据泄露专项演练", DrillContent::Special, DrillForm::Tabletop, "客户数据在互联网上被公开",
         RecurrenceRule::Frequency::Yearly, 10, 5},
        {"拒绝服务攻击专项演练", DrillContent::Special, DrillForm::HandsOn, "门户网站遭受流量攻击",
         RecurrenceRule::Frequency::Yearly, 10, 9},
        {"应急通信示范演练", DrillContent::Special, DrillForm::Demonstration, "主用通信中断",
         RecurrenceRule::Frequency::Once, 1, 6},
    };
    QList<DrillItem> items;
    int shapeIndex = 0;
    for (const Shape &shape : shapes) {
        DrillItem item;
        item.planId = planId;
        item.title = QString::fromUtf8(shape.title);
        item.purpose = QStringLiteral("检验预案的可操作性，锻炼队伍。");
        item.content = shape.content;
        item.form = shape.form;
        item.scenario = QString::fromUtf8(shape.scenario);
        item.firstDate = QDate(from.year() + (shape.frequency == RecurrenceRule::Frequency::Once ? 5 : 0),
                               shape.startMonth, 1)
                             .addDays((index * 7 + shapeIndex * 3) % 27);
        item.startTime = QTime(9 + shapeIndex, 0);
        item.durationMinutes = 120;
        item.place = QStringLiteral("应急指挥室");
        item.departments = QStringLiteral("应急办公室、信息技术部");
        item.budgeted = true;
        item.teams = {{DrillTeamRole::Leading, QStringLiteral("领导小组"), QStringLiteral("组长"),
                       QStringLiteral("决策")},
                      {DrillTeamRole::Technical, QStringLiteral("信息技术部"), QStringLiteral("成员"),
                       QStringLiteral("技术处置")}};
        item.objectives = {QStringLiteral("按时完成研判"), QStringLiteral("按时报告")};
        item.injects = {{0, QStringLiteral("告警"), QStringLiteral("确认")},
                        {30, QStringLiteral("升级"), QStringLiteral("报告")}};
        item.recurrence.frequency = shape.frequency;
        if (shape.frequency != RecurrenceRule::Frequency::Once)
            item.recurrence.count = shape.count;
        items << item;
        ++shapeIndex;
    }
    return items;
}

DrillRecord drillRecordFor(const DrillItem &item, const QDate &date, int recordNumber)
{
    DrillRecord record;
    record.drillItemId = item.id;
    record.planId = item.planId;
    record.occurrenceDate = date;
    record.heldOn = date;
    record.startTime = item.startTime;
    record.endTime = item.startTime.addSecs(item.durationMinutes * 60);
    record.place = item.place;
    record.organiser = QStringLiteral("应急办公室");
    record.participants = {{QStringLiteral("王建国"), QStringLiteral("领导小组"), QStringLiteral("总指挥"), true},
                           {QStringLiteral("张伟"), QStringLiteral("应急办公室"), QStringLiteral("导演"), true},
                           {QStringLiteral("刘洋"), QStringLiteral("信息技术部"), QStringLiteral("处置"), true}};
    record.timeline = {{item.startTime, QStringLiteral("告警"), QStringLiteral("确认并上报"), QStringLiteral("张伟")},
                       {item.startTime.addSecs(1800), QStringLiteral("升级"), QStringLiteral("初报"),
                        QStringLiteral("王建国")}};
    for (const QString &objective : item.objectives)
        record.objectives << ObjectiveResult{objective, recordNumber % 3 ? ObjectiveRating::Met : ObjectiveRating::PartlyMet,
                                             QString()};
    record.problems = {QStringLiteral("报告模板不在值班室。")};
    record.overview = QStringLiteral("按计划完成演练。");
    record.recorder = QStringLiteral("张伟");
    record.responsible = QStringLiteral("王建国");
    // About one record in ten leaves a corrective action open.
    if (recordNumber % 10 == 0) {
        CorrectiveAction action;
        action.description = QStringLiteral("把报告模板放到值班室。");
        action.owner = QStringLiteral("张伟");
        action.dueOn = date.addDays(60);
        record.correctiveActions << action;
    }
    return record;
}

// Adds the drills to the generated database through the real DrillRepository (one transaction per
// item, record and cancellation, as the application writes them). Of the past occurrences about
// 90 % are recorded, 5 % cancelled and 5 % missed (overdue).
DrillData generateDrills(const QString &path, const QList<qint64> &planIds, const QDate &today)
{
    DrillData data;
    data.from = QDate(today.year() - 7, 1, 1);
    data.to = QDate(today.year() + 2, 12, 31);
    Database database;
    if (Result<void> opened = database.open(path); !opened)
        die(opened.errorMessage());
    // About 50,000 transactions: with an fsync at each commit this is bound by the disk (minutes on a
    // virtual disk), not by PlanDesk. Only this set-up connection skips the fsyncs; the writes still
    // go through DrillRepository, one transaction each, and the measurements use a fresh connection.
    if (QSqlQuery pragma(database.connection()); !pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")))
        die(QStringLiteral("PRAGMA synchronous failed"));
    DrillRepository repository(database);
    QElapsedTimer progressTimer;
    progressTimer.start();
    for (int index = 0; index < planIds.size(); ++index) {
        int itemNumber = 0;
        for (const DrillItem &unsaved : drillItemsFor(planIds.at(index), index, data.from)) {
            Result<DrillItem> saved = repository.saveItem(unsaved);
            if (!saved)
                die(QStringLiteral("saving a drill of plan %1 failed: %2").arg(index + 1).arg(saved.errorMessage()));
            const DrillItem &item = saved.value();
            ++data.items;
            const QList<QDate> dates = item.recurrence.occurrences(item.firstDate);
            data.occurrences += int(dates.size());
            for (int sequence = 0; sequence < dates.size(); ++sequence) {
                const QDate &date = dates.at(sequence);
                if (date >= today)
                    continue;
                const quint32 roll = scatter(quint32(index), quint32(itemNumber), quint32(sequence)) % 20;
                if (roll == 0) {
                    if (Result<void> cancelled = repository.cancelOccurrence(item.id, date, QStringLiteral("设备检修"));
                        !cancelled)
                        die(QStringLiteral("cancelling a drill failed: %1").arg(cancelled.errorMessage()));
                    ++data.cancelled;
                } else if (roll == 1) {
                    ++data.overdue;
                } else {
                    const DrillRecord record = drillRecordFor(item, date, data.records);
                    if (Result<DrillRecord> stored = repository.saveRecord(record); !stored)
                        die(QStringLiteral("saving a drill record failed: %1").arg(stored.errorMessage()));
                    data.openActions += int(record.correctiveActions.size());
                    ++data.records;
                }
            }
            ++itemNumber;
        }
        if (progressTimer.elapsed() > 2000 || index + 1 == planIds.size()) {
            err() << "  drills of " << (index + 1) << " / " << planIds.size() << " plans (" << data.records
                  << " records)\r" << Qt::flush;
            progressTimer.restart();
        }
    }
    err() << Qt::endl;
    database.close();
    return data;
}

// Incidents on every tenth plan, discovered over the last 100 days: one level III (so reported)
// each — nine in ten closed, followed up (actions closed) and with the summary report sent, so that
// the dashboard must pass over them; of the rest half are open, half closed owing the summary —
// and one level IV, closed, which owes nothing. Written through IncidentRepository, one transaction per step as the application does.
struct IncidentData
{
    int total = 0;
    int needingAttention = 0;
};

IncidentData generateIncidents(const QString &path, const QList<qint64> &planIds, const QDate &today)
{
    IncidentData data;
    Database database;
    if (Result<void> opened = database.open(path); !opened)
        die(opened.errorMessage());
    PlanRepository plans(database);
    IncidentRepository incidents(database);
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    auto check = [](const auto &result, const char *what) {
        if (!result)
            die(QStringLiteral("%1 failed: %2").arg(QLatin1String(what), result.errorMessage()));
    };
    for (int index = 0; index < planIds.size(); index += 10) {
        Result<Plan> plan = plans.load(planIds.at(index));
        check(plan, "loading a plan");
        const int number = index / 10;
        const QDateTime discovered(today.addDays(-100 + number), QTime(9, 0), shanghai);
        Incident incident;
        incident.planId = plan.value().id;
        incident.discoveredAt = discovered;
        incident.place = QStringLiteral("数据中心机房");
        incident.affectedSystems = QStringLiteral("业务系统 %1").arg(number);
        incident.categoryCode = plan.value().categories.first().code;
        incident.levelCode = QStringLiteral("III");
        Result<Incident> opened = incidents.open(incident);
        check(opened, "declaring an incident");
        ++data.total;
        IncidentReport initial;
        initial.incidentId = opened.value().id;
        initial.kind = IncidentReportKind::Initial;
        initial.factsUnclear = true;
        initial.unitAndSystem = incident.affectedSystems;
        initial.harmSoFar = QStringLiteral("业务中断");
        initial.issuedBy = QStringLiteral("签发人");
        initial.issuedAt = discovered.addSecs(30 * 60);
        initial.sentAt = discovered.addSecs(40 * 60);
        check(incidents.saveReport(initial), "saving a report");
        // A level IV incident beside it, closed: it owes no report, and the dashboard must not read it.
        Incident minor = incident;
        minor.levelCode = QStringLiteral("IV");
        minor.discoveredAt = discovered.addSecs(3600);
        Result<Incident> minorOpened = incidents.open(minor);
        check(minorOpened, "declaring a level IV incident");
        check(incidents.close(minorOpened.value().id, minor.discoveredAt.addSecs(4 * 3600), QStringLiteral("经验教训"), {},
                              false, {}),
              "closing a level IV incident");
        ++data.total;
        const int kind = number % 20; // 0: stays open, 1: closed owing the summary, else: done
        if (kind == 0) {
            ++data.needingAttention;
            continue;
        }
        CorrectiveAction action;
        action.description = QStringLiteral("加固访问控制");
        action.owner = QStringLiteral("责任人");
        action.dueOn = discovered.date().addDays(30);
        Result<Incident> closed = incidents.close(opened.value().id, discovered.addDays(1), QStringLiteral("经验教训"),
                                                  {action, action}, false, {});
        check(closed, "closing an incident");
        if (kind == 1) {
            ++data.needingAttention;
            continue;
        }
        QList<CorrectiveAction> done = closed.value().correctiveActions;
        for (CorrectiveAction &each : done) {
            each.state = CorrectiveActionState::Closed;
            each.closedOn = discovered.date().addDays(20);
        }
        check(incidents.saveFollowUp(opened.value().id, done, {}), "following up an incident");
        IncidentReport summary = initial;
        summary.kind = IncidentReportKind::Summary;
        summary.factsUnclear = false;
        summary.cause = QStringLiteral("原因");
        summary.issuedAt = discovered.addDays(10);
        summary.sentAt = discovered.addDays(10);
        check(incidents.saveReport(summary), "saving a summary report");
    }
    database.close();
    return data;
}

// ---- the ~100-page plan ----------------------------------------------------------------------

// Every section body repeated `factor` times (paragraph by paragraph), so that the document keeps
// the demo plan's mix of headings, paragraphs and tables, only longer.
Plan multipliedPlan(const Plan &demo, int factor)
{
    Plan plan = demo;
    plan.title = QStringLiteral("基准测试用长预案（正文 ×%1）").arg(factor);
    for (Section &section : plan.sections) {
        if (section.body.trimmed().isEmpty())
            continue;
        QStringList copies;
        copies.reserve(factor);
        for (int i = 0; i < factor; ++i)
            copies << section.body;
        section.body = copies.join(QLatin1Char('\n'));
    }
    return plan;
}

// The same page set-up PdfExporter uses, on a buffer instead of a file.
struct BufferPdfWriter
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;

    explicit BufferPdfWriter(bool landscape)
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(PdfExporter::kResolution);
        writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                          landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                          QMarginsF(0, 0, 0, 0)));
    }
};

int layoutPages(const Plan &plan)
{
    FormalDocument document = PlanDocumentBuilder().build(plan);
    BufferPdfWriter device(document.landscape);
    return FormalDocumentRenderer::layoutPageCount(document, *device.writer);
}

// Finds the body multiplier whose document comes closest to `targetPages` pages.
std::pair<int, int> factorForPages(const Plan &demo, int targetPages)
{
    const int one = layoutPages(multipliedPlan(demo, 1));
    if (one >= targetPages)
        return {1, one};
    const int probe = std::max(2, targetPages / std::max(1, one));
    const int probed = layoutPages(multipliedPlan(demo, probe));
    const double pagesPerFactor = double(probed - one) / double(probe - 1);
    int factor = std::max(1, int(std::lround(1 + (targetPages - one) / std::max(0.01, pagesPerFactor))));
    int pages = layoutPages(multipliedPlan(demo, factor));
    // Walk to the closest factor (pages grow with the factor).
    while (pages < targetPages) {
        const int next = layoutPages(multipliedPlan(demo, factor + 1));
        if (std::abs(next - targetPages) > std::abs(pages - targetPages))
            break;
        ++factor;
        pages = next;
    }
    while (pages > targetPages && factor > 1) {
        const int previous = layoutPages(multipliedPlan(demo, factor - 1));
        if (std::abs(previous - targetPages) > std::abs(pages - targetPages))
            break;
        --factor;
        pages = previous;
    }
    return {factor, pages};
}

QString fmt(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plandesk_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PlanDesk benchmark: plan list, plan load, PDF export and drill dashboard timings."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where to generate the database and the PDF (default: a temporary folder, removed afterwards)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption plansOption(QStringLiteral("plans"), QStringLiteral("Plans in the generated database (default 1000)."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 5)."),
                                        QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Aim for a plan of about this many pages (default 100)."),
                                         QStringLiteral("P"), QStringLiteral("100"));
    const QCommandLineOption noDrillsOption(QStringLiteral("no-drills"),
                                            QStringLiteral("Skip generating the drills and the drill measurements."));
    const QCommandLineOption cpuTimeOption(QStringLiteral("cpu-time"),
                                           QStringLiteral("Measure the thread's CPU time instead of wall-clock time."));
    const QCommandLineOption drillsOnlyOption(QStringLiteral("drills-only"),
                                              QStringLiteral("Skip the long plan and the PDF export measurements."));
    parser.addOptions({dirOption, plansOption, runsOption, pagesOption, noDrillsOption, drillsOnlyOption, cpuTimeOption});
    parser.process(app);

    bool ok = false;
    const int planCount = parser.value(plansOption).toInt(&ok);
    if (!ok || planCount < 1)
        die(QStringLiteral("--plans needs a positive number"));
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1)
        die(QStringLiteral("--runs needs a positive number"));
    const int targetPages = parser.value(pagesOption).toInt(&ok);
    if (!ok || targetPages < 1)
        die(QStringLiteral("--pages needs a positive number"));
    useCpuTime = parser.isSet(cpuTimeOption);
    const bool withDrills = !parser.isSet(noDrillsOption);
    const bool withExport = !parser.isSet(drillsOnlyOption);
    if (!withDrills && !withExport)
        die(QStringLiteral("--no-drills and --drills-only leave nothing to measure"));

    std::optional<QTemporaryDir> temporary;
    QString dir;
    if (parser.isSet(dirOption)) {
        dir = QFileInfo(parser.value(dirOption)).absoluteFilePath();
        if (!QDir().mkpath(dir))
            die(QStringLiteral("cannot create %1").arg(dir));
    } else {
        temporary.emplace();
        if (!temporary->isValid())
            die(QStringLiteral("cannot create a temporary folder"));
        dir = temporary->path();
    }
    const QString databasePath = QDir(dir).filePath(QStringLiteral("plandesk-bench.sqlite"));
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("plandesk-bench.pdf"));

    // ---- set-up (not measured against a target) ----
    err() << "Generating " << planCount << " plans in " << QDir::toNativeSeparators(databasePath) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = generateDatabase(databasePath, planCount);
    const double generationMs = elapsedMs(timer);
    const qint64 databaseBytes = QFileInfo(databasePath).size();

    // The drills are dated around the real today, which every measurement then uses.
    const QDate today = Clock::today();
    DrillData drills;
    IncidentData incidentData;
    double drillGenerationMs = 0;
    if (withDrills) {
        err() << "Generating ten years of drills for " << planCount << " plans" << Qt::endl;
        timer.restart();
        drills = generateDrills(databasePath, ids, today);
        incidentData = generateIncidents(databasePath, ids, today);
        drillGenerationMs = elapsedMs(timer);
    }
    const qint64 databaseWithDrillsBytes = QFileInfo(databasePath).size();

    const Plan demo = PlanFactory().createDemo();
    int factor = 0;
    int layoutPageTotal = 0;
    double sizingMs = 0;
    if (withExport) {
        err() << "Finding a plan of about " << targetPages << " pages" << Qt::endl;
        timer.restart();
        std::tie(factor, layoutPageTotal) = factorForPages(demo, targetPages);
        sizingMs = elapsedMs(timer);
    }
    const Plan bigPlan = multipliedPlan(demo, std::max(1, factor));

    // ---- 1. open the database and list every plan ----
    err() << "Measuring (" << runs << " runs each)" << Qt::endl;
    std::vector<double> openSamples, listSamples;
    const Stats openAndList = measure(runs, [&] {
        Stopwatch t;
        t.start();
        Database database;
        if (Result<void> opened = database.open(databasePath); !opened)
            die(opened.errorMessage());
        const double opened = t.ms();
        Result<QList<PlanSummary>> plans = PlanRepository(database).listPlans();
        const double total = t.ms();
        if (!plans)
            die(plans.errorMessage());
        if (plans.value().size() != planCount)
            die(QStringLiteral("listed %1 plans, expected %2").arg(plans.value().size()).arg(planCount));
        openSamples.push_back(opened);
        listSamples.push_back(total - opened);
        return total;
    });
    const Stats openOnly = statsOf(openSamples);
    const Stats listOnly = statsOf(listSamples);

    // ---- 2. load one plan ----
    Stats loadOne;
    {
        Database database;
        if (Result<void> opened = database.open(databasePath); !opened)
            die(opened.errorMessage());
        const PlanRepository repository(database);
        const qint64 id = ids.at(ids.size() / 2);
        loadOne = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<Plan> plan = repository.load(id);
            const double ms = t.ms();
            if (!plan || plan.value().sections.isEmpty())
                die(QStringLiteral("loading plan %1 failed: %2").arg(id).arg(plan.errorMessage()));
            return ms;
        });
    }

    // ---- 3. export the ~100-page plan ----
    int exportedPages = 0;
    Stats exportTotal;
    Stats buildOnly;
    Stats layoutOnly;
    qint64 pdfBytes = 0;
    if (withExport) {
        exportTotal = measure(runs, [&] {
            QFile::remove(pdfPath);
            Stopwatch t;
            t.start();
            Result<int> pages = PdfExporter::exportPlan(bigPlan, pdfPath);
            const double ms = t.ms();
            if (!pages)
                die(pages.errorMessage());
            exportedPages = pages.value();
            return ms;
        });
        pdfBytes = QFileInfo(pdfPath).size();

        // ---- 4. the parts: build the QTextDocument, lay it out ----
        std::vector<double> buildSamples, layoutSamples;
        measure(runs, [&] {
            Stopwatch t;
            t.start();
            FormalDocument document = PlanDocumentBuilder().build(bigPlan);
            const double built = t.ms();
            BufferPdfWriter device(document.landscape);
            t.restart();
            const int pages = FormalDocumentRenderer::layoutPageCount(document, *device.writer);
            const double laidOut = t.ms();
            if (pages != exportedPages)
                die(QStringLiteral("layout counted %1 pages, the export wrote %2").arg(pages).arg(exportedPages));
            buildSamples.push_back(built);
            layoutSamples.push_back(laidOut);
            return built + laidOut;
        });
        buildOnly = statsOf(buildSamples);
        layoutOnly = statsOf(layoutSamples);
    }

    // ---- 5. the drills: the dashboard and one year's occurrences ----
    Stats dashboardStats, scheduleLoad, actionsLoad, revisionsLoad, plansLoad, incidentsLoad, overdueAndDue, checkerStats,
        yearTotal, yearCompute, onePlanYear;
    Dashboard dashboard;
    qsizetype yearOccurrences = 0;
    qsizetype onePlanOccurrences = 0;
    if (withDrills) {
        Database database;
        if (Result<void> opened = database.open(databasePath); !opened)
            die(opened.errorMessage());
        const DrillRepository repository(database);
        dashboardStats = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<Dashboard> built = DashboardBuilder::build(database, today);
            const double ms = t.ms();
            if (!built)
                die(built.errorMessage());
            dashboard = std::move(built).value();
            return ms;
        });
        if (dashboard.overdueDrills.size() != drills.overdue)
            die(QStringLiteral("the dashboard lists %1 overdue drills, the data has %2")
                    .arg(dashboard.overdueDrills.size())
                    .arg(drills.overdue));

        // The parts of the dashboard: the three reads, then the computation.
        scheduleLoad = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<DrillScheduleSnapshot> snapshot = repository.loadSchedule();
            const double ms = t.ms();
            if (!snapshot)
                die(snapshot.errorMessage());
            return ms;
        });
        actionsLoad = measure(runs, [&] {
            Stopwatch t;
            t.start();
            // As the dashboard asks: the overdue ones, the oldest kListLimit, and how many in all.
            Result<QList<CorrectiveActionSummary>> actions =
                repository.listOpenCorrectiveActions(0, today, Dashboard::kListLimit);
            Result<int> actionCount = repository.countOpenCorrectiveActions(today);
            const double ms = t.ms();
            if (!actionCount)
                die(actionCount.errorMessage());
            if (!actions)
                die(actions.errorMessage());
            return ms;
        });
        revisionsLoad = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<QList<PlanRevisionSummary>> revisions = repository.listPendingPlanRevisions(Dashboard::kListLimit);
            const double ms = t.ms();
            if (!revisions)
                die(revisions.errorMessage());
            return ms;
        });
        incidentsLoad = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<QList<IncidentAttention>> incidents = IncidentRepository(database).listNeedingAttention(IncidentDeadlineRules::builtIn().reportableLevels());
            const double ms = t.ms();
            if (!incidents)
                die(incidents.errorMessage());
            if (incidents.value().size() != incidentData.needingAttention)
                die(QStringLiteral("%1 incidents need attention, the data has %2")
                        .arg(incidents.value().size())
                        .arg(incidentData.needingAttention));
            return ms;
        });
        if (dashboard.incidents.size() != incidentData.needingAttention)
            die(QStringLiteral("the dashboard lists %1 incidents, the data has %2 needing attention")
                    .arg(dashboard.incidents.size())
                    .arg(incidentData.needingAttention));
        plansLoad = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<QList<PlanSummary>> plans = PlanRepository(database).listPlansPastReview(today);
            const double ms = t.ms();
            if (!plans)
                die(plans.errorMessage());
            return ms;
        });
        Result<DrillScheduleSnapshot> loaded = repository.loadSchedule();
        if (!loaded)
            die(loaded.errorMessage());
        const DrillScheduleSnapshot snapshot = std::move(loaded).value();
        overdueAndDue = measure(runs, [&] {
            Stopwatch t;
            t.start();
            const QList<DrillOccurrence> overdue = DrillScheduler::overdue(snapshot, today);
            const QList<DrillOccurrence> due = DrillScheduler::dueSoon(snapshot, today);
            const double ms = t.ms();
            if (overdue.size() != drills.overdue || due.size() != dashboard.drillsDueSoon.size())
                die(QStringLiteral("overdue: %1, expected %2").arg(overdue.size()).arg(drills.overdue));
            return ms;
        });
        checkerStats = measure(runs, [&] {
            Stopwatch t;
            t.start();
            qsizetype warnings = 0;
            for (qint64 planId : ids)
                warnings += ProgrammeChecker::check(snapshot, planId, today).size();
            const double ms = t.ms();
            if (warnings < 0)
                die(QStringLiteral("impossible"));
            return ms;
        });

        // One year of all plans, as a calendar of the year shows it: read the programme, compute.
        const QDate yearStart(today.year(), 1, 1);
        const QDate yearEnd(today.year(), 12, 31);
        yearTotal = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<DrillScheduleSnapshot> fresh = repository.loadSchedule();
            if (!fresh)
                die(fresh.errorMessage());
            const QList<DrillOccurrence> occurrences =
                DrillScheduler::occurrencesBetween(fresh.value(), yearStart, yearEnd, today);
            const double ms = t.ms();
            yearOccurrences = occurrences.size();
            return ms;
        });
        yearCompute = measure(runs, [&] {
            Stopwatch t;
            t.start();
            const QList<DrillOccurrence> occurrences =
                DrillScheduler::occurrencesBetween(snapshot, yearStart, yearEnd, today);
            const double ms = t.ms();
            if (occurrences.size() != yearOccurrences)
                die(QStringLiteral("the year has %1 occurrences, then %2").arg(yearOccurrences).arg(occurrences.size()));
            return ms;
        });
        // One plan's year, as the plan's own calendar shows it.
        const qint64 planId = ids.at(ids.size() / 2);
        onePlanYear = measure(runs, [&] {
            Stopwatch t;
            t.start();
            Result<DrillScheduleSnapshot> fresh = repository.loadSchedule(planId);
            if (!fresh)
                die(fresh.errorMessage());
            const QList<DrillOccurrence> occurrences =
                DrillScheduler::occurrencesBetween(fresh.value(), yearStart, yearEnd, today, planId);
            const double ms = t.ms();
            onePlanOccurrences = occurrences.size();
            return ms;
        });
    }

    // ---- the report ----
    const double perPageDivisor = std::max(1, exportedPages);
    const auto row = [](const QString &name, const Stats &stats, const QString &target) {
        out() << "| " << name << " | " << fmt(stats.median) << " | " << fmt(stats.min) << " | " << target << " |\n";
    };
    const auto verdict = [](double value, double limit) {
        return value <= limit ? QStringLiteral("met") : QStringLiteral("**not met**");
    };
    const Stats perPage{exportTotal.median / perPageDivisor, exportTotal.min / perPageDivisor};

    out() << "\n## PlanDesk benchmark\n\n";
    out() << "- Machine: " << QSysInfo::prettyProductName() << ", " << cpuModel() << ", "
          << QThread::idealThreadCount() << " cores (QThread::idealThreadCount)\n";
    out() << "- Qt " << qVersion() << ", build type " << PLANDESK_BENCH_BUILD_TYPE << ", platform "
          << QGuiApplication::platformName() << "\n";
    out() << "- Database: " << planCount << " plans, " << fmt(double(databaseBytes) / 1048576.0) << " MiB, generated in "
          << fmt(generationMs / 1000.0) << " s (" << fmt(generationMs / planCount) << " ms per save)\n";
    if (withDrills) {
        out() << "- Drills: " << drills.items << " items (5 a plan), " << drills.occurrences << " occurrences from "
              << drills.from.toString(Qt::ISODate) << " to " << drills.to.toString(Qt::ISODate) << " (today "
              << today.toString(Qt::ISODate) << "): " << drills.records << " recorded, " << drills.cancelled
              << " cancelled, " << drills.overdue << " overdue, " << drills.openActions
              << " open corrective actions; " << incidentData.total << " incidents (" << incidentData.needingAttention
              << " open or owing a report); generated through DrillRepository and IncidentRepository in "
              << fmt(drillGenerationMs / 1000.0) << " s (one transaction per item, record and cancellation; PRAGMA synchronous = OFF on that connection); "
              << "database now " << fmt(double(databaseWithDrillsBytes) / 1048576.0) << " MiB\n";
        out() << "- Dashboard on " << today.toString(Qt::ISODate) << ": " << dashboard.overdueDrills.size()
              << " overdue drills, " << dashboard.drillsDueSoon.size() << " due soon, "
              << dashboard.overdueCorrectiveActionCount << " overdue corrective actions, "
              << dashboard.plansPastReview.size() << " plans past review, " << dashboard.incidents.size() << " incidents, "
              << dashboard.programmeWarnings.size()
              << " programme warnings; one year: " << yearOccurrences << " occurrences of all plans, "
              << onePlanOccurrences << " of one plan\n";
    }
    if (withExport) {
        out() << "- Long plan: demo plan with each section body repeated " << factor << "×, " << exportedPages
              << " pages (layout: " << layoutPageTotal << "), PDF " << fmt(double(pdfBytes) / 1048576.0)
              << " MiB; sizing it took " << fmt(sizingMs / 1000.0) << " s\n";
    }
    out() << "- Runs per measurement: " << runs << "; times are "
          << (useCpuTime ? "the measuring thread's CPU time (--cpu-time)" : "wall-clock time") << "\n\n";

    out() << "| measurement | median ms | min ms | target |\n";
    out() << "|---|---:|---:|---|\n";
    row(QStringLiteral("open database + list %1 plans").arg(planCount), openAndList,
        QStringLiteral("< 50 ms: %1").arg(verdict(openAndList.median, 50)));
    row(QStringLiteral("  of which Database::open"), openOnly, QStringLiteral("—"));
    row(QStringLiteral("  of which PlanRepository::listPlans"), listOnly, QStringLiteral("—"));
    row(QStringLiteral("load one plan"), loadOne, QStringLiteral("—"));
    if (withExport) {
        row(QStringLiteral("export %1-page plan to PDF (total)").arg(exportedPages), exportTotal,
            QStringLiteral("< %1 ms").arg(15 * exportedPages));
        row(QStringLiteral("export, per page"), perPage, QStringLiteral("< 15 ms/page: %1").arg(verdict(perPage.median, 15)));
        row(QStringLiteral("  part: build QTextDocument (PlanDocumentBuilder)"), buildOnly, QStringLiteral("—"));
        row(QStringLiteral("  part: layout only (layoutPageCount)"), layoutOnly, QStringLiteral("—"));
        // What is left of the export: painting the pages and writing the PDF (medians and minima
        // subtracted separately, so only a rough split).
        row(QStringLiteral("  part: paint + write PDF (export − build − layout)"),
            Stats{exportTotal.median - buildOnly.median - layoutOnly.median, exportTotal.min - buildOnly.min - layoutOnly.min},
            QStringLiteral("—"));
    }
    if (withDrills) {
        row(QStringLiteral("dashboard (DashboardBuilder::build)"), dashboardStats,
            QStringLiteral("< 50 ms: %1").arg(verdict(dashboardStats.median, 50)));
        row(QStringLiteral("  part: DrillRepository::loadSchedule (all plans)"), scheduleLoad, QStringLiteral("—"));
        row(QStringLiteral("  part: DrillRepository::listOpenCorrectiveActions + count"), actionsLoad, QStringLiteral("—"));
        row(QStringLiteral("  part: DrillRepository::listPendingPlanRevisions"), revisionsLoad, QStringLiteral("—"));
        row(QStringLiteral("  part: PlanRepository::listPlansPastReview"), plansLoad, QStringLiteral("—"));
        row(QStringLiteral("  part: IncidentRepository::listNeedingAttention"), incidentsLoad, QStringLiteral("—"));
        row(QStringLiteral("  part: DrillScheduler::overdue + dueSoon"), overdueAndDue, QStringLiteral("—"));
        row(QStringLiteral("  part: ProgrammeChecker::check, every plan"), checkerStats, QStringLiteral("—"));
        row(QStringLiteral("list one year's occurrences, all plans (loadSchedule + occurrencesBetween)"), yearTotal,
            QStringLiteral("< 50 ms: %1").arg(verdict(yearTotal.median, 50)));
        row(QStringLiteral("  part: DrillScheduler::occurrencesBetween only"), yearCompute, QStringLiteral("—"));
        row(QStringLiteral("list one year's occurrences, one plan"), onePlanYear, QStringLiteral("—"));
    }
    out().flush();
    return 0;
}

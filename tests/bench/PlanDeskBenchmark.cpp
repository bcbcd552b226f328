// plandesk_bench: how long the things a user waits for take. Generates a database of N plans
// (default 1,000) through the real PlanRepository and a plan of about 100 pages, then times:
//   1. opening the database and listing every plan (a fresh Database each run);
//   2. loading one plan;
//   3. exporting the ~100-page plan to PDF (total and per page);
//   4. the parts of the export: building the QTextDocument and laying it out without painting.
// Prints a Markdown table with the median and minimum of K runs. Run by hand, not by CTest; see
// docs/performance.md.

#include "core/documents/FormalDocumentRenderer.h"
#include "core/documents/PdfExporter.h"
#include "core/documents/PlanDocumentBuilder.h"
#include "core/domain/Plan.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
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
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
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
    parser.setApplicationDescription(QStringLiteral("PlanDesk benchmark: plan list, plan load and PDF export timings."));
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
    parser.addOptions({dirOption, plansOption, runsOption, pagesOption});
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

    err() << "Finding a plan of about " << targetPages << " pages" << Qt::endl;
    const Plan demo = PlanFactory().createDemo();
    timer.restart();
    const auto [factor, layoutPageTotal] = factorForPages(demo, targetPages);
    const double sizingMs = elapsedMs(timer);
    const Plan bigPlan = multipliedPlan(demo, factor);

    // ---- 1. open the database and list every plan ----
    err() << "Measuring (" << runs << " runs each)" << Qt::endl;
    std::vector<double> openSamples, listSamples;
    const Stats openAndList = measure(runs, [&] {
        QElapsedTimer t;
        t.start();
        Database database;
        if (Result<void> opened = database.open(databasePath); !opened)
            die(opened.errorMessage());
        const double opened = elapsedMs(t);
        Result<QList<PlanSummary>> plans = PlanRepository(database).listPlans();
        const double total = elapsedMs(t);
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
            QElapsedTimer t;
            t.start();
            Result<Plan> plan = repository.load(id);
            const double ms = elapsedMs(t);
            if (!plan || plan.value().sections.isEmpty())
                die(QStringLiteral("loading plan %1 failed: %2").arg(id).arg(plan.errorMessage()));
            return ms;
        });
    }

    // ---- 3. export the ~100-page plan ----
    int exportedPages = 0;
    const Stats exportTotal = measure(runs, [&] {
        QFile::remove(pdfPath);
        QElapsedTimer t;
        t.start();
        Result<int> pages = PdfExporter::exportPlan(bigPlan, pdfPath);
        const double ms = elapsedMs(t);
        if (!pages)
            die(pages.errorMessage());
        exportedPages = pages.value();
        return ms;
    });
    const qint64 pdfBytes = QFileInfo(pdfPath).size();

    // ---- 4. the parts: build the QTextDocument, lay it out ----
    std::vector<double> buildSamples, layoutSamples;
    measure(runs, [&] {
        QElapsedTimer t;
        t.start();
        FormalDocument document = PlanDocumentBuilder().build(bigPlan);
        const double built = elapsedMs(t);
        BufferPdfWriter device(document.landscape);
        t.restart();
        const int pages = FormalDocumentRenderer::layoutPageCount(document, *device.writer);
        const double laidOut = elapsedMs(t);
        if (pages != exportedPages)
            die(QStringLiteral("layout counted %1 pages, the export wrote %2").arg(pages).arg(exportedPages));
        buildSamples.push_back(built);
        layoutSamples.push_back(laidOut);
        return built + laidOut;
    });
    const Stats buildOnly = statsOf(buildSamples);
    const Stats layoutOnly = statsOf(layoutSamples);

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
    out() << "- Long plan: demo plan with each section body repeated " << factor << "×, " << exportedPages
          << " pages (layout: " << layoutPageTotal << "), PDF " << fmt(double(pdfBytes) / 1048576.0)
          << " MiB; sizing it took " << fmt(sizingMs / 1000.0) << " s\n";
    out() << "- Runs per measurement: " << runs << "\n\n";

    out() << "| measurement | median ms | min ms | target |\n";
    out() << "|---|---:|---:|---|\n";
    row(QStringLiteral("open database + list %1 plans").arg(planCount), openAndList,
        QStringLiteral("< 50 ms: %1").arg(verdict(openAndList.median, 50)));
    row(QStringLiteral("  of which Database::open"), openOnly, QStringLiteral("—"));
    row(QStringLiteral("  of which PlanRepository::listPlans"), listOnly, QStringLiteral("—"));
    row(QStringLiteral("load one plan"), loadOne, QStringLiteral("—"));
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
    out().flush();
    return 0;
}

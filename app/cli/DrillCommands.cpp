#include "DrillCommands.h"

#include "CommandLineOutput.h"
#include "CommandLineRunner.h"
#include "core/Clock.h"
#include "core/documents/DrillDocumentBuilder.h"
#include "core/documents/PdfExporter.h"
#include "core/schedule/DrillScheduler.h"
#include "core/schedule/IcsExporter.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"

#include <QSet>

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 9999;

} // namespace

DrillCommands::DrillCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int DrillCommands::fail(const QString &message, int status)
{
    return CommandLineOutput::fail(m_err, message, status);
}

qint64 DrillCommands::idFrom(const QString &argument, const QString &what)
{
    bool isNumber = false;
    const qint64 id = argument.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        fail(what.arg(argument), CommandLineRunner::UsageError);
        return 0;
    }
    return id;
}

qint64 DrillCommands::planIdFrom(const QString &argument)
{
    return idFrom(argument, tr("\"%1\" is not a plan id; list-plans shows them."));
}

bool DrillCommands::open(Database &database, const QString &databasePath)
{
    if (Result<void> opened = database.open(databasePath); !opened) {
        fail(opened.errorMessage(), CommandLineRunner::Failure);
        return false;
    }
    return true;
}

int DrillCommands::writePdf(FormalDocument &document, const QString &path)
{
    Result<int> pages = PdfExporter::exportDocument(document, path);
    if (!pages)
        return fail(pages.errorMessage(), CommandLineRunner::Failure);
    m_err << tr("Wrote %n page(s) to %1.", nullptr, pages.value()).arg(path) << Qt::endl;
    return CommandLineRunner::Success;
}

int DrillCommands::listDrills(const QString &databasePath, const QStringList &arguments, bool dueOnly)
{
    if (!arguments.isEmpty())
        return fail(tr("Usage: plandesk [--db PATH] list-drills [--due]"), CommandLineRunner::UsageError);
    Database database;
    if (!open(database, databasePath))
        return CommandLineRunner::Failure;
    Result<DrillScheduleSnapshot> snapshot = DrillRepository(database).loadSchedule();
    if (!snapshot)
        return fail(snapshot.errorMessage(), CommandLineRunner::Failure);

    const QDate today = Clock::today();
    QList<DrillOccurrence> occurrences;
    if (dueOnly) {
        // Overdue dates are all before today and due ones from today on, so the list stays in date order.
        occurrences = DrillScheduler::overdue(snapshot.value(), today);
        occurrences += DrillScheduler::dueSoon(snapshot.value(), today);
    } else {
        // This year and next: what a programme and its follow-up are planned over.
        occurrences = DrillScheduler::occurrencesBetween(snapshot.value(), QDate(today.year(), 1, 1),
                                                         QDate(today.year() + 1, 12, 31), today);
    }
    for (const DrillOccurrence &occurrence : std::as_const(occurrences)) {
        m_out << occurrence.drillItemId << '\t' << CommandLineOutput::oneField(occurrence.planTitle) << '\t'
              << occurrence.date.toString(Qt::ISODate) << '\t' << occurrenceStateKey(occurrence.state) << '\t'
              << CommandLineOutput::oneField(occurrence.itemTitle) << '\t';
        if (occurrence.recordId > 0)
            m_out << occurrence.recordId;
        m_out << '\n';
    }
    m_out.flush();
    return CommandLineRunner::Success;
}

int DrillCommands::exportProgramme(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 3)
        return fail(tr("Usage: plandesk [--db PATH] export-drill-programme PLAN_ID YEAR OUT.pdf"),
                    CommandLineRunner::UsageError);
    const qint64 planId = planIdFrom(arguments.at(0));
    if (planId == 0)
        return CommandLineRunner::UsageError;
    bool isNumber = false;
    const int year = arguments.at(1).toInt(&isNumber);
    if (!isNumber || year < kFirstYear || year > kLastYear)
        return fail(
            tr("\"%1\" is not a year from %2 to %3.").arg(arguments.at(1)).arg(kFirstYear).arg(kLastYear),
            CommandLineRunner::UsageError);

    Database database;
    if (!open(database, databasePath))
        return CommandLineRunner::Failure;
    Result<Plan> plan = PlanRepository(database).load(planId);
    if (!plan)
        return fail(plan.errorMessage(), CommandLineRunner::Failure);
    Result<QList<DrillItem>> items = DrillRepository(database).listItems(planId);
    if (!items)
        return fail(items.errorMessage(), CommandLineRunner::Failure);
    FormalDocument document = DrillDocumentBuilder().buildProgramme(plan.value(), items.value(), year);
    return writePdf(document, arguments.at(2));
}

int DrillCommands::exportRecord(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(tr("Usage: plandesk [--db PATH] export-drill-record RECORD_ID OUT.pdf"),
                    CommandLineRunner::UsageError);
    const qint64 recordId = idFrom(
        arguments.at(0), tr("\"%1\" is not a drill record id; list-drills shows them in its last column."));
    if (recordId == 0)
        return CommandLineRunner::UsageError;

    Database database;
    if (!open(database, databasePath))
        return CommandLineRunner::Failure;
    DrillRepository drills(database);
    Result<DrillRecord> record = drills.loadRecord(recordId);
    if (!record)
        return fail(record.errorMessage(), CommandLineRunner::Failure);
    Result<DrillItem> item = drills.loadItem(record.value().drillItemId);
    if (!item)
        return fail(item.errorMessage(), CommandLineRunner::Failure);
    Result<Plan> plan = PlanRepository(database).load(record.value().planId);
    if (!plan)
        return fail(plan.errorMessage(), CommandLineRunner::Failure);
    FormalDocument document = DrillDocumentBuilder().buildRecord(plan.value(), item.value(), record.value());
    return writePdf(document, arguments.at(1));
}

int DrillCommands::exportIcs(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(tr("Usage: plandesk [--db PATH] export-ics PLAN_ID OUT.ics"),
                    CommandLineRunner::UsageError);
    const qint64 planId = planIdFrom(arguments.at(0));
    if (planId == 0)
        return CommandLineRunner::UsageError;

    Database database;
    if (!open(database, databasePath))
        return CommandLineRunner::Failure;
    Result<Plan> plan = PlanRepository(database).load(planId);
    if (!plan)
        return fail(plan.errorMessage(), CommandLineRunner::Failure);
    DrillRepository drills(database);
    Result<QList<DrillItem>> items = drills.listItems(planId);
    if (!items)
        return fail(items.errorMessage(), CommandLineRunner::Failure);
    // The calendar leaves cancelled dates out (EXDATE); the snapshot is where they are listed.
    Result<DrillScheduleSnapshot> snapshot = drills.loadSchedule(planId);
    if (!snapshot)
        return fail(snapshot.errorMessage(), CommandLineRunner::Failure);
    QSet<quint64> cancelled;
    for (auto it = snapshot.value().cancellationReasons.cbegin();
         it != snapshot.value().cancellationReasons.cend(); ++it)
        cancelled.insert(it.key());
    if (Result<void> written =
            IcsExporter::exportToFile(plan.value(), items.value(), cancelled, arguments.at(1));
        !written)
        return fail(written.errorMessage(), CommandLineRunner::Failure);
    m_err << tr("Wrote %n drill(s) to %1.", nullptr, int(items.value().size())).arg(arguments.at(1))
          << Qt::endl;
    return CommandLineRunner::Success;
}

#include "IncidentCommands.h"

#include "CommandLineOutput.h"
#include "CommandLineRunner.h"
#include "core/Clock.h"
#include "core/documents/IncidentDocumentBuilder.h"
#include "core/documents/PdfExporter.h"
#include "core/domain/DrillItem.h"
#include "core/incident/IncidentChecklist.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "core/storage/Database.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PlanRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTimeZone>

namespace {

const QStringList kCommands = {QStringLiteral("incident-open"), QStringLiteral("incident-list"),
                               QStringLiteral("incident-report")};

// A moment for scripts: ISO 8601 with its offset, in the incident's zone, to the minute.
QString isoMinute(const QDateTime &moment)
{
    if (!moment.isValid())
        return QString();
    const QString text = moment.toString(Qt::ISODate); // 2026-12-03T09:00:00+08:00
    // Drop the seconds, which the deadlines never have.
    return text.left(16) + text.mid(19);
}

QString dueLine(const DueReport &due, const Incident &incident)
{
    return QStringList{dueReportKindKey(due.kind),
                       due.promptly ? QStringLiteral("promptly") : isoMinute(incident.inZone(due.deadline)),
                       CommandLineOutput::oneField(due.recipient.in(QStringLiteral("en"))),
                       due.operatorMustSend ? QStringLiteral("operator") : QStringLiteral("information")}
        .join(QLatin1Char('\t'));
}

} // namespace

IncidentCommands::IncidentCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

bool IncidentCommands::handles(const QString &command)
{
    return kCommands.contains(command);
}

QStringList IncidentCommands::optionsWithValue()
{
    return {QStringLiteral("--discovered"), QStringLiteral("--level"), QStringLiteral("--category"),
            QStringLiteral("--place"), QStringLiteral("--systems"), QStringLiteral("--time-zone")};
}

int IncidentCommands::fail(const QString &message, int status)
{
    return CommandLineOutput::fail(m_err, message, status);
}

bool IncidentCommands::openDatabase(Database &database, const QString &databasePath)
{
    if (Result<void> opened = database.open(databasePath); !opened) {
        fail(opened.errorMessage(), CommandLineRunner::Failure);
        return false;
    }
    return true;
}

int IncidentCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("db"), tr("Use the database file PATH."), tr("PATH"));
    const QCommandLineOption discovered(QStringLiteral("discovered"), tr("When the incident was discovered."),
                                        tr("yyyy-MM-ddTHH:mm"));
    const QCommandLineOption level(QStringLiteral("level"), tr("The level: I, II, III or IV."), tr("LEVEL"));
    const QCommandLineOption category(QStringLiteral("category"), tr("The category code of the plan."), tr("CODE"));
    const QCommandLineOption place(QStringLiteral("place"), tr("Where it happened."), tr("TEXT"));
    const QCommandLineOption systems(QStringLiteral("systems"), tr("The affected systems."), tr("TEXT"));
    const QCommandLineOption zone(QStringLiteral("time-zone"), tr("The time zone of --discovered."), tr("ZONE"));
    const QCommandLineOption crime(QStringLiteral("crime"), tr("A crime is suspected."));
    const QCommandLineOption drill(QStringLiteral("drill"), tr("Rehearsed in a drill: every page says EXERCISE."));
    const QCommandLineOption nonCii(QStringLiteral("non-cii-system"),
                                    tr("The affected systems of a CII operator are not CII systems."));
    parser.addOptions({database, discovered, level, category, place, systems, zone, crime, drill, nonCii});
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(arguments))
        return fail(parser.errorText(), CommandLineRunner::UsageError);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QString databasePath = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    const bool openOptions = parser.isSet(discovered) || parser.isSet(level) || parser.isSet(category)
        || parser.isSet(place) || parser.isSet(systems) || parser.isSet(zone) || parser.isSet(crime)
        || parser.isSet(drill) || parser.isSet(nonCii);
    if (command == kCommands[0])
        return open(databasePath, positional.mid(1), parser);
    if (openOptions)
        return fail(tr("--discovered, --level, --category, --place, --systems, --time-zone, --crime, --drill and "
                       "--non-cii-system apply only to incident-open."),
                    CommandLineRunner::UsageError);
    if (command == kCommands[1])
        return list(databasePath, positional.mid(1));
    return report(databasePath, positional.mid(1));
}

int IncidentCommands::open(const QString &databasePath, const QStringList &arguments, const QCommandLineParser &parser)
{
    const QString usage = tr("Usage: plandesk [--db PATH] incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level "
                             "III --category CODE [--place TEXT] [--systems TEXT] [--crime] [--drill] "
                             "[--non-cii-system] [--time-zone ZONE]");
    if (arguments.size() != 1 || !parser.isSet(QStringLiteral("discovered")) || !parser.isSet(QStringLiteral("level"))
        || !parser.isSet(QStringLiteral("category")))
        return fail(usage, CommandLineRunner::UsageError);
    bool isNumber = false;
    const qint64 planId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || planId <= 0)
        return fail(tr("\"%1\" is not a plan id; list-plans shows them.").arg(arguments.at(0)),
                    CommandLineRunner::UsageError);
    const QByteArray zoneId = parser.isSet(QStringLiteral("time-zone"))
        ? parser.value(QStringLiteral("time-zone")).toUtf8()
        : DrillItem::defaultTimeZoneId();
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return fail(tr("The time zone \"%1\" is not known.").arg(QString::fromUtf8(zoneId)), CommandLineRunner::UsageError);
    const QString discoveredText = parser.value(QStringLiteral("discovered"));
    const QDateTime local = QDateTime::fromString(discoveredText, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!local.isValid())
        return fail(tr("The time of discovery must be written yyyy-MM-ddTHH:mm, not \"%1\".").arg(discoveredText),
                    CommandLineRunner::UsageError);
    const QString levelCode = parser.value(QStringLiteral("level"));
    if (!Incident::isLevelCode(levelCode))
        return fail(tr("The level must be one of I, II, III and IV, not \"%1\".").arg(levelCode),
                    CommandLineRunner::UsageError);

    Database database;
    if (!openDatabase(database, databasePath))
        return CommandLineRunner::Failure;
    Result<Plan> plan = PlanRepository(database).load(planId);
    if (!plan)
        return fail(plan.errorMessage(), CommandLineRunner::Failure);

    Incident incident;
    incident.planId = planId;
    incident.timeZoneId = zoneId;
    incident.discoveredAt = QDateTime(local.date(), local.time(), zone);
    incident.levelCode = levelCode;
    incident.categoryCode = parser.value(QStringLiteral("category"));
    incident.place = parser.value(QStringLiteral("place"));
    incident.affectedSystems = parser.value(QStringLiteral("systems"));
    incident.crimeSuspected = parser.isSet(QStringLiteral("crime"));
    incident.drill = parser.isSet(QStringLiteral("drill"));
    incident.ciiSystem = !parser.isSet(QStringLiteral("non-cii-system"));
    incident.checklist = IncidentChecklist::fromPlan(plan.value(), levelCode);
    incident.log.append(IncidentLogEntry{0, Clock::now(), tr("Incident declared; plan activated."), QString()});
    Result<Incident> opened = IncidentRepository(database).open(incident);
    if (!opened)
        return fail(opened.errorMessage(), CommandLineRunner::Failure);

    m_out << opened.value().id << '\n';
    const IncidentDeadlines::Schedule schedule = IncidentDeadlines::compute(
        IncidentDeadlines::factsOf(opened.value(), plan.value().profile), IncidentDeadlineRules::builtIn());
    for (const DueReport &due : schedule.reports)
        m_out << QStringLiteral("due\t") << dueLine(due, opened.value()) << '\n';
    m_out.flush();
    if (!schedule.reportable)
        m_err << IncidentDeadlines::nothingDueText() << Qt::endl;
    return CommandLineRunner::Success;
}

int IncidentCommands::list(const QString &databasePath, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return fail(tr("Usage: plandesk [--db PATH] incident-list"), CommandLineRunner::UsageError);
    Database database;
    if (!openDatabase(database, databasePath))
        return CommandLineRunner::Failure;
    IncidentRepository repository(database);
    Result<QList<Incident>> incidents = repository.list();
    if (!incidents)
        return fail(incidents.errorMessage(), CommandLineRunner::Failure);
    QHash<qint64, Plan> planById;
    const IncidentDeadlineRules &rules = IncidentDeadlineRules::builtIn();
    const QDateTime now = Clock::nowUtc();
    for (const Incident &incident : incidents.value()) {
        if (!planById.contains(incident.planId)) {
            Result<Plan> plan = PlanRepository(database).load(incident.planId);
            if (!plan)
                return fail(plan.errorMessage(), CommandLineRunner::Failure);
            planById.insert(incident.planId, plan.value());
        }
        const Plan &plan = planById[incident.planId];
        Result<QList<IncidentReport>> reports = repository.listReports(incident.id);
        if (!reports)
            return fail(reports.errorMessage(), CommandLineRunner::Failure);
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(IncidentDeadlines::factsOf(incident, plan.profile), rules);
        const std::optional<DueReport> next = IncidentDeadlines::nextDue(schedule, incident, reports.value());
        QStringList fields = {QString::number(incident.id), CommandLineOutput::oneField(plan.title), incident.levelCode,
                              isoMinute(incident.discoveredLocal()), incidentStateKey(incident.state)};
        if (next) {
            fields << dueReportKindKey(next->kind)
                   << (next->promptly ? QStringLiteral("promptly") : isoMinute(incident.inZone(next->deadline)))
                   << dueReportStateKey(IncidentDeadlines::stateAt(*next, QDateTime(), now, rules.dueSoonMinutes));
        } else {
            fields << QStringLiteral("none") << QString() << QString();
        }
        m_out << fields.join(QLatin1Char('\t')) << '\n';
    }
    m_out.flush();
    return CommandLineRunner::Success;
}

int IncidentCommands::report(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 3)
        return fail(tr("Usage: plandesk [--db PATH] incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf"),
                    CommandLineRunner::UsageError);
    bool isNumber = false;
    const qint64 incidentId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || incidentId <= 0)
        return fail(tr("\"%1\" is not an incident id; incident-list shows them.").arg(arguments.at(0)),
                    CommandLineRunner::UsageError);
    const std::optional<IncidentReportKind> kind = incidentReportKindFromKey(arguments.at(1));
    if (!kind)
        return fail(tr("The kind of report must be initial, supplementary or summary, not \"%1\".").arg(arguments.at(1)),
                    CommandLineRunner::UsageError);
    Database database;
    if (!openDatabase(database, databasePath))
        return CommandLineRunner::Failure;
    IncidentRepository repository(database);
    Result<Incident> incident = repository.load(incidentId);
    if (!incident)
        return fail(incident.errorMessage(), CommandLineRunner::Failure);
    Result<Plan> plan = PlanRepository(database).load(incident.value().planId);
    if (!plan)
        return fail(plan.errorMessage(), CommandLineRunner::Failure);
    Result<QList<IncidentReport>> reports = repository.listReports(incidentId);
    if (!reports)
        return fail(reports.errorMessage(), CommandLineRunner::Failure);
    IncidentReport chosen = IncidentDocumentBuilder::prefilled(plan.value(), incident.value(), *kind);
    for (const IncidentReport &stored : reports.value()) {
        if (stored.kind == *kind)
            chosen = stored; // the last one written
    }
    FormalDocument document = IncidentDocumentBuilder().build(plan.value(), incident.value(), chosen);
    Result<int> pages = PdfExporter::exportDocument(document, arguments.at(2));
    if (!pages)
        return fail(pages.errorMessage(), CommandLineRunner::Failure);
    m_err << tr("Wrote %n page(s) to %1.", nullptr, pages.value()).arg(arguments.at(2)) << Qt::endl;
    return CommandLineRunner::Success;
}

#include "CommandLineRunner.h"

#include "CommandLineOutput.h"
#include "DrillCommands.h"
#include "IncidentCommands.h"
#include "TemplateCommands.h"
#include "core/documents/PdfExporter.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"

#include <QCommandLineParser>

namespace {

const QStringList kCommands = {QStringLiteral("list-plans"), QStringLiteral("export-pdf"), QStringLiteral("demo"),
                              QStringLiteral("list-drills"), QStringLiteral("export-drill-programme"),
                              QStringLiteral("export-drill-record"), QStringLiteral("export-ics"),
                              QStringLiteral("import-template"), QStringLiteral("validate-template"),
                              QStringLiteral("export-template"), QStringLiteral("incident-open"),
                              QStringLiteral("incident-list"), QStringLiteral("incident-report")};

// Options that take a value: ours, and the ones QGuiApplication reads for the window
// ("plandesk -style fusion" opens the window; "fusion" is not a command).
const QStringList kOptionsWithValue = QStringList{
    QStringLiteral("--db"), QStringLiteral("--language"), QStringLiteral("--template-version"), QStringLiteral("-platform"),
    QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
    QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"), QStringLiteral("-qwindowtitle"),
    QStringLiteral("-session"), QStringLiteral("-style"), QStringLiteral("-stylesheet"), QStringLiteral("-display"),
    QStringLiteral("-geometry"), QStringLiteral("-title"), QStringLiteral("-name")} + IncidentCommands::optionsWithValue();

// The first argument that is not an option or an option's value.
QString commandOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (kOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return argument;
    }
    return {};
}

} // namespace

bool CommandLineRunner::wantsCommandLine(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help-all"))
            return true;
    }
    return !commandOf(arguments).isEmpty();
}

CommandLineRunner::CommandLineRunner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CommandLineRunner::fail(const QString &message, int status)
{
    return CommandLineOutput::fail(m_err, message, status);
}

int CommandLineRunner::run(const QStringList &arguments)
{
    // The incident commands take options of their own (--discovered, --level, …).
    if (IncidentCommands::handles(commandOf(arguments)) && !arguments.contains(QLatin1String("--help"))
        && !arguments.contains(QLatin1String("-h")))
        return IncidentCommands(m_out, m_err).run(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PlanDesk: cybersecurity incident emergency plans (Cybersecurity Law Art. 27,\n"
           "Art. 25 before the 2025 amendment) and drills (Art. 36, Art. 34 before the amendment).\n\n"
           "Commands:\n"
           "  list-plans                  list the plans: id, title, status, version (tab-separated)\n"
           "  export-pdf PLAN_ID OUT.pdf  write a plan as a PDF document\n"
           "  demo [--language en]        add a complete sample plan with a drill programme (Chinese unless\n"
           "                              --language en)\n"
           "  list-drills [--due]         list the drills of this year and next: item id, plan, date, state,\n"
           "                              drill, record id (tab-separated); --due: only overdue and due soon\n"
           "  export-drill-programme PLAN_ID YEAR OUT.pdf  write a plan's drill programme for a year\n"
           "  export-drill-record RECORD_ID OUT.pdf        write the record of a drill\n"
           "  export-ics PLAN_ID OUT.ics  write a plan's drill programme as a calendar file\n"
           "  validate-template FILE      check a template file; each problem as \"pointer: message\"\n"
           "  import-template FILE        add a template file to the template library\n"
           "  export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]\n"
           "                              write a plan as a template, without personal data\n"
           "  incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT]\n"
           "                [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]\n"
           "                              declare an incident; prints its id and the reports due\n"
           "  incident-list               list the incidents: id, plan, level, discovered, state, next report\n"
           "                              due, its deadline, its state (tab-separated)\n"
           "  incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf  write an incident report\n\n"
           "Without a command the window opens."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"), tr("Use the database file PATH."), tr("PATH"));
    parser.addOption(databaseOption);
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the sample plan made by demo: zh_CN or en."), tr("LANG"),
                                            QStringLiteral("zh_CN"));
    parser.addOption(languageOption);
    const QCommandLineOption dueOption(QStringLiteral("due"),
                                       tr("With list-drills: only the overdue drills and those due soon."));
    parser.addOption(dueOption);
    const QCommandLineOption keepOrganisationOption(
        QStringLiteral("keep-organisation"),
        tr("With export-template: keep the organisation's name instead of the {{organisation}} placeholder."));
    parser.addOption(keepOrganisationOption);
    const QCommandLineOption templateVersionOption(QStringLiteral("template-version"),
                                                   tr("With export-template: the template's version (default 1)."),
                                                   tr("N"), QStringLiteral("1"));
    parser.addOption(templateVersionOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("one of the commands above"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << QStringLiteral(" ") << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("No command given; see --help."), UsageError);
    const QString command = positional.first();
    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    if (parser.isSet(dueOption) && command != QLatin1String("list-drills"))
        return fail(tr("--due applies only to list-drills."), UsageError);
    if ((parser.isSet(keepOrganisationOption) || parser.isSet(templateVersionOption))
        && command != QLatin1String("export-template"))
        return fail(tr("--keep-organisation and --template-version apply only to export-template."), UsageError);
    if (command == QLatin1String("validate-template"))
        return TemplateCommands(m_out, m_err).validateTemplate(positional.mid(1));
    if (command == QLatin1String("import-template"))
        return TemplateCommands(m_out, m_err).importTemplate(databasePath, positional.mid(1));
    if (command == QLatin1String("export-template")) {
        bool isNumber = false;
        const int version = parser.value(templateVersionOption).toInt(&isNumber);
        if (!isNumber || version < 1)
            return fail(tr("The template version must be a whole number of 1 or more, not \"%1\".")
                            .arg(parser.value(templateVersionOption)),
                        UsageError);
        return TemplateCommands(m_out, m_err)
            .exportTemplate(databasePath, positional.mid(1), parser.isSet(keepOrganisationOption), version);
    }
    if (command == QLatin1String("list-drills"))
        return DrillCommands(m_out, m_err).listDrills(databasePath, positional.mid(1), parser.isSet(dueOption));
    if (command == QLatin1String("export-drill-programme"))
        return DrillCommands(m_out, m_err).exportProgramme(databasePath, positional.mid(1));
    if (command == QLatin1String("export-drill-record"))
        return DrillCommands(m_out, m_err).exportRecord(databasePath, positional.mid(1));
    if (command == QLatin1String("export-ics"))
        return DrillCommands(m_out, m_err).exportIcs(databasePath, positional.mid(1));
    if (command == kCommands[0]) {
        if (positional.size() != 1)
            return fail(tr("list-plans takes no arguments."), UsageError);
        return listPlans(databasePath);
    }
    if (command == kCommands[1])
        return exportPdf(databasePath, positional.mid(1));
    if (command == kCommands[2]) {
        if (positional.size() != 1)
            return fail(tr("demo takes no arguments."), UsageError);
        const QString language = parser.value(languageOption);
        if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
            return fail(tr("The language must be zh_CN or en, not \"%1\".").arg(language), UsageError);
        return demo(databasePath, language);
    }
    return fail(tr("Unknown command \"%1\"; the commands are: %2.").arg(command, kCommands.join(QStringLiteral(", "))),
                UsageError);
}

int CommandLineRunner::listPlans(const QString &databasePath)
{
    Database database;
    if (Result<void> opened = database.open(databasePath); !opened)
        return fail(opened.errorMessage());
    Result<QList<PlanSummary>> plans = PlanRepository(database).listPlans();
    if (!plans)
        return fail(plans.errorMessage());
    for (const PlanSummary &plan : plans.value()) {
        m_out << plan.id << '\t' << CommandLineOutput::oneField(plan.title) << '\t' << planStatusKey(plan.status)
              << '\t' << plan.version << '\n';
    }
    m_out.flush();
    return Success;
}

int CommandLineRunner::exportPdf(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(tr("Usage: plandesk [--db PATH] export-pdf PLAN_ID OUT.pdf"), UsageError);
    bool isNumber = false;
    const qint64 planId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || planId <= 0)
        return fail(tr("\"%1\" is not a plan id; list-plans shows them.").arg(arguments.at(0)), UsageError);
    Database database;
    if (Result<void> opened = database.open(databasePath); !opened)
        return fail(opened.errorMessage());
    Result<Plan> plan = PlanRepository(database).load(planId);
    if (!plan)
        return fail(plan.errorMessage());
    Result<int> pages = PdfExporter::exportPlan(plan.value(), arguments.at(1));
    if (!pages)
        return fail(pages.errorMessage());
    m_err << tr("Wrote %n page(s) to %1.", nullptr, pages.value()).arg(arguments.at(1)) << Qt::endl;
    return Success;
}

int CommandLineRunner::demo(const QString &databasePath, const QString &language)
{
    Database database;
    if (Result<void> opened = database.open(databasePath); !opened)
        return fail(opened.errorMessage());
    // The sample plan comes with a drill programme: one drill recorded, one overdue.
    Result<Plan> saved = DemoDrillProgramme::saveSample(database, language);
    if (!saved)
        return fail(saved.errorMessage());
    m_out << saved.value().id << '\t' << saved.value().title << '\n';
    m_out.flush();
    return Success;
}

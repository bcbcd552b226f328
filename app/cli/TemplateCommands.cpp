#include "TemplateCommands.h"

#include "CommandLineOutput.h"
#include "core/exchange/PersonalDataStripper.h"
#include "core/exchange/TemplateExporter.h"
#include "core/exchange/TemplateImporter.h"
#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"

#include <QFileInfo>

namespace {

} // namespace

TemplateCommands::TemplateCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int TemplateCommands::fail(const QString &message, int status)
{
    return CommandLineOutput::fail(m_err, message, status);
}

int TemplateCommands::report(const QList<TemplateProblem> &problems)
{
    int errors = 0;
    for (const TemplateProblem &problem : problems) {
        const QString place = problem.pointer.isEmpty() ? tr("(file)") : problem.pointer;
        if (problem.isError()) {
            ++errors;
            m_err << CommandLineOutput::oneField(place) << QStringLiteral(": ")
                  << CommandLineOutput::oneField(problem.message) << '\n';
        } else {
            m_err << CommandLineOutput::oneField(place) << QStringLiteral(": ")
                  << tr("warning: %1").arg(CommandLineOutput::oneField(problem.message)) << '\n';
        }
    }
    m_err.flush();
    return errors;
}

int TemplateCommands::validateTemplate(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("Usage: plandesk validate-template FILE"), 2);
    const QString path = arguments.first();
    const TemplateReadResult read = TemplateReader::readFile(path);
    const int errors = report(read.problems);
    if (errors > 0)
        return fail(tr("%1 has %n error(s); it is not a template PlanDesk can import.", nullptr, errors)
                        .arg(QFileInfo(path).fileName()),
                    1);
    const Template &templ = read.templ;
    m_out << templ.id << '\t' << templ.version << '\t' << templateKindKey(templ.kind) << '\t'
          << templ.language << '\t' << CommandLineOutput::oneField(templ.title) << '\n';
    m_out.flush();
    return 0;
}

int TemplateCommands::importTemplate(const QString &databasePath, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("Usage: plandesk [--db PATH] import-template FILE"), 2);
    const QString path = arguments.first();
    // The file is judged before the database is opened: a refused file leaves it untouched.
    const TemplateReadResult read = TemplateReader::readFile(path);
    const int errors = report(read.problems);
    if (errors > 0)
        return fail(
            tr("%1 was not imported because it has %n error(s); nothing was changed.", nullptr, errors)
                .arg(QFileInfo(path).fileName()),
            1);

    Database database;
    if (Result<void> opened = database.open(databasePath); !opened)
        return fail(opened.errorMessage(), 1);
    TemplateImporter importer(database);
    const TemplateImportPreview preview = importer.preview(read);
    if (preview.hasErrors()) {
        report(preview.problems.mid(read.problems.size()));
        return fail(tr("%1 was not imported; nothing was changed.").arg(QFileInfo(path).fileName()), 1);
    }
    const Template &templ = preview.templ;
    if (preview.status == TemplateImportPreview::Status::AlreadyImported) {
        m_out << preview.existingLocalId << '\t' << templ.id << '\t' << templ.version << '\t'
              << CommandLineOutput::oneField(templ.title) << '\n';
        m_out.flush();
        m_err << CommandLineOutput::oneField(preview.statusText()) << Qt::endl;
        return 0;
    }
    Result<Template> imported = importer.import(preview);
    if (!imported)
        return fail(imported.errorMessage(), 1);
    m_out << imported.value().localId << '\t' << templ.id << '\t' << templ.version << '\t'
          << CommandLineOutput::oneField(templ.title) << '\n';
    m_out.flush();
    if (preview.status == TemplateImportPreview::Status::Update)
        m_err << tr("Updated \"%1\" from version %2 to version %3.")
                     .arg(CommandLineOutput::oneField(templ.title), QString::number(preview.existingVersion),
                          QString::number(templ.version))
              << Qt::endl;
    else
        m_err << tr("Imported \"%1\", version %2.").arg(CommandLineOutput::oneField(templ.title), QString::number(templ.version))
              << Qt::endl;
    return 0;
}

int TemplateCommands::exportTemplate(const QString &databasePath, const QStringList &arguments,
                                     bool keepOrganisation, int templateVersion)
{
    if (arguments.size() != 2)
        return fail(tr("Usage: plandesk [--db PATH] export-template PLAN_ID OUT.json [--keep-organisation] "
                       "[--template-version N]"),
                    2);
    bool isNumber = false;
    const qint64 planId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || planId <= 0)
        return fail(tr("\"%1\" is not a plan id; list-plans shows them.").arg(arguments.at(0)), 2);
    Database database;
    if (Result<void> opened = database.open(databasePath); !opened)
        return fail(opened.errorMessage(), 1);
    Result<Plan> plan = PlanRepository(database).load(planId);
    if (!plan)
        return fail(plan.errorMessage(), 1);
    TemplateExporter::Options options;
    options.keepOrganisation = keepOrganisation;
    options.version = templateVersion;
    const TemplateExporter::Output output = TemplateExporter::fromPlan(plan.value(), options);
    if (!output.ok()) {
        report(output.problems);
        return fail(tr("The plan cannot be exported as a template; nothing was written."), 1);
    }
    for (const PersonalDataFinding &finding : output.removed) {
        const QString place = finding.pointer.isEmpty() ? tr("(not exported)") : finding.pointer;
        m_err << place << QStringLiteral(": ")
              << tr("%1 \"%2\" removed")
                     .arg(PersonalDataStripper::kindName(finding.kind), CommandLineOutput::oneField(finding.text))
              << '\n';
    }
    if (Result<void> written = TemplateWriter::writeFile(output.templ, arguments.at(1)); !written)
        return fail(written.errorMessage(), 1);
    m_out << output.templ.id << '\t' << output.templ.version << '\n';
    m_out.flush();
    m_err << tr("Wrote the template to %1; %n item(s) of personal data were left out.", nullptr,
                int(output.removed.size()))
                 .arg(arguments.at(1))
          << Qt::endl;
    return 0;
}

#include "TemplateExporter.h"

#include "../Clock.h"
#include "PersonalDataStripper.h"
#include "TemplatePlaceholders.h"
#include "TemplateReader.h"
#include "TemplateWriter.h"

#include <QUuid>

namespace {

const QUuid kNamespace(QStringLiteral("{6f1e8a3c-52b4-4c1e-9d0a-8f3c2b7e41d5}"));

QString derivedId(const QString &prefix, const QString &seed)
{
    const QUuid uuid = seed.isEmpty() ? QUuid::createUuid() : QUuid::createUuidV5(kNamespace, seed);
    return prefix + uuid.toString(QUuid::WithoutBraces);
}

QString creationSeed(const QString &what, qint64 id, const QDateTime &createdAt)
{
    if (!createdAt.isValid())
        return QString();
    return QStringLiteral("%1:%2:%3").arg(what).arg(id).arg(createdAt.toUTC().toString(Qt::ISODateWithMs));
}

// Pointers of Plan's pre-order section list in the template's tree ("/plan/sections/1/children/0").
QStringList sectionPointers(const QList<Section> &sections)
{
    QStringList pointers;
    QList<int> path;
    for (const Section &section : sections) {
        const int depth = qMax(0, section.depth);
        if (depth < path.size()) {
            path.resize(depth + 1);
            ++path[depth];
        } else {
            path.resize(depth + 1); // new levels start at 0
        }
        QString pointer = QStringLiteral("/plan/sections/%1").arg(path.at(0));
        for (qsizetype i = 1; i < path.size(); ++i)
            pointer += QStringLiteral("/children/%1").arg(path.at(i));
        pointers << pointer;
    }
    return pointers;
}

void addFinding(QList<PersonalDataFinding> &findings, PersonalDataFinding::Kind kind, const QString &pointer,
                const QString &text)
{
    if (!text.trimmed().isEmpty())
        findings.append(PersonalDataFinding{kind, pointer, text, QString()});
}

// The exported template must be one PlanDesk can read back; anything that could not be is reported.
void check(TemplateExporter::Output &output)
{
    const TemplateReadResult read = TemplateReader::read(TemplateWriter::toJson(output.templ));
    for (const TemplateProblem &problem : read.problems) {
        if (problem.isError())
            output.problems.append(problem);
    }
}

// Takes out of anything exported from `plan` the names of its approver and its people, and its
// organisation unless the options keep it.
PersonalDataStripper stripperFor(const Plan &plan, const TemplateExporter::Options &options)
{
    QStringList names{plan.approver};
    for (const Contact &contact : plan.contacts)
        names << contact.name << contact.deputy;
    return PersonalDataStripper(names, plan.organisation, options.keepOrganisation);
}

Template metadata(const TemplateExporter::Options &options, const QString &organisation,
                  const QString &language)
{
    Template templ;
    templ.version = options.version;
    templ.language = language;
    templ.description = options.description;
    templ.author = options.author;
    templ.source = options.source;
    templ.organisation = options.keepOrganisation ? organisation : QString();
    templ.created = Clock::today();
    return templ;
}

} // namespace

QString TemplateExporter::defaultTemplateId(const Plan &plan)
{
    return derivedId(QStringLiteral("local.plan."),
                     creationSeed(QStringLiteral("plan"), plan.id, plan.createdAt));
}

QString TemplateExporter::defaultTemplateId(const DrillItem &item)
{
    const QString seed = item.uid.isEmpty() ? creationSeed(QStringLiteral("drill"), item.id, item.createdAt)
                                            : QStringLiteral("drill-uid:") + item.uid;
    return derivedId(QStringLiteral("local.drill."), seed);
}

TemplateExporter::Output TemplateExporter::fromPlan(const Plan &plan, const Options &options)
{
    using Kind = PersonalDataFinding::Kind;
    Output output;
    QList<PersonalDataFinding> &removed = output.removed;
    const PersonalDataStripper stripper = stripperFor(plan, options);
    // A plan made from a template still holds its placeholders (〔姓名〕): they go out as markers again,
    // so that a template survives a round trip through a plan unchanged.
    auto strip = [&](const QString &text, const QString &pointer) {
        return TemplatePlaceholders::asMarkers(stripper.strip(text, pointer, &removed), plan.language);
    };

    Template templ = metadata(options, plan.organisation, plan.language);
    templ.kind = TemplateKind::Plan;
    templ.id = options.templateId.isEmpty() ? defaultTemplateId(plan) : options.templateId;
    if (!options.keepOrganisation)
        addFinding(removed, Kind::Organisation, QStringLiteral("/template/organisation"), plan.organisation);
    addFinding(removed, Kind::Name, QString(), plan.approver);
    templ.title =
        strip(options.title.isEmpty() ? plan.title : options.title, QStringLiteral("/template/title"));

    Plan &part = templ.plan;
    part.kind = plan.kind;
    part.profile = plan.profile;
    part.scenario = strip(plan.scenario, QStringLiteral("/plan/scenario"));
    const QStringList pointers = sectionPointers(plan.sections);
    for (qsizetype i = 0; i < plan.sections.size(); ++i) {
        const Section &section = plan.sections.at(i);
        part.sections.append(
            Section{section.key, strip(section.title, pointers.at(i) + QStringLiteral("/title")),
                    strip(section.body, pointers.at(i) + QStringLiteral("/body")), section.depth});
    }
    for (qsizetype i = 0; i < plan.categories.size(); ++i) {
        const IncidentCategory &category = plan.categories.at(i);
        const QString at = QStringLiteral("/plan/categories/%1/").arg(i);
        part.categories.append(
            IncidentCategory{strip(category.code, at + QStringLiteral("code")),
                             strip(category.name, at + QStringLiteral("name")),
                             strip(category.description, at + QStringLiteral("description"))});
    }
    for (qsizetype i = 0; i < plan.levels.size(); ++i) {
        const IncidentLevel &level = plan.levels.at(i);
        const QString at = QStringLiteral("/plan/levels/%1/").arg(i);
        part.levels.append(IncidentLevel{
            strip(level.code, at + QStringLiteral("code")), strip(level.name, at + QStringLiteral("name")),
            strip(level.warningColour, at + QStringLiteral("warning_colour")), level.colourHex,
            strip(level.criteria, at + QStringLiteral("criteria")),
            strip(level.response, at + QStringLiteral("response"))});
    }
    for (qsizetype i = 0; i < plan.reportingSteps.size(); ++i) {
        const ReportingStep &step = plan.reportingSteps.at(i);
        const QString at = QStringLiteral("/plan/reporting_steps/%1/").arg(i);
        part.reportingSteps.append(ReportingStep{strip(step.authority, at + QStringLiteral("authority")),
                                                 step.deadlineMinutes,
                                                 strip(step.condition, at + QStringLiteral("condition")),
                                                 strip(step.channel, at + QStringLiteral("channel")),
                                                 strip(step.content, at + QStringLiteral("content"))});
    }
    // Roles keep the team, the role and the duties; the person, phones and deputy stay at home.
    for (qsizetype i = 0; i < plan.contacts.size(); ++i) {
        const Contact &contact = plan.contacts.at(i);
        const QString at = QStringLiteral("/plan/roles/%1").arg(i);
        addFinding(removed, Kind::Name, at, contact.name);
        addFinding(removed, Kind::Phone, at, contact.officePhone);
        addFinding(removed, Kind::Phone, at, contact.mobilePhone);
        addFinding(removed, Kind::Name, at, contact.deputy);
        Contact role;
        role.team = contact.team;
        role.role = strip(contact.role, at + QStringLiteral("/role"));
        role.duties = strip(contact.duties, at + QStringLiteral("/duties"));
        part.contacts.append(role);
    }
    output.templ = templ;
    check(output);
    return output;
}

TemplateExporter::Output TemplateExporter::fromDrillItem(const DrillItem &item, const Plan &plan,
                                                         const Options &options)
{
    Output output;
    QList<PersonalDataFinding> &removed = output.removed;
    const PersonalDataStripper stripper = stripperFor(plan, options);
    auto strip = [&](const QString &text, const QString &pointer) {
        return TemplatePlaceholders::asMarkers(stripper.strip(text, pointer, &removed), plan.language);
    };

    Template templ = metadata(options, plan.organisation, plan.language);
    templ.kind = TemplateKind::DrillScenario;
    templ.id = options.templateId.isEmpty() ? defaultTemplateId(item) : options.templateId;
    // The participants are people; the place, dates and recurrence are simply not part of a template.
    addFinding(removed, PersonalDataFinding::Kind::Name, QString(), item.participants);

    DrillItem &part = templ.drill;
    const QString at = QStringLiteral("/drill_scenario/");
    part.title = strip(item.title, at + QStringLiteral("title"));
    templ.title =
        options.title.isEmpty() ? part.title : strip(options.title, QStringLiteral("/template/title"));
    part.purpose = strip(item.purpose, at + QStringLiteral("purpose"));
    part.form = item.form;
    part.content = item.content;
    part.scope = item.scope;
    part.scenario = strip(item.scenario, at + QStringLiteral("scenario"));
    part.durationMinutes = item.durationMinutes;
    part.process = strip(item.process, at + QStringLiteral("process"));
    for (qsizetype i = 0; i < item.objectives.size(); ++i)
        part.objectives << strip(item.objectives.at(i), at + QStringLiteral("objectives/%1").arg(i));
    for (qsizetype i = 0; i < item.injects.size(); ++i) {
        const DrillInject &inject = item.injects.at(i);
        const QString injectAt = at + QStringLiteral("injects/%1/").arg(i);
        part.injects.append(DrillInject{
            inject.offsetMinutes, strip(inject.description, injectAt + QStringLiteral("description")),
            strip(inject.expectedAction, injectAt + QStringLiteral("expected_action"))});
    }
    for (qsizetype i = 0; i < item.evaluationCriteria.size(); ++i)
        part.evaluationCriteria << strip(item.evaluationCriteria.at(i),
                                         at + QStringLiteral("evaluation_criteria/%1").arg(i));
    for (qsizetype i = 0; i < item.teams.size(); ++i) {
        const DrillTeamAssignment &team = item.teams.at(i);
        const QString teamAt = at + QStringLiteral("teams/%1/").arg(i);
        part.teams.append(DrillTeamAssignment{team.team, strip(team.unit, teamAt + QStringLiteral("unit")),
                                              strip(team.role, teamAt + QStringLiteral("role")),
                                              strip(team.duty, teamAt + QStringLiteral("duty"))});
    }
    output.templ = templ;
    check(output);
    return output;
}

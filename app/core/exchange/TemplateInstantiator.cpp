#include "TemplateInstantiator.h"

#include "TemplatePlaceholders.h"

bool TemplateInstantiator::replacesReportingChain(const Template &templ, const PlanOptions &options)
{
    return options.profile.value_or(templ.plan.profile) != templ.plan.profile;
}

Result<Plan> TemplateInstantiator::createPlan(const Template &templ, const PlanOptions &options,
                                              const PlanFactory &factory)
{
    if (templ.kind != TemplateKind::Plan)
        return Error{tr("\"%1\" is a drill scenario, not a plan template.").arg(templ.title)};
    const QString organisation = options.organisation.trimmed();
    if (organisation.isEmpty())
        return Error{tr("A plan made from a template needs the name of its organisation.")};

    // The markers the exporter left for removed names, phones and e-mail addresses stay visible as
    // placeholders to fill in; the organisation is known.
    const auto filled = [&templ](const QString &text, const QString &name) {
        return TemplatePlaceholders::filled(text, name, templ.language);
    };
    const Plan &part = templ.plan;
    PlanFactory::Basics basics;
    basics.organisation = organisation;
    basics.language = templ.language;
    basics.profile = options.profile.value_or(part.profile);
    basics.ciiSector = options.ciiSector;
    basics.kind = part.kind;
    basics.scenario = filled(part.scenario, organisation);
    Plan plan = factory.createDefault(basics);

    plan.title = filled(options.title.trimmed().isEmpty() ? templ.title : options.title, organisation).trimmed();
    if (!part.sections.isEmpty()) {
        plan.sections.clear();
        for (const Section &section : part.sections)
            plan.sections.append(Section{section.key, filled(section.title, organisation),
                                         filled(section.body, organisation), section.depth});
    }
    if (!part.categories.isEmpty()) {
        plan.categorySetId.clear(); // the template's own list, not one of the reference sets
        plan.categories.clear();
        for (const IncidentCategory &category : part.categories)
            plan.categories.append(IncidentCategory{filled(category.code, organisation),
                                                    filled(category.name, organisation),
                                                    filled(category.description, organisation)});
    }
    if (!part.levels.isEmpty()) {
        plan.levels.clear();
        for (const IncidentLevel &level : part.levels)
            plan.levels.append(
                IncidentLevel{filled(level.code, organisation), filled(level.name, organisation),
                              filled(level.warningColour, organisation), level.colourHex,
                              filled(level.criteria, organisation), filled(level.response, organisation)});
    }
    if (!part.reportingSteps.isEmpty() && !replacesReportingChain(templ, options)) {
        plan.reportingSteps.clear();
        for (const ReportingStep &step : part.reportingSteps)
            plan.reportingSteps.append(
                ReportingStep{filled(step.authority, organisation), step.deadlineMinutes,
                              filled(step.condition, organisation), filled(step.channel, organisation),
                              filled(step.content, organisation)});
    }
    if (!part.contacts.isEmpty()) {
        plan.contacts.clear();
        for (const Contact &role : part.contacts) {
            Contact contact;
            contact.team = role.team;
            contact.role = filled(role.role, organisation);
            contact.duties = filled(role.duties, organisation);
            plan.contacts.append(contact);
        }
    }
    return plan;
}

Result<DrillItem> TemplateInstantiator::createDrillItem(const Template &templ, qint64 planId,
                                                        const QDate &firstDate, const QString &organisation)
{
    if (templ.kind != TemplateKind::DrillScenario)
        return Error{tr("\"%1\" is a plan template, not a drill scenario.").arg(templ.title)};
    if (!firstDate.isValid())
        return Error{tr("A drill made from a template needs the date it is first held.")};
    const auto filled = [&templ](const QString &text, const QString &name) {
        return TemplatePlaceholders::filled(text, name, templ.language);
    };
    const DrillItem &part = templ.drill;
    const QString name = organisation.trimmed();
    DrillItem item;
    item.planId = planId;
    item.firstDate = firstDate;
    item.title = filled(part.title, name);
    item.purpose = filled(part.purpose, name);
    item.form = part.form;
    item.content = part.content;
    item.scope = part.scope;
    item.scenario = filled(part.scenario, name);
    item.durationMinutes = part.durationMinutes;
    item.process = filled(part.process, name);
    for (const QString &objective : part.objectives)
        item.objectives << filled(objective, name);
    for (const DrillInject &inject : part.injects)
        item.injects.append(DrillInject{inject.offsetMinutes, filled(inject.description, name),
                                        filled(inject.expectedAction, name)});
    for (const QString &criterion : part.evaluationCriteria)
        item.evaluationCriteria << filled(criterion, name);
    for (const DrillTeamAssignment &team : part.teams)
        item.teams.append(DrillTeamAssignment{team.team, filled(team.unit, name), filled(team.role, name),
                                              filled(team.duty, name)});
    return item;
}

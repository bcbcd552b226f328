#include "PlanFactory.h"

#include "../Clock.h"
PlanFactory::PlanFactory(const ReferenceData &data) : m_data(data) {}

QString PlanFactory::defaultTitle(const QString &organisation, const QString &language, PlanKind kind,
                                  const QString &scenario)
{
    // Titles follow the customary wording of each language, so they are composed here rather than
    // translated from one source string.
    if (language == QLatin1String("en")) {
        if (kind == PlanKind::Special)
            return QStringLiteral("%1 Special Emergency Plan for %2").arg(organisation, scenario).trimmed();
        return QStringLiteral("%1 Cybersecurity Incident Emergency Plan").arg(organisation).trimmed();
    }
    if (kind == PlanKind::Special)
        return QStringLiteral("%1%2专项应急预案").arg(organisation, scenario);
    return QStringLiteral("%1网络安全事件应急预案").arg(organisation);
}

QList<Section> PlanFactory::defaultSections(const QString &language, const QString &organisation) const
{
    const QString placeholder = QStringLiteral("{{organisation}}");
    const QString name = organisation.trimmed().isEmpty()
                             ? (language == QLatin1String("en") ? QStringLiteral("the organisation") : QStringLiteral("本单位"))
                             : organisation.trimmed();
    QList<Section> sections;
    sections.reserve(m_data.skeleton.size());
    for (const ReferenceData::SkeletonSection &skeleton : m_data.skeleton) {
        QString body = skeleton.body.in(language);
        // "Example Co., Ltd." at the end of an English sentence must not end in "..".
        if (name.endsWith(QLatin1Char('.')))
            body.replace(placeholder + QLatin1Char('.'), name);
        body.replace(placeholder, name);
        sections.append(Section{skeleton.key, skeleton.title.in(language), body, skeleton.depth});
    }
    return sections;
}

int PlanFactory::insertDefaultSection(Plan &plan, const QString &key) const
{
    if (key.isEmpty() || plan.sectionIndex(key) >= 0)
        return -1;
    const QList<Section> defaults = defaultSections(plan.language, plan.organisation);
    qsizetype at = -1;
    for (qsizetype i = 0; i < defaults.size(); ++i) {
        if (defaults.at(i).key == key) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return -1;
    Section section = defaults.at(at);
    // The chapter it belongs to: the nearest skeleton section above it with a smaller depth.
    for (qsizetype i = at - 1; i >= 0 && section.depth > 0; --i) {
        if (defaults.at(i).depth < section.depth) {
            if (plan.sectionIndex(defaults.at(i).key) < 0)
                insertDefaultSection(plan, defaults.at(i).key);
            break;
        }
    }
    // After the nearest skeleton section before it that the plan has: as the first subsection of
    // its chapter, or after the whole subtree of a section at its level or deeper.
    int index = 0;
    int depth = 0;
    for (qsizetype i = at - 1; i >= 0; --i) {
        int previous = plan.sectionIndex(defaults.at(i).key);
        if (previous < 0)
            continue;
        if (defaults.at(i).depth < section.depth) {
            index = previous + 1;
            depth = plan.sections.at(previous).depth + 1;
        } else {
            // Up to the ancestor at the section's own level, so that it never lands inside a subtree.
            while (previous > 0 && plan.sections.at(previous).depth > section.depth) {
                int parent = previous - 1;
                while (parent > 0 && plan.sections.at(parent).depth >= plan.sections.at(previous).depth)
                    --parent;
                previous = parent;
            }
            const int previousDepth = plan.sections.at(previous).depth;
            depth = previousDepth >= section.depth ? section.depth : qMin(section.depth, previousDepth + 1);
            index = previous + 1;
            while (index < plan.sections.size() && plan.sections.at(index).depth > plan.sections.at(previous).depth)
                ++index;
        }
        break;
    }
    section.depth = depth;
    plan.sections.insert(index, section);
    return index;
}

QList<IncidentLevel> PlanFactory::defaultLevels(const QString &language) const
{
    QList<IncidentLevel> levels;
    for (const ReferenceData::Level &level : m_data.levels)
        levels.append(IncidentLevel{level.code, level.name.in(language), level.warningColour.in(language),
                                    level.colourHex, level.criteria.in(language), level.response.in(language)});
    return levels;
}

QList<IncidentCategory> PlanFactory::categoriesOf(const QString &setId, const QString &language) const
{
    QList<IncidentCategory> categories;
    const ReferenceData::CategorySet *set = m_data.categorySet(setId);
    if (!set)
        return categories;
    for (const ReferenceData::Category &category : set->categories)
        categories.append(
            IncidentCategory{category.code, category.name.in(language), category.description.in(language)});
    return categories;
}

QList<ReportingStep> PlanFactory::reportingStepsFor(OperatorProfile profile, const QString &language) const
{
    QList<ReportingStep> steps;
    const ReferenceData::ReportingProfile *rules = m_data.reportingProfile(operatorProfileKey(profile));
    if (!rules)
        return steps;
    for (const ReferenceData::ReportingStep &step : rules->steps)
        steps.append(ReportingStep{step.authority.in(language), step.deadlineMinutes, step.condition.in(language),
                                   step.channel.in(language), step.content.in(language)});
    return steps;
}

QList<Contact> PlanFactory::defaultContacts(const QString &language) const
{
    QList<Contact> contacts;
    for (const ReferenceData::DefaultContact &row : m_data.defaultContacts) {
        Contact contact;
        contact.team = contactTeamFromKey(row.team).value_or(ContactTeam::Department);
        contact.role = row.role.in(language);
        contact.duties = row.duties.in(language);
        contact.onDuty24h = row.onDuty24h;
        contacts.append(contact);
    }
    return contacts;
}

Plan PlanFactory::createDefault(const Basics &basics) const
{
    Plan plan;
    plan.language = basics.language;
    plan.organisation = basics.organisation.trimmed();
    plan.profile = basics.profile;
    plan.ciiSector = basics.profile == OperatorProfile::CriticalInfrastructure ? basics.ciiSector : QString();
    plan.kind = basics.kind;
    plan.scenario = basics.kind == PlanKind::Special ? basics.scenario.trimmed() : QString();
    plan.title = defaultTitle(plan.organisation, plan.language, plan.kind, plan.scenario);
    plan.sections = defaultSections(plan.language, plan.organisation);
    plan.levels = defaultLevels(plan.language);
    if (const ReferenceData::CategorySet *set = m_data.defaultCategorySet()) {
        plan.categorySetId = set->id;
        plan.categories = categoriesOf(set->id, plan.language);
    }
    plan.reportingSteps = reportingStepsFor(plan.profile, plan.language);
    plan.contacts = defaultContacts(plan.language);
    // GB/T 24363 (maintenance of the plan) and the skeleton's 预案管理 clause ask for a yearly review:
    // the default review date is a year out. (Cybersecurity Law Art. 40, old Art. 38, is the CII's
    // yearly security testing, not the plan's review.)
    plan.effectiveOn = Clock::today();
    plan.nextReviewOn = plan.effectiveOn.addYears(1);
    return plan;
}

Plan PlanFactory::createDemo(const QString &language) const
{
    Basics basics;
    basics.language = language;
    const bool english = language == QLatin1String("en");
    basics.organisation = english ? QStringLiteral("Example City Data Centre Co., Ltd.")
                                  : QStringLiteral("示例市数据中心有限公司");
    basics.profile = OperatorProfile::CriticalInfrastructure;
    basics.ciiSector = QStringLiteral("public-services");
    Plan plan = createDefault(basics);
    plan.version = QStringLiteral("1.0");
    plan.confidentiality = english ? QStringLiteral("Internal") : QStringLiteral("内部");
    for (qsizetype i = 0; i < plan.contacts.size() && i < m_data.defaultContacts.size(); ++i) {
        const ReferenceData::DefaultContact &row = m_data.defaultContacts.at(i);
        plan.contacts[i].name = row.demoName;
        plan.contacts[i].officePhone = row.demoOfficePhone;
        plan.contacts[i].mobilePhone = row.demoMobilePhone;
        if (i + 1 < m_data.defaultContacts.size())
            plan.contacts[i].deputy = m_data.defaultContacts.at(i + 1).demoName;
    }
    return plan;
}

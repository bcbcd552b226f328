#include "CompletenessChecker.h"

#include <algorithm>

CompletenessChecker::CompletenessChecker(const ReferenceData &data) : m_data(data) {}

bool CompletenessChecker::isSatisfied(const Plan &plan, const QString &check)
{
    static const QString sectionPrefix = QStringLiteral("section:");
    if (check.startsWith(sectionPrefix)) {
        const int index = plan.sectionIndex(check.mid(sectionPrefix.size()));
        return index >= 0 && !plan.sections.at(index).body.trimmed().isEmpty();
    }
    if (check == QLatin1String("contacts"))
        return std::any_of(plan.contacts.cbegin(), plan.contacts.cend(), [](const Contact &contact) {
            return !contact.name.trimmed().isEmpty() && contact.hasPhone();
        });
    if (check == QLatin1String("levels"))
        return plan.levels.size() == 4 && std::all_of(plan.levels.cbegin(), plan.levels.cend(), [](const IncidentLevel &level) {
                   return !level.criteria.trimmed().isEmpty();
               });
    if (check == QLatin1String("level-response"))
        return !plan.levels.isEmpty() && std::all_of(plan.levels.cbegin(), plan.levels.cend(), [](const IncidentLevel &level) {
                   return !level.response.trimmed().isEmpty();
               });
    if (check == QLatin1String("reporting"))
        return std::any_of(plan.reportingSteps.cbegin(), plan.reportingSteps.cend(),
                           [](const ReportingStep &step) { return !step.authority.trimmed().isEmpty(); });
    if (check == QLatin1String("review-date"))
        return plan.nextReviewOn.isValid();
    if (check == QLatin1String("approver"))
        return !planStatusIsApprovedOrLater(plan.status) || !plan.approver.trimmed().isEmpty();
    return true;
}

bool CompletenessChecker::appliesTo(const ReferenceData::Requirement &requirement, const Plan &plan)
{
    if (requirement.ciiOnly && plan.profile != OperatorProfile::CriticalInfrastructure)
        return false;
    return !requirement.comprehensiveOnly || plan.kind == PlanKind::Comprehensive;
}

QList<MissingElement> CompletenessChecker::missingElements(const Plan &plan, const QString &language) const
{
    QList<MissingElement> missing;
    for (const ReferenceData::Requirement &requirement : m_data.requirements) {
        if (!appliesTo(requirement, plan))
            continue;
        if (isSatisfied(plan, requirement.check))
            continue;
        MissingElement element;
        element.requirementId = requirement.id;
        element.clause = requirement.clause.in(language);
        element.description = requirement.description.in(language);
        if (requirement.check.startsWith(QLatin1String("section:"))) {
            element.sectionKey = requirement.check.mid(8);
            element.sectionMissing = plan.sectionIndex(element.sectionKey) < 0;
            for (const ReferenceData::SkeletonSection &section : m_data.skeleton) {
                if (section.key == element.sectionKey) {
                    element.sectionTitle = section.title.in(plan.language);
                    break;
                }
            }
        }
        missing.append(element);
    }
    return missing;
}

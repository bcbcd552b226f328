#include "Plan.h"

QStringList Plan::validationProblems() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << tr("The plan has no title.");
    if (organisation.trimmed().isEmpty())
        problems << tr("The plan does not name its organisation.");
    if (version.trimmed().isEmpty())
        problems << tr("The plan has no version.");
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        problems << tr("The plan's language must be Chinese or English.");
    if (profile == OperatorProfile::CriticalInfrastructure && ciiSector.trimmed().isEmpty())
        problems << tr("A critical information infrastructure operator must name its sector.");
    if (kind == PlanKind::Special && scenario.trimmed().isEmpty())
        problems << tr("A special emergency plan must name the scenario it covers.");
    if (planStatusIsApprovedOrLater(status) && approver.trimmed().isEmpty())
        problems << tr("An approved plan must name its approver.");
    if (effectiveOn.isValid() && nextReviewOn.isValid() && nextReviewOn < effectiveOn)
        problems << tr("The next review date lies before the effective date.");
    int previousDepth = -1;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        if (section.title.trimmed().isEmpty())
            problems << tr("Section %1 has no title.").arg(i + 1);
        if (section.depth < 0 || section.depth > previousDepth + 1) {
            problems << tr("Section \"%1\" is nested deeper than the section before it.").arg(section.title);
            break;
        }
        previousDepth = section.depth;
    }
    return problems;
}

int Plan::sectionIndex(const QString &key) const
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).key == key)
            return int(i);
    }
    return -1;
}

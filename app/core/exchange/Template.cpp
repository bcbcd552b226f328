#include "Template.h"

QString Template::contentSummary() const
{
    QStringList parts;
    if (kind == TemplateKind::Plan) {
        parts << tr("%n section(s)", nullptr, int(plan.sections.size()))
              << tr("%n level(s)", nullptr, int(plan.levels.size()))
              << tr("%n category(ies)", nullptr, int(plan.categories.size()))
              << tr("%n reporting step(s)", nullptr, int(plan.reportingSteps.size()))
              << tr("%n role(s)", nullptr, int(plan.contacts.size()));
    } else {
        parts << tr("%n objective(s)", nullptr, int(drill.objectives.size()))
              << tr("%n inject(s)", nullptr, int(drill.injects.size()))
              << tr("%n evaluation criteria", nullptr, int(drill.evaluationCriteria.size()))
              << tr("%n team line(s)", nullptr, int(drill.teams.size()));
    }
    return parts.join(tr(", "));
}

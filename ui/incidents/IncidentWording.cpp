#include "IncidentWording.h"

#include "core/domain/Plan.h"
#include "core/incident/Incident.h"

QString IncidentWording::level(const Plan *plan, const QString &code)
{
    if (plan) {
        for (const IncidentLevel &level : plan->levels) {
            if (level.code != code)
                continue;
            // The default plans already say "(Level III)" in the name; an officer's own name may not.
            if (level.name.contains(code))
                return level.name;
            //: A level's name and its numeral: %1 the plan's name (较大), %2 I … IV.
            return tr("%1 (Level %2)").arg(level.name, code);
        }
    }
    return tr("Level %1").arg(code);
}

QString IncidentWording::category(const Plan *plan, const QString &code)
{
    if (plan) {
        for (const IncidentCategory &category : plan->categories) {
            if (category.code == code)
                return category.name;
        }
    }
    return code;
}

QString IncidentWording::title(const Plan *plan, const Incident &incident)
{
    const QString title = QStringLiteral("%1 · %2").arg(level(plan, incident.levelCode),
                                                      category(plan, incident.categoryCode));
    //: An incident rehearsed in a drill, in lists and the banner.
    return incident.drill ? tr("[Drill] %1").arg(title) : title;
}

#include "IncidentWording.h"

#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "core/incident/IncidentAttention.h"

QString IncidentWording::levelNamed(const QString &name, const QString &code)
{
    if (name.isEmpty())
        return tr("Level %1").arg(code);
    // The default plans already say "(Level III)" in the name; an officer's own name may not.
    if (name.contains(code))
        return name;
    //: A level's name and its numeral: %1 the plan's name (较大), %2 I … IV.
    return tr("%1 (Level %2)").arg(name, code);
}

QString IncidentWording::level(const Plan *plan, const QString &code)
{
    if (plan) {
        for (const IncidentLevel &level : plan->levels) {
            if (level.code == code)
                return levelNamed(level.name, code);
        }
    }
    return levelNamed(QString(), code);
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

QString IncidentWording::titled(const QString &level, const QString &category, bool drill)
{
    const QString title = QStringLiteral("%1 · %2").arg(level, category);
    //: An incident rehearsed in a drill, in lists and the banner.
    return drill ? tr("[Drill] %1").arg(title) : title;
}

QString IncidentWording::title(const Plan *plan, const Incident &incident)
{
    return titled(level(plan, incident.levelCode), category(plan, incident.categoryCode), incident.drill);
}

QString IncidentWording::title(const IncidentAttention &attention)
{
    const Incident &incident = attention.incident;
    return titled(levelNamed(attention.levelName, incident.levelCode),
                  attention.categoryName.isEmpty() ? incident.categoryCode : attention.categoryName, incident.drill);
}

#pragma once

#include "../domain/Plan.h"
#include "IncidentChecklistItem.h"

#include <QList>

// The plan's response steps for a level as a checklist: the level's response procedure, one item a
// line, or a sentence when the procedure is one paragraph (as the default plan text is).
class IncidentChecklist
{
public:
    static QList<IncidentChecklistItem> fromPlan(const Plan &plan, const QString &levelCode);
};

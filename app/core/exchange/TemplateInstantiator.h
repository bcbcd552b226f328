#pragma once

#include "../Result.h"
#include "../reference/PlanFactory.h"
#include "Template.h"

#include <QCoreApplication>

// Makes a new plan, or a new drill item for a plan's programme, from a template. Nothing of the
// template's own identity is carried over as ids: the plan and item are new (id 0) and get their
// ids when saved. {{organisation}} in any text becomes the organisation's name.
class TemplateInstantiator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateInstantiator)

public:
    struct PlanOptions
    {
        QString organisation; // required: a plan names its organisation
        QString title;        // empty: the template's title with {{organisation}} filled in
        QString ciiSector;    // needed when the template is for a CII operator
    };

    // Parts the template leaves empty (no sections, levels, categories, reporting steps or roles)
    // come from PlanFactory's defaults for the template's language and operator profile, as a new
    // plan from the wizard would have them; so do the review dates.
    static Result<Plan> createPlan(const Template &templ, const PlanOptions &options,
                                   const PlanFactory &factory = PlanFactory());

    // A drill scenario as an item of plan `planId`'s programme, first held on `firstDate` (a template
    // has no dates; the caller chooses). It happens once until the user sets a recurrence.
    static Result<DrillItem> createDrillItem(const Template &templ, qint64 planId, const QDate &firstDate,
                                             const QString &organisation);
};

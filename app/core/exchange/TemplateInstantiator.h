#pragma once

#include "../Result.h"
#include "../reference/PlanFactory.h"
#include "Template.h"

#include <QCoreApplication>

#include <optional>

// Makes a new plan, or a new drill item for a plan's programme, from a template. Nothing of the
// template's own identity is carried over as ids: the plan and item are new (id 0) and get their
// ids when saved. {{organisation}} in any text becomes the organisation's name; the markers the
// exporter left for removed names, phones and e-mail addresses become placeholders to fill in
// (TemplatePlaceholders).
class TemplateInstantiator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateInstantiator)

public:
    struct PlanOptions
    {
        QString organisation; // required: a plan names its organisation
        QString title;        // empty: the template's title with {{organisation}} filled in
        QString ciiSector;    // needed when the plan is for a CII operator
        // The operator the plan is for, when it is not the one the template was written for (a CII
        // operator starting from a special plan written for ordinary operators, say).
        std::optional<OperatorProfile> profile = {};
    };

    // Whether the plan's reporting chain comes from the reference data rather than from the
    // template: the chain depends on the operator (CII: 1 hour, to the protection department and
    // the police; ordinary: 4 hours, to the provincial cyberspace administration), so a template's
    // chain written for another operator is not kept.
    static bool replacesReportingChain(const Template &templ, const PlanOptions &options);

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

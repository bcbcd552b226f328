#pragma once

#include "../domain/Plan.h"
#include "../reference/ReferenceData.h"
#include "MissingElement.h"

#include <QList>

// Which required elements (reference/plan-requirements.json) a plan still lacks. The requirement
// list is data, so a rule change is a data change; the checks it may name are the fixed set below.
class CompletenessChecker
{
public:
    explicit CompletenessChecker(const ReferenceData &data = ReferenceData::builtIn());

    // Descriptions and clauses come back in `language` ("zh_CN" or "en").
    QList<MissingElement> missingElements(const Plan &plan, const QString &language) const;

    // True if `check` is satisfied by `plan`; unknown checks count as satisfied so that newer
    // reference data never blocks an older PlanDesk.
    static bool isSatisfied(const Plan &plan, const QString &check);

    // Whether the requirement asks anything of this plan (its operator profile and kind).
    static bool appliesTo(const ReferenceData::Requirement &requirement, const Plan &plan);

private:
    const ReferenceData &m_data;
};

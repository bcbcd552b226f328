#include "DashboardBuilder.h"

#include "../storage/Database.h"
#include "../storage/DrillRepository.h"
#include "../storage/PlanRepository.h"
#include "DrillScheduler.h"
#include "ProgrammeChecker.h"

#include <QSet>

#include <algorithm>

Result<Dashboard> DashboardBuilder::build(Database &database, const QDate &today)
{
    DrillRepository drills(database);
    Result<DrillScheduleSnapshot> loaded = drills.loadSchedule();
    if (!loaded)
        return loaded.error();
    const DrillScheduleSnapshot &snapshot = loaded.value();
    Result<QList<CorrectiveActionSummary>> actions = drills.listOpenCorrectiveActions(0, today, Dashboard::kListLimit);
    if (!actions)
        return actions.error();
    Result<int> actionCount = drills.countOpenCorrectiveActions(today);
    if (!actionCount)
        return actionCount.error();
    Result<QList<PlanRevisionSummary>> revisions = drills.listPendingPlanRevisions(Dashboard::kListLimit);
    if (!revisions)
        return revisions.error();
    Result<QList<PlanSummary>> plans = PlanRepository(database).listPlans();
    if (!plans)
        return plans.error();

    Dashboard dashboard;
    dashboard.today = today;
    dashboard.overdueDrills = DrillScheduler::overdue(snapshot, today);
    dashboard.drillsDueSoon = DrillScheduler::dueSoon(snapshot, today);

    dashboard.overdueCorrectiveActions = actions.value(); // open and due before today, oldest first
    dashboard.overdueCorrectiveActionCount = actionCount.value();

    for (const PlanSummary &plan : std::as_const(plans.value())) {
        if (plan.nextReviewOn.isValid() && plan.nextReviewOn < today)
            dashboard.plansPastReview.append(plan);
    }
    // The longest overdue review first.
    std::stable_sort(dashboard.plansPastReview.begin(), dashboard.plansPastReview.end(),
                     [](const PlanSummary &a, const PlanSummary &b) { return a.nextReviewOn < b.nextReviewOn; });

    dashboard.pendingPlanRevisions = revisions.value();

    // A plan with a programme is checked whatever its profile; a CII plan is checked even without
    // one, since having no drills at all is what the check is there to catch.
    QSet<qint64> withItems;
    for (const DrillItem &item : snapshot.items)
        withItems.insert(item.planId);
    QList<qint64> planIds = snapshot.plans.keys();
    std::sort(planIds.begin(), planIds.end());
    for (qint64 planId : std::as_const(planIds)) {
        if (withItems.contains(planId) || snapshot.plans.value(planId).profile != OperatorProfile::Ordinary)
            dashboard.programmeWarnings += ProgrammeChecker::check(snapshot, planId, today);
    }
    return dashboard;
}

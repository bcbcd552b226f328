#include "DashboardBuilder.h"

#include "../incident/IncidentDeadlineRules.h"
#include "../incident/IncidentDeadlines.h"
#include "../storage/Database.h"
#include "../storage/DrillRepository.h"
#include "../storage/IncidentRepository.h"
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
    // Only the plans past review: building a summary of each of a thousand plans to find a few
    // took 2.4 ms of the dashboard's 50.
    Result<QList<PlanSummary>> pastReview = PlanRepository(database).listPlansPastReview(today);
    if (!pastReview)
        return pastReview.error();
    const IncidentDeadlineRules &rules = IncidentDeadlineRules::builtIn();
    Result<QList<IncidentAttention>> incidents = IncidentRepository(database).listNeedingAttention(rules.reportableLevels());
    if (!incidents)
        return incidents.error();

    Dashboard dashboard;
    dashboard.today = today;
    dashboard.overdueDrills = DrillScheduler::overdue(snapshot, today);
    dashboard.drillsDueSoon = DrillScheduler::dueSoon(snapshot, today);

    dashboard.overdueCorrectiveActions = actions.value(); // open and due before today, oldest first
    dashboard.overdueCorrectiveActionCount = actionCount.value();

    dashboard.plansPastReview = pastReview.value(); // the longest overdue review first

    // What each incident still owes: its reports not sent, its open corrective actions. One that
    // owes nothing more (a closed 一般 incident, say) leaves the list; a revision it asks for is
    // listed with the drills' below.
    QList<PlanRevisionSummary> incidentRevisions;
    for (IncidentAttention &attention : incidents.value()) {
        const Incident &incident = attention.incident;
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(IncidentDeadlines::factsOf(incident, attention.profile), rules);
        attention.dueReports = IncidentDeadlines::stillDue(schedule, incident, attention.reports);
        if (incident.planRevisionPending())
            incidentRevisions.append({0, incident.planId, attention.planTitle, QString(), incident.closedAt.date(),
                                      incident.planRevisionNote, incident.id});
        if (!incident.isClosed() || !attention.dueReports.isEmpty() || !attention.openCorrectiveActions().isEmpty())
            dashboard.incidents.append(attention);
    }
    std::stable_sort(dashboard.incidents.begin(), dashboard.incidents.end(),
                     [](const IncidentAttention &a, const IncidentAttention &b) {
                         return !a.incident.isClosed() && b.incident.isClosed();
                     });

    dashboard.pendingPlanRevisions = revisions.value();
    // Oldest first, as the drills' are.
    for (const PlanRevisionSummary &revision : std::as_const(incidentRevisions)) {
        const auto later = std::find_if(dashboard.pendingPlanRevisions.begin(), dashboard.pendingPlanRevisions.end(),
                                        [&revision](const PlanRevisionSummary &listed) {
                                            return listed.heldOn.isValid() && listed.heldOn > revision.heldOn;
                                        });
        dashboard.pendingPlanRevisions.insert(later, revision);
    }

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

#pragma once

#include "../domain/CorrectiveActionSummary.h"
#include "../domain/PlanRevisionSummary.h"
#include "../domain/PlanSummary.h"
#include "../incident/IncidentAttention.h"
#include "DrillOccurrence.h"
#include "ProgrammeWarning.h"

#include <QDate>
#include <QList>

// What the main window's dashboard shows on `today`.
struct Dashboard
{
    // A list longer than this is cut, oldest kept: nobody reads thousands of lines, and the count
    // still says how many there are.
    static constexpr int kListLimit = 200;

    QDate today;
    // Incidents being handled, or closed and still owing a report or a corrective action; open ones
    // first, latest discovery first. A summary report and the corrective actions of a closed
    // incident are tracked here until done.
    QList<IncidentAttention> incidents;
    QList<DrillOccurrence> overdueDrills;
    QList<DrillOccurrence> drillsDueSoon;
    QList<CorrectiveActionSummary> overdueCorrectiveActions; // open, due date passed; at most kListLimit
    int overdueCorrectiveActionCount = 0;                     // all of them
    QList<PlanSummary> plansPastReview;                      // next review date passed
    QList<PlanRevisionSummary> pendingPlanRevisions;         // drills and incidents that ask for a revision not yet made
    QList<ProgrammeWarning> programmeWarnings;

    bool isEmpty() const
    {
        return incidents.isEmpty() && overdueDrills.isEmpty() && drillsDueSoon.isEmpty() && overdueCorrectiveActions.isEmpty()
            && plansPastReview.isEmpty() && pendingPlanRevisions.isEmpty() && programmeWarnings.isEmpty();
    }
};

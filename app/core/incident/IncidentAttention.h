#pragma once

#include "../domain/OperatorProfile.h"
#include "DueReport.h"
#include "Incident.h"
#include "IncidentReport.h"

#include <QList>
#include <QString>

// An incident that still asks something of the officer, for the dashboard: one being handled, or a
// closed one with a report still to send, corrective actions still open or a plan revision not yet
// made. IncidentRepository::listNeedingAttention reads it with what names it; DashboardBuilder
// adds the reports still due.
struct IncidentAttention
{
    Incident incident; // with its corrective actions; without its log and checklist
    QString planTitle;
    OperatorProfile profile = OperatorProfile::Ordinary; // the plan's, for the route of the reports
    QString levelName; // the plan's own names ("较大网络安全事件（III 级）"); empty if the plan lacks them
    QString categoryName;
    QList<IncidentReport> reports; // what has been written and sent so far

    // Filled by DashboardBuilder: the operator's reports not yet sent, earliest deadline first
    // (a summary report whose deadline cannot be known yet last).
    QList<DueReport> dueReports;

    QList<CorrectiveAction> openCorrectiveActions() const
    {
        QList<CorrectiveAction> open;
        for (const CorrectiveAction &action : incident.correctiveActions) {
            if (action.state != CorrectiveActionState::Closed)
                open.append(action);
        }
        return open;
    }
};

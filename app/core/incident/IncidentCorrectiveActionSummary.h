#pragma once

#include "../domain/CorrectiveAction.h"

#include <QDateTime>
#include <QString>

// A corrective action from a closed incident with where it comes from, for lists and (later) the
// dashboard, next to the drills' CorrectiveActionSummary.
struct IncidentCorrectiveActionSummary
{
    CorrectiveAction action;
    qint64 incidentId = 0;
    qint64 planId = 0;
    QString planTitle;
    QDateTime discoveredAt;
    bool drill = false;

    friend bool operator==(const IncidentCorrectiveActionSummary &, const IncidentCorrectiveActionSummary &) = default;
};

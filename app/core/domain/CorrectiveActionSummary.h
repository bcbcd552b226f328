#pragma once

#include "CorrectiveAction.h"

#include <QDate>
#include <QString>

// A corrective action with where it comes from, for lists and the dashboard.
struct CorrectiveActionSummary
{
    CorrectiveAction action;
    qint64 recordId = 0;
    qint64 planId = 0;
    QString planTitle;
    QString drillTitle;
    QDate drillHeldOn;

    friend bool operator==(const CorrectiveActionSummary &, const CorrectiveActionSummary &) = default;
};

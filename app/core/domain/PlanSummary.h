#pragma once

#include "PlanStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// What the plan list shows, without loading a whole plan.
struct PlanSummary
{
    qint64 id = 0;
    QString title;
    QString organisation;
    PlanStatus status = PlanStatus::Draft;
    QString version;
    QDate nextReviewOn;
    QDateTime updatedAt;
};

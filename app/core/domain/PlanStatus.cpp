#include "PlanStatus.h"

#include <QtGlobal>

QList<PlanStatus> allPlanStatuses()
{
    return {PlanStatus::Draft, PlanStatus::UnderReview, PlanStatus::Approved, PlanStatus::Published,
            PlanStatus::Withdrawn};
}

QString planStatusKey(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return QStringLiteral("draft");
    case PlanStatus::UnderReview: return QStringLiteral("review");
    case PlanStatus::Approved: return QStringLiteral("approved");
    case PlanStatus::Published: return QStringLiteral("published");
    case PlanStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

std::optional<PlanStatus> planStatusFromKey(const QString &key)
{
    for (PlanStatus status : allPlanStatuses()) {
        if (planStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

const char *planStatusSourceText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return QT_TRANSLATE_NOOP("PlanStatus", "Draft");
    case PlanStatus::UnderReview: return QT_TRANSLATE_NOOP("PlanStatus", "Under review");
    case PlanStatus::Approved: return QT_TRANSLATE_NOOP("PlanStatus", "Approved");
    case PlanStatus::Published: return QT_TRANSLATE_NOOP("PlanStatus", "Published");
    case PlanStatus::Withdrawn: return QT_TRANSLATE_NOOP("PlanStatus", "Withdrawn");
    }
    return "";
}

bool planStatusIsApprovedOrLater(PlanStatus status)
{
    return status == PlanStatus::Approved || status == PlanStatus::Published || status == PlanStatus::Withdrawn;
}

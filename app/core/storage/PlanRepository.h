#pragma once

#include "../Result.h"
#include "../domain/Plan.h"
#include "../domain/PlanDrillCounts.h"
#include "../domain/PlanSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

class Database;

// Plans in and out of the database. Every write is one transaction: a plan is stored whole or not
// at all.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Database &database);

    Result<QList<PlanSummary>> listPlans() const;
    // The plans whose next review date lies before `today`, the longest overdue first (for the dashboard).
    Result<QList<PlanSummary>> listPlansPastReview(const QDate &today) const;
    Result<Plan> load(qint64 planId) const;
    // Inserts a plan whose id is 0 or updates the stored one; returns the stored plan with its id
    // and time stamps set.
    Result<Plan> save(const Plan &plan);
    Result<void> remove(qint64 planId);
    // The drill items, cancellations, records, corrective actions and incidents that remove(planId) deletes too.
    Result<PlanDrillCounts> drillCounts(qint64 planId) const;

private:
    // Plan summaries matching `condition` (with `values` bound in order), sorted by `order`.
    Result<QList<PlanSummary>> selectSummaries(const QString &condition, const QString &order,
                                               const QVariantList &values) const;

    Database &m_database;
};

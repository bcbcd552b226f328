#pragma once

#include <QCoreApplication>
#include <QString>

struct PlanDrillCounts;

class PlanRepository;
class QWidget;

// Deleting a plan, from the plan list or from the editor: one confirmation, one transaction, one
// message if it fails.
class PlanDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PlanDeletion)

public:
    // Asks first; returns true if the plan is gone.
    static bool confirmAndDelete(QWidget *parent, PlanRepository &repository, qint64 planId, const QString &title);
    // The confirmation: the plan and, counted, the drill programme and incidents that go with it.
    static QString question(const QString &title, const PlanDrillCounts &counts);
};

#pragma once

#include "../Result.h"
#include "Dashboard.h"

#include <QCoreApplication>

class Database;

// Computes the dashboard from the database: one snapshot of the programme, the overdue corrective
// actions, the pending plan revisions, the plans past review and the incidents needing attention,
// then pure computation (DrillScheduler, ProgrammeChecker, IncidentDeadlines).
class DashboardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DashboardBuilder)

public:
    static Result<Dashboard> build(Database &database, const QDate &today);
};

#pragma once

#include "../Result.h"
#include "Dashboard.h"

#include <QCoreApplication>

class Database;

// Computes the dashboard from the database: one snapshot of the programme, the open corrective
// actions and the plans, then pure computation (DrillScheduler, ProgrammeChecker).
class DashboardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DashboardBuilder)

public:
    static Result<Dashboard> build(Database &database, const QDate &today);
};

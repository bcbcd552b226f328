#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Applies the numbered migrations in resources/migrations, each in its own transaction, and keeps
// the version in the schema_version table (a table rather than SQLite's user_version so that the
// same scheme works on PostgreSQL).
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static constexpr int kLatestVersion = 5;

    explicit SchemaMigrator(QSqlDatabase database);

    // 0 for an empty file; an error for a file that holds tables but is not a PlanDesk database.
    Result<int> currentVersion() const;
    // Runs every migration after the current version up to `targetVersion`.
    Result<void> migrateTo(int targetVersion);

    // The statements of migration `version`, split one per exec.
    static Result<QStringList> statementsOf(int version);

private:
    QSqlDatabase m_database;
};

#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// The one SQLite file that holds everything. Opening it takes an exclusive lock (a second
// PlanDesk is told the file is in use), refuses a file from a newer PlanDesk without writing to
// it, keeps a copy before migrating, and switches to WAL with foreign keys on.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `targetSchemaVersion` -1 migrates to the latest version; tests pass an older one to build
    // files as an older PlanDesk left them.
    Result<void> open(const QString &path, int targetSchemaVersion = -1);
    void close();
    bool isOpen() const { return m_database.isOpen(); }

    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_database; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the copy made before the last migration went; empty if none was needed.
    QString backupPath() const { return m_backupPath; }

    // <user data>/plandesk/plandesk.sqlite
    static QString defaultPath();

private:
    Result<void> backupBeforeMigration(int fromVersion);
    Result<void> openFile(const QString &path, int targetSchemaVersion);

    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_path;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
};

#include "Database.h"

#include "../Clock.h"
#include "SchemaMigrator.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QAtomicInt connectionCounter;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

Database::Database()
    : m_connectionName(QStringLiteral("plandesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    // One "plandesk" folder under the user's data folder (~/.local/share on Linux, %LOCALAPPDATA%
    // on Windows); AppDataLocation would nest organisation and application name.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("plandesk/plandesk.sqlite"));
}

Result<void> Database::open(const QString &path, int targetSchemaVersion)
{
    close();
    m_backupPath.clear();
    // The work happens in openFile() so that its queries and migrator, which hold copies of the
    // connection, are gone before a failure closes and removes that connection.
    Result<void> opened = openFile(path, targetSchemaVersion);
    if (!opened)
        close();
    return opened;
}

Result<void> Database::openFile(const QString &path, int targetSchemaVersion)
{
    const int target = targetSchemaVersion < 0 ? SchemaMigrator::kLatestVersion : targetSchemaVersion;
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();

    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error{tr("Could not create the folder %1 for the database.").arg(QDir::toNativeSeparators(dir.absolutePath()))};
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a file.").arg(QDir::toNativeSeparators(m_path))};

    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // The lock is held for as long as PlanDesk runs, so it must never go stale by age; a lock left
    // by a crashed PlanDesk is still recognised as stale because its process is gone.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        const QLockFile::LockError lockError = m_lock->error();
        m_lock.reset();
        if (lockError == QLockFile::LockFailedError)
            return Error{tr("The database %1 is in use by another PlanDesk. Close it there first.").arg(QDir::toNativeSeparators(m_path))};
        return Error{tr("PlanDesk cannot write in the folder %1; check its permissions.").arg(QDir::toNativeSeparators(dir.absolutePath()))};
    }

    if (!info.exists()) {
        // Created empty and owner-only before SQLite touches it: SQLite gives its -wal and -shm
        // files the same permissions, and the file holds names and phone numbers.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
            return Error{tr("Could not create the database %1: %2.").arg(QDir::toNativeSeparators(m_path), file.errorString())};
        file.close();
    } else if (!info.isWritable()) {
        return Error{tr("The database %1 is read-only; check its permissions.").arg(QDir::toNativeSeparators(m_path))};
    }

    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_database.open())
        return StorageError::from(tr("Could not open the database %1").arg(QDir::toNativeSeparators(m_path)), m_database.lastError());

    // Read the version before anything writes to the file: a file from a newer PlanDesk, or a
    // foreign one, must be left exactly as it was.
    SchemaMigrator migrator(m_database);
    Result<int> version = migrator.currentVersion();
    if (!version)
        return Error{tr("Could not open the database %1: %2. The file was left unchanged.")
                         .arg(QDir::toNativeSeparators(m_path), version.errorMessage())};
    if (version.value() > SchemaMigrator::kLatestVersion) {
        return Error{tr("The database %1 was written by a newer PlanDesk (data version %2; this PlanDesk reads up to %3). "
                             "It was not changed; open it with the newer PlanDesk.")
                              .arg(QDir::toNativeSeparators(m_path), QString::number(version.value()),
                                   QString::number(SchemaMigrator::kLatestVersion))};
    }

    QSqlQuery pragma(m_database);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return StorageError::from(tr("Could not prepare the database %1").arg(QDir::toNativeSeparators(m_path)), pragma.lastError());
    // 32 MiB of page cache instead of SQLite's 2 MiB: the dashboard joins every open corrective
    // action to its (wide) drill record, item and plan, which otherwise re-reads pages at random.
    if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -32768")))
        return StorageError::from(tr("Could not prepare the database %1").arg(QDir::toNativeSeparators(m_path)), pragma.lastError());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return StorageError::from(tr("Could not prepare the database %1").arg(QDir::toNativeSeparators(m_path)), pragma.lastError());

    if (version.value() > 0 && version.value() < target) {
        if (Result<void> backedUp = backupBeforeMigration(version.value()); !backedUp)
            return backedUp.error();
    }
    if (Result<void> migrated = migrator.migrateTo(target); !migrated)
        return migrated.error();
    m_schemaVersion = qMax(target, version.value());
    return {};
}

Result<void> Database::backupBeforeMigration(int fromVersion)
{
    const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // One arg() call: a path that itself contains "%1" must not be rewritten by a later arg().
    m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path, QString::number(fromVersion), stamp);
    QFile::remove(m_backupPath);
    {
        // Created empty and owner-only first (VACUUM INTO accepts an empty file), so that the copy
        // of names and phone numbers is never readable by others, not even for a moment.
        QFile backup(m_backupPath);
        if (!backup.open(QIODevice::WriteOnly) || !backup.setPermissions(kOwnerOnly))
            return Error{tr("Could not keep a copy of the database before upgrading it: %1.").arg(backup.errorString())};
    }
    // VACUUM INTO writes a consistent copy even while the WAL holds recent changes.
    QSqlQuery vacuum(m_database);
    QString quoted = m_backupPath;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        QFile::remove(m_backupPath);
        return StorageError::from(tr("Could not keep a copy of the database before upgrading it"), vacuum.lastError());
    }
    return {};
}

void Database::close()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
    m_schemaVersion = 0;
}

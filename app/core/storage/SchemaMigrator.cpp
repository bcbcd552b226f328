#include "SchemaMigrator.h"

#include "StorageError.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

SchemaMigrator::SchemaMigrator(QSqlDatabase database) : m_database(std::move(database)) {}

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery tables(m_database);
    // Reading the table list is the first touch of the file: a file that is not SQLite fails here.
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Error{StorageError::cause(tables.lastError())};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (names.isEmpty())
        return 0;
    if (!names.contains(QStringLiteral("schema_version")))
        return Error{tr("it is an SQLite database, but not one of PlanDesk's")};
    QSqlQuery version(m_database);
    if (!version.exec(QStringLiteral("SELECT version FROM schema_version")) || !version.next())
        return Error{tr("its version cannot be read (%1)").arg(StorageError::cause(version.lastError()))};
    return version.value(0).toInt();
}

Result<QStringList> SchemaMigrator::statementsOf(int version)
{
    const QDir dir(QStringLiteral(":/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    if (matches.size() != 1)
        return Error{tr("Migration %1 is missing from this build of PlanDesk.").arg(version)};
    QFile file(dir.filePath(matches.first()));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Migration %1 cannot be read.").arg(version)};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    QStringList statements;
    // Statements end with ";" at the end of a line; no migration puts one inside a string literal.
    for (const QString &part : text.split(QRegularExpression(QStringLiteral(";\\s*(\n|$)")))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

Result<void> SchemaMigrator::migrateTo(int targetVersion)
{
    Result<int> current = currentVersion();
    if (!current)
        return Error{tr("Could not upgrade the database: %1.").arg(current.errorMessage())};
    for (int version = current.value() + 1; version <= targetVersion; ++version) {
        Result<QStringList> statements = statementsOf(version);
        if (!statements)
            return statements.error();
        WriteTransaction transaction(m_database);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun;
        for (const QString &statement : statements.value()) {
            QSqlQuery query(m_database);
            if (!query.exec(statement))
                return StorageError::from(tr("Could not upgrade the database to version %1").arg(version),
                                          query.lastError());
        }
        QSqlQuery bump(m_database);
        bump.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        bump.addBindValue(version);
        if (!bump.exec())
            return StorageError::from(tr("Could not record database version %1").arg(version), bump.lastError());
        if (Result<void> committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

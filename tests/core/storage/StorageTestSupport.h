#pragma once

// Helpers for the storage tests: a plain SQLite connection that bypasses Database (to build odd
// files and look at raw rows), file snapshots, and permission checks.

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace StorageTestSupport {

// A QSQLITE connection of its own, removed again when it goes out of scope.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path)
        : m_name(QStringLiteral("plain-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~PlainConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    QSqlDatabase &db() { return m_database; }
    bool isOpen() const { return m_database.isOpen(); }

    // Runs one statement; returns the driver's error text, empty on success.
    QString exec(const QString &statement)
    {
        QSqlQuery query(m_database);
        if (!query.exec(statement))
            return query.lastError().text().isEmpty() ? QStringLiteral("failed") : query.lastError().text();
        return {};
    }

private:
    QString m_name;
    QSqlDatabase m_database;
};

inline QVariant scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

inline QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

inline QStringList indexNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

inline QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next())
        names << query.value(1).toString();
    return names;
}

inline int rowCount(const QSqlDatabase &db, const QString &table, qint64 planId = -1)
{
    QSqlQuery query(db);
    if (planId < 0) {
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE plan_id = ?").arg(table));
        query.addBindValue(planId);
        query.exec();
    }
    return query.next() ? query.value(0).toInt() : -1;
}

// Every row of every PlanDesk table as text: two equal dumps mean nothing was written.
inline QStringList dump(const QSqlDatabase &db)
{
    QStringList lines;
    for (const QString &table : tableNames(db)) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// rw for the owner and nothing for anyone else (QFile reports the owner bits also as "User").
inline bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner)
           && (permissions & QFileDevice::WriteOwner) && !(permissions & QFileDevice::ExeOwner);
}

} // namespace StorageTestSupport

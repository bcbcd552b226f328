#include "WriteTransaction.h"

#include "StorageError.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase database) : m_database(std::move(database)) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_database);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> WriteTransaction::begin()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StorageError::from(StorageError::tr("Could not start writing to the database"), query.lastError());
    m_active = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")))
        return StorageError::from(StorageError::tr("Could not finish writing to the database"), query.lastError());
    m_active = false;
    return {};
}

#include "WriteTransaction.h"

#include "StorageError.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

namespace {

// What is open on each connection (by connection name). SQLite cannot be asked portably through
// Qt whether a transaction is open, and a repository only holds the connection, so the nesting is
// kept here. `broken`: a savepoint could not be rolled back (SQLite had already rolled the whole
// transaction back, e.g. on a full disk); nothing more may be written or committed in it, or the
// statements after it would run outside any transaction.
struct ConnectionState
{
    int depth = 0;
    bool broken = false;
};

QMutex stateMutex;
QHash<QString, ConnectionState> states;

QString savepointName(int depth)
{
    return QStringLiteral("plandesk_%1").arg(depth);
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase database) : m_database(std::move(database)) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::isOpen(const QSqlDatabase &database)
{
    const QMutexLocker locker(&stateMutex);
    return states.value(database.connectionName()).depth > 0;
}

Result<void> WriteTransaction::begin()
{
    if (m_depth > 0)
        return {};
    const QString name = m_database.connectionName();
    const QMutexLocker locker(&stateMutex);
    ConnectionState &state = states[name];
    if (state.broken)
        return Error{StorageError::tr("Could not start writing to the database: an earlier step of this change "
                                      "failed and was undone; nothing of the change was saved.")};
    const int depth = state.depth + 1;
    QSqlQuery query(m_database);
    const QString statement =
        depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT %1").arg(savepointName(depth));
    if (!query.exec(statement)) {
        if (state.depth == 0)
            states.remove(name);
        return StorageError::from(StorageError::tr("Could not start writing to the database"), query.lastError());
    }
    state.depth = depth;
    m_depth = depth;
    return {};
}

Result<void> WriteTransaction::commit()
{
    if (m_depth == 0)
        return Error{StorageError::tr("Could not finish writing to the database: the change was not started.")};
    const QString name = m_database.connectionName();
    QMutexLocker locker(&stateMutex);
    ConnectionState &state = states[name];
    // Transactions end in the reverse order they began (they live on the stack); a savepoint of an
    // outer one released first would take the inner ones with it.
    Q_ASSERT(state.depth == m_depth);
    if (state.broken) {
        locker.unlock();
        rollback();
        return Error{StorageError::tr("Could not finish writing to the database: an earlier step of this change "
                                      "failed and was undone; nothing of the change was saved.")};
    }
    QSqlQuery query(m_database);
    const QString statement =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT %1").arg(savepointName(m_depth));
    if (!query.exec(statement))
        return StorageError::from(StorageError::tr("Could not finish writing to the database"), query.lastError());
    state.depth = m_depth - 1;
    if (state.depth == 0)
        states.remove(name);
    m_depth = 0;
    return {};
}

void WriteTransaction::rollback()
{
    if (m_depth == 0)
        return;
    const QString name = m_database.connectionName();
    const QMutexLocker locker(&stateMutex);
    ConnectionState &state = states[name];
    Q_ASSERT(state.depth == m_depth);
    QSqlQuery query(m_database);
    if (m_depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
        states.remove(name);
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it, and with it nothing, since
        // everything after it was just undone.
        const QString savepoint = savepointName(m_depth);
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(savepoint))
            || !query.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint)))
            state.broken = true;
        state.depth = m_depth - 1;
    }
    m_depth = 0;
}

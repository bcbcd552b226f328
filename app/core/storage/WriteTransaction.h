#pragma once

#include "../Result.h"

#include <QSqlDatabase>

// A write, rolled back by the destructor unless committed. The outermost one on a connection is
// BEGIN IMMEDIATE … COMMIT: IMMEDIATE takes the write lock up front, so two writers never both read
// and then fail half way. One begun while another is open on the same connection (a repository
// method called inside a UnitOfWork) is a SAVEPOINT … RELEASE instead: it commits only with the
// outermost one, and rolling it back undoes its own part only, leaving the outer transaction open
// for its owner to decide. SAVEPOINT, RELEASE and ROLLBACK TO are standard SQL (PostgreSQL has them).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    // Undoes what was written since begin() (to the savepoint, for a nested one); the destructor
    // does the same for an uncommitted transaction.
    void rollback();

    bool isActive() const { return m_depth > 0; }
    bool isNested() const { return m_depth > 1; }
    // Whether a WriteTransaction is open on this connection: a new one would be nested.
    static bool isOpen(const QSqlDatabase &database);

private:
    QSqlDatabase m_database;
    int m_depth = 0; // 1 for the outermost transaction, 2 for a savepoint inside it, …; 0 when not active
};

#pragma once

#include "../Result.h"

#include <QSqlDatabase>

// BEGIN IMMEDIATE … COMMIT, rolled back by the destructor unless committed. IMMEDIATE takes the
// write lock up front, so two writers never both read and then fail half way.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

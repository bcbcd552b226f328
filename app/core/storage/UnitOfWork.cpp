#include "UnitOfWork.h"

#include "Database.h"

UnitOfWork::UnitOfWork(Database &database) : m_transaction(database.connection()) {}

Result<void> UnitOfWork::begin()
{
    return m_transaction.begin();
}

Result<void> UnitOfWork::commit()
{
    return m_transaction.commit();
}

#pragma once

#include "../Result.h"
#include "WriteTransaction.h"

class Database;

// One user action that writes several aggregates (a plan and its drill programme) as one
// transaction, so that a failure or a crash half way leaves nothing of it:
//
//     UnitOfWork unit(database);
//     if (Result<void> begun = unit.begin(); !begun) return begun.error();
//     … PlanRepository(database).save(plan), DrillRepository(database).saveItem(item), …
//     if (Result<void> committed = unit.commit(); !committed) return committed.error();
//
// begin() is one BEGIN IMMEDIATE on the database's connection; every repository write made on that
// connection until commit() joins it as a savepoint, so it is kept only if commit() succeeds. A
// repository write that fails undoes its own part and returns the error; the caller decides (most
// return it, and the destructor then rolls the whole unit back). A unit begun inside another unit
// is itself a savepoint of the outer one.
class UnitOfWork
{
public:
    explicit UnitOfWork(Database &database);

    Result<void> begin();
    Result<void> commit();
    bool isActive() const { return m_transaction.isActive(); }

private:
    WriteTransaction m_transaction;
};

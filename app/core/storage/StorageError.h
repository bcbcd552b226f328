#pragma once

#include "../Error.h"

#include <QCoreApplication>
#include <QSqlError>

// Turns a driver error into one sentence for the user, naming the cause in words (disk full,
// read-only, damaged file) instead of SQLite's codes.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    // `action` says what failed, e.g. tr("Could not save the plan").
    static Error from(const QString &action, const QSqlError &error);
    // Only the cause, as a phrase: "the disk is full".
    static QString cause(const QSqlError &error);
};

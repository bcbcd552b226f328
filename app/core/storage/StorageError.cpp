#include "StorageError.h"

Error StorageError::from(const QString &action, const QSqlError &error)
{
    return Error{tr("%1: %2.").arg(action, cause(error))};
}

QString StorageError::cause(const QSqlError &error)
{
    // SQLite reports extended codes; the primary code is the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString cause;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        cause = tr("the database is busy in another program; try again in a moment");
        break;
    case 8: // SQLITE_READONLY
        cause = tr("the database file is read-only");
        break;
    case 10: // SQLITE_IOERR
        cause = tr("the disk could not be read or written");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        cause = tr("the database file is damaged or is not a PlanDesk database");
        break;
    case 13: // SQLITE_FULL
        cause = tr("the disk is full");
        break;
    case 14: // SQLITE_CANTOPEN
        cause = tr("the database file cannot be opened");
        break;
    case 19: // SQLITE_CONSTRAINT
        cause = tr("the data breaks a rule of the database (%1)").arg(error.databaseText());
        break;
    default:
        cause = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        break;
    }
    return cause;
}

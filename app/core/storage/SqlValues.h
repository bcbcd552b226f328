#pragma once

#include "../Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlDatabase;

// How the repositories store values and delete rows, in one place so that every table follows the
// same conventions: dates as ISO text (NULL when not set), text columns never NULL, time stamps as
// UTC ISO text with milliseconds. Internal to app/core/storage.
namespace SqlValues {

// A date to bind: ISO text, or NULL when it is not set.
QVariant dateValue(const QDate &date);
// A null QString would be bound as SQL NULL; text columns hold '' instead, and NULL stays reserved
// for dates that are not set.
QVariant bindable(const QVariant &value);
// A date column as stored by dateValue().
QDate dateFrom(const QVariant &value);
QString timestamp(const QDateTime &time);
QDateTime timestampFrom(const QVariant &value);

// Deletes the row `id` of `table` in one write transaction. `failure` (translated) says what could
// not be done when SQLite fails; `missing` (translated) is the error when there is no such row.
Result<void> deleteRow(const QSqlDatabase &db, const QString &table, qint64 id, const QString &failure,
                       const QString &missing);

} // namespace SqlValues

#include "SqlValues.h"

#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

int digit(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'0' && u <= u'9' ? int(u - u'0') : -1;
}

// yyyy-MM-dd by hand: the schedule reads tens of thousands of dates at a time, and this is several
// times quicker than QDate::fromString; anything else goes through Qt.
QDate isoDate(const QString &text)
{
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        const int y0 = digit(text.at(0)), y1 = digit(text.at(1)), y2 = digit(text.at(2)), y3 = digit(text.at(3));
        const int m0 = digit(text.at(5)), m1 = digit(text.at(6)), d0 = digit(text.at(8)), d1 = digit(text.at(9));
        if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0)
            return QDate(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

namespace SqlValues {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : isoDate(value.toString());
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Result<void> deleteRow(const QSqlDatabase &db, const QString &table, qint64 id, const QString &failure,
                       const QString &missing)
{
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return StorageError::from(failure, query.lastError());
    if (query.numRowsAffected() == 0)
        return Error{missing};
    return transaction.commit();
}

} // namespace SqlValues

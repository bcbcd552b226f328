#include "CorrectiveActionRows.h"

#include "SqlValues.h"
#include "StorageError.h"

#include <QSqlQuery>
#include <QVariant>

using SqlValues::bindable;
using SqlValues::dateValue;

CorrectiveActionRows::CorrectiveActionRows(const QSqlDatabase &db, const QString &table,
                                           const QString &parentColumn)
    : m_db(db), m_table(table), m_parentColumn(parentColumn)
{
}

Result<QSet<qint64>> CorrectiveActionRows::storedIds(qint64 parentId, const QString &failure) const
{
    QSet<qint64> ids;
    if (parentId == 0)
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(m_table, m_parentColumn));
    query.addBindValue(parentId);
    if (!query.exec())
        return StorageError::from(failure, query.lastError());
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

qint64 CorrectiveActionRows::foreignActionId(const QList<CorrectiveAction> &actions,
                                             const QSet<qint64> &stored)
{
    QSet<qint64> seen;
    for (const CorrectiveAction &action : actions) {
        if (action.id == 0)
            continue;
        if (!stored.contains(action.id) || seen.contains(action.id))
            return action.id;
        seen.insert(action.id);
    }
    return 0;
}

Result<void> CorrectiveActionRows::write(qint64 parentId, QList<CorrectiveAction> &actions,
                                         const QSet<qint64> &stored, const QString &failure) const
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (position, description, owner, due_on, state, closed_on, note, %2) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(m_table, m_parentColumn));
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE %1 SET position = ?, description = ?, owner = ?, due_on = ?, state = ?, "
                       "closed_on = ?, note = ? WHERE %2 = ? AND id = ?")
            .arg(m_table, m_parentColumn));
    QSet<qint64> kept;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        CorrectiveAction &action = actions[i];
        QSqlQuery &statement = action.id == 0 ? insert : update;
        for (const QVariant &value : {QVariant(qlonglong(i)), QVariant(action.description),
                                      QVariant(action.owner), dateValue(action.dueOn),
                                      QVariant(correctiveActionStateKey(action.state)),
                                      dateValue(action.isOpen() ? QDate() : action.closedOn),
                                      QVariant(action.note), QVariant(parentId)})
            statement.addBindValue(bindable(value));
        if (action.id != 0)
            statement.addBindValue(action.id);
        if (!statement.exec())
            return StorageError::from(failure, statement.lastError());
        if (action.id == 0) {
            if (!statement.next())
                return StorageError::from(failure, statement.lastError());
            action.id = statement.value(0).toLongLong();
            statement.finish();
        } else if (statement.numRowsAffected() != 1) {
            // Not one of the parent's: the callers check with foreignActionId first.
            return Error{tr("%1: corrective action %2 was not found.").arg(failure).arg(action.id)};
        } else {
            kept.insert(action.id);
        }
    }
    // Removed actions go last: SQLite gives a new row the highest id plus one, so deleting first
    // would hand a just-deleted id (still on someone's screen) to a new action.
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    for (qint64 removedId : stored) {
        if (kept.contains(removedId))
            continue;
        remove.addBindValue(removedId);
        if (!remove.exec())
            return StorageError::from(failure, remove.lastError());
    }
    return {};
}

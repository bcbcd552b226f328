#pragma once

#include "../Result.h"
#include "../domain/CorrectiveAction.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// The corrective actions of one drill record or one incident, written in place. Drill records keep
// theirs in corrective_actions (by record_id), incidents in incident_corrective_actions (by
// incident_id): the same columns, and the same rule that an action keeps its id while it is edited,
// so that the dashboard line an officer is looking at still names it. Runs inside the caller's
// write transaction. Internal to app/core/storage.
class CorrectiveActionRows
{
    Q_DECLARE_TR_FUNCTIONS(CorrectiveActionRows)

public:
    CorrectiveActionRows(const QSqlDatabase &db, const QString &table, const QString &parentColumn);

    // The ids of the actions stored for `parentId`. `failure` (translated) says what could not be done.
    Result<QSet<qint64>> storedIds(qint64 parentId, const QString &failure) const;
    // The first action with an id that is not one of `stored`, or that appears twice; 0 if none.
    static qint64 foreignActionId(const QList<CorrectiveAction> &actions, const QSet<qint64> &stored);
    // Writes `actions` as the parent's list: updated in place, new ones inserted (their new ids set
    // in `actions`), those of `stored` no longer listed deleted last. An open action keeps no closing
    // date. Texts are stored as given: the callers trim what they trim.
    Result<void> write(qint64 parentId, QList<CorrectiveAction> &actions, const QSet<qint64> &stored,
                       const QString &failure) const;

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_parentColumn;
};

#pragma once

#include "../Result.h"
#include "../domain/CorrectiveActionSummary.h"
#include "../domain/PlanRevisionSummary.h"
#include "../domain/DrillItem.h"
#include "../domain/DrillRecord.h"
#include "../domain/DrillRecordSummary.h"
#include "../schedule/DrillScheduleSnapshot.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Drill programmes, cancellations, records and corrective actions in and out of the database.
// Every write is one transaction; invalid items and records are refused with their problems.
class DrillRepository
{
    Q_DECLARE_TR_FUNCTIONS(DrillRepository)

public:
    explicit DrillRepository(Database &database);

    // The plan's programme, ordered by first date.
    Result<QList<DrillItem>> listItems(qint64 planId) const;
    Result<DrillItem> loadItem(qint64 itemId) const;
    // Inserts an item whose id is 0 or updates the stored one. Refuses a change of recurrence that
    // would orphan a recorded or cancelled occurrence, naming its date.
    Result<DrillItem> saveItem(const DrillItem &item);
    // Refuses an item that has records (they are the evidence inspectors ask for).
    Result<void> removeItem(qint64 itemId);

    // Cancelling needs a reason; a recorded occurrence cannot be cancelled.
    Result<void> cancelOccurrence(qint64 itemId, const QDate &occurrenceDate, const QString &reason);
    Result<void> restoreOccurrence(qint64 itemId, const QDate &occurrenceDate);

    Result<QList<DrillRecordSummary>> listRecords(qint64 planId = 0) const;
    Result<DrillRecord> loadRecord(qint64 recordId) const;
    // Inserts or updates a record. Refuses a record for a cancelled occurrence or a date that is not
    // an occurrence of its item, a second record of the same occurrence, and invalid records.
    Result<DrillRecord> saveRecord(const DrillRecord &record);
    Result<void> removeRecord(qint64 recordId);

    // Open corrective actions of all plans (planId 0) or one, oldest due date first; with a valid
    // `dueBefore`, only those due before that day; with a `limit` above 0, at most that many.
    Result<QList<CorrectiveActionSummary>> listOpenCorrectiveActions(qint64 planId = 0, const QDate &dueBefore = {},
                                                                     int limit = 0) const;
    // How many open corrective actions there are (due before `dueBefore`, if valid).
    Result<int> countOpenCorrectiveActions(const QDate &dueBefore = {}) const;
    Result<void> setCorrectiveActionState(qint64 actionId, CorrectiveActionState state, const QDate &closedOn = {});

    // Records of this plan that require a revision of the plan not yet made.
    Result<QList<DrillRecord>> pendingPlanRevisions(qint64 planId) const;
    Result<void> markPlanRevised(qint64 recordId, const QDate &revisedOn);
    // Every plan's pending revisions for the dashboard, oldest drill first, at most `limit` (0: all).
    Result<QList<PlanRevisionSummary>> listPendingPlanRevisions(int limit = 0) const;

    // Everything DrillScheduler and ProgrammeChecker need, for all plans (planId 0) or one.
    Result<DrillScheduleSnapshot> loadSchedule(qint64 planId = 0) const;

private:
    Database &m_database;
};

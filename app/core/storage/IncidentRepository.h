#pragma once

#include "../Result.h"
#include "../incident/Incident.h"
#include "../incident/IncidentAttention.h"
#include "../incident/IncidentReport.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Incidents, their reports, response log, checklist and corrective actions in and out of the
// database (migration 0005). Every write is one transaction; invalid incidents and reports are
// refused with their problems and leave the database as it was.
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    explicit IncidentRepository(Database &database);

    // Declares an incident (its id must be 0) with its checklist and first log entries. Refuses an
    // unknown plan, and a level or category the plan does not have.
    Result<Incident> open(const Incident &incident);
    Result<Incident> load(qint64 incidentId) const;
    // All incidents (planId 0) or one plan's, latest discovery first, with their log and checklist.
    Result<QList<Incident>> list(qint64 planId = 0) const;
    // How many incidents deleting the plan would delete with it.
    Result<int> countForPlan(qint64 planId) const;
    // Stores the facts and the checklist of an incident that is still open (the log grows through
    // addLogEntry, closing goes through close()).
    Result<Incident> update(const Incident &incident);
    // Ends the handling: lessons are required; the corrective actions (owner and due date each) and
    // the plan-revision flag are stored with it, as a drill record stores them.
    Result<Incident> close(qint64 incidentId, const QDateTime &closedAt, const QString &lessons,
                           const QList<CorrectiveAction> &correctiveActions, bool planRevisionRequired,
                           const QString &planRevisionNote);
    // After closing: the corrective actions as they now stand (kept by id, new ones added, missing
    // ones deleted) and the day the plan was revised (invalid: not yet), in one transaction.
    Result<Incident> saveFollowUp(qint64 incidentId, const QList<CorrectiveAction> &correctiveActions,
                                  const QDate &planRevisedOn);
    // The police told of a suspected crime at `notifiedAt`, with `logAction` in the response log, in
    // one transaction; also after closing, since the report may come late. Refused without a
    // suspected crime, twice, before the discovery or in the future.
    Result<Incident> recordPoliceNotified(qint64 incidentId, const QDateTime &notifiedAt, const QString &logAction);
    Result<void> remove(qint64 incidentId);

    // Inserts a report whose id is 0 or updates the stored one. A summary report needs a closed incident.
    Result<IncidentReport> saveReport(const IncidentReport &report);
    Result<IncidentReport> loadReport(qint64 reportId) const;
    // The incident's reports in the order they were written.
    Result<QList<IncidentReport>> listReports(qint64 incidentId) const;
    Result<void> removeReport(qint64 reportId);

    Result<IncidentLogEntry> addLogEntry(qint64 incidentId, const IncidentLogEntry &entry);
    // Ticks (or unticks) step `position` of the checklist.
    Result<void> setChecklistItem(qint64 incidentId, int position, bool done, const QDateTime &doneAt,
                                  const QString &doneBy);

    // For the dashboard: the incidents that may still ask something of the officer
    // (IncidentAttention), latest discovery first, with their reports and corrective actions; five
    // short queries in all. `reportableLevels` are the levels whose reports the law asks for
    // (IncidentDeadlineRules): a closed incident below them owes no report.
    Result<QList<IncidentAttention>> listNeedingAttention(const QStringList &reportableLevels) const;
    // Closed incidents of this plan (planId 0: of all plans) whose plan revision is not yet made.
    Result<QList<Incident>> pendingPlanRevisions(qint64 planId = 0) const;

private:
    Database &m_database;
};

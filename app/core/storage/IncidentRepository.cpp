#include "IncidentRepository.h"

#include "../Clock.h"
#include "CorrectiveActionRows.h"
#include "Database.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

using SqlValues::bindable;
using SqlValues::dateFrom;
using SqlValues::dateValue;
using SqlValues::timestamp;
using SqlValues::timestampFrom;

namespace {

// A moment that may be unset: UTC text, or NULL.
QVariant momentValue(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(timestamp(moment)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime momentFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : timestampFrom(value);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QString joined(const QStringList &problems)
{
    return problems.join(QLatin1Char(' '));
}

// Runs a prepared statement with these values bound in order.
bool run(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    return query.exec();
}

const QString kIncidentColumns = QStringLiteral(
    "id, plan_id, drill, drill_item_id, drill_record_id, discovered_at, time_zone, place, affected_systems, category, "
    "level, crime_suspected, cii_system, police_notified_at, state, closed_at, lessons, plan_revision_required, "
    "plan_revision_note, plan_revised_on, created_at, updated_at");

Incident readIncident(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.planId = query.value(1).toLongLong();
    incident.drill = query.value(2).toInt() != 0;
    incident.drillItemId = query.value(3).toLongLong();
    incident.drillRecordId = query.value(4).toLongLong();
    incident.timeZoneId = query.value(6).toString().toUtf8();
    // Stored in UTC; handed back in the incident's zone, as it was declared.
    incident.discoveredAt = incident.inZone(timestampFrom(query.value(5)));
    incident.place = query.value(7).toString();
    incident.affectedSystems = query.value(8).toString();
    incident.categoryCode = query.value(9).toString();
    incident.levelCode = query.value(10).toString();
    incident.crimeSuspected = query.value(11).toInt() != 0;
    incident.ciiSystem = query.value(12).toInt() != 0;
    incident.policeNotifiedAt = incident.inZone(momentFrom(query.value(13)));
    incident.state = incidentStateFromKey(query.value(14).toString()).value_or(IncidentState::Open);
    incident.closedAt = incident.inZone(momentFrom(query.value(15)));
    incident.lessons = query.value(16).toString();
    incident.planRevisionRequired = query.value(17).toInt() != 0;
    incident.planRevisionNote = query.value(18).toString();
    incident.planRevisedOn = dateFrom(query.value(19));
    incident.createdAt = timestampFrom(query.value(20));
    incident.updatedAt = timestampFrom(query.value(21));
    return incident;
}

// What selectIncidents reads besides the incidents' own row: lists and the dashboard need only
// the corrective actions, and the log of a long incident is the largest part.
enum class IncidentParts { All, CorrectiveActionsOnly };

// The incidents matching `condition` (with `keys` bound to its placeholders in order) with their
// corrective actions, and unless `parts` says otherwise their log and checklist.
Result<QList<Incident>> selectIncidents(const QSqlDatabase &db, const QString &condition, const QVariantList &keys,
                                        IncidentParts parts = IncidentParts::All)
{
    const QString action = IncidentRepository::tr("Could not load the incidents");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE %2 ORDER BY discovered_at DESC, id DESC")
                      .arg(kIncidentColumns, condition));
    if (!run(query, keys))
        return StorageError::from(action, query.lastError());
    QList<Incident> incidents;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        incidents.append(readIncident(query));
        indexOf.insert(incidents.last().id, incidents.size() - 1);
    }
    if (incidents.isEmpty())
        return incidents;

    auto readChildren = [&](const QString &table, const QString &columns, const QString &order,
                            const std::function<void(Incident &, const QSqlQuery &)> &read) -> Result<void> {
        QSqlQuery children(db);
        children.setForwardOnly(true);
        children.prepare(QStringLiteral("SELECT incident_id, %1 FROM %2 WHERE incident_id IN "
                                        "(SELECT id FROM incidents WHERE %3) ORDER BY incident_id, %4")
                             .arg(columns, table, condition, order));
        if (!run(children, keys))
            return StorageError::from(action, children.lastError());
        while (children.next()) {
            const auto found = indexOf.constFind(children.value(0).toLongLong());
            if (found != indexOf.constEnd())
                read(incidents[found.value()], children);
        }
        return {};
    };
    Result<void> read;
    if (parts == IncidentParts::All)
        read = readChildren(QStringLiteral("incident_log"), QStringLiteral("id, entry_time, action, actor"),
                                     QStringLiteral("entry_time, id"), [](Incident &incident, const QSqlQuery &row) {
                                         incident.log.append(IncidentLogEntry{row.value(1).toLongLong(),
                                                                              incident.inZone(timestampFrom(row.value(2))),
                                                                              row.value(3).toString(),
                                                                              row.value(4).toString()});
                                     });
    if (read && parts == IncidentParts::All)
        read = readChildren(QStringLiteral("incident_checklist"), QStringLiteral("step, done, done_at, done_by"),
                            QStringLiteral("position"), [](Incident &incident, const QSqlQuery &row) {
                                incident.checklist.append(IncidentChecklistItem{
                                    row.value(1).toString(), row.value(2).toInt() != 0,
                                    incident.inZone(momentFrom(row.value(3))), row.value(4).toString()});
                            });
    if (read)
        read = readChildren(QStringLiteral("incident_corrective_actions"),
                            QStringLiteral("id, description, owner, due_on, state, closed_on, note"),
                            QStringLiteral("position, id"), [](Incident &incident, const QSqlQuery &row) {
                                CorrectiveAction ca;
                                ca.id = row.value(1).toLongLong();
                                ca.description = row.value(2).toString();
                                ca.owner = row.value(3).toString();
                                ca.dueOn = dateFrom(row.value(4));
                                ca.state = correctiveActionStateFromKey(row.value(5).toString())
                                               .value_or(CorrectiveActionState::Open);
                                ca.closedOn = dateFrom(row.value(6));
                                ca.note = row.value(7).toString();
                                incident.correctiveActions.append(ca);
                            });
    if (!read)
        return read.error();
    return incidents;
}

Result<Incident> selectIncident(const QSqlDatabase &db, qint64 incidentId)
{
    Result<QList<Incident>> found = selectIncidents(db, QStringLiteral("id = ?"), {incidentId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{IncidentRepository::tr("There is no incident with id %1.").arg(incidentId)};
    return found.value().first();
}

// Begins `transaction` and reads the incident the change is about, as every change to a stored
// incident starts: inside the transaction, so that what is checked is what is changed.
Result<Incident> beginOnIncident(WriteTransaction &transaction, const QSqlDatabase &db, qint64 incidentId)
{
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    return selectIncident(db, incidentId);
}

// The main row's values after the id, in kIncidentColumns' order.
QVariantList incidentValues(const Incident &incident)
{
    return {incident.planId,
            int(incident.drill),
            idOrNull(incident.drillItemId),
            idOrNull(incident.drillRecordId),
            timestamp(incident.discoveredAt),
            QString::fromUtf8(incident.timeZoneId),
            incident.place,
            incident.affectedSystems,
            incident.categoryCode.trimmed(),
            incident.levelCode,
            int(incident.crimeSuspected),
            int(incident.ciiSystem),
            momentValue(incident.policeNotifiedAt),
            incidentStateKey(incident.state),
            momentValue(incident.closedAt),
            incident.lessons,
            int(incident.planRevisionRequired),
            incident.planRevisionNote,
            dateValue(incident.planRevisedOn),
            timestamp(incident.createdAt),
            timestamp(incident.updatedAt)};
}

Result<void> writeChecklist(const QSqlDatabase &db, const QString &action, const Incident &incident)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM incident_checklist WHERE incident_id = ?"));
    if (!run(clear, {incident.id}))
        return StorageError::from(action, clear.lastError());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO incident_checklist (incident_id, position, step, done, done_at, done_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < incident.checklist.size(); ++i) {
        const IncidentChecklistItem &item = incident.checklist.at(i);
        if (!run(insert, {incident.id, qlonglong(i), item.step, int(item.done), momentValue(item.doneAt), item.doneBy}))
            return StorageError::from(action, insert.lastError());
    }
    return {};
}

Result<qint64> insertLogEntry(const QSqlDatabase &db, const QString &action, qint64 incidentId,
                              const IncidentLogEntry &entry)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO incident_log (incident_id, entry_time, action, actor) VALUES (?, ?, ?, ?)"));
    if (!run(insert, {incidentId, timestamp(entry.time), entry.action.trimmed(), entry.by.trimmed()}))
        return StorageError::from(action, insert.lastError());
    return insert.lastInsertId().toLongLong();
}

// Corrective actions as stored: what and who without surrounding spaces.
QList<CorrectiveAction> trimmedActions(QList<CorrectiveAction> actions)
{
    for (CorrectiveAction &action : actions) {
        action.description = action.description.trimmed();
        action.owner = action.owner.trimmed();
    }
    return actions;
}

// The plan's levels and categories, to check an incident against; an error if there is no such plan.
struct PlanFacts
{
    QStringList levelCodes;
    QStringList categoryCodes;
};

Result<PlanFacts> planFacts(const QSqlDatabase &db, qint64 planId, const QString &action)
{
    QSqlQuery plan(db);
    plan.prepare(QStringLiteral("SELECT id FROM plans WHERE id = ?"));
    if (!run(plan, {planId}))
        return StorageError::from(action, plan.lastError());
    if (!plan.next())
        return Error{IncidentRepository::tr("There is no plan with id %1.").arg(planId)};
    PlanFacts facts;
    for (const auto &[table, list] : {std::pair{QStringLiteral("plan_levels"), &facts.levelCodes},
                                      std::pair{QStringLiteral("plan_categories"), &facts.categoryCodes}}) {
        QSqlQuery codes(db);
        codes.prepare(QStringLiteral("SELECT code FROM %1 WHERE plan_id = ?").arg(table));
        if (!run(codes, {planId}))
            return StorageError::from(action, codes.lastError());
        while (codes.next())
            list->append(codes.value(0).toString());
    }
    return facts;
}

Result<void> checkAgainstPlan(const QSqlDatabase &db, const Incident &incident, const QString &action)
{
    Result<PlanFacts> facts = planFacts(db, incident.planId, action);
    if (!facts)
        return facts.error();
    if (!facts.value().categoryCodes.isEmpty() && !facts.value().categoryCodes.contains(incident.categoryCode.trimmed()))
        return Error{IncidentRepository::tr("The plan has no incident category \"%1\"; its categories are: %2.")
                         .arg(incident.categoryCode.trimmed(), facts.value().categoryCodes.join(QStringLiteral(", ")))};
    return {};
}

const QString kReportColumns = QStringLiteral(
    "incident_id, kind, facts_unclear, unit_and_system, harm_so_far, measures_taken, ransom_amount, "
    "ransom_payment_method, ransom_date, likely_development, preliminary_cause, tracing_leads, next_measures, "
    "scene_preservation, other, cause, measures, harm, accountability, rectification, lessons, issued_by, issued_at, "
    "sent_at, channel, recipient, created_at, updated_at");

QVariantList reportValues(const IncidentReport &report)
{
    return {report.incidentId,
            incidentReportKindKey(report.kind),
            int(report.factsUnclear),
            report.unitAndSystem,
            report.harmSoFar,
            report.measuresTaken,
            report.ransomAmount,
            report.ransomPaymentMethod,
            dateValue(report.ransomDate),
            report.likelyDevelopment,
            report.preliminaryCause,
            report.tracingLeads,
            report.nextMeasures,
            report.scenePreservation,
            report.other,
            report.cause,
            report.measures,
            report.harm,
            report.accountability,
            report.rectification,
            report.lessons,
            report.issuedBy.trimmed(),
            momentValue(report.issuedAt),
            momentValue(report.sentAt),
            reportChannelKey(report.channel),
            report.recipient,
            timestamp(report.createdAt),
            timestamp(report.updatedAt)};
}

IncidentReport readReport(const QSqlQuery &row)
{
    // Column 0 is the id; kReportColumns follow.
    IncidentReport report;
    int c = 0;
    report.id = row.value(c++).toLongLong();
    report.incidentId = row.value(c++).toLongLong();
    report.kind = incidentReportKindFromKey(row.value(c++).toString()).value_or(IncidentReportKind::Initial);
    report.factsUnclear = row.value(c++).toInt() != 0;
    for (QString *text : {&report.unitAndSystem, &report.harmSoFar, &report.measuresTaken, &report.ransomAmount,
                          &report.ransomPaymentMethod})
        *text = row.value(c++).toString();
    report.ransomDate = dateFrom(row.value(c++));
    for (QString *text : {&report.likelyDevelopment, &report.preliminaryCause, &report.tracingLeads,
                          &report.nextMeasures, &report.scenePreservation, &report.other, &report.cause,
                          &report.measures, &report.harm, &report.accountability, &report.rectification,
                          &report.lessons, &report.issuedBy})
        *text = row.value(c++).toString();
    report.issuedAt = momentFrom(row.value(c++));
    report.sentAt = momentFrom(row.value(c++));
    report.channel = reportChannelFromKey(row.value(c++).toString()).value_or(ReportChannel::Other);
    report.recipient = row.value(c++).toString();
    report.createdAt = timestampFrom(row.value(c++));
    report.updatedAt = timestampFrom(row.value(c++));
    return report;
}

Result<QList<IncidentReport>> selectReports(const QSqlDatabase &db, const QString &condition, const QVariantList &keys)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, %1 FROM incident_reports WHERE %2 ORDER BY id").arg(kReportColumns, condition));
    if (!run(query, keys))
        return StorageError::from(IncidentRepository::tr("Could not load the incident reports"), query.lastError());
    QList<IncidentReport> reports;
    while (query.next())
        reports.append(readReport(query));
    return reports;
}

} // namespace

IncidentRepository::IncidentRepository(Database &database) : m_database(database) {}

Result<Incident> IncidentRepository::open(const Incident &input)
{
    if (input.id != 0)
        return Error{tr("Incident %1 is already declared.").arg(input.id)};
    if (const QStringList problems = input.validationProblems(); !problems.isEmpty())
        return Error{tr("The incident was not declared: %1").arg(joined(problems))};
    if (input.isClosed() || !input.correctiveActions.isEmpty())
        return Error{tr("A new incident is open and has no corrective actions yet.")};
    Incident incident = input;
    const QDateTime now = Clock::nowUtc();
    incident.createdAt = now;
    incident.updatedAt = now;

    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not declare the incident");
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    if (Result<void> checked = checkAgainstPlan(db, incident, action); !checked)
        return checked.error();
    QSqlQuery insert(db);
    const QStringList columns = kIncidentColumns.split(QStringLiteral(", ")).mid(1);
    insert.prepare(QStringLiteral("INSERT INTO incidents (%1) VALUES (%2)")
                       .arg(columns.join(QStringLiteral(", ")),
                            QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    if (!run(insert, incidentValues(incident)))
        return StorageError::from(action, insert.lastError());
    incident.id = insert.lastInsertId().toLongLong();
    if (Result<void> written = writeChecklist(db, action, incident); !written)
        return written.error();
    for (IncidentLogEntry &entry : incident.log) {
        Result<qint64> id = insertLogEntry(db, action, incident.id, entry);
        if (!id)
            return id.error();
        entry.id = id.value();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return selectIncident(db, incident.id);
}

Result<Incident> IncidentRepository::load(qint64 incidentId) const
{
    return selectIncident(m_database.connection(), incidentId);
}

Result<QList<Incident>> IncidentRepository::list(qint64 planId) const
{
    if (planId == 0)
        return selectIncidents(m_database.connection(), QStringLiteral("1 = 1"), {});
    return selectIncidents(m_database.connection(), QStringLiteral("plan_id = ?"), {planId});
}

Result<int> IncidentRepository::countForPlan(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM incidents WHERE plan_id = ?"));
    if (!run(query, {planId}) || !query.next())
        return StorageError::from(tr("Could not count the incidents of plan %1").arg(planId), query.lastError());
    return query.value(0).toInt();
}

Result<Incident> IncidentRepository::update(const Incident &input)
{
    if (const QStringList problems = input.validationProblems(); !problems.isEmpty())
        return Error{tr("The incident was not saved: %1").arg(joined(problems))};
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not save incident %1").arg(input.id);
    WriteTransaction transaction(db);
    Result<Incident> stored = beginOnIncident(transaction, db, input.id);
    if (!stored)
        return stored.error();
    if (stored.value().isClosed() || input.isClosed())
        return Error{tr("Incident %1 is closed; its facts stay as they were when handling ended.").arg(input.id)};
    if (stored.value().planId != input.planId)
        return Error{tr("An incident cannot move to another plan.")};
    if (Result<void> checked = checkAgainstPlan(db, input, action); !checked)
        return checked.error();
    Incident incident = input;
    incident.createdAt = stored.value().createdAt;
    incident.updatedAt = Clock::nowUtc();
    incident.correctiveActions.clear();
    QSqlQuery update(db);
    const QStringList columns = kIncidentColumns.split(QStringLiteral(", ")).mid(1);
    update.prepare(QStringLiteral("UPDATE incidents SET %1 = ? WHERE id = ?").arg(columns.join(QStringLiteral(" = ?, "))));
    if (!run(update, incidentValues(incident) << incident.id))
        return StorageError::from(action, update.lastError());
    if (Result<void> written = writeChecklist(db, action, incident); !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return selectIncident(db, incident.id);
}

Result<Incident> IncidentRepository::close(qint64 incidentId, const QDateTime &closedAt, const QString &lessons,
                                           const QList<CorrectiveAction> &correctiveActions, bool planRevisionRequired,
                                           const QString &planRevisionNote)
{
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not close incident %1").arg(incidentId);
    WriteTransaction transaction(db);
    Result<Incident> stored = beginOnIncident(transaction, db, incidentId);
    if (!stored)
        return stored.error();
    if (stored.value().isClosed())
        return Error{tr("Incident %1 is already closed.").arg(incidentId)};
    Incident incident = stored.value();
    incident.state = IncidentState::Closed;
    incident.closedAt = closedAt;
    incident.lessons = lessons.trimmed();
    incident.correctiveActions = trimmedActions(correctiveActions);
    incident.planRevisionRequired = planRevisionRequired;
    incident.planRevisionNote = planRevisionNote.trimmed();
    if (const QStringList problems = incident.validationProblems(); !problems.isEmpty())
        return Error{tr("The incident was not closed: %1").arg(joined(problems))};
    // Actions are created by closing: one with an id would be an update that finds no row.
    if (const qint64 foreign = CorrectiveActionRows::foreignActionId(incident.correctiveActions, {}))
        return Error{tr("The incident was not closed: corrective action %1 does not belong to it.").arg(foreign)};
    incident.updatedAt = Clock::nowUtc();

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE incidents SET state = ?, closed_at = ?, lessons = ?, plan_revision_required = ?, "
                                  "plan_revision_note = ?, updated_at = ? WHERE id = ?"));
    if (!run(update, {incidentStateKey(incident.state), timestamp(incident.closedAt), incident.lessons,
                      int(incident.planRevisionRequired), incident.planRevisionNote, timestamp(incident.updatedAt),
                      incidentId}))
        return StorageError::from(action, update.lastError());
    const CorrectiveActionRows actionRows(db, QStringLiteral("incident_corrective_actions"), QStringLiteral("incident_id"));
    if (Result<void> written = actionRows.write(incidentId, incident.correctiveActions, {}, action); !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return selectIncident(db, incidentId);
}

Result<Incident> IncidentRepository::saveFollowUp(qint64 incidentId, const QList<CorrectiveAction> &correctiveActions,
                                                  const QDate &planRevisedOn)
{
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not save the follow-up of incident %1").arg(incidentId);
    WriteTransaction transaction(db);
    Result<Incident> stored = beginOnIncident(transaction, db, incidentId);
    if (!stored)
        return stored.error();
    Incident incident = stored.value();
    if (!incident.isClosed())
        return Error{tr("Incident %1 is still being handled: its corrective actions come with closing it.").arg(incidentId)};
    if (planRevisedOn.isValid() && !incident.planRevisionRequired)
        return Error{tr("Incident %1 asks for no plan revision.").arg(incidentId)};
    incident.correctiveActions = trimmedActions(correctiveActions);
    incident.planRevisedOn = planRevisedOn;
    QStringList problems = incident.validationProblems();
    if (planRevisedOn.isValid() && planRevisedOn < incident.closedAt.date())
        problems << tr("The plan cannot have been revised for this incident before its handling ended.");
    if (!problems.isEmpty())
        return Error{tr("The follow-up was not saved: %1").arg(joined(problems))};

    const CorrectiveActionRows actionRows(db, QStringLiteral("incident_corrective_actions"), QStringLiteral("incident_id"));
    Result<QSet<qint64>> storedActions = actionRows.storedIds(incidentId, action);
    if (!storedActions)
        return storedActions.error();
    if (const qint64 foreign = CorrectiveActionRows::foreignActionId(incident.correctiveActions, storedActions.value()))
        return Error{tr("The follow-up was not saved: corrective action %1 does not belong to this incident.").arg(foreign)};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE incidents SET plan_revised_on = ?, updated_at = ? WHERE id = ?"));
    if (!run(update, {dateValue(planRevisedOn), timestamp(Clock::nowUtc()), incidentId}))
        return StorageError::from(action, update.lastError());
    if (Result<void> written = actionRows.write(incidentId, incident.correctiveActions, storedActions.value(), action);
        !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return selectIncident(db, incidentId);
}

Result<Incident> IncidentRepository::recordPoliceNotified(qint64 incidentId, const QDateTime &notifiedAt,
                                                          const QString &logAction)
{
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not record that the police were told of incident %1").arg(incidentId);
    WriteTransaction transaction(db);
    Result<Incident> stored = beginOnIncident(transaction, db, incidentId);
    if (!stored)
        return stored.error();
    Incident incident = stored.value();
    if (!incident.crimeSuspected)
        return Error{tr("Incident %1 does not say a crime is suspected.").arg(incidentId)};
    if (incident.policeNotifiedAt.isValid())
        return Error{tr("The police were already told of incident %1.").arg(incidentId)};
    incident.policeNotifiedAt = notifiedAt;
    if (const QStringList problems = incident.validationProblems(); !problems.isEmpty())
        return Error{tr("The incident was not saved: %1").arg(joined(problems))};
    if (notifiedAt > Clock::nowUtc().addSecs(5 * 60))
        return Error{tr("The police cannot have been told in the future.")};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE incidents SET police_notified_at = ?, updated_at = ? WHERE id = ?"));
    if (!run(update, {timestamp(notifiedAt), timestamp(Clock::nowUtc()), incidentId}))
        return StorageError::from(action, update.lastError());
    if (Result<qint64> logged = insertLogEntry(db, action, incidentId, IncidentLogEntry{0, notifiedAt, logAction, QString()});
        !logged)
        return logged.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return selectIncident(db, incidentId);
}

Result<void> IncidentRepository::remove(qint64 incidentId)
{
    return SqlValues::deleteRow(m_database.connection(), QStringLiteral("incidents"), incidentId,
                                tr("Could not delete incident %1").arg(incidentId),
                                tr("There is no incident with id %1.").arg(incidentId));
}

Result<IncidentReport> IncidentRepository::saveReport(const IncidentReport &input)
{
    if (const QStringList problems = input.validationProblems(); !problems.isEmpty())
        return Error{tr("The report was not saved: %1").arg(joined(problems))};
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not save the report");
    WriteTransaction transaction(db);
    Result<Incident> incident = beginOnIncident(transaction, db, input.incidentId);
    if (!incident)
        return incident.error();
    if (input.kind == IncidentReportKind::Summary && !incident.value().isClosed())
        return Error{tr("The summary report follows the end of handling: close incident %1 first.").arg(input.incidentId)};
    IncidentReport report = input;
    const QDateTime now = Clock::nowUtc();
    report.updatedAt = now;
    const QStringList columns = kReportColumns.split(QStringLiteral(", "));
    if (report.id == 0) {
        report.createdAt = now;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO incident_reports (%1) VALUES (%2)")
                           .arg(kReportColumns, QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        if (!run(insert, reportValues(report)))
            return StorageError::from(action, insert.lastError());
        report.id = insert.lastInsertId().toLongLong();
    } else {
        QSqlQuery stored(db);
        stored.prepare(QStringLiteral("SELECT incident_id, created_at FROM incident_reports WHERE id = ?"));
        if (!run(stored, {report.id}))
            return StorageError::from(action, stored.lastError());
        if (!stored.next())
            return Error{tr("There is no report with id %1 any more; it may have been deleted.").arg(report.id)};
        if (stored.value(0).toLongLong() != report.incidentId)
            return Error{tr("A report cannot move to another incident.")};
        report.createdAt = timestampFrom(stored.value(1));
        stored.finish();
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE incident_reports SET %1 = ? WHERE id = ?").arg(columns.join(QStringLiteral(" = ?, "))));
        if (!run(update, reportValues(report) << report.id))
            return StorageError::from(action, update.lastError());
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return loadReport(report.id);
}

Result<IncidentReport> IncidentRepository::loadReport(qint64 reportId) const
{
    Result<QList<IncidentReport>> reports = selectReports(m_database.connection(), QStringLiteral("id = ?"), {reportId});
    if (!reports)
        return reports.error();
    if (reports.value().isEmpty())
        return Error{tr("There is no report with id %1.").arg(reportId)};
    return reports.value().first();
}

Result<QList<IncidentReport>> IncidentRepository::listReports(qint64 incidentId) const
{
    return selectReports(m_database.connection(), QStringLiteral("incident_id = ?"), {incidentId});
}

Result<void> IncidentRepository::removeReport(qint64 reportId)
{
    return SqlValues::deleteRow(m_database.connection(), QStringLiteral("incident_reports"), reportId,
                                tr("Could not delete report %1").arg(reportId),
                                tr("There is no report with id %1.").arg(reportId));
}

Result<IncidentLogEntry> IncidentRepository::addLogEntry(qint64 incidentId, const IncidentLogEntry &input)
{
    if (!input.time.isValid() || input.action.trimmed().isEmpty())
        return Error{tr("A log entry needs a time and an action.")};
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not add to the log of incident %1").arg(incidentId);
    WriteTransaction transaction(db);
    if (Result<Incident> incident = beginOnIncident(transaction, db, incidentId); !incident)
        return incident.error();
    Result<qint64> id = insertLogEntry(db, action, incidentId, input);
    if (!id)
        return id.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    IncidentLogEntry entry = input;
    entry.id = id.value();
    entry.action = entry.action.trimmed();
    entry.by = entry.by.trimmed();
    return entry;
}

Result<void> IncidentRepository::setChecklistItem(qint64 incidentId, int position, bool done, const QDateTime &doneAt,
                                                  const QString &doneBy)
{
    if (done && !doneAt.isValid())
        return Error{tr("A step that is done needs the time it was done.")};
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE incident_checklist SET done = ?, done_at = ?, done_by = ? "
                                  "WHERE incident_id = ? AND position = ?"));
    if (!run(update, {int(done), momentValue(done ? doneAt : QDateTime()), done ? doneBy.trimmed() : QString(),
                      incidentId, position}))
        return StorageError::from(tr("Could not tick the step"), update.lastError());
    if (update.numRowsAffected() == 0)
        return Error{tr("Incident %1 has no step %2.").arg(incidentId).arg(position + 1)};
    return transaction.commit();
}

Result<QList<IncidentAttention>> IncidentRepository::listNeedingAttention(const QStringList &reportableLevels) const
{
    // Open; or closed with a report possibly still to send — at a reportable level the initial or
    // the summary report not sent, or the police not told of a suspected crime (which one is the
    // deadlines' business: DashboardBuilder drops an incident that owes none) — an open corrective
    // action, or a revision of the plan not yet made. The subqueries are not correlated: SQLite runs
    // each once, where EXISTS per incident would scan the corrective actions (not indexed by
    // incident) for every incident.
    const QSqlDatabase db = m_database.connection();
    QStringList placeholders;
    for (qsizetype i = 0; i < reportableLevels.size(); ++i)
        placeholders << QStringLiteral("?");
    const QString reportable = reportableLevels.isEmpty()
        ? QStringLiteral("0")
        : QStringLiteral(
              "(level IN (%1) AND (id NOT IN (SELECT incident_id FROM incident_reports WHERE kind = 'summary' "
              "AND sent_at IS NOT NULL) OR id NOT IN (SELECT incident_id FROM incident_reports WHERE kind = "
              "'initial' AND sent_at IS NOT NULL)))")
              .arg(placeholders.join(QStringLiteral(", ")));
    QSqlQuery needing(db);
    needing.setForwardOnly(true);
    needing.prepare(QStringLiteral("SELECT id FROM incidents WHERE state = 'open' OR %1 "
                                   "OR (crime_suspected = 1 AND police_notified_at IS NULL) "
                                   "OR id IN (SELECT incident_id FROM incident_corrective_actions WHERE state <> 'closed') "
                                   "OR (plan_revision_required = 1 AND plan_revised_on IS NULL)")
                        .arg(reportable));
    QVariantList levels;
    for (const QString &level : reportableLevels)
        levels << level;
    if (!run(needing, levels))
        return StorageError::from(tr("Could not load the incidents"), needing.lastError());
    QStringList ids;
    while (needing.next())
        ids << QString::number(needing.value(0).toLongLong());
    if (ids.isEmpty())
        return QList<IncidentAttention>();
    // Integers read from the database, so safe to write into the statements.
    const QString idList = ids.join(QLatin1Char(','));
    Result<QList<Incident>> incidents =
        selectIncidents(db, QStringLiteral("id IN (%1)").arg(idList), {}, IncidentParts::CorrectiveActionsOnly);
    if (!incidents)
        return incidents.error();
    Result<QList<IncidentReport>> reports = selectReports(db, QStringLiteral("incident_id IN (%1)").arg(idList), {});
    if (!reports)
        return reports.error();

    // The plan's title, route and names of level and category, one query for all.
    QSqlQuery names(db);
    names.setForwardOnly(true);
    names.prepare(QStringLiteral(
        "SELECT i.id, p.title, p.operator_profile, "
        "(SELECT l.name FROM plan_levels l WHERE l.plan_id = i.plan_id AND l.code = i.level), "
        "(SELECT c.name FROM plan_categories c WHERE c.plan_id = i.plan_id AND c.code = i.category) "
        "FROM incidents i JOIN plans p ON p.id = i.plan_id WHERE i.id IN (%1)")
                      .arg(idList));
    if (!names.exec())
        return StorageError::from(tr("Could not load the incidents"), names.lastError());
    QHash<qint64, IncidentAttention> byId;
    while (names.next()) {
        IncidentAttention attention;
        attention.planTitle = names.value(1).toString();
        attention.profile = operatorProfileFromKey(names.value(2).toString()).value_or(OperatorProfile::Ordinary);
        attention.levelName = names.value(3).toString();
        attention.categoryName = names.value(4).toString();
        byId.insert(names.value(0).toLongLong(), attention);
    }
    for (const IncidentReport &report : std::as_const(reports.value())) {
        const auto found = byId.find(report.incidentId);
        if (found != byId.end())
            found->reports.append(report);
    }
    QList<IncidentAttention> attention;
    attention.reserve(incidents.value().size());
    for (const Incident &incident : std::as_const(incidents.value())) {
        IncidentAttention line = byId.value(incident.id);
        line.incident = incident;
        attention.append(line);
    }
    return attention;
}

Result<QList<Incident>> IncidentRepository::pendingPlanRevisions(qint64 planId) const
{
    const QString pending = QStringLiteral("state = 'closed' AND plan_revision_required = 1 AND plan_revised_on IS NULL");
    if (planId == 0)
        return selectIncidents(m_database.connection(), pending, {});
    return selectIncidents(m_database.connection(), pending + QStringLiteral(" AND plan_id = ?"), {planId});
}

#include "DrillRepository.h"

#include "../Clock.h"
#include "CorrectiveActionRows.h"
#include "Database.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

using SqlValues::bindable;
using SqlValues::dateFrom;
using SqlValues::dateValue;
using SqlValues::timestamp;
using SqlValues::timestampFrom;

namespace {

QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODate);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString joined(const QStringList &problems)
{
    return problems.join(QLatin1Char(' '));
}

// The columns of drill_items in the order readItem() expects.
const QString kItemColumns = QStringLiteral(
    "id, plan_id, uid, title, purpose, form, content, scenario, scope, first_date, start_time, duration_minutes, "
    "time_zone, place, departments, participants, process, budgeted, recurrence_frequency, recurrence_interval, "
    "recurrence_unit, recurrence_anchor, recurrence_until, recurrence_count, created_at, updated_at");

// The six recurrence columns starting at `first`.
RecurrenceRule readRecurrence(const QSqlQuery &query, int first)
{
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::frequencyFromKey(query.value(first).toString()).value_or(RecurrenceRule::Frequency::Once);
    rule.interval = query.value(first + 1).toInt();
    rule.unit = RecurrenceRule::unitFromKey(query.value(first + 2).toString()).value_or(RecurrenceRule::Unit::Months);
    rule.anchor = RecurrenceRule::anchorFromKey(query.value(first + 3).toString())
                      .value_or(RecurrenceRule::MonthAnchor::DayOfMonth);
    rule.until = dateFrom(query.value(first + 4));
    rule.count = query.value(first + 5).toInt();
    return rule;
}

DrillItem readItem(const QSqlQuery &query)
{
    DrillItem item;
    item.id = query.value(0).toLongLong();
    item.planId = query.value(1).toLongLong();
    item.uid = query.value(2).toString();
    item.title = query.value(3).toString();
    item.purpose = query.value(4).toString();
    item.form = drillFormFromKey(query.value(5).toString()).value_or(DrillForm::Tabletop);
    item.content = drillContentFromKey(query.value(6).toString()).value_or(DrillContent::Comprehensive);
    item.scenario = query.value(7).toString();
    item.scope = drillScopeFromKey(query.value(8).toString()).value_or(DrillScope::Organisation);
    item.firstDate = dateFrom(query.value(9));
    item.startTime = timeFrom(query.value(10));
    item.durationMinutes = query.value(11).toInt();
    item.timeZoneId = query.value(12).toString().toUtf8();
    item.place = query.value(13).toString();
    item.departments = query.value(14).toString();
    item.participants = query.value(15).toString();
    item.process = query.value(16).toString();
    item.budgeted = query.value(17).toInt() != 0;
    item.recurrence = readRecurrence(query, 18);
    item.createdAt = timestampFrom(query.value(24));
    item.updatedAt = timestampFrom(query.value(25));
    return item;
}

// Writes numbered child rows (parent id, position, values…) for one parent.
Result<void> insertChildRows(const QSqlDatabase &db, const QString &action, const QString &table,
                             const QString &parentColumn, qint64 parentId, const QString &columnList, int valueCount,
                             qsizetype rowCount, const std::function<QVariantList(qsizetype)> &rowValues)
{
    if (rowCount == 0)
        return {};
    QSqlQuery insert(db);
    const QStringList marks(valueCount + 2, QStringLiteral("?"));
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, position, %3) VALUES (%4)")
                       .arg(table, parentColumn, columnList, marks.join(QStringLiteral(", "))));
    for (qsizetype row = 0; row < rowCount; ++row) {
        insert.addBindValue(parentId);
        insert.addBindValue(qlonglong(row));
        for (const QVariant &value : rowValues(row))
            insert.addBindValue(bindable(value));
        if (!insert.exec())
            return StorageError::from(action, insert.lastError());
    }
    return {};
}

Result<void> deleteChildRows(const QSqlDatabase &db, const QString &action, const QStringList &tables,
                             const QString &parentColumn, qint64 parentId)
{
    for (const QString &table : tables) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn));
        clear.addBindValue(parentId);
        if (!clear.exec())
            return StorageError::from(action, clear.lastError());
    }
    return {};
}

const QStringList kItemChildTables = {QStringLiteral("drill_item_teams"), QStringLiteral("drill_item_objectives"),
                                      QStringLiteral("drill_item_injects"), QStringLiteral("drill_item_criteria")};
const QStringList kRecordChildTables = {QStringLiteral("drill_record_participants"),
                                        QStringLiteral("drill_record_timeline"),
                                        QStringLiteral("drill_record_objectives"),
                                        QStringLiteral("drill_record_problems")};

// Items matching `condition` (on drill_items, with one bound value) with all their parts, ordered
// by first date. Each kind of part is read for all the items in one query.
Result<QList<DrillItem>> selectItems(const QSqlDatabase &db, const QString &condition, qint64 key)
{
    const QString action = DrillRepository::tr("Could not load the drill programme");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM drill_items WHERE %2 ORDER BY first_date, id").arg(kItemColumns, condition));
    query.addBindValue(key);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    QList<DrillItem> items;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        items.append(readItem(query));
        indexOf.insert(items.last().id, items.size() - 1);
    }
    if (items.isEmpty())
        return items;

    auto readChildren = [&](const QString &table, const QString &columns,
                            const std::function<void(DrillItem &, const QSqlQuery &)> &read) -> Result<void> {
        QSqlQuery children(db);
        children.setForwardOnly(true);
        children.prepare(QStringLiteral("SELECT item_id, %1 FROM %2 WHERE item_id IN (SELECT id FROM drill_items WHERE %3) "
                                        "ORDER BY item_id, position")
                             .arg(columns, table, condition));
        children.addBindValue(key);
        if (!children.exec())
            return StorageError::from(action, children.lastError());
        while (children.next()) {
            const auto found = indexOf.constFind(children.value(0).toLongLong());
            if (found != indexOf.constEnd())
                read(items[found.value()], children);
        }
        return {};
    };

    Result<void> read = readChildren(kItemChildTables[0], QStringLiteral("team, unit, role, duty"),
                                     [](DrillItem &item, const QSqlQuery &row) {
                                         DrillTeamAssignment team;
                                         team.team = drillTeamRoleFromKey(row.value(1).toString()).value_or(DrillTeamRole::Leading);
                                         team.unit = row.value(2).toString();
                                         team.role = row.value(3).toString();
                                         team.duty = row.value(4).toString();
                                         item.teams.append(team);
                                     });
    if (read)
        read = readChildren(kItemChildTables[1], QStringLiteral("objective"), [](DrillItem &item, const QSqlQuery &row) {
            item.objectives.append(row.value(1).toString());
        });
    if (read)
        read = readChildren(kItemChildTables[2], QStringLiteral("offset_minutes, description, expected_action"),
                            [](DrillItem &item, const QSqlQuery &row) {
                                item.injects.append(DrillInject{row.value(1).toInt(), row.value(2).toString(),
                                                                row.value(3).toString()});
                            });
    if (read)
        read = readChildren(kItemChildTables[3], QStringLiteral("criterion"), [](DrillItem &item, const QSqlQuery &row) {
            item.evaluationCriteria.append(row.value(1).toString());
        });
    if (!read)
        return read.error();
    return items;
}

// What the checks on occurrences need to know about an item.
struct ItemFacts
{
    qint64 planId = 0;
    QString title;
    QDate firstDate;
    RecurrenceRule recurrence;
};

Result<ItemFacts> itemFacts(const QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT plan_id, title, first_date, recurrence_frequency, recurrence_interval, recurrence_unit, "
        "recurrence_anchor, recurrence_until, recurrence_count FROM drill_items WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec())
        return StorageError::from(DrillRepository::tr("Could not read drill item %1").arg(itemId), query.lastError());
    if (!query.next())
        return Error{DrillRepository::tr("There is no drill item with id %1.").arg(itemId)};
    ItemFacts facts;
    facts.planId = query.value(0).toLongLong();
    facts.title = query.value(1).toString();
    facts.firstDate = dateFrom(query.value(2));
    facts.recurrence = readRecurrence(query, 3);
    return facts;
}

bool isOccurrence(const ItemFacts &facts, const QDate &date)
{
    return date.isValid() && facts.recurrence.occurrencesBetween(facts.firstDate, date, date).contains(date);
}

// The record of this occurrence, 0 if none.
Result<qint64> recordOf(const QSqlDatabase &db, qint64 itemId, const QDate &date, const QString &action)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM drill_records WHERE item_id = ? AND occurrence_date = ?"));
    query.addBindValue(itemId);
    query.addBindValue(dateValue(date));
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

// The reason this occurrence was cancelled; nullopt if it was not.
Result<std::optional<QString>> cancellationOf(const QSqlDatabase &db, qint64 itemId, const QDate &date,
                                              const QString &action)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reason FROM drill_cancellations WHERE item_id = ? AND occurrence_date = ?"));
    query.addBindValue(itemId);
    query.addBindValue(dateValue(date));
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<DrillRecord> selectRecord(const QSqlDatabase &db, qint64 recordId)
{
    const QString action = DrillRepository::tr("Could not load drill record %1").arg(recordId);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT item_id, plan_id, occurrence_date, held_on, start_time, end_time, place, organiser, scenario_as_run, "
        "overview, lessons, conclusion, plan_revision_required, plan_revision_note, plan_revised_on, recorder, "
        "responsible, created_at, updated_at FROM drill_records WHERE id = ?"));
    query.addBindValue(recordId);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return Error{DrillRepository::tr("There is no drill record with id %1.").arg(recordId)};
    DrillRecord record;
    record.id = recordId;
    record.drillItemId = query.value(0).toLongLong();
    record.planId = query.value(1).toLongLong();
    record.occurrenceDate = dateFrom(query.value(2));
    record.heldOn = dateFrom(query.value(3));
    record.startTime = timeFrom(query.value(4));
    record.endTime = timeFrom(query.value(5));
    record.place = query.value(6).toString();
    record.organiser = query.value(7).toString();
    record.scenarioAsRun = query.value(8).toString();
    record.overview = query.value(9).toString();
    record.lessons = query.value(10).toString();
    record.conclusion = query.value(11).toString();
    record.planRevisionRequired = query.value(12).toInt() != 0;
    record.planRevisionNote = query.value(13).toString();
    record.planRevisedOn = dateFrom(query.value(14));
    record.recorder = query.value(15).toString();
    record.responsible = query.value(16).toString();
    record.createdAt = timestampFrom(query.value(17));
    record.updatedAt = timestampFrom(query.value(18));
    query.finish();

    auto readChildren = [&](const QString &table, const QString &columns, const QString &order,
                            const std::function<void(const QSqlQuery &)> &read) -> Result<void> {
        QSqlQuery children(db);
        children.setForwardOnly(true);
        children.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE record_id = ? ORDER BY %3").arg(columns, table, order));
        children.addBindValue(recordId);
        if (!children.exec())
            return StorageError::from(action, children.lastError());
        while (children.next())
            read(children);
        return {};
    };
    const QString byPosition = QStringLiteral("position");
    Result<void> read = readChildren(kRecordChildTables[0], QStringLiteral("name, department, role, signed_in"),
                                     byPosition, [&](const QSqlQuery &row) {
                                         record.participants.append(DrillParticipant{
                                             row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                             row.value(3).toInt() != 0});
                                     });
    if (read)
        read = readChildren(kRecordChildTables[1], QStringLiteral("entry_time, event, action, actor"), byPosition,
                            [&](const QSqlQuery &row) {
                                record.timeline.append(DrillTimelineEntry{timeFrom(row.value(0)), row.value(1).toString(),
                                                                          row.value(2).toString(),
                                                                          row.value(3).toString()});
                            });
    if (read)
        read = readChildren(kRecordChildTables[2], QStringLiteral("objective, rating, comment"), byPosition,
                            [&](const QSqlQuery &row) {
                                record.objectives.append(ObjectiveResult{
                                    row.value(0).toString(),
                                    objectiveRatingFromKey(row.value(1).toString()).value_or(ObjectiveRating::NotJudged),
                                    row.value(2).toString()});
                            });
    if (read)
        read = readChildren(kRecordChildTables[3], QStringLiteral("problem"), byPosition,
                            [&](const QSqlQuery &row) { record.problems.append(row.value(0).toString()); });
    if (read)
        read = readChildren(QStringLiteral("corrective_actions"),
                            QStringLiteral("id, description, owner, due_on, state, closed_on, note"),
                            QStringLiteral("position, id"), [&](const QSqlQuery &row) {
                                CorrectiveAction ca;
                                ca.id = row.value(0).toLongLong();
                                ca.description = row.value(1).toString();
                                ca.owner = row.value(2).toString();
                                ca.dueOn = dateFrom(row.value(3));
                                ca.state = correctiveActionStateFromKey(row.value(4).toString())
                                               .value_or(CorrectiveActionState::Open);
                                ca.closedOn = dateFrom(row.value(5));
                                ca.note = row.value(6).toString();
                                record.correctiveActions.append(ca);
                            });
    if (!read)
        return read.error();
    return record;
}

QList<CorrectiveActionState> openStates()
{
    QList<CorrectiveActionState> states;
    for (CorrectiveActionState state : allCorrectiveActionStates()) {
        CorrectiveAction probe;
        probe.state = state;
        if (probe.isOpen())
            states.append(state);
    }
    return states;
}

} // namespace

DrillRepository::DrillRepository(Database &database) : m_database(database) {}

Result<QList<DrillItem>> DrillRepository::listItems(qint64 planId) const
{
    return selectItems(m_database.connection(), QStringLiteral("plan_id = ?"), planId);
}

Result<DrillItem> DrillRepository::loadItem(qint64 itemId) const
{
    Result<QList<DrillItem>> items = selectItems(m_database.connection(), QStringLiteral("id = ?"), itemId);
    if (!items)
        return items.error();
    if (items.value().isEmpty())
        return Error{tr("There is no drill item with id %1.").arg(itemId)};
    return items.value().first();
}

Result<DrillItem> DrillRepository::saveItem(const DrillItem &input)
{
    const QStringList problems = input.validationProblems();
    if (!problems.isEmpty()) {
        if (input.title.trimmed().isEmpty())
            return Error{tr("The drill was not saved: %1").arg(joined(problems))};
        return Error{tr("The drill \"%1\" was not saved: %2").arg(input.title.trimmed(), joined(problems))};
    }

    DrillItem item = input;
    const QDateTime now = Clock::nowUtc();
    if (!item.createdAt.isValid())
        item.createdAt = now;
    item.updatedAt = now;

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const QString action = tr("Could not save the drill \"%1\"").arg(item.title);

    if (item.id != 0) {
        QSqlQuery stored(db);
        stored.setForwardOnly(true);
        stored.prepare(QStringLiteral("SELECT plan_id, uid FROM drill_items WHERE id = ?"));
        stored.addBindValue(item.id);
        if (!stored.exec())
            return StorageError::from(action, stored.lastError());
        if (!stored.next())
            return Error{tr("There is no drill item with id %1 any more; it may have been deleted.").arg(item.id)};
        const qint64 storedPlanId = stored.value(0).toLongLong();
        if (item.planId != 0 && item.planId != storedPlanId)
            return Error{tr("The drill \"%1\" belongs to another plan; a drill cannot move between plans.").arg(item.title)};
        item.planId = storedPlanId;
        // The uid is the calendar identity: an edit must update the event, not create another.
        item.uid = stored.value(1).toString();
        stored.finish();

        Result<ItemFacts> before = itemFacts(db, item.id);
        if (!before)
            return before.error();
        if (before.value().firstDate != item.firstDate || !(before.value().recurrence == item.recurrence)) {
            // Records and cancellations refer to an occurrence by its planned date, so new dates
            // must still contain every one of them. The earliest one lost is named.
            const QList<QDate> dates = item.recurrence.occurrences(item.firstDate);
            const QSet<QDate> kept(dates.cbegin(), dates.cend());
            std::optional<QDate> lostRecorded;
            std::optional<std::pair<QDate, QString>> lostCancelled;
            QSqlQuery uses(db);
            uses.setForwardOnly(true);
            uses.prepare(QStringLiteral("SELECT occurrence_date FROM drill_records WHERE item_id = ?"));
            uses.addBindValue(item.id);
            if (!uses.exec())
                return StorageError::from(action, uses.lastError());
            while (uses.next()) {
                const QDate date = dateFrom(uses.value(0));
                if (!kept.contains(date) && (!lostRecorded || date < *lostRecorded))
                    lostRecorded = date;
            }
            uses.prepare(QStringLiteral("SELECT occurrence_date, reason FROM drill_cancellations WHERE item_id = ?"));
            uses.addBindValue(item.id);
            if (!uses.exec())
                return StorageError::from(action, uses.lastError());
            while (uses.next()) {
                const QDate date = dateFrom(uses.value(0));
                if (!kept.contains(date) && (!lostCancelled || date < lostCancelled->first))
                    lostCancelled = std::make_pair(date, uses.value(1).toString());
            }
            if (lostRecorded && (!lostCancelled || *lostRecorded <= lostCancelled->first))
                return Error{tr("The drill \"%1\" was not saved: the new dates no longer include %2, which is recorded; "
                                "keep that date in the programme.")
                                 .arg(item.title, iso(*lostRecorded))};
            if (lostCancelled)
                return Error{tr("The drill \"%1\" was not saved: the new dates no longer include %2, which was "
                                "cancelled (%3); restore that date first or keep it in the programme.")
                                 .arg(item.title, iso(lostCancelled->first), lostCancelled->second)};
        }
    } else {
        QSqlQuery plan(db);
        plan.setForwardOnly(true);
        plan.prepare(QStringLiteral("SELECT id FROM plans WHERE id = ?"));
        plan.addBindValue(item.planId);
        if (!plan.exec())
            return StorageError::from(action, plan.lastError());
        if (!plan.next())
            return Error{tr("The drill \"%1\" was not saved: there is no plan with id %2.").arg(item.title).arg(item.planId)};
        item.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    QSqlQuery query(db);
    if (item.id == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO drill_items (plan_id, uid, title, purpose, form, content, scenario, scope, first_date, "
            "start_time, duration_minutes, time_zone, place, departments, participants, process, budgeted, "
            "recurrence_frequency, recurrence_interval, recurrence_unit, recurrence_anchor, recurrence_until, "
            "recurrence_count, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE drill_items SET plan_id = ?, uid = ?, title = ?, purpose = ?, form = ?, content = ?, scenario = ?, "
            "scope = ?, first_date = ?, start_time = ?, duration_minutes = ?, time_zone = ?, place = ?, "
            "departments = ?, participants = ?, process = ?, budgeted = ?, recurrence_frequency = ?, "
            "recurrence_interval = ?, recurrence_unit = ?, recurrence_anchor = ?, recurrence_until = ?, "
            "recurrence_count = ?, created_at = ?, updated_at = ? WHERE id = ? RETURNING id"));
    }
    const RecurrenceRule &rule = item.recurrence;
    for (const QVariant &value :
         {QVariant(item.planId), QVariant(item.uid), QVariant(item.title), QVariant(item.purpose),
          QVariant(drillFormKey(item.form)), QVariant(drillContentKey(item.content)), QVariant(item.scenario),
          QVariant(drillScopeKey(item.scope)), dateValue(item.firstDate), timeValue(item.startTime),
          QVariant(item.durationMinutes), QVariant(QString::fromUtf8(item.timeZoneId)), QVariant(item.place),
          QVariant(item.departments), QVariant(item.participants), QVariant(item.process),
          QVariant(item.budgeted ? 1 : 0), QVariant(RecurrenceRule::frequencyKey(rule.frequency)),
          QVariant(rule.interval), QVariant(RecurrenceRule::unitKey(rule.unit)),
          QVariant(RecurrenceRule::anchorKey(rule.anchor)), dateValue(rule.until), QVariant(rule.count),
          QVariant(timestamp(item.createdAt)), QVariant(timestamp(item.updatedAt))})
        query.addBindValue(bindable(value));
    if (item.id != 0)
        query.addBindValue(item.id);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return Error{tr("There is no drill item with id %1 any more; it may have been deleted.").arg(item.id)};
    item.id = query.value(0).toLongLong();
    query.finish();

    // An item's parts are small and edited with it, so they are rewritten whole.
    Result<void> written = deleteChildRows(db, action, kItemChildTables, QStringLiteral("item_id"), item.id);
    const QString parent = QStringLiteral("item_id");
    if (written)
        written = insertChildRows(db, action, kItemChildTables[0], parent, item.id, QStringLiteral("team, unit, role, duty"),
                                  4, item.teams.size(), [&](qsizetype i) {
                                      const DrillTeamAssignment &t = item.teams.at(i);
                                      return QVariantList{drillTeamRoleKey(t.team), t.unit, t.role, t.duty};
                                  });
    if (written)
        written = insertChildRows(db, action, kItemChildTables[1], parent, item.id, QStringLiteral("objective"), 1,
                                  item.objectives.size(),
                                  [&](qsizetype i) { return QVariantList{item.objectives.at(i)}; });
    if (written)
        written = insertChildRows(db, action, kItemChildTables[2], parent, item.id,
                                  QStringLiteral("offset_minutes, description, expected_action"), 3, item.injects.size(),
                                  [&](qsizetype i) {
                                      const DrillInject &inject = item.injects.at(i);
                                      return QVariantList{inject.offsetMinutes, inject.description, inject.expectedAction};
                                  });
    if (written)
        written = insertChildRows(db, action, kItemChildTables[3], parent, item.id, QStringLiteral("criterion"), 1,
                                  item.evaluationCriteria.size(),
                                  [&](qsizetype i) { return QVariantList{item.evaluationCriteria.at(i)}; });
    if (!written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return item;
}

Result<void> DrillRepository::removeItem(qint64 itemId)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const QString action = tr("Could not delete drill item %1").arg(itemId);
    Result<ItemFacts> facts = itemFacts(db, itemId);
    if (!facts)
        return facts.error();

    QSqlQuery records(db);
    records.setForwardOnly(true);
    records.prepare(QStringLiteral("SELECT count(*) FROM drill_records WHERE item_id = ?"));
    records.addBindValue(itemId);
    if (!records.exec() || !records.next())
        return StorageError::from(action, records.lastError());
    const int recorded = records.value(0).toInt();
    records.finish();
    if (recorded > 0)
        return Error{tr("The drill \"%1\" has %n record(s) of drills held; they are kept as evidence, so the drill "
                        "cannot be deleted.",
                        nullptr, recorded)
                         .arg(facts.value().title)};

    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM drill_items WHERE id = ?"));
    remove.addBindValue(itemId);
    if (!remove.exec())
        return StorageError::from(action, remove.lastError());
    return transaction.commit();
}

Result<void> DrillRepository::cancelOccurrence(qint64 itemId, const QDate &occurrenceDate, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{tr("Give a reason for cancelling the drill of %1.").arg(iso(occurrenceDate))};

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const QString action = tr("Could not cancel the drill of %1").arg(iso(occurrenceDate));
    Result<ItemFacts> facts = itemFacts(db, itemId);
    if (!facts)
        return facts.error();
    if (!isOccurrence(facts.value(), occurrenceDate))
        return Error{tr("%1 is not a planned date of the drill \"%2\".").arg(iso(occurrenceDate), facts.value().title)};
    Result<qint64> record = recordOf(db, itemId, occurrenceDate, action);
    if (!record)
        return record.error();
    if (record.value() != 0)
        return Error{tr("The drill of %1 is recorded (record %2); a drill that was held cannot be cancelled.")
                         .arg(iso(occurrenceDate))
                         .arg(record.value())};

    // Cancelling again only changes the reason.
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO drill_cancellations (item_id, occurrence_date, reason, cancelled_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (item_id, occurrence_date) DO UPDATE SET reason = excluded.reason, "
        "cancelled_at = excluded.cancelled_at"));
    upsert.addBindValue(itemId);
    upsert.addBindValue(dateValue(occurrenceDate));
    upsert.addBindValue(why);
    upsert.addBindValue(timestamp(Clock::nowUtc()));
    if (!upsert.exec())
        return StorageError::from(action, upsert.lastError());
    return transaction.commit();
}

Result<void> DrillRepository::restoreOccurrence(qint64 itemId, const QDate &occurrenceDate)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM drill_cancellations WHERE item_id = ? AND occurrence_date = ?"));
    remove.addBindValue(itemId);
    remove.addBindValue(dateValue(occurrenceDate));
    if (!remove.exec())
        return StorageError::from(tr("Could not restore the drill of %1").arg(iso(occurrenceDate)), remove.lastError());
    if (remove.numRowsAffected() == 0)
        return Error{tr("The drill of %1 is not cancelled.").arg(iso(occurrenceDate))};
    return transaction.commit();
}

Result<QList<DrillRecordSummary>> DrillRepository::listRecords(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString statement = QStringLiteral(
        "SELECT r.id, r.item_id, r.plan_id, i.title, r.occurrence_date, r.held_on, r.plan_revision_required, "
        "r.plan_revised_on, (SELECT count(*) FROM corrective_actions a WHERE a.record_id = r.id AND a.state <> ?) "
        "FROM drill_records r JOIN drill_items i ON i.id = r.item_id");
    if (planId != 0)
        statement += QStringLiteral(" WHERE r.plan_id = ?");
    statement += QStringLiteral(" ORDER BY r.occurrence_date DESC, r.id DESC");
    query.prepare(statement);
    query.addBindValue(correctiveActionStateKey(CorrectiveActionState::Closed));
    if (planId != 0)
        query.addBindValue(planId);
    if (!query.exec())
        return StorageError::from(tr("Could not list the drill records"), query.lastError());
    QList<DrillRecordSummary> records;
    while (query.next()) {
        DrillRecordSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.drillItemId = query.value(1).toLongLong();
        summary.planId = query.value(2).toLongLong();
        summary.drillTitle = query.value(3).toString();
        summary.occurrenceDate = dateFrom(query.value(4));
        summary.heldOn = dateFrom(query.value(5));
        summary.planRevisionPending = query.value(6).toInt() != 0 && query.value(7).isNull();
        summary.openCorrectiveActions = query.value(8).toInt();
        records.append(summary);
    }
    return records;
}

Result<DrillRecord> DrillRepository::loadRecord(qint64 recordId) const
{
    return selectRecord(m_database.connection(), recordId);
}

Result<DrillRecord> DrillRepository::saveRecord(const DrillRecord &input)
{
    const QStringList problems = input.validationProblems();
    if (!problems.isEmpty())
        return Error{tr("The drill record was not saved: %1").arg(joined(problems))};

    DrillRecord record = input;
    const QDateTime now = Clock::nowUtc();
    if (!record.createdAt.isValid())
        record.createdAt = now;
    record.updatedAt = now;
    const QDate today = Clock::today();
    for (CorrectiveAction &ca : record.correctiveActions) {
        if (ca.state == CorrectiveActionState::Closed && !ca.closedOn.isValid())
            ca.closedOn = today;
        else if (ca.state != CorrectiveActionState::Closed)
            ca.closedOn = QDate(); // only a closed action has a closing date
    }

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const QString action = tr("Could not save the record of the drill of %1").arg(iso(record.occurrenceDate));

    Result<ItemFacts> facts = itemFacts(db, record.drillItemId);
    if (!facts)
        return facts.error();
    const ItemFacts &item = facts.value();
    if (record.planId == 0)
        record.planId = item.planId;
    else if (record.planId != item.planId)
        return Error{tr("The drill record was not saved: the drill \"%1\" belongs to another plan.").arg(item.title)};
    if (!isOccurrence(item, record.occurrenceDate))
        return Error{tr("The drill record was not saved: %1 is not a planned date of the drill \"%2\".")
                         .arg(iso(record.occurrenceDate), item.title)};
    Result<std::optional<QString>> cancelled = cancellationOf(db, record.drillItemId, record.occurrenceDate, action);
    if (!cancelled)
        return cancelled.error();
    if (cancelled.value())
        return Error{tr("The drill of %1 was cancelled (%2); restore it before recording it.")
                         .arg(iso(record.occurrenceDate), *cancelled.value())};
    Result<qint64> existing = recordOf(db, record.drillItemId, record.occurrenceDate, action);
    if (!existing)
        return existing.error();
    if (existing.value() != 0 && existing.value() != record.id)
        return Error{tr("The drill of %1 is already recorded (record %2); edit that record instead.")
                         .arg(iso(record.occurrenceDate))
                         .arg(existing.value())};

    // The corrective actions this record has now: the others may not be claimed by it.
    const CorrectiveActionRows actionRows(db, QStringLiteral("corrective_actions"), QStringLiteral("record_id"));
    Result<QSet<qint64>> storedActions = actionRows.storedIds(record.id, action);
    if (!storedActions)
        return storedActions.error();
    if (const qint64 foreign = CorrectiveActionRows::foreignActionId(record.correctiveActions, storedActions.value()))
        return Error{tr("The drill record was not saved: corrective action %1 does not belong to it.").arg(foreign)};

    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "plan_id, item_id, occurrence_date, held_on, start_time, end_time, place, organiser, scenario_as_run, overview, "
        "lessons, conclusion, plan_revision_required, plan_revision_note, plan_revised_on, recorder, responsible, "
        "created_at, updated_at");
    if (record.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO drill_records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?) RETURNING id")
                          .arg(columns));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE drill_records SET plan_id = ?, item_id = ?, occurrence_date = ?, held_on = ?, start_time = ?, "
            "end_time = ?, place = ?, organiser = ?, scenario_as_run = ?, overview = ?, lessons = ?, conclusion = ?, "
            "plan_revision_required = ?, plan_revision_note = ?, plan_revised_on = ?, recorder = ?, responsible = ?, "
            "created_at = ?, updated_at = ? WHERE id = ? RETURNING id"));
    }
    for (const QVariant &value :
         {QVariant(record.planId), QVariant(record.drillItemId), dateValue(record.occurrenceDate),
          dateValue(record.heldOn), timeValue(record.startTime), timeValue(record.endTime), QVariant(record.place),
          QVariant(record.organiser), QVariant(record.scenarioAsRun), QVariant(record.overview),
          QVariant(record.lessons), QVariant(record.conclusion), QVariant(record.planRevisionRequired ? 1 : 0),
          QVariant(record.planRevisionNote), dateValue(record.planRevisedOn), QVariant(record.recorder),
          QVariant(record.responsible), QVariant(timestamp(record.createdAt)), QVariant(timestamp(record.updatedAt))})
        query.addBindValue(bindable(value));
    if (record.id != 0)
        query.addBindValue(record.id);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return Error{tr("There is no drill record with id %1 any more; it may have been deleted.").arg(record.id)};
    record.id = query.value(0).toLongLong();
    query.finish();

    const QString parent = QStringLiteral("record_id");
    Result<void> written = deleteChildRows(db, action, kRecordChildTables, parent, record.id);
    if (written)
        written = insertChildRows(db, action, kRecordChildTables[0], parent, record.id,
                                  QStringLiteral("name, department, role, signed_in"), 4, record.participants.size(),
                                  [&](qsizetype i) {
                                      const DrillParticipant &p = record.participants.at(i);
                                      return QVariantList{p.name, p.department, p.role, p.signedIn ? 1 : 0};
                                  });
    if (written)
        written = insertChildRows(db, action, kRecordChildTables[1], parent, record.id,
                                  QStringLiteral("entry_time, event, action, actor"), 4, record.timeline.size(),
                                  [&](qsizetype i) {
                                      const DrillTimelineEntry &e = record.timeline.at(i);
                                      return QVariantList{timeValue(e.time), e.event, e.action, e.actor};
                                  });
    if (written)
        written = insertChildRows(db, action, kRecordChildTables[2], parent, record.id,
                                  QStringLiteral("objective, rating, comment"), 3, record.objectives.size(),
                                  [&](qsizetype i) {
                                      const ObjectiveResult &o = record.objectives.at(i);
                                      return QVariantList{o.objective, objectiveRatingKey(o.rating), o.comment};
                                  });
    if (written)
        written = insertChildRows(db, action, kRecordChildTables[3], parent, record.id, QStringLiteral("problem"), 1,
                                  record.problems.size(), [&](qsizetype i) { return QVariantList{record.problems.at(i)}; });
    if (!written)
        return written.error();

    // Corrective actions keep their ids: updated in place, new ones inserted, removed ones deleted.
    if (Result<void> actionsWritten = actionRows.write(record.id, record.correctiveActions, storedActions.value(), action);
        !actionsWritten)
        return actionsWritten.error();

    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Result<void> DrillRepository::removeRecord(qint64 recordId)
{
    return SqlValues::deleteRow(m_database.connection(), QStringLiteral("drill_records"), recordId,
                                tr("Could not delete drill record %1").arg(recordId),
                                tr("There is no drill record with id %1.").arg(recordId));
}

Result<int> DrillRepository::countOpenCorrectiveActions(const QDate &dueBefore) const
{
    const QList<CorrectiveActionState> states = openStates();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString statement = QStringLiteral("SELECT count(*) FROM corrective_actions WHERE state IN (%1)")
                            .arg(QStringList(states.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (dueBefore.isValid())
        statement += QStringLiteral(" AND due_on < ?");
    query.prepare(statement);
    for (CorrectiveActionState state : states)
        query.addBindValue(correctiveActionStateKey(state));
    if (dueBefore.isValid())
        query.addBindValue(dueBefore.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return StorageError::from(tr("Could not list the corrective actions"), query.lastError());
    return query.value(0).toInt();
}

Result<QList<CorrectiveActionSummary>> DrillRepository::listOpenCorrectiveActions(qint64 planId,
                                                                                const QDate &dueBefore, int limit) const
{
    const QList<CorrectiveActionState> states = openStates();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // "state IN (open states)" rather than "<> closed" so that the (state, due_on) index is used.
    QString statement =
        QStringLiteral("SELECT a.id, a.description, a.owner, a.due_on, a.state, a.closed_on, a.note, r.id, r.plan_id, "
                       "p.title, i.title, r.held_on FROM corrective_actions a "
                       "JOIN drill_records r ON r.id = a.record_id JOIN drill_items i ON i.id = r.item_id "
                       "JOIN plans p ON p.id = r.plan_id WHERE a.state IN (%1)")
            .arg(QStringList(states.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (planId != 0)
        statement += QStringLiteral(" AND r.plan_id = ?");
    // The dashboard wants only the overdue ones: filtered here, on the (state, due_on) index,
    // instead of reading every open action across the driver.
    if (dueBefore.isValid())
        statement += QStringLiteral(" AND a.due_on < ?");
    statement += QStringLiteral(" ORDER BY a.due_on, a.id");
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(statement);
    for (CorrectiveActionState state : states)
        query.addBindValue(correctiveActionStateKey(state));
    if (planId != 0)
        query.addBindValue(planId);
    if (dueBefore.isValid())
        query.addBindValue(dueBefore.toString(Qt::ISODate));
    if (!query.exec())
        return StorageError::from(tr("Could not list the corrective actions"), query.lastError());
    QList<CorrectiveActionSummary> actions;
    while (query.next()) {
        CorrectiveActionSummary summary;
        summary.action.id = query.value(0).toLongLong();
        summary.action.description = query.value(1).toString();
        summary.action.owner = query.value(2).toString();
        summary.action.dueOn = dateFrom(query.value(3));
        summary.action.state = correctiveActionStateFromKey(query.value(4).toString()).value_or(CorrectiveActionState::Open);
        summary.action.closedOn = dateFrom(query.value(5));
        summary.action.note = query.value(6).toString();
        summary.recordId = query.value(7).toLongLong();
        summary.planId = query.value(8).toLongLong();
        summary.planTitle = query.value(9).toString();
        summary.drillTitle = query.value(10).toString();
        summary.drillHeldOn = dateFrom(query.value(11));
        actions.append(summary);
    }
    return actions;
}

Result<void> DrillRepository::setCorrectiveActionState(qint64 actionId, CorrectiveActionState state,
                                                       const QDate &closedOn)
{
    const QDate closed = state != CorrectiveActionState::Closed ? QDate() : closedOn.isValid() ? closedOn : Clock::today();
    WriteTransaction transaction(m_database.connection());
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE corrective_actions SET state = ?, closed_on = ? WHERE id = ?"));
    query.addBindValue(correctiveActionStateKey(state));
    query.addBindValue(dateValue(closed));
    query.addBindValue(actionId);
    if (!query.exec())
        return StorageError::from(tr("Could not change corrective action %1").arg(actionId), query.lastError());
    if (query.numRowsAffected() == 0)
        return Error{tr("There is no corrective action with id %1.").arg(actionId)};
    return transaction.commit();
}

Result<QList<DrillRecord>> DrillRepository::pendingPlanRevisions(qint64 planId) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM drill_records WHERE plan_id = ? AND plan_revision_required = 1 "
                                 "AND plan_revised_on IS NULL ORDER BY occurrence_date, id"));
    query.addBindValue(planId);
    if (!query.exec())
        return StorageError::from(tr("Could not list the revisions the drills ask for"), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    QList<DrillRecord> records;
    records.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        Result<DrillRecord> record = selectRecord(db, id);
        if (!record)
            return record.error();
        records.append(record.value());
    }
    return records;
}

Result<QList<PlanRevisionSummary>> DrillRepository::listPendingPlanRevisions(int limit) const
{
    // One query with the titles joined in, not a record loaded per line: the dashboard runs this at
    // every refresh.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString statement = QStringLiteral(
        "SELECT r.id, r.plan_id, p.title, i.title, r.held_on, r.plan_revision_note FROM drill_records r "
        "JOIN drill_items i ON i.id = r.item_id JOIN plans p ON p.id = r.plan_id "
        "WHERE r.plan_revision_required = 1 AND r.plan_revised_on IS NULL ORDER BY r.occurrence_date, r.id");
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(statement))
        return StorageError::from(tr("Could not list the revisions the drills ask for"), query.lastError());
    QList<PlanRevisionSummary> revisions;
    while (query.next())
        revisions.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                          query.value(3).toString(), dateFrom(query.value(4)), query.value(5).toString()});
    return revisions;
}

Result<void> DrillRepository::markPlanRevised(qint64 recordId, const QDate &revisedOn)
{
    if (!revisedOn.isValid())
        return Error{tr("Give the date the plan was revised.")};
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    const QString action = tr("Could not mark the plan as revised");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT plan_revision_required FROM drill_records WHERE id = ?"));
    query.addBindValue(recordId);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return Error{tr("There is no drill record with id %1.").arg(recordId)};
    if (query.value(0).toInt() == 0)
        return Error{tr("Drill record %1 does not ask for a revision of the plan.").arg(recordId)};
    query.finish();

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE drill_records SET plan_revised_on = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(dateValue(revisedOn));
    update.addBindValue(timestamp(Clock::nowUtc()));
    update.addBindValue(recordId);
    if (!update.exec())
        return StorageError::from(action, update.lastError());
    return transaction.commit();
}

Result<DrillScheduleSnapshot> DrillRepository::loadSchedule(qint64 planId) const
{
    // The dashboard reads every plan's programme and ten years of records at each refresh: forward
    // only queries, just the columns the scheduler uses, containers sized before they are filled.
    const QSqlDatabase db = m_database.connection();
    const QString action = tr("Could not load the drill schedule");
    const bool onePlan = planId != 0;
    DrillScheduleSnapshot snapshot;

    auto run = [&](QSqlQuery &query, const QString &statement) -> bool {
        query.setForwardOnly(true);
        query.prepare(statement);
        if (onePlan)
            query.addBindValue(planId);
        return query.exec();
    };
    auto countOf = [&](const QString &statement) -> qsizetype {
        QSqlQuery count(db);
        return run(count, statement) && count.next() ? qsizetype(count.value(0).toLongLong()) : 0;
    };

    QSqlQuery plans(db);
    if (!run(plans, QStringLiteral("SELECT id, title, operator_profile, effective_on FROM plans")
                        + (onePlan ? QStringLiteral(" WHERE id = ?") : QString())))
        return StorageError::from(action, plans.lastError());
    while (plans.next()) {
        DrillScheduleSnapshot::PlanFacts facts;
        facts.title = plans.value(1).toString();
        facts.profile = operatorProfileFromKey(plans.value(2).toString()).value_or(OperatorProfile::Ordinary);
        facts.effectiveOn = dateFrom(plans.value(3));
        snapshot.plans.insert(plans.value(0).toLongLong(), facts);
    }

    // Only what the scheduler and the programme check read (no uid, time zone or texts), in id
    // order, which SQLite reads without sorting: the scheduler orders what it returns itself.
    const QString itemFilter = onePlan ? QStringLiteral(" WHERE plan_id = ?") : QString();
    snapshot.items.reserve(countOf(QStringLiteral("SELECT count(*) FROM drill_items") + itemFilter));
    QSqlQuery items(db);
    if (!run(items, QStringLiteral("SELECT id, plan_id, title, form, content, first_date, start_time, duration_minutes, "
                                   "recurrence_frequency, recurrence_interval, recurrence_unit, recurrence_anchor, "
                                   "recurrence_until, recurrence_count FROM drill_items")
                        + itemFilter + QStringLiteral(" ORDER BY id")))
        return StorageError::from(action, items.lastError());
    while (items.next()) {
        DrillItem item;
        item.id = items.value(0).toLongLong();
        item.planId = items.value(1).toLongLong();
        item.title = items.value(2).toString();
        item.form = drillFormFromKey(items.value(3).toString()).value_or(DrillForm::Tabletop);
        item.content = drillContentFromKey(items.value(4).toString()).value_or(DrillContent::Comprehensive);
        item.firstDate = dateFrom(items.value(5));
        item.startTime = timeFrom(items.value(6));
        item.durationMinutes = items.value(7).toInt();
        item.recurrence = readRecurrence(items, 8);
        snapshot.items.append(std::move(item));
    }

    // Ten years of records are most of the work. The date comes as the number yyyyMMdd (portable
    // SQL): integers cross the driver about a third quicker than text, which needs converting to
    // UTF-16 and a QString per row.
    const QString recordFilter = onePlan ? QStringLiteral(" WHERE plan_id = ?") : QString();
    snapshot.recordIds.reserve(countOf(QStringLiteral("SELECT count(*) FROM drill_records") + recordFilter));
    QSqlQuery records(db);
    // The whole occurrence key is computed by SQLite (DrillScheduleSnapshot::occurrenceKey: the item
    // id above the Julian day number, which julianday() gives at midnight, hence + 0.5): two
    // integers a row instead of three and no QDate.
    if (!run(records, QStringLiteral("SELECT (item_id << 32) | CAST(julianday(occurrence_date) + 0.5 AS INTEGER), id "
                                     "FROM drill_records")
                          + recordFilter))
        return StorageError::from(action, records.lastError());
    while (records.next())
        snapshot.recordIds.insert(quint64(records.value(0).toLongLong()), records.value(1).toLongLong());

    QSqlQuery cancellations(db);
    if (!run(cancellations,
             QStringLiteral("SELECT c.item_id, c.occurrence_date, c.reason FROM drill_cancellations c")
                 + (onePlan ? QStringLiteral(" JOIN drill_items i ON i.id = c.item_id WHERE i.plan_id = ?") : QString())))
        return StorageError::from(action, cancellations.lastError());
    while (cancellations.next()) {
        const QDate date = dateFrom(cancellations.value(1));
        snapshot.cancellationReasons.insert(
            DrillScheduleSnapshot::occurrenceKey(cancellations.value(0).toLongLong(), date),
            cancellations.value(2).toString());
    }
    return snapshot;
}

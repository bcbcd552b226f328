#include "PlanRepository.h"

#include "../Clock.h"
#include "Database.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>
#include <functional>

using SqlValues::bindable;
using SqlValues::dateFrom;
using SqlValues::dateValue;
using SqlValues::timestamp;
using SqlValues::timestampFrom;

namespace {

// The child tables of a plan, in the order they are rewritten on save.
const QStringList kChildTables = {QStringLiteral("plan_sections"), QStringLiteral("plan_contacts"),
                                  QStringLiteral("plan_levels"), QStringLiteral("plan_categories"),
                                  QStringLiteral("plan_reporting_steps")};

} // namespace

PlanRepository::PlanRepository(Database &database) : m_database(database) {}

Result<QList<PlanSummary>> PlanRepository::listPlans() const
{
    return selectSummaries(QStringLiteral("1 = 1"), QStringLiteral("updated_at DESC, id DESC"), {});
}

Result<QList<PlanSummary>> PlanRepository::listPlansPastReview(const QDate &today) const
{
    return selectSummaries(QStringLiteral("next_review_on IS NOT NULL AND next_review_on < ?"),
                           QStringLiteral("next_review_on, id"), {dateValue(today)});
}

Result<QList<PlanSummary>> PlanRepository::selectSummaries(const QString &condition, const QString &order,
                                                          const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, organisation, status, version, next_review_on, updated_at "
                                 "FROM plans WHERE %1 ORDER BY %2")
                      .arg(condition, order));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::from(tr("Could not list the plans"), query.lastError());
    QList<PlanSummary> plans;
    while (query.next()) {
        PlanSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.organisation = query.value(2).toString();
        summary.status = planStatusFromKey(query.value(3).toString()).value_or(PlanStatus::Draft);
        summary.version = query.value(4).toString();
        summary.nextReviewOn = dateFrom(query.value(5));
        summary.updatedAt = timestampFrom(query.value(6));
        plans.append(summary);
    }
    return plans;
}

Result<Plan> PlanRepository::load(qint64 planId) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT title, organisation, language, operator_profile, cii_sector, plan_kind, scenario, version, status, "
        "approver, approved_on, published_on, effective_on, next_review_on, confidentiality, category_set, "
        "created_at, updated_at FROM plans WHERE id = ?"));
    query.addBindValue(planId);
    if (!query.exec())
        return StorageError::from(tr("Could not load plan %1").arg(planId), query.lastError());
    if (!query.next())
        return Error{tr("There is no plan with id %1.").arg(planId)};

    Plan plan;
    plan.id = planId;
    plan.title = query.value(0).toString();
    plan.organisation = query.value(1).toString();
    plan.language = query.value(2).toString();
    plan.profile = operatorProfileFromKey(query.value(3).toString()).value_or(OperatorProfile::Ordinary);
    plan.ciiSector = query.value(4).toString();
    plan.kind = planKindFromKey(query.value(5).toString()).value_or(PlanKind::Comprehensive);
    plan.scenario = query.value(6).toString();
    plan.version = query.value(7).toString();
    plan.status = planStatusFromKey(query.value(8).toString()).value_or(PlanStatus::Draft);
    plan.approver = query.value(9).toString();
    plan.approvedOn = dateFrom(query.value(10));
    plan.publishedOn = dateFrom(query.value(11));
    plan.effectiveOn = dateFrom(query.value(12));
    plan.nextReviewOn = dateFrom(query.value(13));
    plan.confidentiality = query.value(14).toString();
    plan.categorySetId = query.value(15).toString();
    plan.createdAt = timestampFrom(query.value(16));
    plan.updatedAt = timestampFrom(query.value(17));

    auto selectChildren = [&](const QString &columns, const QString &table) -> Result<QSqlQuery> {
        QSqlQuery children(db);
        children.setForwardOnly(true);
        children.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE plan_id = ? ORDER BY position").arg(columns, table));
        children.addBindValue(planId);
        if (!children.exec())
            return StorageError::from(tr("Could not load plan %1").arg(planId), children.lastError());
        return children;
    };

    Result<QSqlQuery> sections = selectChildren(QStringLiteral("depth, section_key, title, body"), kChildTables[0]);
    if (!sections)
        return sections.error();
    while (sections.value().next()) {
        const QSqlQuery &row = sections.value();
        plan.sections.append(Section{row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                     row.value(0).toInt()});
    }

    Result<QSqlQuery> contacts = selectChildren(
        QStringLiteral("team, name, role, duties, office_phone, mobile_phone, deputy, on_duty_24h"), kChildTables[1]);
    if (!contacts)
        return contacts.error();
    while (contacts.value().next()) {
        const QSqlQuery &row = contacts.value();
        Contact contact;
        contact.team = contactTeamFromKey(row.value(0).toString()).value_or(ContactTeam::Department);
        contact.name = row.value(1).toString();
        contact.role = row.value(2).toString();
        contact.duties = row.value(3).toString();
        contact.officePhone = row.value(4).toString();
        contact.mobilePhone = row.value(5).toString();
        contact.deputy = row.value(6).toString();
        contact.onDuty24h = row.value(7).toInt() != 0;
        plan.contacts.append(contact);
    }

    Result<QSqlQuery> levels = selectChildren(
        QStringLiteral("code, name, warning_colour, colour_hex, criteria, response"), kChildTables[2]);
    if (!levels)
        return levels.error();
    while (levels.value().next()) {
        const QSqlQuery &row = levels.value();
        plan.levels.append(IncidentLevel{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                         row.value(3).toString(), row.value(4).toString(), row.value(5).toString()});
    }

    Result<QSqlQuery> categories = selectChildren(QStringLiteral("code, name, description"), kChildTables[3]);
    if (!categories)
        return categories.error();
    while (categories.value().next()) {
        const QSqlQuery &row = categories.value();
        plan.categories.append(
            IncidentCategory{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
    }

    Result<QSqlQuery> steps = selectChildren(
        QStringLiteral("authority, deadline_minutes, applies_when, channel, content"), kChildTables[4]);
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery &row = steps.value();
        plan.reportingSteps.append(ReportingStep{row.value(0).toString(), row.value(1).toInt(),
                                                 row.value(2).toString(), row.value(3).toString(),
                                                 row.value(4).toString()});
    }
    return plan;
}

Result<Plan> PlanRepository::save(const Plan &input)
{
    const QStringList problems = input.validationProblems();
    if (!problems.isEmpty())
        return Error{tr("The plan was not saved: %1").arg(problems.join(QLatin1Char(' ')))};

    Plan plan = input;
    const QDateTime now = Clock::nowUtc();
    if (!plan.createdAt.isValid())
        plan.createdAt = now;
    plan.updatedAt = now;

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const QString action = tr("Could not save the plan \"%1\"").arg(plan.title);

    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "title, organisation, language, operator_profile, cii_sector, plan_kind, scenario, version, status, approver, "
        "approved_on, published_on, effective_on, next_review_on, confidentiality, category_set, created_at, updated_at");
    if (plan.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO plans (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id")
                          .arg(columns));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE plans SET title = ?, organisation = ?, language = ?, operator_profile = ?, cii_sector = ?, "
            "plan_kind = ?, scenario = ?, version = ?, status = ?, approver = ?, approved_on = ?, published_on = ?, "
            "effective_on = ?, next_review_on = ?, confidentiality = ?, category_set = ?, created_at = ?, "
            "updated_at = ? WHERE id = ? RETURNING id"));
    }
    for (const QVariant &value :
         {QVariant(plan.title), QVariant(plan.organisation), QVariant(plan.language),
          QVariant(operatorProfileKey(plan.profile)), QVariant(plan.ciiSector), QVariant(planKindKey(plan.kind)),
          QVariant(plan.scenario), QVariant(plan.version), QVariant(planStatusKey(plan.status)),
          QVariant(plan.approver), dateValue(plan.approvedOn), dateValue(plan.publishedOn),
          dateValue(plan.effectiveOn), dateValue(plan.nextReviewOn), QVariant(plan.confidentiality),
          QVariant(plan.categorySetId), QVariant(timestamp(plan.createdAt)), QVariant(timestamp(plan.updatedAt))})
        query.addBindValue(bindable(value));
    if (plan.id != 0)
        query.addBindValue(plan.id);
    if (!query.exec())
        return StorageError::from(action, query.lastError());
    if (!query.next())
        return Error{tr("There is no plan with id %1 any more; it may have been deleted.").arg(plan.id)};
    plan.id = query.value(0).toLongLong();
    query.finish();

    // The parts of a plan are small and always edited together, so they are rewritten whole.
    for (const QString &table : kChildTables) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(table));
        clear.addBindValue(plan.id);
        if (!clear.exec())
            return StorageError::from(action, clear.lastError());
    }

    auto insertRows = [&](const QString &table, const QString &columnList, int valueCount, qsizetype rowCount,
                          const std::function<QVariantList(qsizetype)> &rowValues) -> Result<void> {
        QSqlQuery insert(db);
        QStringList marks(valueCount + 2, QStringLiteral("?"));
        insert.prepare(QStringLiteral("INSERT INTO %1 (plan_id, position, %2) VALUES (%3)")
                           .arg(table, columnList, marks.join(QStringLiteral(", "))));
        for (qsizetype row = 0; row < rowCount; ++row) {
            insert.addBindValue(plan.id);
            insert.addBindValue(qlonglong(row));
            for (const QVariant &value : rowValues(row))
                insert.addBindValue(bindable(value));
            if (!insert.exec())
                return StorageError::from(action, insert.lastError());
        }
        return {};
    };

    Result<void> written = insertRows(kChildTables[0], QStringLiteral("depth, section_key, title, body"), 4,
                                      plan.sections.size(), [&](qsizetype i) {
                                          const Section &s = plan.sections.at(i);
                                          return QVariantList{s.depth, s.key, s.title, s.body};
                                      });
    if (written)
        written = insertRows(kChildTables[1],
                             QStringLiteral("team, name, role, duties, office_phone, mobile_phone, deputy, on_duty_24h"),
                             8, plan.contacts.size(), [&](qsizetype i) {
                                 const Contact &c = plan.contacts.at(i);
                                 return QVariantList{contactTeamKey(c.team), c.name, c.role, c.duties, c.officePhone,
                                                     c.mobilePhone, c.deputy, c.onDuty24h ? 1 : 0};
                             });
    if (written)
        written = insertRows(kChildTables[2], QStringLiteral("code, name, warning_colour, colour_hex, criteria, response"),
                             6, plan.levels.size(), [&](qsizetype i) {
                                 const IncidentLevel &l = plan.levels.at(i);
                                 return QVariantList{l.code, l.name, l.warningColour, l.colourHex, l.criteria, l.response};
                             });
    if (written)
        written = insertRows(kChildTables[3], QStringLiteral("code, name, description"), 3, plan.categories.size(),
                             [&](qsizetype i) {
                                 const IncidentCategory &c = plan.categories.at(i);
                                 return QVariantList{c.code, c.name, c.description};
                             });
    if (written)
        written = insertRows(kChildTables[4], QStringLiteral("authority, deadline_minutes, applies_when, channel, content"),
                             5, plan.reportingSteps.size(), [&](qsizetype i) {
                                 const ReportingStep &r = plan.reportingSteps.at(i);
                                 return QVariantList{r.authority, r.deadlineMinutes, r.condition, r.channel, r.content};
                             });
    if (!written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return plan;
}

Result<void> PlanRepository::remove(qint64 planId)
{
    return SqlValues::deleteRow(m_database.connection(), QStringLiteral("plans"), planId,
                                tr("Could not delete plan %1").arg(planId),
                                tr("There is no plan with id %1.").arg(planId));
}

Result<PlanDrillCounts> PlanRepository::drillCounts(qint64 planId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM drill_items WHERE plan_id = ?), "
        "(SELECT count(*) FROM drill_cancellations c JOIN drill_items i ON i.id = c.item_id WHERE i.plan_id = ?), "
        "(SELECT count(*) FROM drill_records WHERE plan_id = ?), "
        "(SELECT count(*) FROM corrective_actions a JOIN drill_records r ON r.id = a.record_id WHERE r.plan_id = ?), "
        "(SELECT count(*) FROM incidents WHERE plan_id = ?)"));
    for (int i = 0; i < 5; ++i)
        query.addBindValue(planId);
    if (!query.exec() || !query.next())
        return StorageError::from(tr("Could not count the drills of plan %1").arg(planId), query.lastError());
    PlanDrillCounts counts;
    counts.drillItems = query.value(0).toInt();
    counts.cancellations = query.value(1).toInt();
    counts.records = query.value(2).toInt();
    counts.correctiveActions = query.value(3).toInt();
    counts.incidents = query.value(4).toInt();
    return counts;
}

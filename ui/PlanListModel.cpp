#include "PlanListModel.h"

#include "core/Clock.h"
#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>

PlanListModel::PlanListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanListModel::setPlans(const QList<PlanSummary> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

qint64 PlanListModel::planIdAt(int row) const
{
    return row >= 0 && row < m_plans.size() ? m_plans.at(row).id : 0;
}

int PlanListModel::rowOfPlan(qint64 planId) const
{
    for (qsizetype row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId)
            return int(row);
    }
    return -1;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const PlanSummary &plan = m_plans.at(index.row());
    if (role == PlanIdRole)
        return plan.id;
    const bool reviewOverdue = plan.nextReviewOn.isValid() && plan.nextReviewOn < Clock::today()
                               && plan.status != PlanStatus::Withdrawn;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return plan.title;
        case OrganisationColumn: return plan.organisation;
        case StatusColumn: return QCoreApplication::translate("PlanStatus", planStatusSourceText(plan.status));
        case VersionColumn: return plan.version;
        case NextReviewColumn:
            return plan.nextReviewOn.isValid() ? QLocale().toString(plan.nextReviewOn, QLocale::ShortFormat) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NextReviewColumn && reviewOverdue)
        // The review cycle comes from GB/T 24363 (maintenance of the plan) and the plan's own
        // plan-management clause; the Cybersecurity Law's yearly testing article (Art. 40, old 38)
        // is about assessing CII, not about reviewing the plan.
        return tr("The review date has passed: review the plan as its plan-management clause requires "
                  "(GB/T 24363, maintenance of the plan).");
    if (role == Qt::ForegroundRole && index.column() == NextReviewColumn && reviewOverdue)
        return QBrush(QColor(0xB7, 0x1C, 0x1C));
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case OrganisationColumn: return tr("Organisation");
    case StatusColumn: return tr("Status");
    case VersionColumn: return tr("Version");
    case NextReviewColumn: return tr("Next review");
    }
    return {};
}

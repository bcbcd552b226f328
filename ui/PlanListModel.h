#pragma once

#include "core/domain/PlanSummary.h"

#include <QAbstractTableModel>
#include <QList>

// The plan list: title, organisation, status, version, next review date.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OrganisationColumn, StatusColumn, VersionColumn, NextReviewColumn, ColumnCount };
    static constexpr int PlanIdRole = Qt::UserRole + 1;

    explicit PlanListModel(QObject *parent = nullptr);

    void setPlans(const QList<PlanSummary> &plans);
    const QList<PlanSummary> &plans() const { return m_plans; }
    qint64 planIdAt(int row) const;
    int rowOfPlan(qint64 planId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanSummary> m_plans;
};

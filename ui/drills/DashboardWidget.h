#pragma once

#include "core/schedule/Dashboard.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// What needs attention today, on the main window: overdue drills, drills due within 30 days,
// corrective actions past their due date, plans past their review date, plan revisions drills ask
// for and programme warnings.
// Activating a line (double-click or Enter) asks the window to open what it is about.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    enum Group {
        OverdueDrills,
        DrillsDueSoon,
        OverdueActions,
        PlansPastReview,
        PendingRevisions,
        ProgrammeWarnings,
        GroupCount
    };

    explicit DashboardWidget(QWidget *parent = nullptr);

    void setDashboard(const Dashboard &dashboard);
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *groupItem(Group group) const;

signals:
    void occurrenceActivated(qint64 planId, qint64 drillItemId, const QDate &date);
    void recordActivated(qint64 planId, qint64 recordId);
    void planActivated(qint64 planId);
    void programmeActivated(qint64 planId);

private:
    void activate(QTreeWidgetItem *item);

    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
};

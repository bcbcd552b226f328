#pragma once

#include "core/schedule/Dashboard.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// What needs attention today, on the main window: incidents being handled or still owing a report
// or a corrective action (with the countdown of each report), overdue drills, drills due within 30 days,
// corrective actions past their due date, plans past their review date, plan revisions drills ask
// for and programme warnings.
// Activating a line (double-click or Enter) asks the window to open what it is about.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    enum Group {
        Incidents, // first: a report due within the hour matters more than anything below it
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
    // Recomputes the incidents' countdowns and colours at Clock::now() (a timer calls it every 30 seconds).
    void refreshCountdowns();

signals:
    void occurrenceActivated(qint64 planId, qint64 drillItemId, const QDate &date);
    void recordActivated(qint64 planId, qint64 recordId);
    void planActivated(qint64 planId);
    void programmeActivated(qint64 planId);
    void incidentActivated(qint64 incidentId);

private:
    void activate(QTreeWidgetItem *item);

    // The incident m_incidents[incidentIndex], its reports still due and its open corrective actions.
    void addIncidentLines(qsizetype incidentIndex);

    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    // The incidents shown and, per line of a due report, which report it is (for the countdowns).
    QList<IncidentAttention> m_incidents;
    QTimer *m_countdownTimer = nullptr;
};

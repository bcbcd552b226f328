#include "DashboardWidget.h"

#include "DrillOccurrenceModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { KindRole = Qt::UserRole + 1, PlanIdRole, ItemIdRole, DateRole, RecordIdRole };
enum Kind { OccurrenceKind = 1, ActionKind, PlanKind, WarningKind, RevisionKind };
} // namespace

DashboardWidget::DashboardWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Needs attention"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dashboardTreeWidget"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("Date"), tr("Plan")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(2, 260);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    for (int group = 0; group < GroupCount; ++group)
        m_tree->addTopLevelItem(new QTreeWidgetItem);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    setDashboard({});
}

QTreeWidgetItem *DashboardWidget::groupItem(Group group) const
{
    return m_tree->topLevelItem(group);
}

void DashboardWidget::setDashboard(const Dashboard &dashboard)
{
    const QString titles[GroupCount] = {
        tr("Overdue drills (%1)").arg(dashboard.overdueDrills.size()),
        tr("Drills due within 30 days (%1)").arg(dashboard.drillsDueSoon.size()),
        tr("Corrective actions past their due date (%1)").arg(dashboard.overdueCorrectiveActionCount),
        tr("Plans past their review date (%1)").arg(dashboard.plansPastReview.size()),
        tr("Plan revisions pending (%1)").arg(dashboard.pendingPlanRevisions.size()),
        tr("Drill programme warnings (%1)").arg(dashboard.programmeWarnings.size()),
    };
    for (int group = 0; group < GroupCount; ++group) {
        QTreeWidgetItem *top = m_tree->topLevelItem(group);
        qDeleteAll(top->takeChildren());
        top->setText(0, titles[group]);
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
    }

    // Beyond the limit a line says how many more there are: the page they lead to lists them all.
    auto addMoreLine = [this](Group group, qsizetype shown, qsizetype total) {
        if (total > shown)
            new QTreeWidgetItem(groupItem(group), {tr("… and %1 more").arg(total - shown)});
    };
    auto addOccurrences = [this, addMoreLine](Group group, const QList<DrillOccurrence> &occurrences) {
        for (const DrillOccurrence &occurrence : occurrences.first(qMin(occurrences.size(), qsizetype(Dashboard::kListLimit)))) {
            auto *line = new QTreeWidgetItem(groupItem(group), {occurrence.itemTitle, occurrence.date.toString(Qt::ISODate),
                                                                 occurrence.planTitle});
            line->setForeground(0, DrillOccurrenceModel::stateColour(occurrence.state));
            line->setData(0, KindRole, OccurrenceKind);
            line->setData(0, PlanIdRole, occurrence.planId);
            line->setData(0, ItemIdRole, occurrence.drillItemId);
            line->setData(0, DateRole, occurrence.date);
        }
        addMoreLine(group, qMin(occurrences.size(), qsizetype(Dashboard::kListLimit)), occurrences.size());
    };
    addOccurrences(OverdueDrills, dashboard.overdueDrills);
    addOccurrences(DrillsDueSoon, dashboard.drillsDueSoon);
    for (const CorrectiveActionSummary &summary : dashboard.overdueCorrectiveActions) {
        //: A corrective action on the dashboard: %1 what is to be done, %2 its owner.
        auto *line = new QTreeWidgetItem(groupItem(OverdueActions),
                                         {tr("%1 — %2").arg(summary.action.description, summary.action.owner),
                                          summary.action.dueOn.toString(Qt::ISODate), summary.planTitle});
        line->setToolTip(0, tr("From the drill \"%1\" held on %2")
                                .arg(summary.drillTitle, summary.drillHeldOn.toString(Qt::ISODate)));
        line->setData(0, KindRole, ActionKind);
        line->setData(0, PlanIdRole, summary.planId);
        line->setData(0, RecordIdRole, summary.recordId);
    }
    addMoreLine(OverdueActions, dashboard.overdueCorrectiveActions.size(), dashboard.overdueCorrectiveActionCount);
    for (const PlanSummary &plan : dashboard.plansPastReview) {
        auto *line = new QTreeWidgetItem(groupItem(PlansPastReview),
                                         {tr("Review the plan (version %1)").arg(plan.version),
                                          plan.nextReviewOn.toString(Qt::ISODate), plan.title});
        line->setData(0, KindRole, PlanKind);
        line->setData(0, PlanIdRole, plan.id);
    }
    for (const PlanRevisionSummary &revision : dashboard.pendingPlanRevisions) {
        //: Dashboard: a drill asked for a revision of the plan; %1 what must change.
        auto *line = new QTreeWidgetItem(groupItem(PendingRevisions),
                                         {tr("Revise the plan: %1")
                                              .arg(revision.note.trimmed().isEmpty() ? tr("see the drill record")
                                                                                     : revision.note.simplified()),
                                          revision.heldOn.toString(Qt::ISODate), revision.planTitle});
        line->setToolTip(0, tr("From the drill \"%1\" held on %2. Double-click to open the plan.")
                                .arg(revision.drillTitle, revision.heldOn.toString(Qt::ISODate)));
        line->setData(0, KindRole, RevisionKind);
        line->setData(0, PlanIdRole, revision.planId);
        line->setData(0, RecordIdRole, revision.recordId);
    }
    for (const ProgrammeWarning &warning : dashboard.programmeWarnings) {
        auto *line = new QTreeWidgetItem(groupItem(ProgrammeWarnings),
                                         {warning.message, warning.from.toString(Qt::ISODate), warning.planTitle});
        line->setToolTip(0, warning.message);
        line->setData(0, KindRole, WarningKind);
        line->setData(0, PlanIdRole, warning.planId);
    }
    for (int group = 0; group < GroupCount; ++group) {
        QTreeWidgetItem *top = m_tree->topLevelItem(group);
        top->setExpanded(top->childCount() > 0 && top->childCount() <= 20);
        top->setDisabled(top->childCount() == 0);
    }
    m_summaryLabel->setText(dashboard.isEmpty()
                                ? tr("Nothing is overdue or due within 30 days.")
                                : tr("Double-click a line to open it."));
}

void DashboardWidget::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    const qint64 planId = item->data(0, PlanIdRole).toLongLong();
    switch (item->data(0, KindRole).toInt()) {
    case OccurrenceKind:
        emit occurrenceActivated(planId, item->data(0, ItemIdRole).toLongLong(), item->data(0, DateRole).toDate());
        break;
    case ActionKind: emit recordActivated(planId, item->data(0, RecordIdRole).toLongLong()); break;
    case PlanKind:
    case RevisionKind: emit planActivated(planId); break;
    case WarningKind: emit programmeActivated(planId); break;
    default: break;
    }
}

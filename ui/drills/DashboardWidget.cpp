#include "DashboardWidget.h"

#include "DrillOccurrenceModel.h"
#include "core/Clock.h"
#include "core/incident/DueReportKind.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "incidents/DueReportText.h"
#include "incidents/IncidentWording.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role {
    KindRole = Qt::UserRole + 1,
    PlanIdRole,
    ItemIdRole,
    DateRole,
    RecordIdRole,
    IncidentIdRole,
    // On a due report's line: where it is in m_incidents, and which of its reports.
    IncidentIndexRole,
    DueIndexRole
};
enum Kind { OccurrenceKind = 1, ActionKind, PlanKind, WarningKind, RevisionKind, IncidentKind };
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
    // Minutes matter while a report is due within the hour; the banner above the window keeps the
    // same clock.
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(30 * 1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &DashboardWidget::refreshCountdowns);
    setDashboard({});
}

QTreeWidgetItem *DashboardWidget::groupItem(Group group) const
{
    return m_tree->topLevelItem(group);
}

void DashboardWidget::setDashboard(const Dashboard &dashboard)
{
    const QString titles[GroupCount] = {
        tr("Incidents (%1)").arg(dashboard.incidents.size()),
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
    m_incidents = dashboard.incidents;
    for (qsizetype index = 0; index < m_incidents.size(); ++index)
        addIncidentLines(index);
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
                                              .arg(!revision.note.trimmed().isEmpty() ? revision.note.simplified()
                                                   : revision.incidentId != 0         ? tr("see the incident")
                                                                                      : tr("see the drill record")),
                                          revision.heldOn.toString(Qt::ISODate), revision.planTitle});
        if (revision.incidentId != 0)
            line->setToolTip(0, tr("From the incident whose handling ended on %1. Double-click to open the plan.")
                                    .arg(revision.heldOn.toString(Qt::ISODate)));
        else
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
    // An incident's reports and actions are what the line is for: always shown.
    for (int index = 0; index < groupItem(Incidents)->childCount(); ++index)
        groupItem(Incidents)->child(index)->setExpanded(true);
    refreshCountdowns();
    if (m_incidents.isEmpty())
        m_countdownTimer->stop();
    else if (!m_countdownTimer->isActive())
        m_countdownTimer->start();
    m_summaryLabel->setText(dashboard.isEmpty()
                                ? tr("Nothing is overdue or due within 30 days.")
                                : tr("Double-click a line to open it."));
}

void DashboardWidget::addIncidentLines(qsizetype incidentIndex)
{
    const IncidentAttention &attention = m_incidents.at(incidentIndex);
    const Incident &incident = attention.incident;
    const QString title = IncidentWording::title(attention);
    const QString what = incident.isClosed()
        //: Dashboard: an incident; %1 its level and category, %2 when handling ended.
        ? tr("%1 — handling ended %2").arg(title, DueReportText::moment(incident.closedAt, incident))
        //: Dashboard: an incident still open; %1 its level and category.
        : tr("%1 — being handled").arg(title);
    auto *line = new QTreeWidgetItem(groupItem(Incidents),
                                     {what, DueReportText::moment(incident.discoveredAt, incident), attention.planTitle});
    line->setToolTip(0, tr("Discovered %1 at %2. Double-click to open the incident.")
                            .arg(DueReportText::moment(incident.discoveredAt, incident),
                                 incident.place.simplified().isEmpty() ? tr("an unstated place")
                                                                       : incident.place.simplified()));
    auto tag = [&incident](QTreeWidgetItem *item) {
        item->setData(0, KindRole, IncidentKind);
        item->setData(0, PlanIdRole, incident.planId);
        item->setData(0, IncidentIdRole, incident.id);
    };
    tag(line);
    for (qsizetype due = 0; due < attention.dueReports.size(); ++due) {
        const DueReport &report = attention.dueReports.at(due);
        // The text and colour are set by refreshCountdowns(); the date column is the deadline.
        auto *reportLine =
            new QTreeWidgetItem(line, {QString(), DueReportText::moment(report.deadline, incident), QString()});
        reportLine->setToolTip(0, DueReportText::describe(report, incident));
        reportLine->setData(0, IncidentIndexRole, incidentIndex);
        reportLine->setData(0, DueIndexRole, due);
        tag(reportLine);
    }
    const QDate today = Clock::today();
    for (const CorrectiveAction &action : attention.openCorrectiveActions()) {
        //: Dashboard, under an incident: %1 what is to be done, %2 its owner, %3 open / in progress.
        auto *actionLine = new QTreeWidgetItem(
            line, {tr("Corrective action: %1 — %2 (%3)")
                       .arg(action.description.simplified(), action.owner,
                            QCoreApplication::translate("CorrectiveActionState",
                                                        correctiveActionStateSourceText(action.state))),
                   action.dueOn.toString(Qt::ISODate), QString()});
        if (action.dueOn.isValid() && action.dueOn < today)
            actionLine->setForeground(0, DueReportText::stateColour(DueReportState::Overdue));
        tag(actionLine);
    }
}

void DashboardWidget::refreshCountdowns()
{
    const QDateTime now = Clock::nowUtc();
    const int dueSoonMinutes = IncidentDeadlineRules::builtIn().dueSoonMinutes;
    QTreeWidgetItem *group = groupItem(Incidents);
    for (int index = 0; index < group->childCount(); ++index) {
        QTreeWidgetItem *incidentLine = group->child(index);
        for (int child = 0; child < incidentLine->childCount(); ++child) {
            QTreeWidgetItem *line = incidentLine->child(child);
            const QVariant incidentIndex = line->data(0, IncidentIndexRole);
            if (!incidentIndex.isValid())
                continue; // a corrective action
            const IncidentAttention &attention = m_incidents.at(incidentIndex.toInt());
            const DueReport &due = attention.dueReports.at(line->data(0, DueIndexRole).toInt());
            const DueReportState state = IncidentDeadlines::stateAt(due, QDateTime(), now, dueSoonMinutes);
            const QString kind = QCoreApplication::translate("DueReportKind", dueReportKindSourceText(due.kind));
            //: Dashboard, under an incident: %1 the report, %2 to whom, %3 the countdown ("0:42 left").
            line->setText(0, tr("%1 to %2: %3")
                                 .arg(kind, DueReportText::recipientInSentence(due),
                                      DueReportText::stateText(due, state, QDateTime(), now, attention.incident)));
            const QColor colour = DueReportText::stateColour(state);
            line->setForeground(0, colour.isValid() ? QBrush(colour) : QBrush());
            QFont font = line->font(0);
            font.setBold(state == DueReportState::Overdue || state == DueReportState::DueSoon);
            line->setFont(0, font);
        }
    }
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
    case IncidentKind: emit incidentActivated(item->data(0, IncidentIdRole).toLongLong()); break;
    default: break;
    }
}

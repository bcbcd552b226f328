#include "IncidentPage.h"

#include "CloseIncidentDialog.h"
#include "DeclareIncidentDialog.h"
#include "DocumentPrinting.h"
#include "DueReportText.h"
#include "IncidentFollowUpDialog.h"
#include "IncidentReportDialog.h"
#include "IncidentWording.h"
#include "MessageBoxes.h"
#include "core/Clock.h"
#include "core/documents/IncidentDocumentBuilder.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "core/storage/PlanRepository.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Role { IdRole = Qt::UserRole + 1 };

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(name);
    return pushButton;
}

QTreeWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

IncidentPage::IncidentPage(Database &database, PlanRepository &plans, QWidget *parent)
    : QWidget(parent), m_database(database), m_plans(plans), m_repository(database)
{
    setObjectName(QStringLiteral("incidentPage"));
    buildLayout();
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(15 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &IncidentPage::refreshClock);
    m_clockTimer->start();
    showSelected();
}

void IncidentPage::buildLayout()
{
    auto *title = new QLabel(tr("Incidents"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *backButton = button(tr("&Back to Plans"), QStringLiteral("incidentBackPushButton"), this);
    connect(backButton, &QPushButton::clicked, this, &IncidentPage::closeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(backButton);

    // One column of three short lines (level, category, when and on which plan), so the list stays narrow.
    m_list = table(QStringLiteral("incidentListTreeWidget"), {tr("Incidents, open ones first")}, this);
    m_list->setUniformRowHeights(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });

    m_detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_titleLabel = plainLabel(QStringLiteral("incidentTitleLabel"), m_detail);
    QFont headerFont = m_titleLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(headerFont);
    m_factsLabel = plainLabel(QStringLiteral("incidentFactsLabel"), m_detail);
    detailLayout->addWidget(m_titleLabel);
    detailLayout->addWidget(m_factsLabel);

    auto *clockCaption = new QLabel(tr("Reporting clock"), m_detail);
    QFont captionFont = clockCaption->font();
    captionFont.setBold(true);
    clockCaption->setFont(captionFont);
    detailLayout->addWidget(clockCaption);
    m_clockTree = table(QStringLiteral("incidentClockTreeWidget"),
                        {tr("Report"), tr("To"), tr("Deadline"), tr("Where it stands")}, m_detail);
    for (int column : {0, 2, 3})
        m_clockTree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_clockTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_clockTree->header()->setStretchLastSection(false);
    m_clockTree->setMaximumHeight(140);
    detailLayout->addWidget(m_clockTree);

    m_policeButton = button(tr("&Police Told…"), QStringLiteral("incidentPolicePushButton"), m_detail);
    m_policeButton->setToolTip(tr("Record when the public security organs were told of the suspected crime."));
    connect(m_policeButton, &QPushButton::clicked, this, &IncidentPage::recordPoliceNotified);
    m_closeIncidentButton = button(tr("&Close Incident…"), QStringLiteral("incidentClosePushButton"), m_detail);
    m_closeIncidentButton->setToolTip(tr("End the handling: lessons, corrective actions and whether the plan must "
                                         "change. The summary report is then due within 30 days."));
    connect(m_closeIncidentButton, &QPushButton::clicked, this, &IncidentPage::closeIncident);
    m_deleteButton = button(tr("De&lete Incident…"), QStringLiteral("incidentDeletePushButton"), m_detail);
    connect(m_deleteButton, &QPushButton::clicked, this, &IncidentPage::deleteIncident);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_policeButton);
    actions->addWidget(m_closeIncidentButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    detailLayout->addLayout(actions);

    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("incidentTabWidget"));
    m_tabs->addTab(buildReportsTab(), tr("&Reports"));
    m_tabs->addTab(buildLogTab(), tr("Response lo&g"));
    m_tabs->addTab(buildChecklistTab(), tr("Chec&klist"));
    m_tabs->addTab(buildClosingTab(), tr("Cl&osing"));
    detailLayout->addWidget(m_tabs, 1);

    m_emptyLabel = plainLabel(QStringLiteral("incidentEmptyLabel"), this);
    m_emptyLabel->setText(tr("No incident has been declared. To declare one, select a plan in the list and choose "
                             "Declare Incident on the Plan in the Incidents menu."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_emptyLabel, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("incidentSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 960});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

QWidget *IncidentPage::buildReportsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_reportTree = table(QStringLiteral("incidentReportTreeWidget"),
                         {tr("Report"), tr("Issued"), tr("Sent"), tr("How"), tr("To")}, tab);
    for (int column = 0; column < 4; ++column)
        m_reportTree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_reportTree, &QTreeWidget::itemActivated, this, [this] { editSelectedReport(); });
    connect(m_reportTree, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    layout->addWidget(m_reportTree, 1);

    m_initialButton = button(tr("&Initial Report…"), QStringLiteral("newInitialReportPushButton"), tab);
    m_supplementaryButton = button(tr("&Supplementary Report…"), QStringLiteral("newSupplementaryReportPushButton"), tab);
    m_summaryButton = button(tr("Su&mmary Report…"), QStringLiteral("newSummaryReportPushButton"), tab);
    m_summaryButton->setToolTip(tr("The summary report follows the end of handling: close the incident first."));
    m_editReportButton = button(tr("&Edit…"), QStringLiteral("editReportPushButton"), tab);
    m_pdfButton = button(tr("Export PD&F…"), QStringLiteral("reportPdfPushButton"), tab);
    m_previewButton = button(tr("Print Pre&view…"), QStringLiteral("reportPreviewPushButton"), tab);
    connect(m_initialButton, &QPushButton::clicked, this, [this] { newReport(IncidentReportKind::Initial); });
    connect(m_supplementaryButton, &QPushButton::clicked, this, [this] { newReport(IncidentReportKind::Supplementary); });
    connect(m_summaryButton, &QPushButton::clicked, this, [this] { newReport(IncidentReportKind::Summary); });
    connect(m_editReportButton, &QPushButton::clicked, this, &IncidentPage::editSelectedReport);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { printSelectedReport(true); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { printSelectedReport(false); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {m_initialButton, m_supplementaryButton, m_summaryButton})
        buttons->addWidget(each);
    buttons->addStretch(1);
    for (QPushButton *each : {m_editReportButton, m_pdfButton, m_previewButton})
        buttons->addWidget(each);
    layout->addLayout(buttons);
    return tab;
}

QWidget *IncidentPage::buildLogTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_logTree = table(QStringLiteral("incidentLogTreeWidget"), {tr("Time"), tr("Action"), tr("By")}, tab);
    m_logTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_logTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_logTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_logTree->header()->setStretchLastSection(false);
    layout->addWidget(m_logTree, 1);

    m_logTimeEdit = new QDateTimeEdit(tab);
    m_logTimeEdit->setObjectName(QStringLiteral("logTimeDateTimeEdit"));
    m_logTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_logActionEdit = new QLineEdit(tab);
    m_logActionEdit->setObjectName(QStringLiteral("logActionLineEdit"));
    m_logActionEdit->setPlaceholderText(tr("What was done"));
    m_logActionEdit->setMaxLength(1000);
    m_logByEdit = new QLineEdit(tab);
    m_logByEdit->setObjectName(QStringLiteral("logByLineEdit"));
    m_logByEdit->setPlaceholderText(tr("By whom"));
    m_logByEdit->setMaxLength(200);
    m_addLogButton = button(tr("&Add to Log"), QStringLiteral("addLogPushButton"), tab);
    connect(m_addLogButton, &QPushButton::clicked, this, &IncidentPage::addLogEntry);
    connect(m_logActionEdit, &QLineEdit::returnPressed, this, &IncidentPage::addLogEntry);
    auto *row = new QHBoxLayout;
    row->addWidget(m_logTimeEdit);
    row->addWidget(m_logActionEdit, 3);
    row->addWidget(m_logByEdit, 1);
    row->addWidget(m_addLogButton);
    layout->addLayout(row);
    return tab;
}

QWidget *IncidentPage::buildChecklistTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *hint = plainLabel(QStringLiteral("incidentChecklistHintLabel"), tab);
    hint->setText(tr("The plan's response steps for the incident's level. Tick a step when it is done; the time "
                     "is noted."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_checklist = new QListWidget(tab);
    m_checklist->setObjectName(QStringLiteral("incidentChecklistWidget"));
    m_checklist->setWordWrap(true);
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int position = m_checklist->row(item);
        const bool done = item->checkState() == Qt::Checked;
        if (position >= 0 && position < m_incident.checklist.size() && m_incident.checklist.at(position).done != done)
            setChecklistItemDone(position, done);
    });
    layout->addWidget(m_checklist, 1);
    return tab;
}

QWidget *IncidentPage::buildClosingTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_closingLabel = plainLabel(QStringLiteral("incidentClosingLabel"), tab);
    m_closingLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_closingLabel, 1);
    m_followUpButton = button(tr("Follo&w Up…"), QStringLiteral("incidentFollowUpPushButton"), tab);
    m_followUpButton->setToolTip(tr("Mark corrective actions in progress or closed, add more, and record when the "
                                    "plan was revised"));
    connect(m_followUpButton, &QPushButton::clicked, this, &IncidentPage::followUp);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_followUpButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return tab;
}

IncidentFollowUpDialog *IncidentPage::followUpDialog() const
{
    return m_followUpDialog;
}

DeclareIncidentDialog *IncidentPage::declareDialog() const
{
    return m_declareDialog;
}

IncidentReportDialog *IncidentPage::reportDialog() const
{
    return m_reportDialog;
}

CloseIncidentDialog *IncidentPage::closeDialog() const
{
    return m_closeDialog;
}

const Plan *IncidentPage::planOf(qint64 planId)
{
    if (!m_planCache.contains(planId)) {
        Result<Plan> plan = m_plans.load(planId);
        if (!plan)
            return nullptr;
        m_planCache.insert(planId, plan.value());
    }
    return &m_planCache[planId];
}

bool IncidentPage::reload()
{
    const qint64 selected = m_incident.id;
    m_planCache.clear(); // a plan may have been edited since
    Result<QList<Incident>> incidents = m_repository.list();
    if (!incidents) {
        MessageBoxes::warning(this, tr("Could not list the incidents"), incidents.errorMessage());
        return false;
    }
    m_incidents = incidents.value();
    // Open incidents first, latest discovery first within each group (the repository's order).
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const Incident &a, const Incident &b) { return !a.isClosed() && b.isClosed(); });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem *toSelect = nullptr;
    for (const Incident &incident : m_incidents) {
        const Plan *plan = planOf(incident.planId);
        const QString what = IncidentWording::title(plan, incident);
        //: Second line of an incident in the list: %1 when discovered, %2 the plan.
        const QString when = tr("%1 · %2").arg(DueReportText::moment(incident.discoveredAt, incident),
                                              plan ? plan->title : QString());
        QString lines = IncidentWording::level(plan, incident.levelCode) + QLatin1Char('\n')
            + IncidentWording::category(plan, incident.categoryCode) + QLatin1Char('\n') + when;
        if (incident.drill)
            lines = tr("[Drill] %1").arg(lines);
        auto *item = new QTreeWidgetItem(m_list, {lines});
        item->setData(0, IdRole, incident.id);
        //: Tool tip of an incident in the list: %1 what, %2 the plan, %3 open or closed.
        item->setToolTip(0, tr("%1\nPlan: %2\n%3")
                                .arg(what, plan ? plan->title : QString(),
                                     incident.isClosed() ? tr("Closed") : tr("Being handled")));
        // Open incidents in bold, closed ones greyed: what is still running stands out.
        QFont font = item->font(0);
        font.setBold(!incident.isClosed());
        item->setFont(0, font);
        if (incident.isClosed())
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        if (incident.id == selected)
            toSelect = item;
    }
    if (!toSelect && m_list->topLevelItemCount() > 0)
        toSelect = m_list->topLevelItem(0);
    m_list->setCurrentItem(toSelect);
    showSelected();
    return true;
}

bool IncidentPage::showIncident(qint64 incidentId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toLongLong() == incidentId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    return false;
}

void IncidentPage::showSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
    m_incident = Incident{};
    m_reports.clear();
    for (const Incident &incident : m_incidents) {
        if (incident.id == id)
            m_incident = incident;
    }
    if (m_incident.id != 0) {
        Result<QList<IncidentReport>> reports = m_repository.listReports(m_incident.id);
        if (reports)
            m_reports = reports.value();
        else
            MessageBoxes::warning(this, tr("Could not read the reports"), reports.errorMessage());
    }
    m_detail->setVisible(m_incident.id != 0);
    m_emptyLabel->setVisible(m_incident.id == 0);
    fillDetails();
    updateButtons();
}

void IncidentPage::fillDetails()
{
    if (m_incident.id == 0)
        return;
    const Plan *plan = planOf(m_incident.planId);
    m_titleLabel->setText(IncidentWording::title(plan, m_incident));
    QStringList facts;
    facts << tr("Plan: %1").arg(plan ? plan->title : QString::number(m_incident.planId));
    facts << tr("Discovered %1 at %2; systems: %3")
                 .arg(DueReportText::moment(m_incident.discoveredAt, m_incident), m_incident.place,
                      m_incident.affectedSystems);
    if (m_incident.crimeSuspected)
        facts << (m_incident.policeNotifiedAt.isValid()
                      ? tr("Crime suspected; police told %1.").arg(DueReportText::moment(m_incident.policeNotifiedAt, m_incident))
                      : tr("Crime suspected; the police have not been told yet."));
    if (m_incident.isClosed())
        facts << tr("Handling ended %1.").arg(DueReportText::moment(m_incident.closedAt, m_incident));
    m_factsLabel->setText(facts.join(QLatin1Char('\n')));

    m_reportTree->clear();
    for (const IncidentReport &report : m_reports) {
        QString kind = QCoreApplication::translate("IncidentReportKind", incidentReportKindSourceText(report.kind));
        if (report.kind == IncidentReportKind::Initial && report.factsUnclear)
            kind = tr("%1 (items 1 and 2)").arg(kind);
        auto *item = new QTreeWidgetItem(
            m_reportTree,
            {kind,
             report.issuedBy.isEmpty() ? DueReportText::moment(report.issuedAt, m_incident)
                                       : tr("%1, %2").arg(report.issuedBy, DueReportText::moment(report.issuedAt, m_incident)),
             report.isSent() ? DueReportText::moment(report.sentAt, m_incident) : tr("not sent"),
             report.isSent() ? QCoreApplication::translate("ReportChannel", reportChannelSourceText(report.channel))
                             : QString(),
             report.recipient});
        item->setData(0, IdRole, report.id);
    }
    if (m_reportTree->topLevelItemCount() > 0)
        m_reportTree->setCurrentItem(m_reportTree->topLevelItem(m_reportTree->topLevelItemCount() - 1));

    m_logTree->clear();
    for (const IncidentLogEntry &entry : m_incident.log)
        new QTreeWidgetItem(m_logTree, {DueReportText::moment(entry.time, m_incident), entry.action, entry.by});
    // New entries start at the present minute, in the incident's zone.
    const QDateTime now = m_incident.inZone(Clock::nowUtc());
    m_logTimeEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));

    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    for (const IncidentChecklistItem &step : m_incident.checklist) {
        auto *item = new QListWidgetItem(step.step, m_checklist);
        item->setFlags(m_incident.isClosed() ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(step.done ? Qt::Checked : Qt::Unchecked);
        if (step.done)
            item->setToolTip(tr("Done %1 %2").arg(DueReportText::moment(step.doneAt, m_incident), step.doneBy));
    }
    if (m_incident.checklist.isEmpty())
        new QListWidgetItem(tr("The plan gives no response steps for this level."), m_checklist);

    QStringList closing;
    if (!m_incident.isClosed()) {
        closing << tr("The incident is still being handled. Closing it asks for its lessons, the corrective actions "
                      "and whether the plan must be revised.");
    } else {
        closing << tr("Lessons: %1").arg(m_incident.lessons);
        closing << tr("Corrective actions:");
        if (m_incident.correctiveActions.isEmpty())
            closing << tr("  none");
        for (const CorrectiveAction &action : m_incident.correctiveActions)
            closing << tr("  • %1 — %2, due %3 (%4)")
                           .arg(action.description, action.owner, action.dueOn.toString(Qt::ISODate),
                                QCoreApplication::translate("CorrectiveActionState",
                                                            correctiveActionStateSourceText(action.state)));
        if (m_incident.planRevisionRequired)
            closing << (m_incident.planRevisionPending()
                            ? tr("The plan must be revised: %1").arg(m_incident.planRevisionNote)
                            : tr("The plan was revised on %1.").arg(m_incident.planRevisedOn.toString(Qt::ISODate)));
    }
    m_closingLabel->setText(closing.join(QLatin1Char('\n')));
    refreshClock();
}

void IncidentPage::refreshClock()
{
    m_clockTree->clear();
    if (m_incident.id == 0)
        return;
    const Plan *plan = planOf(m_incident.planId);
    if (!plan)
        return;
    const IncidentDeadlineRules &rules = IncidentDeadlineRules::builtIn();
    const IncidentDeadlines::Schedule schedule =
        IncidentDeadlines::compute(IncidentDeadlines::factsOf(m_incident, plan->profile), rules);
    const QDateTime now = Clock::nowUtc();
    if (!schedule.reportable && schedule.reports.isEmpty())
        new QTreeWidgetItem(m_clockTree, {IncidentDeadlines::nothingDueText()});
    for (const DueReport &due : schedule.reports) {
        const QDateTime sentAt = IncidentDeadlines::sentAtOf(due, m_incident, m_reports);
        const DueReportState state = IncidentDeadlines::stateAt(due, sentAt, now, rules.dueSoonMinutes);
        const QString kind = QCoreApplication::translate("DueReportKind", dueReportKindSourceText(due.kind));
        const QString recipient = due.recipient.in(DueReportText::uiLanguage());
        QString deadline = due.promptly ? tr("promptly")
                                        : (due.deadline.isValid() ? DueReportText::moment(due.deadline, m_incident)
                                                                  : tr("30 days after handling ends"));
        auto *item = new QTreeWidgetItem(m_clockTree, {kind, recipient, deadline,
                                                       DueReportText::stateText(due, state, sentAt, now, m_incident)});
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, DueReportText::describe(due, m_incident));
        item->setData(0, IdRole, int(state));
        const QColor colour = DueReportText::stateColour(state);
        if (colour.isValid()) {
            for (int column = 0; column < 4; ++column)
                item->setForeground(column, colour);
        }
        if (state == DueReportState::Overdue || state == DueReportState::DueSoon) {
            QFont font = item->font(3);
            font.setBold(true);
            item->setFont(3, font);
        }
    }
}

void IncidentPage::updateButtons()
{
    const bool has = m_incident.id != 0;
    const bool open = has && !m_incident.isClosed();
    const bool hasInitial = std::any_of(m_reports.cbegin(), m_reports.cend(), [](const IncidentReport &report) {
        return report.kind == IncidentReportKind::Initial;
    });
    const bool hasSummary = std::any_of(m_reports.cbegin(), m_reports.cend(), [](const IncidentReport &report) {
        return report.kind == IncidentReportKind::Summary;
    });
    m_initialButton->setEnabled(has && !hasInitial);
    m_supplementaryButton->setEnabled(has && hasInitial);
    m_summaryButton->setEnabled(has && m_incident.isClosed() && !hasSummary);
    const bool reportSelected = m_reportTree->currentItem() != nullptr;
    m_editReportButton->setEnabled(reportSelected);
    m_pdfButton->setEnabled(reportSelected);
    m_previewButton->setEnabled(reportSelected);
    m_policeButton->setVisible(has && m_incident.crimeSuspected);
    m_policeButton->setEnabled(has && !m_incident.policeNotifiedAt.isValid());
    m_closeIncidentButton->setEnabled(open);
    m_followUpButton->setEnabled(has && m_incident.isClosed());
    m_deleteButton->setEnabled(has);
    m_addLogButton->setEnabled(has);
    m_logActionEdit->setEnabled(has);
}

void IncidentPage::changed(qint64 incidentId)
{
    m_incident.id = incidentId;
    reload();
    showIncident(incidentId);
    emit incidentsChanged();
}

void IncidentPage::declareIncident(qint64 planId, qint64 drillItemId, qint64 drillRecordId)
{
    Result<Plan> plan = m_plans.load(planId);
    if (!plan) {
        MessageBoxes::warning(this, tr("Could not declare an incident"), plan.errorMessage());
        return;
    }
    if (m_declareDialog)
        m_declareDialog->close();
    auto *dialog = new DeclareIncidentDialog(plan.value(), this);
    m_declareDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (drillItemId != 0)
        dialog->setDrill(drillItemId, drillRecordId);
    dialog->setSaveHandler([this](const Incident &incident) { return m_repository.open(incident); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->savedIncident().id); });
    dialog->open();
}

void IncidentPage::newReport(IncidentReportKind kind)
{
    const Plan *plan = planOf(m_incident.planId);
    if (m_incident.id == 0 || !plan)
        return;
    openReportDialog(IncidentReportDialog::newReportFor(m_incident, *plan, kind, m_reports));
}

void IncidentPage::editSelectedReport()
{
    QTreeWidgetItem *item = m_reportTree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const IncidentReport &report : m_reports) {
        if (report.id == id)
            openReportDialog(report);
    }
}

void IncidentPage::openReportDialog(const IncidentReport &report)
{
    const Plan *plan = planOf(m_incident.planId);
    if (!plan)
        return;
    if (m_reportDialog)
        m_reportDialog->close();
    auto *dialog = new IncidentReportDialog(*plan, m_incident, report, this);
    m_reportDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this](const IncidentReport &edited) { return m_repository.saveReport(edited); });
    const qint64 incidentId = m_incident.id;
    connect(dialog, &QDialog::accepted, this, [this, incidentId] { changed(incidentId); });
    connect(dialog, &IncidentReportDialog::printRequested, this,
            [this](const IncidentReport &shown) { printReport(shown, true); });
    dialog->open();
}

void IncidentPage::printSelectedReport(bool toPdf)
{
    QTreeWidgetItem *item = m_reportTree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const IncidentReport &report : m_reports) {
        if (report.id == id)
            printReport(report, toPdf);
    }
}

void IncidentPage::printReport(const IncidentReport &report, bool toPdf)
{
    const Plan *plan = planOf(m_incident.planId);
    if (!plan)
        return;
    const Plan planCopy = *plan;
    const Incident incident = m_incident;
    auto build = [planCopy, incident, report] { return IncidentDocumentBuilder().build(planCopy, incident, report); };
    const QString kind = QCoreApplication::translate("IncidentReportKind", incidentReportKindSourceText(report.kind));
    const QString title = tr("%1 — %2").arg(kind, planCopy.title);
    if (!toPdf) {
        DocumentPrinting::printPreview(this, title, build);
        return;
    }
    const QString name = DocumentPrinting::safeFileName(
        tr("%1 %2 %3").arg(planCopy.organisation, kind, incident.discoveredLocal().toString(QStringLiteral("yyyyMMdd"))),
        QStringLiteral("incident-report"));
    DocumentPrinting::exportPdf(this, tr("Export the Report as PDF"), name + QStringLiteral(".pdf"), build);
}

void IncidentPage::addLogEntry()
{
    if (m_incident.id == 0)
        return;
    const QString action = m_logActionEdit->text().trimmed();
    if (action.isEmpty()) {
        m_logActionEdit->setFocus();
        return;
    }
    const QDateTime shown = m_logTimeEdit->dateTime();
    const IncidentLogEntry entry{0, QDateTime(shown.date(), shown.time(), QTimeZone(m_incident.timeZoneId)).toUTC(),
                                 action, m_logByEdit->text().trimmed()};
    Result<IncidentLogEntry> added = m_repository.addLogEntry(m_incident.id, entry);
    if (!added) {
        MessageBoxes::warning(this, tr("The log entry was not added"), added.errorMessage());
        return;
    }
    m_logActionEdit->clear();
    changed(m_incident.id);
    m_tabs->setCurrentIndex(LogTab);
    m_logActionEdit->setFocus();
}

void IncidentPage::setChecklistItemDone(int position, bool done)
{
    if (m_incident.id == 0)
        return;
    Result<void> stored = m_repository.setChecklistItem(m_incident.id, position, done,
                                                        done ? Clock::nowUtc() : QDateTime(), m_logByEdit->text().trimmed());
    if (!stored)
        MessageBoxes::warning(this, tr("The checklist was not updated"), stored.errorMessage());
    changed(m_incident.id);
    m_tabs->setCurrentIndex(ChecklistTab);
}

void IncidentPage::recordPoliceNotified()
{
    // Also after closing: the police may be told late, and the dashboard keeps asking until it is said.
    if (m_incident.id == 0 || !m_incident.crimeSuspected || m_incident.policeNotifiedAt.isValid())
        return;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const std::optional<QString> answer = MessageBoxes::askText(
        this, tr("Police Told"), tr("When were the public security organs told (%1)?").arg(format),
        m_incident.inZone(Clock::nowUtc()).toString(format));
    if (!answer)
        return;
    const QDateTime local = QDateTime::fromString(answer->trimmed(), format);
    if (!local.isValid()) {
        MessageBoxes::warning(this, tr("Police Told"), tr("Write the time as %1, not \"%2\".").arg(format, *answer));
        return;
    }
    const QDateTime notifiedAt = QDateTime(local.date(), local.time(), QTimeZone(m_incident.timeZoneId)).toUTC();
    Result<Incident> updated = m_repository.recordPoliceNotified(
        m_incident.id, notifiedAt, tr("Public security organs told of the suspected crime."));
    if (!updated) {
        MessageBoxes::warning(this, tr("Police Told"), updated.errorMessage());
        return;
    }
    changed(m_incident.id);
}

void IncidentPage::closeIncident()
{
    if (m_incident.id == 0 || m_incident.isClosed())
        return;
    const Plan *plan = planOf(m_incident.planId);
    if (!plan)
        return;
    if (m_closeDialog)
        m_closeDialog->close();
    auto *dialog = new CloseIncidentDialog(*plan, m_incident, this);
    m_closeDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 incidentId = m_incident.id;
    dialog->setSaveHandler([this, incidentId](const IncidentClosing &closing) {
        return m_repository.close(incidentId, closing.closedAt, closing.lessons, closing.correctiveActions,
                                  closing.planRevisionRequired, closing.planRevisionNote);
    });
    connect(dialog, &QDialog::accepted, this, [this, incidentId] {
        changed(incidentId);
        m_tabs->setCurrentIndex(ReportsTab);
    });
    dialog->open();
}

void IncidentPage::followUp()
{
    if (m_incident.id == 0 || !m_incident.isClosed())
        return;
    const Plan *plan = planOf(m_incident.planId);
    if (!plan)
        return;
    if (m_followUpDialog)
        m_followUpDialog->close();
    auto *dialog = new IncidentFollowUpDialog(*plan, m_incident, this);
    m_followUpDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 incidentId = m_incident.id;
    dialog->setSaveHandler([this, incidentId](const QList<CorrectiveAction> &actions, const QDate &planRevisedOn) {
        return m_repository.saveFollowUp(incidentId, actions, planRevisedOn);
    });
    connect(dialog, &QDialog::accepted, this, [this, incidentId] { changed(incidentId); });
    dialog->open();
}

void IncidentPage::deleteIncident()
{
    if (m_incident.id == 0)
        return;
    if (MessageBoxes::question(this, tr("Delete the Incident?"),
                               tr("Delete this incident with its %n report(s), its response log and its corrective "
                                  "actions? This cannot be undone.",
                                  nullptr, int(m_reports.size())))
        != QMessageBox::Yes)
        return;
    Result<void> removed = m_repository.remove(m_incident.id);
    if (!removed) {
        MessageBoxes::warning(this, tr("The incident was not deleted"), removed.errorMessage());
        return;
    }
    m_incident = Incident{};
    reload();
    emit incidentsChanged();
}

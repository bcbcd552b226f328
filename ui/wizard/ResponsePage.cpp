#include "ResponsePage.h"

#include "AutoHeightTableWidget.h"
#include "DeadlineDelegate.h"
#include "MultiLineTextDelegate.h"
#include "SectionEditorGroup.h"
#include "TableCells.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ResponsePage::ResponsePage(QWidget *parent) : PlanWizardPage(QStringLiteral("response"), parent)
{
    setTitle(tr("Response, activation and reporting"));
    setSubTitle(tr("When the plan is activated, what is done at each level, how the emergency ends, and to "
                   "whom an incident is reported by when."));

    auto *layout = new QVBoxLayout(content());
    m_activation = new SectionEditorGroup({QStringLiteral("response.activation")}, content());
    layout->addWidget(m_activation);

    auto *levelsLabel = new QLabel(tr("Response &procedure per level:"), content());
    layout->addWidget(levelsLabel);
    m_levelResponseTable = new AutoHeightTableWidget(0, 2, content());
    m_levelResponseTable->setObjectName(QStringLiteral("levelResponseTableWidget"));
    levelsLabel->setBuddy(m_levelResponseTable);
    m_levelResponseTable->setHorizontalHeaderLabels({tr("Level"), tr("Response procedure")});
    m_levelResponseTable->setItemDelegateForColumn(1, new MultiLineTextDelegate(m_levelResponseTable));
    m_levelResponseTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          | QAbstractItemView::AnyKeyPressed);
    m_levelResponseTable->setTabKeyNavigation(false);
    m_levelResponseTable->verticalHeader()->setVisible(false);
    m_levelResponseTable->setColumnWidth(0, 170);
    m_levelResponseTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_levelResponseTable);
    layout->addSpacing(6);

    m_handling = new SectionEditorGroup({QStringLiteral("response.handling"), QStringLiteral("response.remedial"),
                                         QStringLiteral("response.end")},
                                        content());
    layout->addWidget(m_handling);
    layout->addSpacing(6);
    m_reporting = new SectionEditorGroup({QStringLiteral("response.reporting")}, content());
    layout->addWidget(m_reporting);

    auto *chainLabel = new QLabel(tr("Reporting c&hain:"), content());
    layout->addWidget(chainLabel);
    m_reportingNotice = new QLabel(content());
    m_reportingNotice->setObjectName(QStringLiteral("reportingNoticeLabel"));
    m_reportingNotice->setWordWrap(true);
    m_reportingNotice->setVisible(false);
    layout->addWidget(m_reportingNotice);

    m_reportingTable = new AutoHeightTableWidget(0, ReportingColumnCount, content());
    m_reportingTable->setObjectName(QStringLiteral("reportingTableWidget"));
    chainLabel->setBuddy(m_reportingTable);
    m_reportingTable->setHorizontalHeaderLabels({tr("Authority"), tr("Deadline"), tr("When"), tr("Channel"), tr("Content")});
    m_reportingTable->setItemDelegateForColumn(DeadlineColumn, new DeadlineDelegate(m_reportingTable));
    auto *multiLine = new MultiLineTextDelegate(m_reportingTable);
    for (int column : {ConditionColumn, ChannelColumn, ContentColumn})
        m_reportingTable->setItemDelegateForColumn(column, multiLine);
    m_reportingTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::AnyKeyPressed);
    m_reportingTable->setTabKeyNavigation(false);
    m_reportingTable->verticalHeader()->setVisible(false);
    m_reportingTable->setColumnWidth(AuthorityColumn, 170);
    m_reportingTable->setColumnWidth(DeadlineColumn, 90);
    m_reportingTable->setColumnWidth(ConditionColumn, 200);
    m_reportingTable->setColumnWidth(ChannelColumn, 140);
    m_reportingTable->horizontalHeader()->setSectionResizeMode(ContentColumn, QHeaderView::Stretch);
    layout->addWidget(m_reportingTable);

    auto *buttons = new QHBoxLayout;
    m_addStepButton = new QPushButton(tr("A&dd Step"), content());
    m_addStepButton->setObjectName(QStringLiteral("addReportingStepButton"));
    m_removeStepButton = new QPushButton(tr("&Remove Step"), content());
    m_removeStepButton->setObjectName(QStringLiteral("removeReportingStepButton"));
    m_resetButton = new QPushButton(tr("Re&set to the Profile's Chain"), content());
    m_resetButton->setObjectName(QStringLiteral("resetReportingButton"));
    buttons->addWidget(m_addStepButton);
    buttons->addWidget(m_removeStepButton);
    buttons->addStretch(1);
    buttons->addWidget(m_resetButton);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_addStepButton, &QPushButton::clicked, this, [this] {
        const int row = m_reportingTable->rowCount();
        m_reportingTable->insertRow(row);
        m_reportingTable->setItem(row, AuthorityColumn, TableCells::editable(QString()));
        QTableWidgetItem *deadline = TableCells::editable(QString());
        deadline->setData(Qt::EditRole, 0);
        m_reportingTable->setItem(row, DeadlineColumn, deadline);
        for (int column : {ConditionColumn, ChannelColumn, ContentColumn})
            m_reportingTable->setItem(row, column, TableCells::editable(QString()));
        m_reportingTable->setCurrentCell(row, AuthorityColumn);
        m_reportingTable->setFocus(Qt::OtherFocusReason);
        updateButtons();
    });
    connect(m_removeStepButton, &QPushButton::clicked, this, [this] {
        if (m_reportingTable->currentRow() >= 0)
            m_reportingTable->removeRow(m_reportingTable->currentRow());
        updateButtons();
    });
    connect(m_resetButton, &QPushButton::clicked, this, &ResponsePage::resetReporting);
    connect(m_reportingTable, &QTableWidget::currentCellChanged, this, &ResponsePage::updateButtons);
    connect(m_reportingTable, &QTableWidget::itemChanged, this, [this] {
        updateReportingNotice();
        recheck();
    });
    updateButtons();
}

QList<ReportingStep> ResponsePage::reportingSteps(bool skipEmpty) const
{
    QList<ReportingStep> steps;
    for (int row = 0; row < m_reportingTable->rowCount(); ++row) {
        ReportingStep step;
        step.authority = TableCells::text(m_reportingTable, row, AuthorityColumn);
        const QTableWidgetItem *deadline = m_reportingTable->item(row, DeadlineColumn);
        step.deadlineMinutes = deadline ? deadline->data(Qt::EditRole).toInt() : 0;
        step.condition = TableCells::text(m_reportingTable, row, ConditionColumn);
        step.channel = TableCells::text(m_reportingTable, row, ChannelColumn);
        step.content = TableCells::text(m_reportingTable, row, ContentColumn);
        if (skipEmpty) {
            step.authority = step.authority.trimmed();
            step.condition = step.condition.trimmed();
            step.channel = step.channel.trimmed();
            step.content = step.content.trimmed();
            if (step.authority.isEmpty() && step.condition.isEmpty() && step.channel.isEmpty() && step.content.isEmpty())
                continue;
        }
        steps.append(step);
    }
    return steps;
}

void ResponsePage::fillReporting(const QList<ReportingStep> &steps)
{
    const QSignalBlocker blocker(m_reportingTable);
    m_reportingTable->setRowCount(0);
    for (const ReportingStep &step : steps) {
        const int row = m_reportingTable->rowCount();
        m_reportingTable->insertRow(row);
        m_reportingTable->setItem(row, AuthorityColumn, TableCells::editable(step.authority));
        QTableWidgetItem *deadline = TableCells::editable(QString());
        deadline->setData(Qt::EditRole, step.deadlineMinutes);
        m_reportingTable->setItem(row, DeadlineColumn, deadline);
        m_reportingTable->setItem(row, ConditionColumn, TableCells::editable(step.condition));
        m_reportingTable->setItem(row, ChannelColumn, TableCells::editable(step.channel));
        m_reportingTable->setItem(row, ContentColumn, TableCells::editable(step.content));
    }
    m_filledSteps = steps;
}

void ResponsePage::setDefaults(const Plan &defaults)
{
    m_activation->setDefaults(defaults.sections);
    m_handling->setDefaults(defaults.sections);
    m_reporting->setDefaults(defaults.sections);

    if (m_levelResponseTable->rowCount() != defaults.levels.size()) {
        m_levelResponseTable->setRowCount(0);
        for (const IncidentLevel &level : defaults.levels) {
            const int row = m_levelResponseTable->rowCount();
            m_levelResponseTable->insertRow(row);
            m_levelResponseTable->setItem(row, 0, TableCells::readOnly(level.name));
            m_levelResponseTable->setItem(row, 1, TableCells::withDefault(level.response));
        }
    }
    for (int row = 0; row < defaults.levels.size(); ++row) {
        m_levelResponseTable->item(row, 0)->setText(defaults.levels.at(row).name);
        TableCells::refill(m_levelResponseTable->item(row, 1), defaults.levels.at(row).response);
    }

    // The chain follows the profile and language only while it is exactly what was filled in.
    m_defaultSteps = defaults.reportingSteps;
    if (reportingSteps(false) == m_filledSteps)
        fillReporting(m_defaultSteps);
    updateReportingNotice();
}

void ResponsePage::resetReporting()
{
    fillReporting(m_defaultSteps);
    updateReportingNotice();
    updateButtons();
}

void ResponsePage::updateReportingNotice()
{
    const bool stale = reportingSteps(false) != m_filledSteps && m_filledSteps != m_defaultSteps;
    m_reportingNotice->setText(stale ? tr("You have changed the reporting chain, so it was kept when the operator "
                                          "profile or the plan language changed. \"Reset to the Profile's Chain\" "
                                          "replaces it with the chain for the current profile.")
                                     : QString());
    m_reportingNotice->setVisible(stale);
}

void ResponsePage::updateButtons()
{
    m_removeStepButton->setEnabled(m_reportingTable->currentRow() >= 0);
}

void ResponsePage::applyTo(Plan &plan) const
{
    m_activation->applyTo(plan.sections);
    m_handling->applyTo(plan.sections);
    m_reporting->applyTo(plan.sections);
    for (int row = 0; row < plan.levels.size() && row < m_levelResponseTable->rowCount(); ++row)
        plan.levels[row].response = TableCells::text(m_levelResponseTable, row, 1).trimmed();
    plan.reportingSteps = reportingSteps(true);
}

QStringList ResponsePage::problems() const
{
    const QList<ReportingStep> steps = reportingSteps(true);
    const bool hasAuthority = std::any_of(steps.cbegin(), steps.cend(),
                                          [](const ReportingStep &step) { return !step.authority.isEmpty(); });
    if (hasAuthority)
        return {};
    return {tr("The reporting chain needs at least one step that names the authority to report to.")};
}

bool ResponsePage::validatePage()
{
    const QStringList found = problems();
    if (!found.isEmpty())
        focusField(m_reportingTable);
    return reportProblems(found);
}

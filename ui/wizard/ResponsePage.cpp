#include "ResponsePage.h"

#include "SectionEditorGroup.h"
#include "tables/LevelTableWidget.h"
#include "tables/ReportingTableWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QStringList responsesOf(const QList<IncidentLevel> &levels)
{
    QStringList responses;
    for (const IncidentLevel &level : levels)
        responses << level.response;
    return responses;
}
} // namespace

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
    // The levels page edits the criteria; here only the response of each level is the user's.
    m_levelResponseTable = new LevelTableWidget(content());
    m_levelResponseTable->setObjectName(QStringLiteral("levelResponseTableWidget"));
    levelsLabel->setBuddy(m_levelResponseTable);
    for (int column : {LevelTableWidget::CodeColumn, LevelTableWidget::NameColumn})
        m_levelResponseTable->setColumnReadOnly(column);
    for (int column : {LevelTableWidget::ColourColumn, LevelTableWidget::CriteriaColumn})
        m_levelResponseTable->setColumnHidden(column, true);
    m_levelResponseTable->setRowCountFixed(true);
    m_levelResponseTable->setShowsAllRows(true); // the page scrolls, not the table
    m_levelResponseTable->setTabKeyNavigation(false);
    m_levelResponseTable->verticalHeader()->setVisible(false);
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

    m_reportingTable = new ReportingTableWidget(content());
    chainLabel->setBuddy(m_reportingTable);
    m_reportingTable->setShowsAllRows(true);
    m_reportingTable->setTabKeyNavigation(false);
    m_reportingTable->verticalHeader()->setVisible(false);
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
        m_reportingTable->addRow();
        m_reportingTable->setFocus(Qt::OtherFocusReason);
    });
    connect(m_removeStepButton, &QPushButton::clicked, m_reportingTable, &ReportingTableWidget::removeSelectedRows);
    connect(m_resetButton, &QPushButton::clicked, this, &ResponsePage::resetReporting);
    connect(m_reportingTable, &QTableWidget::currentCellChanged, this, &ResponsePage::updateButtons);
    connect(m_reportingTable, &QTableWidget::itemSelectionChanged, this, &ResponsePage::updateButtons);
    connect(m_reportingTable, &ReportingTableWidget::edited, this, [this] {
        updateButtons();
        updateReportingNotice();
        recheck();
    });
    updateButtons();
}

QList<ReportingStep> ResponsePage::reportingSteps(bool skipEmpty) const
{
    QList<ReportingStep> steps = m_reportingTable->steps();
    if (!skipEmpty)
        return steps;
    for (ReportingStep &step : steps) {
        step.authority = step.authority.trimmed();
        step.condition = step.condition.trimmed();
        step.channel = step.channel.trimmed();
        step.content = step.content.trimmed();
    }
    steps.removeIf([](const ReportingStep &step) {
        return step.authority.isEmpty() && step.condition.isEmpty() && step.channel.isEmpty() && step.content.isEmpty();
    });
    return steps;
}

void ResponsePage::fillReporting(const QList<ReportingStep> &steps)
{
    m_reportingTable->setSteps(steps);
    m_filledSteps = steps;
}

void ResponsePage::setDefaults(const Plan &defaults)
{
    m_activation->setDefaults(defaults.sections);
    m_handling->setDefaults(defaults.sections);
    m_reporting->setDefaults(defaults.sections);

    // As on the levels page: the level names always follow the plan's language, the responses
    // only while none of them has been edited.
    QList<IncidentLevel> levels = defaults.levels;
    const QList<IncidentLevel> shown = m_levelResponseTable->levels();
    if (responsesOf(shown) == m_filledResponses) {
        m_filledResponses = responsesOf(levels);
    } else {
        for (qsizetype row = 0; row < levels.size() && row < shown.size(); ++row)
            levels[row].response = shown.at(row).response;
    }
    m_levelResponseTable->setLevels(levels);

    // The chain follows the profile and language only while it is exactly what was filled in.
    m_defaultSteps = defaults.reportingSteps;
    if (reportingSteps(false) == m_filledSteps)
        fillReporting(m_defaultSteps);
    updateReportingNotice();
    updateButtons();
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
    m_removeStepButton->setEnabled(!m_reportingTable->selectedRows().isEmpty());
}

void ResponsePage::applyTo(Plan &plan) const
{
    m_activation->applyTo(plan.sections);
    m_handling->applyTo(plan.sections);
    m_reporting->applyTo(plan.sections);
    const QList<IncidentLevel> levels = m_levelResponseTable->levels();
    for (qsizetype row = 0; row < plan.levels.size() && row < levels.size(); ++row)
        plan.levels[row].response = levels.at(row).response.trimmed();
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
    m_levelResponseTable->commitPendingEdit();
    m_reportingTable->commitPendingEdit();
    const QStringList found = problems();
    if (!found.isEmpty())
        focusField(m_reportingTable);
    return reportProblems(found);
}

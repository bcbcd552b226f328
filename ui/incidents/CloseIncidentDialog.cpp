#include "CloseIncidentDialog.h"

#include "DueReportText.h"
#include "IncidentWording.h"
#include "core/Clock.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "drills/DialogParts.h"
#include "tables/CorrectiveActionTableWidget.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

CloseIncidentDialog::CloseIncidentDialog(const Plan &plan, const Incident &incident, QWidget *parent)
    : ValidatingDialog(QStringLiteral("closeIncidentErrorLabel"), parent), m_plan(plan), m_incident(incident)
{
    setObjectName(QStringLiteral("closeIncidentDialog"));
    setWindowTitle(tr("Close the Incident — %1").arg(IncidentWording::title(&plan, incident)));
    setMinimumSize(700, 480);
    resize(900, 620);

    QFormLayout *form = DialogParts::formLayout();
    m_closedAtEdit = new QDateTimeEdit(this);
    m_closedAtEdit->setObjectName(QStringLiteral("incidentClosedAtDateTimeEdit"));
    m_closedAtEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_closedAtEdit->setCalendarPopup(true);
    const QDateTime now = incident.inZone(Clock::nowUtc());
    m_closedAtEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    form->addRow(tr("Handling e&nded at:"), m_closedAtEdit);
    m_summaryDueLabel = new QLabel(this);
    m_summaryDueLabel->setObjectName(QStringLiteral("summaryDueLabel"));
    m_summaryDueLabel->setWordWrap(true);

    m_lessonsEdit = DialogParts::plainTextEdit(QStringLiteral("incidentLessonsPlainTextEdit"), 4, this);
    m_lessonsEdit->setPlaceholderText(tr("What the incident taught: what worked, what did not, what must change"));
    auto *lessonsLabel = new QLabel(tr("&Lessons learned:"), this);
    lessonsLabel->setBuddy(m_lessonsEdit);

    m_actionTable = new CorrectiveActionTableWidget(this);
    QWidget *actions = DialogParts::tableWithButtons(
        m_actionTable, tr("Corrective actions (each with an owner and a due date; tracked on the dashboard):"),
        QStringLiteral("IncidentCorrectiveAction"), tr("&Add Action"), tr("R&emove Action"),
        tr("Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.")
            .arg(DialogParts::pasteShortcutText()),
        this);

    m_revisionCheck = new QCheckBox(tr("The plan must be revise&d"), this);
    m_revisionCheck->setObjectName(QStringLiteral("incidentPlanRevisionCheckBox"));
    m_revisionNoteEdit = DialogParts::plainTextEdit(QStringLiteral("incidentPlanRevisionNotePlainTextEdit"), 2, this);
    m_revisionNoteEdit->setPlaceholderText(tr("What in the plan must change, and why"));
    m_revisionNoteEdit->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close Incident"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeIncidentOkPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseIncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryDueLabel); // beside the form it would wrap into the width of the time
    layout->addWidget(lessonsLabel);
    layout->addWidget(m_lessonsEdit);
    layout->addWidget(actions, 1);
    layout->addWidget(m_revisionCheck);
    layout->addWidget(m_revisionNoteEdit);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(m_closedAtEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateSummaryDue();
        recheck();
    });
    connect(m_lessonsEdit, &QPlainTextEdit::textChanged, this, &CloseIncidentDialog::recheck);
    connect(m_actionTable, &CorrectiveActionTableWidget::edited, this, &CloseIncidentDialog::recheck);
    connect(m_revisionCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_revisionNoteEdit->setEnabled(checked);
        recheck();
    });
    setSaveQuestion(tr("Close the incident?"), tr("The incident has not been closed. Close it now?"));
    updateSummaryDue();
}

void CloseIncidentDialog::updateSummaryDue()
{
    Incident closed = m_incident;
    closed.state = IncidentState::Closed;
    closed.closedAt = closing().closedAt;
    const IncidentDeadlines::Schedule schedule =
        IncidentDeadlines::compute(IncidentDeadlines::factsOf(closed, m_plan.profile), IncidentDeadlineRules::builtIn());
    for (const DueReport &due : schedule.reports) {
        if (due.kind == DueReportKind::Summary) {
            m_summaryDueLabel->setText(tr("The summary report is then due by %1, to %2.")
                                           .arg(DueReportText::moment(due.deadline, m_incident),
                                                DueReportText::recipientInSentence(due)));
            return;
        }
    }
    m_summaryDueLabel->setText(tr("No summary report is due: the incident is not one that must be reported."));
}

IncidentClosing CloseIncidentDialog::closing() const
{
    IncidentClosing closing;
    const QDateTime shown = m_closedAtEdit->dateTime();
    closing.closedAt = QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()),
                                 QTimeZone(m_incident.timeZoneId))
                           .toUTC();
    closing.lessons = m_lessonsEdit->toPlainText().trimmed();
    closing.correctiveActions = m_actionTable->actions();
    closing.planRevisionRequired = m_revisionCheck->isChecked();
    closing.planRevisionNote = closing.planRevisionRequired ? m_revisionNoteEdit->toPlainText().trimmed() : QString();
    return closing;
}

bool CloseIncidentDialog::hasChanges() const
{
    const IncidentClosing current = closing();
    return !current.lessons.isEmpty() || !current.correctiveActions.isEmpty() || current.planRevisionRequired;
}

void CloseIncidentDialog::commitPendingEdits()
{
    m_actionTable->commitPendingEdit();
}

QStringList CloseIncidentDialog::validationProblems() const
{
    const IncidentClosing current = closing();
    QStringList problems;
    if (current.closedAt < m_incident.discoveredAt)
        problems << tr("Handling cannot end before the incident was discovered.");
    if (current.closedAt > Clock::nowUtc().addSecs(5 * 60))
        problems << tr("The end of handling lies in the future.");
    if (current.lessons.isEmpty())
        problems << tr("Write down the lessons learned: closing an incident asks for them.");
    problems << Incident::correctiveActionProblems(current.correctiveActions, m_incident.discoveredLocal().date());
    if (current.planRevisionRequired && current.planRevisionNote.isEmpty())
        problems << tr("Say what in the plan must be revised.");
    return problems;
}

void CloseIncidentDialog::focusFirstProblem()
{
    const IncidentClosing current = closing();
    if (current.lessons.isEmpty())
        m_lessonsEdit->setFocus();
    else if (current.planRevisionRequired && current.planRevisionNote.isEmpty())
        m_revisionNoteEdit->setFocus();
    else
        m_actionTable->setFocus();
}

QString CloseIncidentDialog::save()
{
    if (!m_saveHandler)
        return QString();
    Result<Incident> saved = m_saveHandler(closing());
    if (!saved)
        return saved.errorMessage();
    m_savedIncident = saved.value();
    return QString();
}

#include "IncidentFollowUpDialog.h"

#include "IncidentWording.h"
#include "core/Clock.h"
#include "drills/DialogParts.h"
#include "tables/CorrectiveActionTableWidget.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

IncidentFollowUpDialog::IncidentFollowUpDialog(const Plan &plan, const Incident &incident, QWidget *parent)
    : ValidatingDialog(QStringLiteral("incidentFollowUpErrorLabel"), parent), m_incident(incident)
{
    setObjectName(QStringLiteral("incidentFollowUpDialog"));
    setWindowTitle(tr("Follow Up the Incident — %1").arg(IncidentWording::title(&plan, incident)));
    setMinimumSize(700, 400);
    resize(900, 520);

    m_actionTable = new CorrectiveActionTableWidget(this);
    m_actionTable->setActions(incident.correctiveActions);
    QWidget *actions = DialogParts::tableWithButtons(
        m_actionTable, tr("Corrective actions (set the state, and the day each was closed):"),
        QStringLiteral("IncidentFollowUpAction"), tr("&Add Action"), tr("R&emove Action"),
        tr("Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with "
           "%1.")
            .arg(DialogParts::pasteShortcutText()),
        this);

    auto *revisionRow = new QHBoxLayout;
    m_revisedCheck = new QCheckBox(tr("The plan was re&vised on:"), this);
    m_revisedCheck->setObjectName(QStringLiteral("incidentPlanRevisedCheckBox"));
    m_revisedOnEdit = new QDateEdit(this);
    m_revisedOnEdit->setObjectName(QStringLiteral("incidentPlanRevisedOnDateEdit"));
    m_revisedOnEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_revisedOnEdit->setCalendarPopup(true);
    m_revisedOnEdit->setDate(incident.planRevisedOn.isValid() ? incident.planRevisedOn : Clock::today());
    m_revisedCheck->setChecked(incident.planRevisedOn.isValid());
    m_revisedOnEdit->setEnabled(m_revisedCheck->isChecked());
    revisionRow->addWidget(m_revisedCheck);
    revisionRow->addWidget(m_revisedOnEdit);
    revisionRow->addStretch(1);
    auto *revisionNote =
        new QLabel(incident.planRevisionRequired
                       ? tr("Closing asked for a revision of the plan: %1").arg(incident.planRevisionNote)
                       : tr("Closing asked for no revision of the plan."),
                   this);
    revisionNote->setWordWrap(true);
    revisionNote->setTextFormat(Qt::PlainText);
    m_revisedCheck->setVisible(incident.planRevisionRequired);
    m_revisedOnEdit->setVisible(incident.planRevisionRequired);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("incidentFollowUpSavePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentFollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentFollowUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(actions, 1);
    layout->addWidget(revisionNote);
    layout->addLayout(revisionRow);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(m_actionTable, &CorrectiveActionTableWidget::edited, this, &IncidentFollowUpDialog::recheck);
    connect(m_revisedCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_revisedOnEdit->setEnabled(checked);
        recheck();
    });
    connect(m_revisedOnEdit, &QDateEdit::dateChanged, this, &IncidentFollowUpDialog::recheck);
    setSaveQuestion(tr("Save the Follow-Up?"), tr("The follow-up of the incident has changed. Save it?"));
}

QList<CorrectiveAction> IncidentFollowUpDialog::correctiveActions() const
{
    return m_actionTable->actions();
}

QDate IncidentFollowUpDialog::planRevisedOn() const
{
    return m_incident.planRevisionRequired && m_revisedCheck->isChecked() ? m_revisedOnEdit->date() : QDate();
}

bool IncidentFollowUpDialog::hasChanges() const
{
    return correctiveActions() != m_incident.correctiveActions || planRevisedOn() != m_incident.planRevisedOn;
}

void IncidentFollowUpDialog::commitPendingEdits()
{
    m_actionTable->commitPendingEdit();
}

QStringList IncidentFollowUpDialog::validationProblems() const
{
    QStringList problems;
    const QDate closedOn = m_incident.closedAt.date();
    problems << Incident::correctiveActionProblems(correctiveActions(), m_incident.discoveredLocal().date());
    if (planRevisedOn().isValid() && planRevisedOn() < closedOn)
        problems << tr("The plan cannot have been revised for this incident before its handling ended.");
    return problems;
}

void IncidentFollowUpDialog::focusFirstProblem()
{
    m_actionTable->setFocus();
}

QString IncidentFollowUpDialog::save()
{
    if (!m_saveHandler)
        return QString();
    Result<Incident> saved = m_saveHandler(correctiveActions(), planRevisedOn());
    return saved ? QString() : saved.errorMessage();
}

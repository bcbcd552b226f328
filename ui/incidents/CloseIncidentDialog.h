#pragma once

#include "core/Result.h"
#include "core/domain/CorrectiveAction.h"
#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "drills/ValidatingDialog.h"

#include <QDateTime>
#include <functional>

class CorrectiveActionTableWidget;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

// What closing an incident decides: when handling ended, the lessons, the corrective actions
// (owner and due date each) and whether the plan must be revised.
struct IncidentClosing
{
    QDateTime closedAt;
    QString lessons;
    QList<CorrectiveAction> correctiveActions;
    bool planRevisionRequired = false;
    QString planRevisionNote;
};

// Ends the handling of an incident, as a drill record ends a drill: the end of handling (not before
// discovery), the lessons (required), corrective actions tracked on the dashboard until closed, and
// the plan-revision flag; it says when the summary report then falls due. The save handler stores it
// (IncidentRepository::close); a failed save keeps the dialog open with the reason in red.
class CloseIncidentDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    CloseIncidentDialog(const Plan &plan, const Incident &incident, QWidget *parent = nullptr);

    IncidentClosing closing() const;
    bool hasChanges() const override;

    using SaveHandler = std::function<Result<Incident>(const IncidentClosing &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    const Incident &savedIncident() const { return m_savedIncident; }

    CorrectiveActionTableWidget *correctiveActionTable() const { return m_actionTable; }

protected:
    void commitPendingEdits() override;
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    void updateSummaryDue();

    Plan m_plan;
    Incident m_incident;
    Incident m_savedIncident;
    SaveHandler m_saveHandler;
    QDateTimeEdit *m_closedAtEdit = nullptr;
    QLabel *m_summaryDueLabel = nullptr;
    QPlainTextEdit *m_lessonsEdit = nullptr;
    CorrectiveActionTableWidget *m_actionTable = nullptr;
    QCheckBox *m_revisionCheck = nullptr;
    QPlainTextEdit *m_revisionNoteEdit = nullptr;
};

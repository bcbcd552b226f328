#pragma once

#include "core/Result.h"
#include "core/domain/CorrectiveAction.h"
#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "drills/ValidatingDialog.h"

#include <QDate>
#include <functional>

class CorrectiveActionTableWidget;
class QCheckBox;
class QDateEdit;

// After an incident is closed: where its corrective actions stand (in progress, closed and when,
// a note; actions may be added) and the day the plan was revised if closing asked for it. What is
// done here leaves the dashboard. The save handler stores it (IncidentRepository::saveFollowUp); a
// failed save keeps the dialog open with the reason in red.
class IncidentFollowUpDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    IncidentFollowUpDialog(const Plan &plan, const Incident &incident, QWidget *parent = nullptr);

    QList<CorrectiveAction> correctiveActions() const;
    // Invalid while the revision is not made (or none was asked for).
    QDate planRevisedOn() const;
    bool hasChanges() const override;

    using SaveHandler = std::function<Result<Incident>(const QList<CorrectiveAction> &, const QDate &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }

    CorrectiveActionTableWidget *correctiveActionTable() const { return m_actionTable; }
    QCheckBox *planRevisedCheck() const { return m_revisedCheck; }

protected:
    void commitPendingEdits() override;
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    Incident m_incident;
    SaveHandler m_saveHandler;
    CorrectiveActionTableWidget *m_actionTable = nullptr;
    QCheckBox *m_revisedCheck = nullptr;
    QDateEdit *m_revisedOnEdit = nullptr;
};

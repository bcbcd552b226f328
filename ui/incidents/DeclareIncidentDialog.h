#pragma once

#include "core/Result.h"
#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "drills/ValidatingDialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Declares an incident on a plan (Cybersecurity Law Art. 27: activate the plan): when it was
// discovered and in which zone, where, which systems, the category from the plan's set, the level
// with the plan's grading criteria for it beside the choice, a guided classifier that asks the
// threshold questions of the grading annex and suggests a level with its reasons, whether a crime
// is suspected and, for a CII operator, whether CII systems are hit. Below, the reports the law
// asks for with their deadlines, recomputed as the facts change, so the officer sees the clock
// before declaring. The dialog does not touch the database: the save handler stores the incident.
class DeclareIncidentDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit DeclareIncidentDialog(const Plan &plan, QWidget *parent = nullptr);

    // The incident as the dialog shows it, with the plan's checklist for its level and the first log line.
    Incident incident() const;
    bool hasChanges() const override;

    using SaveHandler = std::function<Result<Incident>(const Incident &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    const Incident &savedIncident() const { return m_savedIncident; }

    // Declares the incident as rehearsed in this drill (drill mode, which the officer cannot untick).
    void setDrill(qint64 drillItemId, qint64 drillRecordId);

    // Fills the level from the classifier's answers (the "Suggest" button); public for tests.
    void suggestLevel();

protected:
    void commitPendingEdits() override {}
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    QWidget *buildFactsColumn();
    QWidget *buildLevelColumn();
    void updateLevelCriteria();
    void updateDeadlines();
    void useSuggestedLevel();

    Plan m_plan;
    Incident m_initial; // as first shown, to tell whether Cancel loses anything
    Incident m_savedIncident;
    SaveHandler m_saveHandler;
    QString m_suggestedLevel;
    qint64 m_drillItemId = 0;
    qint64 m_drillRecordId = 0;

    QCheckBox *m_drillCheck = nullptr;
    QDateTimeEdit *m_discoveredEdit = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QPlainTextEdit *m_systemsEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLabel *m_criteriaLabel = nullptr;
    QLineEdit *m_fullOutageEdit = nullptr;
    QLineEdit *m_mainFunctionOutageEdit = nullptr;
    QLineEdit *m_peopleEdit = nullptr;
    QLineEdit *m_lossEdit = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QPushButton *m_useSuggestionButton = nullptr;
    QCheckBox *m_crimeCheck = nullptr;
    QCheckBox *m_ciiSystemCheck = nullptr;
    QLabel *m_deadlineLabel = nullptr;
};

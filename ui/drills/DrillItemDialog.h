#pragma once

#include "core/Result.h"
#include "core/domain/DrillItem.h"
#include "ValidatingDialog.h"

#include <functional>

class DrillTeamTableWidget;
class InjectTableWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class RecurrenceEditor;
class TextListTableWidget;

// Plans one item of the drill programme: what the drill is and why (演练项目, 目的/要求), its form,
// content and scope, when and where, who takes part and how the teams are organised (工作方案),
// the scenario with its injects, the objectives and evaluation criteria, and how it recurs.
// OK checks the item: problems are listed in red at the bottom and the dialog stays open with
// everything entered. The dialog does not touch the database: the save handler (if set) stores
// the item, and a failed save keeps the dialog open with the reason shown the same way.
class DrillItemDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    enum Tab { GeneralTab, OrganisationTab, ScenarioTab, ObjectivesTab, RecurrenceTab };

    explicit DrillItemDialog(const DrillItem &item, QWidget *parent = nullptr);

    // The item as the dialog shows it. Ids, uid and time stamps are those of the item given.
    DrillItem item() const;
    bool hasChanges() const override;

    // Called on OK once the item is valid; returns the stored item, or the error that keeps the
    // dialog open.
    using SaveHandler = std::function<Result<DrillItem>(const DrillItem &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // The item as the save handler stored it (or item() without a handler), once accepted.
    const DrillItem &savedItem() const { return m_savedItem; }

    QTabWidget *tabs() const { return m_tabs; }
    RecurrenceEditor *recurrenceEditor() const { return m_recurrenceEditor; }

protected:
    void commitPendingEdits() override;
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    QWidget *buildGeneralTab();
    QWidget *buildOrganisationTab();
    QWidget *buildScenarioTab();
    QWidget *buildObjectivesTab();
    void load(const DrillItem &item);
    void updateEnabledFields();
    void updateDurationHint();

    DrillItem m_item;
    DrillItem m_initialItem; // as first shown, to tell whether Cancel loses anything
    DrillItem m_savedItem;
    SaveHandler m_saveHandler;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QPlainTextEdit *m_purposeEdit = nullptr;
    QComboBox *m_formCombo = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QDateEdit *m_firstDateEdit = nullptr;
    QTimeEdit *m_startTimeEdit = nullptr;
    QSpinBox *m_durationSpin = nullptr;
    QLabel *m_durationHint = nullptr;
    QComboBox *m_timeZoneCombo = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QCheckBox *m_budgetedCheck = nullptr;
    QLineEdit *m_departmentsEdit = nullptr;
    QPlainTextEdit *m_participantsEdit = nullptr;
    DrillTeamTableWidget *m_teamTable = nullptr;
    QComboBox *m_contentCombo = nullptr;
    QPlainTextEdit *m_scenarioEdit = nullptr;
    QPlainTextEdit *m_processEdit = nullptr;
    InjectTableWidget *m_injectTable = nullptr;
    TextListTableWidget *m_objectiveTable = nullptr;
    TextListTableWidget *m_criteriaTable = nullptr;
    RecurrenceEditor *m_recurrenceEditor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

#pragma once

#include "core/Result.h"
#include "core/domain/DrillItem.h"
#include "core/domain/DrillRecord.h"
#include "core/domain/Plan.h"
#include "ValidatingDialog.h"

#include <functional>

class CorrectiveActionTableWidget;
class ObjectiveResultTableWidget;
class OptionalDateEdit;
class ParticipantTableWidget;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimeEdit;
class TextListTableWidget;
class TimelineTableWidget;

// The record of one drill as it was held (演练记录) with its summary report: when and where, who
// took part (a sign-in list that can be pasted from a spreadsheet), the scenario as run and its
// timeline, how each objective was judged, the problems found and lessons, the corrective actions
// (each with an owner and a due date) and whether the plan must be revised.
// Save checks the record: problems are listed in red at the bottom and the dialog stays open.
// The dialog does not touch the database: the save handler stores the record, and a failed save
// keeps the dialog open with the reason shown the same way. The print buttons only ask: whoever
// opened the dialog prints what it shows.
class DrillRecordDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    enum Tab { BasicsTab, ParticipantsTab, TimelineTab, ObjectivesTab, FindingsTab, CorrectiveActionsTab, RevisionTab };

    DrillRecordDialog(const Plan &plan, const DrillItem &item, const DrillRecord &record, QWidget *parent = nullptr);

    // A new record of the item's occurrence on `occurrenceDate`, prefilled from the plan of the
    // drill: held on that date at the item's times and place, its objectives not yet judged, and a
    // timeline row for each inject at its planned time.
    static DrillRecord newRecordFor(const DrillItem &item, const QDate &occurrenceDate);

    // The record as the dialog shows it. Ids, occurrence date and time stamps are those of the record given.
    DrillRecord record() const;
    bool hasChanges() const override;

    // Called on Save once the record is valid; returns the stored record, or the error that keeps
    // the dialog open.
    using SaveHandler = std::function<Result<DrillRecord>(const DrillRecord &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // The record as the save handler stored it (or record() without a handler), once accepted.
    const DrillRecord &savedRecord() const { return m_savedRecord; }

    QTabWidget *tabs() const { return m_tabs; }
    // What the last paste into the sign-in list tidied up or found twice.
    QLabel *pasteMessageLabel() const { return m_pasteMessageLabel; }
    ParticipantTableWidget *participantTable() const { return m_participantTable; }
    CorrectiveActionTableWidget *correctiveActionTable() const { return m_actionTable; }

signals:
    void printRecordRequested(const DrillRecord &record);
    void printSummaryRequested(const DrillRecord &record);
    void printBlankFormRequested();

protected:
    void commitPendingEdits() override;
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    QWidget *buildBasicsTab();
    QWidget *buildParticipantsTab();
    QWidget *buildTimelineTab();
    QWidget *buildObjectivesTab();
    QWidget *buildFindingsTab();
    QWidget *buildCorrectiveActionsTab();
    QWidget *buildRevisionTab();
    void load(const DrillRecord &record);
    void showPasteMessage(const QString &message);
    void pasteParticipants();
    void updateEnabledFields();

    DrillItem m_item;
    DrillRecord m_record;
    DrillRecord m_initialRecord; // as first shown, to tell whether Cancel loses anything
    DrillRecord m_savedRecord;
    SaveHandler m_saveHandler;

    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_heldOnEdit = nullptr;
    QTimeEdit *m_startTimeEdit = nullptr;
    QTimeEdit *m_endTimeEdit = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QLineEdit *m_organiserEdit = nullptr;
    QLineEdit *m_recorderEdit = nullptr;
    QLineEdit *m_responsibleEdit = nullptr;
    ParticipantTableWidget *m_participantTable = nullptr;
    QLabel *m_pasteMessageLabel = nullptr;
    QPlainTextEdit *m_scenarioEdit = nullptr;
    TimelineTableWidget *m_timelineTable = nullptr;
    ObjectiveResultTableWidget *m_objectiveTable = nullptr;
    TextListTableWidget *m_problemTable = nullptr;
    QPlainTextEdit *m_overviewEdit = nullptr;
    QPlainTextEdit *m_lessonsEdit = nullptr;
    QPlainTextEdit *m_conclusionEdit = nullptr;
    CorrectiveActionTableWidget *m_actionTable = nullptr;
    QCheckBox *m_revisionCheck = nullptr;
    QPlainTextEdit *m_revisionNoteEdit = nullptr;
    OptionalDateEdit *m_revisedOnEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

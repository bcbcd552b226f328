#pragma once

#include "DrillItemDialog.h"
#include "DrillRecordDialog.h"
#include "core/domain/DrillItem.h"
#include "core/domain/DrillRecordSummary.h"
#include "core/domain/Plan.h"
#include "core/schedule/DrillScheduleSnapshot.h"
#include "core/storage/DrillRepository.h"

#include <QPointer>
#include <QWidget>

class Database;
class DrillCalendarWidget;
class DrillOccurrenceModel;
class PlanRepository;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

// One plan's drills (Cybersecurity Law Art. 36(四), Art. 34(四) before the 2025 amendment): the programme's items, their occurrences in a
// year as a list and on a calendar with their state, the records and their corrective actions,
// and the programme's warnings. From here the officer plans, cancels and records drills and prints
// the programme, work plans, records, summary reports and blank forms, or exports the calendar.
// Dialogs open window-modal without blocking, so tests can fill them in.
class DrillProgrammePage : public QWidget
{
    Q_OBJECT

public:
    DrillProgrammePage(Database &database, PlanRepository &plans, QWidget *parent = nullptr);

    // Loads the plan and its programme and shows this year; shows the error and returns false on failure.
    bool openPlan(qint64 planId);
    qint64 planId() const { return m_plan.id; }
    const Plan &plan() const { return m_plan; }
    int year() const;
    void setYear(int year);
    // Shows the occurrence's year and selects it in the list.
    void selectOccurrence(qint64 drillItemId, const QDate &date);
    // Reloads everything from the database (after a change elsewhere).
    void reload();

    // The commands, public for the window's menus and for tests.
    void newItem();
    void editSelectedItem();
    void deleteSelectedItem();
    void recordSelectedOccurrence(); // opens the record if there is one
    void cancelSelectedOccurrence();
    void restoreSelectedOccurrence();
    void openRecord(qint64 recordId);
    // The record selected on the Records tab, or its summary report.
    void printSelectedRecord(bool toPdf, bool summaryReport);
    void printProgramme(bool toPdf);
    void printBlankForm(bool toPdf);
    void printWorkPlan(bool toPdf);
    void exportCalendar();

    QTableWidget *itemTable() const { return m_itemTable; }
    QTableView *occurrenceView() const { return m_occurrenceView; }
    DrillOccurrenceModel *occurrenceModel() const { return m_occurrenceModel; }
    DrillCalendarWidget *calendar() const { return m_calendar; }
    QTableWidget *recordTable() const { return m_recordTable; }
    DrillItemDialog *itemDialog() const { return m_itemDialog; }
    DrillRecordDialog *recordDialog() const { return m_recordDialog; }

signals:
    void closeRequested();
    // Something was saved: the dashboard and the plan's completeness panel may have changed.
    void programmeChanged();
    // The user wants the selected drill as a template for colleagues (the window opens the export).
    void exportAsTemplateRequested(const DrillItem &item);
    // The officer wants to rehearse the incident reporting in the selected drill (the window opens
    // the declaration in drill mode, linked to the drill).
    void rehearseIncidentRequested(qint64 planId, qint64 drillItemId, qint64 drillRecordId);

private:
    void buildLayout();
    void refreshOccurrences();
    void refreshItems();
    void refreshRecords();
    void refreshWarnings();
    void updateButtons();
    const DrillItem *selectedItem() const;
    const DrillItem *itemById(qint64 itemId) const;
    struct SelectedOccurrence
    {
        qint64 drillItemId = 0;
        QDate date;
        qint64 recordId = 0;
        bool cancelled = false;
    };
    std::optional<SelectedOccurrence> selectedOccurrence() const;
    void openItemDialog(const DrillItem &item);
    // The stored item or the plan's items; on failure the error is shown and nothing returned.
    std::optional<DrillItem> loadItemOrWarn(qint64 itemId);
    std::optional<QList<DrillItem>> listItemsOrWarn();
    void openRecordDialog(const DrillItem &item, const DrillRecord &record);
    void showOccurrencesOn(const QDate &date);

    Database &m_database;
    PlanRepository &m_plans;
    DrillRepository m_drills;
    Plan m_plan;
    QList<DrillItem> m_items;
    DrillScheduleSnapshot m_snapshot;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QSpinBox *m_yearSpinBox = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_occurrenceView = nullptr;
    DrillOccurrenceModel *m_occurrenceModel = nullptr;
    DrillCalendarWidget *m_calendar = nullptr;
    QTableWidget *m_recordTable = nullptr;
    QPushButton *m_editItemButton = nullptr;
    QPushButton *m_deleteItemButton = nullptr;
    QPushButton *m_exportItemButton = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_blankFormButton = nullptr;
    QPushButton *m_rehearseButton = nullptr;
    QPushButton *m_workPlanButton = nullptr;
    QPushButton *m_openRecordButton = nullptr;
    QPushButton *m_printRecordButton = nullptr;
    QPointer<DrillItemDialog> m_itemDialog;
    QPointer<DrillRecordDialog> m_recordDialog;
};

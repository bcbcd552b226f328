#pragma once

#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "core/incident/IncidentReport.h"
#include "core/storage/IncidentRepository.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class CloseIncidentDialog;
class Database;
class DeclareIncidentDialog;
class IncidentFollowUpDialog;
class IncidentReportDialog;
class PlanRepository;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// Live incident mode (issue 9): every incident, open ones first, on the left; the one selected on
// the right with its reporting clock (each report the law asks for, its deadline and a countdown,
// overdue in red), its reports (initial, supplementary, summary: written, printed, and when and how
// they were sent), the response log, the plan's response steps for its level as a checklist, and
// what closing it decided. Dialogs open window-modal without blocking, so tests can fill them in.
class IncidentPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ReportsTab, LogTab, ChecklistTab, ClosingTab };

    IncidentPage(Database &database, PlanRepository &plans, QWidget *parent = nullptr);

    // Reloads the list from the database, keeping the selection; false (and a message) on failure.
    bool reload();
    // Selects the incident; false if it is not there.
    bool showIncident(qint64 incidentId);
    qint64 currentIncidentId() const { return m_incident.id; }
    const Incident &currentIncident() const { return m_incident; }
    const QList<IncidentReport> &currentReports() const { return m_reports; }

    // The commands, public for the window's menus and for tests.
    // Opens the declaration for the plan; with a drill item, in drill mode linked to that drill.
    void declareIncident(qint64 planId, qint64 drillItemId = 0, qint64 drillRecordId = 0);
    void newReport(IncidentReportKind kind);
    void editSelectedReport();
    void printSelectedReport(bool toPdf);
    void addLogEntry();
    void setChecklistItemDone(int position, bool done);
    void recordPoliceNotified();
    void closeIncident();
    void deleteIncident();
    // Recomputes the countdowns (the timer calls it every 15 seconds).
    void refreshClock();

    QTreeWidget *incidentList() const { return m_list; }
    QTreeWidget *clockTree() const { return m_clockTree; }
    QTreeWidget *reportTree() const { return m_reportTree; }
    QTreeWidget *logTree() const { return m_logTree; }
    QListWidget *checklist() const { return m_checklist; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *logActionEdit() const { return m_logActionEdit; }
    QLineEdit *logByEdit() const { return m_logByEdit; }
    // The dialog open now, if any (for tests).
    DeclareIncidentDialog *declareDialog() const;
    IncidentReportDialog *reportDialog() const;
    CloseIncidentDialog *closeDialog() const;
    IncidentFollowUpDialog *followUpDialog() const;

signals:
    void closeRequested();
    // An incident was declared, changed or closed: the dashboard and the window's banner follow.
    void incidentsChanged();

private:
    void buildLayout();
    QWidget *buildReportsTab();
    QWidget *buildLogTab();
    QWidget *buildChecklistTab();
    QWidget *buildClosingTab();
    void showSelected();
    void fillDetails();
    void updateButtons();
    // Loads the plan of an incident (cached while the page is open).
    const Plan *planOf(qint64 planId);
    // After a change: reload and keep the incident in view.
    void changed(qint64 incidentId);
    void openReportDialog(const IncidentReport &report);
    void printReport(const IncidentReport &report, bool toPdf);
    // After closing: where the corrective actions stand, and the plan revised.
    void followUp();

    Database &m_database;
    PlanRepository &m_plans;
    IncidentRepository m_repository;
    QList<Incident> m_incidents;
    QHash<qint64, Plan> m_planCache;
    Incident m_incident;
    QList<IncidentReport> m_reports;

    QTreeWidget *m_list = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_factsLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_detail = nullptr;
    QTreeWidget *m_clockTree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_reportTree = nullptr;
    QTreeWidget *m_logTree = nullptr;
    QDateTimeEdit *m_logTimeEdit = nullptr;
    QLineEdit *m_logActionEdit = nullptr;
    QLineEdit *m_logByEdit = nullptr;
    QPushButton *m_addLogButton = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_closingLabel = nullptr;
    QPushButton *m_followUpButton = nullptr;
    QPushButton *m_initialButton = nullptr;
    QPushButton *m_supplementaryButton = nullptr;
    QPushButton *m_summaryButton = nullptr;
    QPushButton *m_editReportButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_policeButton = nullptr;
    QPushButton *m_closeIncidentButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTimer *m_clockTimer = nullptr;
    QPointer<DeclareIncidentDialog> m_declareDialog;
    QPointer<IncidentReportDialog> m_reportDialog;
    QPointer<CloseIncidentDialog> m_closeDialog;
    QPointer<IncidentFollowUpDialog> m_followUpDialog;
};

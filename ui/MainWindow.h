#pragma once

#include "core/storage/PlanRepository.h"

#include <QMainWindow>
#include <QPointer>

class Database;
class DashboardWidget;
class DrillProgrammePage;
class IncidentBanner;
class IncidentPage;
class TemplateExportDialog;
class TemplateLibraryPage;
class PlanEditor;
class PlanListModel;
class QStackedWidget;
class QTableView;
class WelcomePage;
class QAction;
class QLabel;
class QMimeData;
class QToolBar;

// The application window: the welcome page on an empty database, else the plan list; opening a
// plan shows the editor in its place.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanEditor *editor() const { return m_editor; }
    PlanListModel *planListModel() const { return m_planListModel; }
    DrillProgrammePage *drillPage() const { return m_drillPage; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    QTableView *planTable() const { return m_planTable; }
    TemplateLibraryPage *templatePage() const { return m_templatePage; }
    IncidentPage *incidentPage() const { return m_incidentPage; }
    IncidentBanner *incidentBanner() const { return m_incidentBanner; }
    TemplateExportDialog *templateExportDialog() const; // the open export dialog, if any

    // Public for tests and for the welcome page's buttons.
    void newGuidedPlan();
    void addDemoPlan();
    bool openPlan(qint64 planId);
    void refreshPlanList();
    // Shows the plan's drill programme; false if the editor's unsaved changes were kept or it failed.
    bool openDrills(qint64 planId);
    void refreshDashboard();
    // The incident page, on `incidentId` if given; false if the editor's unsaved changes were kept.
    bool showIncidents(qint64 incidentId = 0);
    // Declares an incident on the plan open in the editor or selected in the list.
    void declareIncident();
    // The template library; false if the editor's unsaved changes were kept.
    bool showTemplateLibrary();
    // Asks for a template file (or takes `path`) and shows its import preview.
    void importTemplate();
    void importTemplateFile(const QString &path);
    // The plan open in the editor, or selected in the list, as a template (personal data removed).
    void exportPlanAsTemplate();
    // The single template file (.json) being dragged, or "" if the drag holds anything else.
    static QString draggedTemplatePath(const QMimeData *mimeData);

signals:
    // The user picked another language; the application rebuilds the window in it.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A template file dropped on the window is imported, preview first.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showPlanList();
    qint64 selectedPlanId() const;
    // Selects the plan's row in the list, or nothing if it is not listed.
    void selectPlanRow(qint64 planId);
    // "<plan>[*] — <application>" while a plan is open, else the application's name.
    void updateWindowTitle();
    void exportSelectedPlan();
    void previewSelectedPlan();
    void deleteSelectedPlan();
    void chooseLanguage(const QString &language);
    void updateActions();
    void showAbout();
    // The drill records that require a revision of the editor's plan, for its completeness panel.
    void refreshEditorDrillFindings();
    // Shows `dialog` (window-modal, not blocking) in place of any export dialog still open.
    void openTemplateExportDialog(TemplateExportDialog *dialog);

    Database &m_database;
    PlanRepository m_repository;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_planListPage = nullptr;
    QTableView *m_planTable = nullptr;
    PlanListModel *m_planListModel = nullptr;
    PlanEditor *m_editor = nullptr;
    DrillProgrammePage *m_drillPage = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    TemplateLibraryPage *m_templatePage = nullptr;
    IncidentPage *m_incidentPage = nullptr;
    IncidentBanner *m_incidentBanner = nullptr;
    QAction *m_declareIncidentAction = nullptr;
    QPointer<TemplateExportDialog> m_templateExportDialog;
    QAction *m_exportTemplateAction = nullptr;
    QAction *m_drillsAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QToolBar *m_plansToolBar = nullptr;
    QAction *m_newPlanAction = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_deletePlanAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
};

#pragma once

#include "core/storage/PlanRepository.h"

#include <QMainWindow>

class Database;
class PlanEditor;
class PlanListModel;
class QStackedWidget;
class QTableView;
class WelcomePage;
class QAction;
class QLabel;
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
    QTableView *planTable() const { return m_planTable; }

    // Public for tests and for the welcome page's buttons.
    void newGuidedPlan();
    void addDemoPlan();
    bool openPlan(qint64 planId);
    void refreshPlanList();

signals:
    // The user picked another language; the application rebuilds the window in it.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showPlanList();
    qint64 selectedPlanId() const;
    void exportSelectedPlan();
    void previewSelectedPlan();
    void deleteSelectedPlan();
    void chooseLanguage(const QString &language);
    void updateActions();
    void showAbout();

    Database &m_database;
    PlanRepository m_repository;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_planListPage = nullptr;
    QTableView *m_planTable = nullptr;
    PlanListModel *m_planListModel = nullptr;
    PlanEditor *m_editor = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QToolBar *m_plansToolBar = nullptr;
    QAction *m_newPlanAction = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_deletePlanAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
};

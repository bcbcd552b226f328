#include "MainWindow.h"

#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "PlanDeletion.h"
#include "PlanListModel.h"
#include "PlanPrinting.h"
#include "WelcomePage.h"
#include "core/Clock.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/schedule/DashboardBuilder.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/IncidentRepository.h"
#include "drills/DashboardWidget.h"
#include "drills/DrillProgrammePage.h"
#include "core/storage/Database.h"
#include "editor/PlanEditor.h"
#include "incidents/IncidentBanner.h"
#include "incidents/IncidentPage.h"
#include "templates/TemplateExportDialog.h"
#include "templates/TemplateLibraryPage.h"
#include "wizard/PlanWizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_repository(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/plandesk.svg")));

    // The incident banner sits above every page, so an open incident's clock is never out of sight.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_incidentBanner = new IncidentBanner(database, m_repository, central);
    centralLayout->addWidget(m_incidentBanner);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("mainStackedWidget"));
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_incidentBanner, &IncidentBanner::openRequested, this, [this](qint64 id) { showIncidents(id); });

    m_welcomePage = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcomePage);
    connect(m_welcomePage, &WelcomePage::newGuidedPlanRequested, this, &MainWindow::newGuidedPlan);
    connect(m_welcomePage, &WelcomePage::demoPlanRequested, this, &MainWindow::addDemoPlan);

    m_planListPage = new QWidget(m_stack);
    m_planListPage->setObjectName(QStringLiteral("planListPage"));
    auto *listLayout = new QVBoxLayout(m_planListPage);
    auto *listTitle = new QLabel(tr("Emergency plans"), m_planListPage);
    QFont titleFont = listTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    listTitle->setFont(titleFont);
    listLayout->addWidget(listTitle);
    m_planListModel = new PlanListModel(this);
    m_planTable = new QTableView(m_planListPage);
    m_planTable->setObjectName(QStringLiteral("planTableView"));
    m_planTable->setModel(m_planListModel);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->setAlternatingRowColors(true);
    m_planTable->verticalHeader()->hide();
    m_planTable->horizontalHeader()->setSectionResizeMode(PlanListModel::TitleColumn, QHeaderView::Stretch);
    m_planTable->horizontalHeader()->setSectionResizeMode(PlanListModel::OrganisationColumn,
                                                          QHeaderView::ResizeToContents);
    m_planTable->horizontalHeader()->setDefaultSectionSize(110);
    // The plans above, what needs attention below: both are what an officer opens PlanDesk for.
    auto *listSplitter = new QSplitter(Qt::Vertical, m_planListPage);
    listSplitter->setObjectName(QStringLiteral("planListSplitter"));
    listSplitter->addWidget(m_planTable);
    m_dashboard = new DashboardWidget(listSplitter);
    listSplitter->addWidget(m_dashboard);
    listSplitter->setStretchFactor(0, 1);
    listSplitter->setStretchFactor(1, 1);
    listLayout->addWidget(listSplitter);
    m_stack->addWidget(m_planListPage);
    connect(m_dashboard, &DashboardWidget::occurrenceActivated, this,
            [this](qint64 planId, qint64 drillItemId, const QDate &date) {
                if (openDrills(planId))
                    m_drillPage->selectOccurrence(drillItemId, date);
            });
    connect(m_dashboard, &DashboardWidget::recordActivated, this, [this](qint64 planId, qint64 recordId) {
        if (openDrills(planId))
            m_drillPage->openRecord(recordId);
    });
    connect(m_dashboard, &DashboardWidget::planActivated, this, &MainWindow::openPlan);
    connect(m_dashboard, &DashboardWidget::programmeActivated, this, &MainWindow::openDrills);
    connect(m_dashboard, &DashboardWidget::incidentActivated, this, [this](qint64 incidentId) { showIncidents(incidentId); });
    connect(m_planTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { openPlan(m_planListModel->planIdAt(index.row())); });

    m_editor = new PlanEditor(m_repository, m_stack);
    m_stack->addWidget(m_editor);
    connect(m_editor, &PlanEditor::closeRequested, this, &MainWindow::showPlanList);
    connect(m_editor, &PlanEditor::planSaved, this, [this] { refreshPlanList(); });
    connect(m_editor, &PlanEditor::planDeleted, this, [this] { showPlanList(); });
    connect(m_editor, &PlanEditor::exportPdfRequested, this, [this] {
        const QString path = PlanPrinting::exportPdf(this, m_editor->plan());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_editor, &PlanEditor::printPreviewRequested, this,
            [this] { PlanPrinting::printPreview(this, m_editor->plan()); });
    connect(m_editor, &PlanEditor::modifiedChanged, this, &QWidget::setWindowModified);

    m_drillPage = new DrillProgrammePage(m_database, m_repository, m_stack);
    m_stack->addWidget(m_drillPage);
    connect(m_drillPage, &DrillProgrammePage::closeRequested, this, &MainWindow::showPlanList);
    connect(m_drillPage, &DrillProgrammePage::programmeChanged, this, &MainWindow::refreshDashboard);

    m_templatePage = new TemplateLibraryPage(m_database, m_repository, m_stack);
    m_stack->addWidget(m_templatePage);
    connect(m_templatePage, &TemplateLibraryPage::closeRequested, this, &MainWindow::showPlanList);
    connect(m_templatePage, &TemplateLibraryPage::planCreated, this, [this](qint64 planId) {
        refreshPlanList();
        if (openPlan(planId))
            statusBar()->showMessage(tr("Plan \"%1\" created from the template.").arg(m_editor->plan().title), 8000);
    });
    connect(m_templatePage, &TemplateLibraryPage::drillItemCreated, this,
            [this](qint64 planId, qint64 drillItemId, const QDate &firstDate) {
                refreshDashboard();
                if (openDrills(planId))
                    m_drillPage->selectOccurrence(drillItemId, firstDate);
            });
    connect(m_templatePage, &TemplateLibraryPage::templateImported, this, [this] {
        showTemplateLibrary();
        statusBar()->showMessage(tr("The template was imported into the library."), 8000);
    });
    connect(m_welcomePage, &WelcomePage::templatePlanRequested, this, [this] {
        if (showTemplateLibrary())
            m_templatePage->setKindFilter(TemplateKind::Plan);
    });
    connect(m_welcomePage, &WelcomePage::importTemplateRequested, this, &MainWindow::importTemplate);
    connect(m_drillPage, &DrillProgrammePage::exportAsTemplateRequested, this, [this](const DrillItem &item) {
        openTemplateExportDialog(new TemplateExportDialog(item, m_drillPage->plan(), this));
    });
    m_incidentPage = new IncidentPage(m_database, m_repository, m_stack);
    m_stack->addWidget(m_incidentPage);
    connect(m_incidentPage, &IncidentPage::closeRequested, this, &MainWindow::showPlanList);
    connect(m_incidentPage, &IncidentPage::incidentsChanged, this, &MainWindow::refreshDashboard);
    connect(m_drillPage, &DrillProgrammePage::rehearseIncidentRequested, this,
            [this](qint64 planId, qint64 drillItemId, qint64 drillRecordId) {
                if (showIncidents())
                    m_incidentPage->declareIncident(planId, drillItemId, drillRecordId);
            });
    setAcceptDrops(true);

    createActions();
    m_databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())), this);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateWindowTitle);
    // A title typed in the editor, or undone, renames the window at once.
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateWindowTitle);
    connect(m_planTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    resize(1200, 800);
    refreshPlanList();
    showPlanList();
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The title ends with the application's display name, so that the platforms that append it to
    // every title (QPlatformWindow::formatWindowTitle on X11 and Windows) see it there and do not
    // add it a second time. [*] is where setWindowModified() shows the unsaved-changes mark.
    const QString application = QGuiApplication::applicationDisplayName();
    QString planTitle;
    if (m_stack->currentWidget() == m_editor)
        planTitle = m_editor->plan().title.trimmed().isEmpty() ? tr("(untitled plan)") : m_editor->plan().title.trimmed();
    else if (m_stack->currentWidget() == m_drillPage && m_drillPage->planId() != 0)
        planTitle = m_drillPage->plan().title.trimmed();
    //: Window title: %1 the open plan, %2 the application's name; [*] marks unsaved changes.
    setWindowTitle(planTitle.isEmpty() ? application + QStringLiteral("[*]")
                                       : tr("%1[*] — %2").arg(planTitle, application));
}

MainWindow::~MainWindow()
{
    // The editor clears its undo stack as it goes: the title must not be updated from a half-destroyed window.
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_newPlanAction = fileMenu->addAction(tr("&New Plan (Guided)…"), this, &MainWindow::newGuidedPlan);
    m_newPlanAction->setObjectName(QStringLiteral("newPlanAction"));
    m_newPlanAction->setShortcut(QKeySequence::New);
    QAction *demoAction = fileMenu->addAction(tr("Add Sa&mple Plan"), this, &MainWindow::addDemoPlan);
    demoAction->setObjectName(QStringLiteral("addDemoPlanAction"));
    m_openPlanAction = fileMenu->addAction(tr("&Open Plan"), this, [this] { openPlan(selectedPlanId()); });
    m_openPlanAction->setObjectName(QStringLiteral("openPlanAction"));
    m_openPlanAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    fileMenu->addAction(m_editor->saveAction());
    m_exportPdfAction = fileMenu->addAction(tr("&Export as PDF…"), this, &MainWindow::exportSelectedPlan);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPlanPdfAction"));
    m_printPreviewAction = fileMenu->addAction(tr("Print Pre&view…"), this, &MainWindow::previewSelectedPlan);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewPlanAction"));
    m_printPreviewAction->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    m_deletePlanAction = fileMenu->addAction(tr("&Delete Plan…"), this, &MainWindow::deleteSelectedPlan);
    m_deletePlanAction->setObjectName(QStringLiteral("deletePlanAction"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_editor->undoAction());
    editMenu->addAction(m_editor->redoAction());

    QMenu *drillsMenu = menuBar()->addMenu(tr("D&rills"));
    m_drillsAction = drillsMenu->addAction(tr("&Drill Programme of the Plan…"), this, [this] {
        openDrills(m_stack->currentWidget() == m_editor ? m_editor->plan().id : selectedPlanId());
    });
    m_drillsAction->setObjectName(QStringLiteral("openDrillsAction"));
    m_drillsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *incidentsMenu = menuBar()->addMenu(tr("I&ncidents"));
    m_declareIncidentAction =
        incidentsMenu->addAction(tr("&Declare Incident on the Plan…"), this, &MainWindow::declareIncident);
    m_declareIncidentAction->setObjectName(QStringLiteral("declareIncidentAction"));
    m_declareIncidentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_declareIncidentAction->setToolTip(tr("Activate the plan for an incident and start the reporting clock."));
    QAction *incidentsAction = incidentsMenu->addAction(tr("&Incidents…"), this, [this] { showIncidents(); });
    incidentsAction->setObjectName(QStringLiteral("showIncidentsAction"));
    incidentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    QMenu *templatesMenu = menuBar()->addMenu(tr("&Templates"));
    QAction *libraryAction = templatesMenu->addAction(tr("Template &Library…"), this, &MainWindow::showTemplateLibrary);
    libraryAction->setObjectName(QStringLiteral("templateLibraryAction"));
    libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *importTemplateAction = templatesMenu->addAction(tr("&Import Template…"), this, &MainWindow::importTemplate);
    importTemplateAction->setObjectName(QStringLiteral("importTemplateAction"));
    m_exportTemplateAction =
        templatesMenu->addAction(tr("&Export Plan as Template…"), this, &MainWindow::exportPlanAsTemplate);
    m_exportTemplateAction->setObjectName(QStringLiteral("exportPlanAsTemplateAction"));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = LanguageManager::chosenLanguage();
    QAction *systemAction = languageMenu->addAction(tr("Follow the System"));
    systemAction->setCheckable(true);
    systemAction->setChecked(chosen.isEmpty());
    systemAction->setObjectName(QStringLiteral("languageSystemAction"));
    languageGroup->addAction(systemAction);
    connect(systemAction, &QAction::triggered, this, [this] { chooseLanguage(QString()); });
    for (const auto &[code, name] : LanguageManager::availableLanguages()) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(chosen == code);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About PlanDesk"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Plans"));
    m_plansToolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("plansToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->addAction(m_newPlanAction);
    toolBar->addAction(m_openPlanAction);
    toolBar->addAction(m_exportPdfAction);
    toolBar->addAction(m_printPreviewAction);
    toolBar->addAction(m_deletePlanAction);
    toolBar->addSeparator();
    toolBar->addAction(m_drillsAction);
    toolBar->addAction(m_declareIncidentAction);
    toolBar->addAction(libraryAction);
}

void MainWindow::updateActions()
{
    const bool inList = m_stack->currentWidget() == m_planListPage;
    const bool inEditor = m_stack->currentWidget() == m_editor;
    const bool hasSelection = selectedPlanId() != 0;
    m_openPlanAction->setEnabled(inList && hasSelection);
    m_exportPdfAction->setEnabled(inEditor || (inList && hasSelection));
    m_printPreviewAction->setEnabled(inEditor || (inList && hasSelection));
    m_deletePlanAction->setEnabled(inEditor || (inList && hasSelection));
    m_editor->saveAction()->setEnabled(inEditor);
    m_drillsAction->setEnabled(inEditor || (inList && hasSelection));
    m_exportTemplateAction->setEnabled(inEditor || (inList && hasSelection));
    m_declareIncidentAction->setEnabled(inEditor || (inList && hasSelection));
    // The editor has its own tool bar with the same commands for the open plan.
    m_plansToolBar->setVisible(!inEditor && m_stack->currentWidget() != m_drillPage
                               && m_stack->currentWidget() != m_templatePage
                               && m_stack->currentWidget() != m_incidentPage);
}

void MainWindow::refreshPlanList()
{
    // The plan being edited or drilled is the one the list shows selected on return (after the
    // model is reloaded), so that Delete can never act on another plan.
    qint64 selected = selectedPlanId();
    if (m_stack->currentWidget() == m_editor && m_editor->plan().id != 0)
        selected = m_editor->plan().id;
    else if (m_stack->currentWidget() == m_drillPage && m_drillPage->planId() != 0)
        selected = m_drillPage->planId();
    Result<QList<PlanSummary>> plans = m_repository.listPlans();
    if (!plans) {
        MessageBoxes::warning(this, tr("Could not list the plans"), plans.errorMessage());
        return;
    }
    m_planListModel->setPlans(plans.value());
    refreshDashboard();
    selectPlanRow(selected);
    if (m_stack->currentWidget() != m_editor && m_stack->currentWidget() != m_drillPage
        && m_stack->currentWidget() != m_templatePage && m_stack->currentWidget() != m_incidentPage)
        m_stack->setCurrentWidget(m_planListModel->rowCount() == 0 ? static_cast<QWidget *>(m_welcomePage)
                                                                   : m_planListPage);
    updateActions();
}

void MainWindow::showPlanList()
{
    qint64 shownPlan = selectedPlanId();
    if (m_stack->currentWidget() == m_editor)
        shownPlan = m_editor->plan().id;
    else if (m_stack->currentWidget() == m_drillPage)
        shownPlan = m_drillPage->planId();
    // The editor's history belongs to the plan it showed: Undo from the plan list must not change
    // a plan nobody sees (the editor asked about unsaved changes before getting here).
    m_editor->undoStack()->clear();
    m_stack->setCurrentWidget(m_planListModel->rowCount() == 0 ? static_cast<QWidget *>(m_welcomePage)
                                                               : m_planListPage);
    refreshPlanList();
    selectPlanRow(shownPlan);
    setWindowModified(false);
    m_planTable->setFocus();
}

void MainWindow::selectPlanRow(qint64 planId)
{
    const int row = m_planListModel->rowOfPlan(planId);
    if (row < 0) {
        m_planTable->clearSelection();
        return;
    }
    m_planTable->selectRow(row);
    m_planTable->scrollTo(m_planListModel->index(row, 0));
}

qint64 MainWindow::selectedPlanId() const
{
    const QModelIndexList rows = m_planTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_planListModel->planIdAt(rows.first().row());
}

bool MainWindow::openPlan(qint64 planId)
{
    if (planId == 0)
        return false;
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return false;
    if (!m_editor->openPlan(planId))
        return false;
    refreshEditorDrillFindings();
    m_stack->setCurrentWidget(m_editor);
    updateWindowTitle();
    return true;
}

bool MainWindow::openDrills(qint64 planId)
{
    if (planId == 0)
        return false;
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return false;
    if (!m_drillPage->openPlan(planId))
        return false;
    m_editor->undoStack()->clear();
    setWindowModified(false);
    m_stack->setCurrentWidget(m_drillPage);
    updateWindowTitle();
    return true;
}

void MainWindow::refreshDashboard()
{
    Result<Dashboard> dashboard = DashboardBuilder::build(m_database, Clock::today());
    if (!dashboard) {
        statusBar()->showMessage(tr("The dashboard could not be computed: %1").arg(dashboard.errorMessage()));
        return;
    }
    m_dashboard->setDashboard(dashboard.value());
    m_incidentBanner->refresh();
}

bool MainWindow::showIncidents(qint64 incidentId)
{
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return false;
    if (m_stack->currentWidget() != m_incidentPage) {
        m_editor->undoStack()->clear();
        setWindowModified(false);
    }
    m_incidentPage->reload();
    if (incidentId != 0)
        m_incidentPage->showIncident(incidentId);
    m_stack->setCurrentWidget(m_incidentPage);
    updateWindowTitle();
    return true;
}

void MainWindow::declareIncident()
{
    const qint64 planId = m_stack->currentWidget() == m_editor ? m_editor->plan().id : selectedPlanId();
    if (planId == 0)
        return;
    // The incident is declared on the plan as stored: unsaved edits are saved or dropped first.
    if (!showIncidents())
        return;
    m_incidentPage->declareIncident(planId);
}

void MainWindow::refreshEditorDrillFindings()
{
    Result<QList<DrillRecord>> pending = DrillRepository(m_database).pendingPlanRevisions(m_editor->plan().id);
    QList<MissingElement> findings;
    if (pending) {
        for (const DrillRecord &record : pending.value()) {
            findings << MissingElement{QStringLiteral("drill-revision-%1").arg(record.id),
                                       tr("GB/T 38645-2020: update the plan after the drill"),
                                       //: Completeness panel: a drill found that the plan must change. %1 the
                                       //: date held, %2 what to revise.
                                       tr("The drill held on %1 requires a revision of the plan: %2")
                                           .arg(record.heldOn.toString(Qt::ISODate),
                                                record.planRevisionNote.isEmpty() ? tr("see the drill record")
                                                                                  : record.planRevisionNote),
                                       QString()};
        }
    }
    // Closing an incident may ask for the same: its lessons go into the plan.
    Result<QList<Incident>> incidents = IncidentRepository(m_database).pendingPlanRevisions(m_editor->plan().id);
    if (incidents) {
        for (const Incident &incident : incidents.value()) {
            findings << MissingElement{QStringLiteral("incident-revision-%1").arg(incident.id),
                                       tr("Lessons of an incident: revise the plan"),
                                       //: Completeness panel: closing an incident found that the plan must
                                       //: change. %1 the day handling ended, %2 what to revise.
                                       tr("The incident whose handling ended on %1 requires a revision of the plan: %2")
                                           .arg(incident.closedAt.date().toString(Qt::ISODate),
                                                incident.planRevisionNote),
                                       QString()};
        }
    }
    m_editor->setExternalFindings(findings);
}

void MainWindow::newGuidedPlan()
{
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return;
    // Window-modal but not blocking, so that tests drive it like a user would.
    auto *wizard = new PlanWizard(LanguageManager::effectiveLanguage(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard saves before it closes, so that a failed save keeps it open with everything entered.
    wizard->setSaveHandler([this](const Plan &plan) { return m_repository.save(plan); });
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const Plan &saved = wizard->savedPlan();
        refreshPlanList();
        openPlan(saved.id);
        statusBar()->showMessage(tr("Plan \"%1\" created.").arg(saved.title), 8000);
    });
    wizard->open();
}

void MainWindow::addDemoPlan()
{
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return;
    Result<Plan> saved = DemoDrillProgramme::saveSample(m_database, LanguageManager::effectiveLanguage());
    if (!saved) {
        MessageBoxes::warning(this, tr("The sample plan was not added"), saved.errorMessage());
        return;
    }
    refreshPlanList();
    openPlan(saved.value().id);
}

void MainWindow::exportSelectedPlan()
{
    if (m_stack->currentWidget() == m_editor) {
        m_editor->exportPdfAction()->trigger(); // takes in a table cell still being edited first
        return;
    }
    Result<Plan> plan = m_repository.load(selectedPlanId());
    if (!plan) {
        MessageBoxes::warning(this, tr("Export failed"), plan.errorMessage());
        return;
    }
    const QString path = PlanPrinting::exportPdf(this, plan.value());
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::previewSelectedPlan()
{
    if (m_stack->currentWidget() == m_editor) {
        m_editor->printPreviewAction()->trigger();
        return;
    }
    Result<Plan> plan = m_repository.load(selectedPlanId());
    if (!plan) {
        MessageBoxes::warning(this, tr("Printing failed"), plan.errorMessage());
        return;
    }
    PlanPrinting::printPreview(this, plan.value());
}

void MainWindow::deleteSelectedPlan()
{
    if (m_stack->currentWidget() == m_editor) {
        m_editor->deleteAction()->trigger();
        return;
    }
    const qint64 planId = selectedPlanId();
    const int row = m_planListModel->rowOfPlan(planId);
    if (row < 0)
        return;
    if (PlanDeletion::confirmAndDelete(this, m_repository, planId, m_planListModel->plans().at(row).title))
        refreshPlanList();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave())
        return;
    LanguageManager::setChosenLanguage(language);
    emit languageChangeRequested();
}

void MainWindow::showAbout()
{
    MessageBoxes::information(
        this, tr("About PlanDesk"),
        tr("PlanDesk %1\n\nCybersecurity incident emergency plans (Cybersecurity Law of the PRC, Art. 27; "
           "Art. 25 before the 2025 amendment) and drills (Art. 36; Art. 34 before the amendment).\n\n"
           "Database: %2")
            .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(m_database.path())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stack->currentWidget() == m_editor && !m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

TemplateExportDialog *MainWindow::templateExportDialog() const
{
    return m_templateExportDialog;
}

bool MainWindow::showTemplateLibrary()
{
    if (m_stack->currentWidget() == m_templatePage)
        return true;
    const bool inEditor = m_stack->currentWidget() == m_editor;
    if (inEditor && !m_editor->maybeSave())
        return false;
    // A drill scenario is added to the plan the user was looking at, unless they choose another.
    if (inEditor)
        m_templatePage->setPreferredPlanId(m_editor->plan().id);
    else if (m_stack->currentWidget() == m_drillPage)
        m_templatePage->setPreferredPlanId(m_drillPage->planId());
    else
        m_templatePage->setPreferredPlanId(selectedPlanId());
    m_editor->undoStack()->clear();
    setWindowModified(false);
    m_templatePage->reload();
    m_stack->setCurrentWidget(m_templatePage);
    return true;
}

void MainWindow::importTemplate()
{
    m_templatePage->chooseFileAndImport();
}

void MainWindow::importTemplateFile(const QString &path)
{
    m_templatePage->importFile(path);
}

void MainWindow::exportPlanAsTemplate()
{
    Plan plan;
    if (m_stack->currentWidget() == m_editor) {
        plan = m_editor->plan(); // as shown, including changes not saved yet
    } else {
        Result<Plan> loaded = m_repository.load(selectedPlanId());
        if (!loaded) {
            MessageBoxes::warning(this, tr("Export failed"), loaded.errorMessage());
            return;
        }
        plan = loaded.value();
    }
    openTemplateExportDialog(new TemplateExportDialog(plan, this));
}

void MainWindow::openTemplateExportDialog(TemplateExportDialog *dialog)
{
    if (m_templateExportDialog)
        m_templateExportDialog->close();
    m_templateExportDialog = dialog;
    m_templateExportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(
            tr("Template exported to %1").arg(QDir::toNativeSeparators(dialog->writtenPath())), 8000);
    });
    m_templateExportDialog->open();
}

QString MainWindow::draggedTemplatePath(const QMimeData *mimeData)
{
    if (!mimeData || !mimeData->hasUrls())
        return QString();
    const QList<QUrl> urls = mimeData->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return QString();
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedTemplatePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = draggedTemplatePath(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importTemplateFile(path);
}

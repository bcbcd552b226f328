#pragma once

// A walk through every page of the main window and the larger dialogs, in one language, with a
// demo plan and its drill programme in a temporary database so that the pages have content: the
// welcome page, the plan list with the dashboard, every tab of the editor, every tab of the drill
// programme page (the calendar as a month and as a year), the template library, every tab of the
// drill item and drill record dialogs, the incident page (open and closed) with the dialogs of
// declaring, reporting, closing and following up an incident, and the wizard's pages. The window is 1280×720 (unless the
// minimum it claims is larger, which the visitor then sees). For each state the visitor gets a name
// ("editor/Levels") and the top-level widget shown: the main window or the dialog.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "core/Clock.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/reference/ReferenceData.h"
#include "core/storage/Database.h"
#include "drills/DrillCalendarWidget.h"
#include "drills/DrillItemDialog.h"
#include "drills/DrillProgrammePage.h"
#include "drills/DrillRecordDialog.h"
#include "editor/PlanEditor.h"
#include "core/incident/IncidentChecklist.h"
#include "core/storage/IncidentRepository.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/DeclareIncidentDialog.h"
#include "incidents/IncidentFollowUpDialog.h"
#include "incidents/IncidentPage.h"
#include "incidents/IncidentReportDialog.h"
#include "tables/ContactTableWidget.h"
#include "wizard/PlanWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace PageTour {

using Visitor = std::function<void(const QString &state, QWidget *window)>;

inline const QSize kLaptopScreen(1280, 720);

// Lets pending layout requests run, so that geometries are final.
inline void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

inline void installLanguage(const QString &language)
{
    LanguageManager::setChosenLanguage(language);
    LanguageManager::install();
}

inline void visitTabs(QTabWidget *tabs, const QString &prefix, QWidget *window, const Visitor &visit)
{
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        settle();
        visit(prefix + QLatin1Char('/') + QString(tabs->tabText(index)).remove(QLatin1Char('&')), window);
    }
    tabs->setCurrentIndex(0);
}

inline void showAtLaptopSize(QWidget *window)
{
    window->resize(kLaptopScreen);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    settle();
}

// The whole tour; `language` is "zh_CN" or "en" and is installed first.
inline void tour(const QString &language, const Visitor &visit)
{
    installLanguage(language);
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(12, 0)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    {
        Database empty;
        QVERIFY(empty.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
        MainWindow window(empty);
        showAtLaptopSize(&window);
        visit(QStringLiteral("welcome"), &window);
    }

    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    Result<Plan> sample = DemoDrillProgramme::saveSample(database, language);
    QVERIFY2(sample.ok(), qPrintable(sample.errorMessage()));
    const qint64 planId = sample.value().id;

    MainWindow window(database);
    showAtLaptopSize(&window);
    window.planTable()->selectRow(0);
    settle();
    visit(QStringLiteral("plan list"), &window);

    QVERIFY(window.openPlan(planId));
    settle();
    auto *editorTabs = window.editor()->findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
    QVERIFY(editorTabs);
    visitTabs(editorTabs, QStringLiteral("editor"), &window, visit);

    QVERIFY(window.openDrills(planId));
    DrillProgrammePage *drills = window.drillPage();
    drills->itemTable()->selectRow(0);
    drills->occurrenceView()->selectRow(0);
    settle();
    auto *drillTabs = drills->findChild<QTabWidget *>(QStringLiteral("drillTabWidget"));
    QVERIFY(drillTabs);
    visitTabs(drillTabs, QStringLiteral("drills"), &window, visit);
    drillTabs->setCurrentWidget(drills->calendar());
    drills->calendar()->setView(DrillCalendarWidget::View::Year);
    settle();
    visit(QStringLiteral("drills/calendar (year)"), &window);
    drills->calendar()->setView(DrillCalendarWidget::View::Month);
    drillTabs->setCurrentIndex(0);

    drills->editSelectedItem();
    QPointer<DrillItemDialog> itemDialog = drills->itemDialog();
    QVERIFY(itemDialog);
    QVERIFY(QTest::qWaitForWindowExposed(itemDialog));
    visitTabs(itemDialog->findChild<QTabWidget *>(QStringLiteral("drillItemTabWidget")), QStringLiteral("drill item"),
              itemDialog, visit);
    static_cast<QDialog *>(itemDialog.data())->done(QDialog::Rejected);
    settle();

    QVERIFY(drills->recordTable()->rowCount() > 0);
    drills->openRecord(drills->recordTable()->item(0, 0)->data(Qt::UserRole).toLongLong());
    QPointer<DrillRecordDialog> recordDialog = drills->recordDialog();
    QVERIFY(recordDialog);
    QVERIFY(QTest::qWaitForWindowExposed(recordDialog));
    visitTabs(recordDialog->tabs(), QStringLiteral("drill record"), recordDialog, visit);
    static_cast<QDialog *>(recordDialog.data())->done(QDialog::Rejected);
    settle();

    QVERIFY(window.showTemplateLibrary());
    settle();
    visit(QStringLiteral("template library"), &window);

    // An incident being handled: the page's tabs, then the dialogs of declaring, reporting and closing.
    Incident incident;
    incident.planId = planId;
    incident.discoveredAt = Clock::nowUtc().addSecs(-20 * 60);
    incident.place = QStringLiteral("Data centre A");
    incident.affectedSystems = QStringLiteral("Billing platform");
    incident.categoryCode = sample.value().categories.first().code;
    incident.levelCode = QStringLiteral("III");
    incident.crimeSuspected = true;
    incident.checklist = IncidentChecklist::fromPlan(sample.value(), incident.levelCode);
    IncidentRepository incidents(database);
    Result<Incident> opened = incidents.open(incident);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(window.showIncidents(opened.value().id));
    IncidentPage *page = window.incidentPage();
    settle();
    visitTabs(page->tabs(), QStringLiteral("incidents"), &window, visit);

    page->declareIncident(planId);
    QPointer<DeclareIncidentDialog> declareDialog = page->declareDialog();
    QVERIFY(declareDialog);
    QVERIFY(QTest::qWaitForWindowExposed(declareDialog));
    settle();
    visit(QStringLiteral("declare incident"), declareDialog);
    static_cast<QDialog *>(declareDialog.data())->done(QDialog::Rejected);
    settle();

    page->findChild<QAbstractButton *>(QStringLiteral("newInitialReportPushButton"))->click();
    QPointer<IncidentReportDialog> reportDialog = page->reportDialog();
    QVERIFY(reportDialog);
    QVERIFY(QTest::qWaitForWindowExposed(reportDialog));
    visitTabs(reportDialog->tabs(), QStringLiteral("incident report"), reportDialog, visit);
    static_cast<QDialog *>(reportDialog.data())->done(QDialog::Rejected);
    settle();

    page->findChild<QAbstractButton *>(QStringLiteral("incidentClosePushButton"))->click();
    QPointer<CloseIncidentDialog> closeDialog = page->closeDialog();
    QVERIFY(closeDialog);
    QVERIFY(QTest::qWaitForWindowExposed(closeDialog));
    settle();
    visit(QStringLiteral("close incident"), closeDialog);
    static_cast<QDialog *>(closeDialog.data())->done(QDialog::Rejected);
    settle();

    // Closed: the closing tab with its follow-up, and the dashboard with the incident's lines.
    CorrectiveAction training;
    training.description = QStringLiteral("Phishing training for the billing team");
    training.owner = QStringLiteral("Li Na");
    training.dueOn = QDate(2026, 12, 20);
    Result<Incident> closed = incidents.close(opened.value().id, Clock::nowUtc(), QStringLiteral("Offline backups"),
                                              {training}, true, QStringLiteral("Add the isolation steps"));
    QVERIFY2(closed.ok(), qPrintable(closed.errorMessage()));
    QVERIFY(window.showIncidents(closed.value().id));
    page->tabs()->setCurrentIndex(IncidentPage::ClosingTab);
    settle();
    visit(QStringLiteral("incidents/closed"), &window);
    page->findChild<QAbstractButton *>(QStringLiteral("incidentFollowUpPushButton"))->click();
    QPointer<IncidentFollowUpDialog> followUpDialog = page->followUpDialog();
    QVERIFY(followUpDialog);
    QVERIFY(QTest::qWaitForWindowExposed(followUpDialog));
    settle();
    visit(QStringLiteral("incident follow-up"), followUpDialog);
    static_cast<QDialog *>(followUpDialog.data())->done(QDialog::Rejected);
    page->tabs()->setCurrentIndex(0);
    page->findChild<QAbstractButton *>(QStringLiteral("incidentBackPushButton"))->click();
    settle();
    visit(QStringLiteral("plan list with an incident"), &window);

    window.newGuidedPlan();
    QPointer<PlanWizard> wizard = window.findChild<PlanWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *organisation = wizard->findChild<QLineEdit *>(QStringLiteral("organisationLineEdit"));
    QVERIFY(organisation);
    organisation->setText(QStringLiteral("Example Ltd"));
    for (int page = 0; page < 10; ++page) {
        settle();
        visit(QStringLiteral("wizard/%1").arg(wizard->currentPage()->objectName()), wizard);
        if (auto *contacts = wizard->currentPage()->findChild<ContactTableWidget *>()) {
            // The required roles need a name and a phone before the wizard goes on.
            QList<Contact> filled = contacts->contacts();
            for (qsizetype row = 0; row < filled.size(); ++row) {
                filled[row].name = QStringLiteral("Person %1").arg(row + 1);
                filled[row].mobilePhone = QStringLiteral("138-0000-%1").arg(row + 1, 4, 10, QLatin1Char('0'));
            }
            contacts->setContacts(filled);
        }
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            break;
    }
    static_cast<QDialog *>(wizard.data())->done(QDialog::Rejected); // no question about the entries
    settle();
    Clock::reset();
}

} // namespace PageTour

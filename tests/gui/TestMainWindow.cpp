// The main window around the wizard and the editor: what an empty database shows, the plan list,
// deleting from it, and the language the window and Qt's own dialogs speak.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PlanListModel.h"
#include "WelcomePage.h"
#include "core/Clock.h"
#include "core/reference/DemoDrillProgramme.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "editor/PlanEditor.h"
#include "PlanDeletion.h"

#include <QGuiApplication>
#include <QLineEdit>

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

    void theEditedPlanStaysSelectedAndIsTheOneDeleted()
    {
        LanguageManager::setChosenLanguage(QStringLiteral("en"));
        LanguageManager::install();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Plan first = PlanFactory().createDemo();
        first.title = QStringLiteral("First plan");
        Plan second = PlanFactory().createDemo();
        second.title = QStringLiteral("Second plan");
        const qint64 firstId = PlanRepository(database).save(first).value().id;
        const qint64 secondId = PlanRepository(database).save(second).value().id;
        MainWindow window(database);
        window.show();
        window.planTable()->selectRow(window.planListModel()->rowOfPlan(firstId));

        // The second plan is opened from elsewhere (the dashboard, a template, the wizard), renamed
        // and saved, which reorders the list.
        QVERIFY(window.openPlan(secondId));
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("planTitleLineEdit"));
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("A renamed plan"));
        QVERIFY(window.editor()->save());
        window.editor()->closeAction()->trigger();
        const QModelIndexList selected = window.planTable()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(window.planListModel()->planIdAt(selected.first().row()), secondId);

        // Delete acts on that plan, and on it only.
        auto *remove = window.findChild<QAction *>(QStringLiteral("deletePlanAction"));
        QVERIFY(remove->isEnabled());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("A renamed plan")));
        const QList<PlanSummary> left = PlanRepository(database).listPlans().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, firstId);
        QVERIFY(window.planTable()->selectionModel()->selectedRows().isEmpty());
    }

    void windowTitleNamesTheOpenPlan()
    {
        LanguageManager::setChosenLanguage(QStringLiteral("zh_CN"));
        LanguageManager::install();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Plan plan = PlanFactory().createDemo();
        plan.title = QStringLiteral("数据中心应急预案");
        const qint64 id = PlanRepository(database).save(plan).value().id;
        MainWindow window(database);
        window.show();
        const QString application = QGuiApplication::applicationDisplayName();
        QCOMPARE(application, QStringLiteral("应急预案工作台"));
        QCOMPARE(window.windowTitle(), application + QStringLiteral("[*]"));

        QVERIFY(window.openPlan(id));
        QCOMPARE(window.windowTitle(), QStringLiteral("数据中心应急预案[*] — 应急预案工作台"));
        // Qt appends the display name to a title that does not end with it: this one does.
        QVERIFY(window.windowTitle().remove(QStringLiteral("[*]")).endsWith(application));
        QCOMPARE(window.windowTitle().count(application), 1);
        auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("planTitleLineEdit"));
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Server room plan"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Server room plan[*] — 应急预案工作台"));
        QVERIFY(window.isWindowModified());

        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        window.editor()->closeAction()->trigger();
        QCOMPARE(window.windowTitle(), application + QStringLiteral("[*]"));
        QVERIFY(!window.isWindowModified());
    }

    void deleteConfirmationCountsTheDrillProgramme()
    {
        LanguageManager::setChosenLanguage(QStringLiteral("en"));
        LanguageManager::install();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Result<Plan> sample = DemoDrillProgramme::saveSample(database, QStringLiteral("en"));
        QVERIFY(sample.ok());
        Result<PlanDrillCounts> counts = PlanRepository(database).drillCounts(sample.value().id);
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().drillItems, 2);
        QCOMPARE(counts.value().records, 1);
        QCOMPARE(counts.value().correctiveActions, 1);

        MainWindow window(database);
        window.show();
        window.planTable()->selectRow(0);
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        window.findChild<QAction *>(QStringLiteral("deletePlanAction"))->trigger();
        const QString text = MessageBoxes::lastText();
        QVERIFY2(text.contains(QStringLiteral("2 drill items")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 drill record")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 corrective action")), qPrintable(text));
        QCOMPARE(PlanRepository(database).listPlans().value().size(), 1);

        // In Chinese: 同时删除 … 个演练项目 … 份演练记录.
        LanguageManager::setChosenLanguage(QStringLiteral("zh_CN"));
        LanguageManager::install();
        PlanDrillCounts some;
        some.drillItems = 3;
        some.records = 2;
        some.incidents = 1;
        const QString chinese = PlanDeletion::question(QStringLiteral("预案"), some);
        QVERIFY2(chinese.contains(QStringLiteral("同时删除")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("3 个演练项目")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("2 份演练记录")), qPrintable(chinese));
        QVERIFY2(chinese.contains(QStringLiteral("1 起事件及其报告")), qPrintable(chinese));
        // Nothing stored with it: nothing more is said.
        QVERIFY(!PlanDeletion::question(QStringLiteral("预案"), PlanDrillCounts()).contains(QStringLiteral("同时删除")));
    }

    void ctrlYRedoesInTheEditor()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        const qint64 id = PlanRepository(database).save(PlanFactory().createDemo()).value().id;
        MainWindow window(database);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openPlan(id));
        auto *body = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("sectionBodyPlainTextEdit"));
        QVERIFY(body);
        body->setFocus();
        const QString before = body->toPlainText();
        QTest::keyClicks(body, QStringLiteral("x"));
        const QString edited = body->toPlainText();
        QVERIFY(edited != before);
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), before);
        QTest::keyClick(body, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), edited);
        QVERIFY(window.editor()->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(window.editor()->redoAction()->shortcuts().contains(QKeySequence(QKeySequence::Redo)));
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

// The drill workflow of Cybersecurity Law Art. 36(四) (Art. 34(四) before the 2025 amendment) through the
// main window, as an officer does it: plan a drill, watch it become overdue on the dashboard, record it with
// a finding and a corrective action, and print the record, the blank form and the programme, and export the calendar.

#include "FileDialogs.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PlanListModel.h"
#include "core/Clock.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "drills/DashboardWidget.h"
#include "editor/PlanEditor.h"
#include "drills/DrillCalendarWidget.h"
#include "drills/DrillItemDialog.h"
#include "drills/DrillOccurrenceModel.h"
#include "drills/DrillProgrammePage.h"
#include "drills/DrillRecordDialog.h"
#include "support/PdfText.h"
#include "tables/CorrectiveActionTableWidget.h"
#include "tables/ParticipantTableWidget.h"
#include "tables/TextListTableWidget.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QTimer>
#include <QTreeWidget>

namespace {
// Table cells wrap, and pdftotext sets neighbouring cells side by side: a long cell's words come
// back in order but with other cells' words between them.
bool containsWordsInOrder(const QString &text, const QString &phrase)
{
    qsizetype from = 0;
    for (const QString &word : phrase.split(QLatin1Char(' '))) {
        from = text.indexOf(word, from);
        if (from < 0)
            return false;
        from += word.size();
    }
    return true;
}
} // namespace

class TestDrillWorkflow : public QObject
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

    void planOverdueRecordAndPrint()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        plan.title = QStringLiteral("Incident plan of the test company");
        Result<Plan> saved = PlanRepository(database).save(plan);
        QVERIFY(saved.ok());
        const qint64 planId = saved.value().id;

        MainWindow window(database);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        window.planTable()->selectRow(window.planListModel()->rowOfPlan(planId));
        auto *drillsAction = window.findChild<QAction *>(QStringLiteral("openDrillsAction"));
        QVERIFY(drillsAction && drillsAction->isEnabled());
        drillsAction->trigger();
        DrillProgrammePage *page = window.drillPage();
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(page->itemTable()->rowCount(), 0);

        // Next year's comprehensive drill, planned in the dialog.
        page->findChild<QPushButton *>(QStringLiteral("newDrillItemButton"))->click();
        DrillItemDialog *itemDialog = page->itemDialog();
        QVERIFY(itemDialog && itemDialog->isVisible());
        itemDialog->findChild<QLineEdit *>(QStringLiteral("drillTitleLineEdit"))->setText(QStringLiteral("Annual tabletop exercise"));
        itemDialog->findChild<QDateEdit *>(QStringLiteral("drillFirstDateEdit"))->setDate(QDate(2027, 3, 26));
        itemDialog->findChild<QPushButton *>(QStringLiteral("drillItemOkPushButton"))->click();
        QTRY_VERIFY(!page->itemDialog());
        QCOMPARE(page->itemTable()->rowCount(), 1);
        QCOMPARE(page->itemTable()->item(0, 0)->text(), QStringLiteral("Annual tabletop exercise"));

        page->setYear(2027);
        QCOMPARE(page->occurrenceModel()->rowCount(), 1);
        const DrillOccurrence planned = *page->occurrenceModel()->occurrenceAt(0);
        QCOMPARE(planned.date, QDate(2027, 3, 26));
        QCOMPARE(planned.state, OccurrenceState::Planned);
        // The calendar marks the day.
        QVERIFY(page->calendar()->monthCalendar()->dateTextFormat(QDate(2027, 3, 26)).background().style() != Qt::NoBrush);
        QCOMPARE(page->calendar()->monthCalendar()->dateTextFormat(QDate(2027, 3, 25)).background().style(), Qt::NoBrush);

        // Time passes: the drill was not held and is overdue, on the page and on the dashboard.
        Clock::setFixed(QDateTime(QDate(2027, 4, 10), QTime(9, 0)));
        page->reload();
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::Overdue);
        window.refreshDashboard();
        QTreeWidgetItem *overdue = window.dashboard()->groupItem(DashboardWidget::OverdueDrills);
        QCOMPARE(overdue->childCount(), 1);
        QCOMPARE(overdue->child(0)->text(0), QStringLiteral("Annual tabletop exercise"));

        // The dashboard line leads to the occurrence; it is recorded from there.
        page->findChild<QPushButton *>(QStringLiteral("drillBackButton"))->click();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("planListPage"));
        emit window.dashboard()->tree()->itemActivated(overdue->child(0), 0);
        QCOMPARE(stack->currentWidget(), page);
        const QModelIndexList selected = page->occurrenceView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        page->findChild<QPushButton *>(QStringLiteral("recordDrillButton"))->click();
        DrillRecordDialog *recordDialog = page->recordDialog();
        QVERIFY(recordDialog && recordDialog->isVisible());
        // A sign-in list pasted from a spreadsheet, with a blank row and a name twice.
        recordDialog->participantTable()->pasteText(QStringLiteral(
            "Zhang Wei\tSecurity\tLead\tyes\n\nLi Na\tIT operations\tMember\tyes\nZhang Wei\tSecurity\tLead\tyes\n"));
        auto *pasteLabel = recordDialog->findChild<QLabel *>(QStringLiteral("participantsPasteMessageLabel"));
        QVERIFY(pasteLabel->text().contains(QStringLiteral("Zhang Wei")));
        QVERIFY(pasteLabel->text().contains(QStringLiteral("blank")));
        // Saving with the duplicate is refused where it happens, and nothing is saved.
        recordDialog->findChild<QPushButton *>(QStringLiteral("drillRecordSavePushButton"))->click();
        QVERIFY(recordDialog->isVisible());
        QVERIFY(recordDialog->errorLabel()->text().contains(QStringLiteral("Zhang Wei")));
        QVERIFY(DrillRepository(database).listRecords(planId).value().isEmpty());
        recordDialog->participantTable()->selectRow(2);
        recordDialog->participantTable()->removeSelectedRows();
        recordDialog->findChild<TextListTableWidget *>(QStringLiteral("drillProblemsTableWidget"))
            ->pasteText(QStringLiteral("The offline backups had never been restored in a test"));
        recordDialog->correctiveActionTable()->pasteText(
            QStringLiteral("Restore the offline backups every quarter\tLi Na\t2027-05-31\topen"));
        recordDialog->findChild<QPushButton *>(QStringLiteral("drillRecordSavePushButton"))->click();
        QTRY_VERIFY(!page->recordDialog());

        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::Done);
        QCOMPARE(page->recordTable()->rowCount(), 1);
        QCOMPARE(page->recordTable()->item(0, 3)->text(), QStringLiteral("1")); // one open corrective action
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::OverdueDrills)->childCount(), 0);
        const QList<DrillRecordSummary> records = DrillRepository(database).listRecords(planId).value();
        QCOMPARE(records.size(), 1);
        const DrillRecord stored = DrillRepository(database).loadRecord(records.first().id).value();
        QCOMPARE(stored.participants.size(), 2);
        QCOMPARE(stored.problems, QStringList{QStringLiteral("The offline backups had never been restored in a test")});
        QCOMPARE(stored.correctiveActions.size(), 1);
        QCOMPARE(stored.correctiveActions.first().owner, QStringLiteral("Li Na"));

        // The corrective action falls due unresolved: the dashboard says so.
        Clock::setFixed(QDateTime(QDate(2027, 6, 10), QTime(9, 0)));
        window.refreshDashboard();
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::OverdueActions)->childCount(), 1);

        // Print the signed record: the PDF holds what was recorded and the signature lines.
        page->recordTable()->setCurrentCell(0, 0);
        const QString recordPdf = dir.filePath(QStringLiteral("record.pdf"));
        FileDialogs::setNextFileName(recordPdf);
        page->findChild<QAction *>(QStringLiteral("exportRecordPdfAction"))->trigger();
        QVERIFY(QFile::exists(recordPdf));
        const QString recordText = PdfText::extract(recordPdf);
        for (const QString &expected : {QStringLiteral("Annual tabletop exercise"), QStringLiteral("Zhang Wei"),
                                        QStringLiteral("Li Na"), QStringLiteral("Restore the offline backups every quarter"),
                                        QStringLiteral("The offline backups had never been restored in a test")})
            QVERIFY2(containsWordsInOrder(recordText, expected), qPrintable(expected));

        // The blank form for the next occurrence, and the programme of 2028.
        page->setYear(2028);
        page->occurrenceView()->selectRow(0);
        const QString blankPdf = dir.filePath(QStringLiteral("blank.pdf"));
        FileDialogs::setNextFileName(blankPdf);
        page->findChild<QAction *>(QStringLiteral("exportBlankFormPdfAction"))->trigger();
        QVERIFY(PdfText::pageCount(blankPdf) >= 1);
        const QString programmePdf = dir.filePath(QStringLiteral("programme.pdf"));
        FileDialogs::setNextFileName(programmePdf);
        page->findChild<QAction *>(QStringLiteral("exportProgrammePdfAction"))->trigger();
        QVERIFY(containsWordsInOrder(PdfText::extract(programmePdf), QStringLiteral("26 March 2028")));

        // The print preview of the record, from the record dialog, shows the same pages as the PDF.
        page->openRecord(records.first().id);
        QVERIFY(page->recordDialog());
        int previewPages = -1;
        QTimer::singleShot(0, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                previewPages = widget->pageCount();
            preview->reject();
        });
        page->recordDialog()->findChild<QPushButton *>(QStringLiteral("printRecordPushButton"))->click();
        QCOMPARE(previewPages, PdfText::pageCount(recordPdf));
        page->recordDialog()->reject();

        // The calendar file.
        const QString icsPath = dir.filePath(QStringLiteral("drills.ics"));
        FileDialogs::setNextFileName(icsPath);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        page->findChild<QPushButton *>(QStringLiteral("exportIcsButton"))->click();
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray calendar = ics.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.contains("RRULE:FREQ=YEARLY"));
    }

    void cancellingNeedsAReasonAndBlocksRecording()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Result<Plan> saved = PlanRepository(database).save(PlanFactory().createDemo(QStringLiteral("en")));
        QVERIFY(saved.ok());
        DrillItem item;
        item.planId = saved.value().id;
        item.title = QStringLiteral("Quarterly DDoS drill");
        item.content = DrillContent::Special;
        item.scenario = QStringLiteral("Volumetric attack on the portal");
        item.firstDate = QDate(2026, 12, 18);
        item.recurrence.frequency = RecurrenceRule::Frequency::Quarterly;
        item.recurrence.count = 4;
        Result<DrillItem> savedItem = DrillRepository(database).saveItem(item);
        QVERIFY2(savedItem.ok(), qPrintable(savedItem.errorMessage()));

        MainWindow window(database);
        window.show();
        QVERIFY(window.openDrills(saved.value().id));
        DrillProgrammePage *page = window.drillPage();
        page->setYear(2026);
        QCOMPARE(page->occurrenceModel()->rowCount(), 1);
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::DueSoon);
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::DrillsDueSoon)->childCount(), 1);
        page->occurrenceView()->selectRow(0);

        // Cancelling without a reason is refused with the repository's message; with one it sticks.
        MessageBoxes::setNextText(QStringLiteral("   "));
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        MessageBoxes::clearLastText();
        page->findChild<QPushButton *>(QStringLiteral("cancelOccurrenceButton"))->click();
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("reason")), qPrintable(MessageBoxes::lastText()));
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::DueSoon);
        MessageBoxes::setNextText(QStringLiteral("The portal migration freezes all changes in December"));
        page->occurrenceView()->selectRow(0);
        page->findChild<QPushButton *>(QStringLiteral("cancelOccurrenceButton"))->click();
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::Cancelled);
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->cancellationReason,
                 QStringLiteral("The portal migration freezes all changes in December"));
        page->occurrenceView()->selectRow(0);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("recordDrillButton"))->isEnabled());
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::DrillsDueSoon)->childCount(), 0);

        // Restored, it is due again.
        page->findChild<QPushButton *>(QStringLiteral("restoreOccurrenceButton"))->click();
        QCOMPARE(page->occurrenceModel()->occurrenceAt(0)->state, OccurrenceState::DueSoon);
    }

    void aDrillThatRequiresARevisionShowsOnThePlansCompletenessPanel()
    {
        Clock::setFixed(QDateTime(QDate(2027, 4, 10), QTime(10, 0)));
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok());
        Result<Plan> saved = PlanRepository(database).save(PlanFactory().createDemo(QStringLiteral("en")));
        QVERIFY(saved.ok());
        DrillRepository drills(database);
        DrillItem item;
        item.planId = saved.value().id;
        item.title = QStringLiteral("Annual tabletop exercise");
        item.firstDate = QDate(2027, 3, 26);
        Result<DrillItem> savedItem = drills.saveItem(item);
        QVERIFY2(savedItem.ok(), qPrintable(savedItem.errorMessage()));
        DrillRecord record = DrillRecordDialog::newRecordFor(savedItem.value(), QDate(2027, 3, 26));
        record.planRevisionRequired = true;
        record.planRevisionNote = QStringLiteral("Add the cloud provider's 24-hour hotline to the contacts");
        Result<DrillRecord> savedRecord = drills.saveRecord(record);
        QVERIFY2(savedRecord.ok(), qPrintable(savedRecord.errorMessage()));

        MainWindow window(database);
        window.show();
        // 需关注事项 lists it as its own group; activating the line opens the plan in the editor.
        window.refreshDashboard();
        QTreeWidgetItem *revisions = window.dashboard()->groupItem(DashboardWidget::PendingRevisions);
        QVERIFY(revisions->text(0).startsWith(QStringLiteral("Plan revisions pending (1)")));
        QCOMPARE(revisions->childCount(), 1);
        QVERIFY(revisions->child(0)->text(0).contains(record.planRevisionNote));
        QCOMPARE(revisions->child(0)->text(1), QStringLiteral("2027-03-26"));
        QCOMPARE(revisions->child(0)->text(2), saved.value().title);
        emit window.dashboard()->tree()->itemActivated(revisions->child(0), 0);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"));
        QCOMPARE(stack->currentWidget(), window.editor());
        QCOMPARE(window.editor()->plan().id, saved.value().id);
        auto listedTexts = [&window] {
            QStringList texts;
            auto *list = window.editor()->findChild<QListWidget *>(QStringLiteral("completenessListWidget"));
            for (int row = 0; list && row < list->count(); ++row)
                texts << list->item(row)->text();
            return texts.join(QLatin1Char('\n'));
        };
        QVERIFY(window.openPlan(saved.value().id));
        QVERIFY2(listedTexts().contains(record.planRevisionNote), qPrintable(listedTexts()));

        // Once the revision is marked as made, the plan no longer shows it.
        QVERIFY(drills.markPlanRevised(savedRecord.value().id, QDate(2027, 4, 12)).ok());
        QVERIFY(window.openPlan(saved.value().id));
        QVERIFY(!listedTexts().contains(record.planRevisionNote));
        window.refreshDashboard();
        QCOMPARE(window.dashboard()->groupItem(DashboardWidget::PendingRevisions)->childCount(), 0);
    }
};

QTEST_MAIN(TestDrillWorkflow)
#include "TestDrillWorkflow.moc"

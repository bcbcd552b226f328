// Export and printing from the GUI: the PDF export behind the window's action, and the print
// preview, which paints through the same renderer onto a QPrinter.

#include "MainWindow.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "PlanPrinting.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "support/PdfText.h"

#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestPlanPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportFromThePlanList()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("plans.sqlite"))).ok(), "database");
        Result<Plan> saved = PlanRepository(database).save(PlanFactory().createDemo());
        QVERIFY(saved.ok());

        MainWindow window(database);
        window.show();
        window.planTable()->selectRow(0);
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        FileDialogs::setNextFileName(pdf);
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportPlanPdfAction"));
        QVERIFY(exportAction);
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();

        QVERIFY2(QFile::exists(pdf), qPrintable(MessageBoxes::lastText()));
        const QString text = PdfText::squeezed(PdfText::extract(pdf));
        QVERIFY(text.contains(PdfText::squeezed(saved.value().title)));
        QVERIFY(text.contains(PdfText::squeezed(saved.value().contacts.first().mobilePhone)));
        QVERIFY(PdfText::radicals(text).isEmpty());
    }

    void exportToAnUnwritablePlaceSaysSo()
    {
        const Plan plan = PlanFactory().createDemo();
        QTemporaryDir dir;
        MessageBoxes::clearLastText();
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        FileDialogs::setNextFileName(dir.filePath(QStringLiteral("missing/folder/out.pdf")));
        QVERIFY(PlanPrinting::exportPdf(nullptr, plan).isEmpty());
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("out.pdf")), qPrintable(MessageBoxes::lastText()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/folder/out.pdf"))));
    }

    void printingPaintsTheSamePagesAsTheExport()
    {
        const Plan plan = PlanFactory().createDemo();
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        FileDialogs::setNextFileName(exported);
        QCOMPARE(PlanPrinting::exportPdf(nullptr, plan), exported);

        // A PDF-format QPrinter stands in for a real printer: same device class, same code path.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        Result<int> pages = PlanPrinting::renderToPrinter(plan, printer);
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        QCOMPARE(PdfText::pageCount(printed), pages.value());
        QCOMPARE(PdfText::pageCount(printed), PdfText::pageCount(exported));
        QCOMPARE(PdfText::squeezed(PdfText::extract(printed)), PdfText::squeezed(PdfText::extract(exported)));
    }

    void printPreviewShowsEveryPage()
    {
        const Plan plan = PlanFactory().createDemo();
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        FileDialogs::setNextFileName(exported);
        QCOMPARE(PlanPrinting::exportPdf(nullptr, plan), exported);

        int previewPages = -1;
        // The preview is modal: inspect and close it from the event loop it runs.
        QTimer::singleShot(0, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                previewPages = widget->pageCount();
            preview->reject();
        });
        PlanPrinting::printPreview(nullptr, plan);
        QCOMPARE(previewPages, PdfText::pageCount(exported));
    }
};

QTEST_MAIN(TestPlanPrinting)
#include "TestPlanPrinting.moc"

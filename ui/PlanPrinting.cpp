#include "PlanPrinting.h"

#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "core/documents/FormalDocumentRenderer.h"
#include "core/documents/PdfExporter.h"
#include "core/documents/PlanDocumentBuilder.h"

#include <QApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

QString PlanPrinting::suggestedFileName(const Plan &plan)
{
    QString name = plan.title.trimmed();
    // Characters that Windows or Linux refuse in file names.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    if (name.isEmpty())
        name = tr("plan");
    //: Suggested file name of an exported plan: %1 the title, %2 the version.
    return tr("%1 v%2.pdf").arg(name, plan.version);
}

QString PlanPrinting::exportPdf(QWidget *parent, const Plan &plan)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(parent, tr("Export the plan as PDF"),
                                                   QDir(directory).filePath(suggestedFileName(plan)),
                                                   tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};

    QProgressDialog progress(tr("Writing the PDF…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Result<int> pages = PdfExporter::exportPlan(plan, path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!pages) {
        if (!progress.wasCanceled())
            MessageBoxes::warning(parent, tr("Export failed"), pages.errorMessage());
        return {};
    }
    return path;
}

Result<int> PlanPrinting::renderToPrinter(const Plan &plan, QPrinter &printer)
{
    printer.setFullPage(true); // the document draws its own margins, header and footer
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(plan.title);
    FormalDocument document = PlanDocumentBuilder().build(plan);
    return FormalDocumentRenderer::render(document, printer);
}

void PlanPrinting::printPreview(QWidget *parent, const Plan &plan)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print preview: %1").arg(plan.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        Result<int> pages = renderToPrinter(plan, *target);
        if (!pages)
            MessageBoxes::warning(&preview, tr("Printing failed"), pages.errorMessage());
    });
    preview.resize(1000, 800);
    preview.exec();
}

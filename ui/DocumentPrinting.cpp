#include "DocumentPrinting.h"

#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "core/documents/FormalDocumentRenderer.h"
#include "core/documents/PdfExporter.h"

#include <QApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

QString DocumentPrinting::safeFileName(const QString &name, const QString &fallback)
{
    QString safe = name.trimmed();
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return safe.isEmpty() ? fallback : safe;
}

QString DocumentPrinting::exportPdf(QWidget *parent, const QString &caption, const QString &suggestedFileName,
                                    const Builder &build)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(parent, caption, QDir(directory).filePath(suggestedFileName),
                                                   tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};

    QProgressDialog progress(tr("Writing the PDF…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    FormalDocument document = build();
    Result<int> pages = PdfExporter::exportDocument(document, path, [&](int done, int total) {
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

Result<int> DocumentPrinting::renderToPrinter(FormalDocument &document, QPrinter &printer)
{
    printer.setFullPage(true); // the document draws its own margins, header and footer
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    printer.setDocName(document.metadataTitle);
    return FormalDocumentRenderer::render(document, printer);
}

void DocumentPrinting::printPreview(QWidget *parent, const QString &title, const Builder &build)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print preview: %1").arg(title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        FormalDocument document = build();
        Result<int> pages = renderToPrinter(document, *target);
        if (!pages)
            MessageBoxes::warning(&preview, tr("Printing failed"), pages.errorMessage());
    });
    preview.resize(1000, 800);
    preview.exec();
}

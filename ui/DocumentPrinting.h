#pragma once

#include "core/Result.h"
#include "core/documents/FormalDocument.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

// Export to PDF, print preview and printing of any formal document (plans, drill programmes,
// records, blank forms) from the GUI: progress and cancellation for long documents, the page in
// the document's orientation, and a clear message for every failure.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // Builds the document afresh each time it is needed (the preview repaints on zoom and page setup).
    using Builder = std::function<FormalDocument()>;

    // Asks for a file name (test seam: FileDialogs::setNextFileName) and writes the PDF. Returns the
    // path written, or an empty string if cancelled or failed (the failure is shown).
    static QString exportPdf(QWidget *parent, const QString &caption, const QString &suggestedFileName,
                             const Builder &build);
    // Opens Qt's print preview, from which the user can print.
    static void printPreview(QWidget *parent, const QString &title, const Builder &build);
    // Paints a document on a printer: full page, A4, portrait or landscape as the document asks.
    static Result<int> renderToPrinter(FormalDocument &document, QPrinter &printer);

    // `name` with the characters Windows or Linux refuse in file names replaced, or `fallback`.
    static QString safeFileName(const QString &name, const QString &fallback);
};

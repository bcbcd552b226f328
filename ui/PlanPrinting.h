#pragma once

#include "core/Result.h"
#include "core/domain/Plan.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

// Export to PDF, print preview and printing of a plan from the GUI, with progress and
// cancellation for long documents and a clear message for every failure.
class PlanPrinting
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrinting)

public:
    // Asks for a file name (test seam: FileDialogs::setNextFileName) and writes the PDF.
    // Returns the path written, or an empty string if cancelled or failed (the failure is shown).
    static QString exportPdf(QWidget *parent, const Plan &plan);
    // Opens Qt's print preview, from which the user can print.
    static void printPreview(QWidget *parent, const Plan &plan);
    static QString suggestedFileName(const Plan &plan);
    // Paints the plan on a printer (full page, A4); the preview and direct printing share it.
    static Result<int> renderToPrinter(const Plan &plan, QPrinter &printer);
};

#pragma once

#include "../Result.h"
#include "../domain/Plan.h"
#include "FormalDocumentRenderer.h"

#include <QCoreApplication>

// Writes documents as PDF files, atomically: the file appears whole or not at all, and a failed or
// cancelled export never replaces a good file with a broken one.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // The resolution of a high-resolution QPrinter: font metrics round differently at other
    // resolutions, and the PDF should break pages exactly where the print preview does.
    static constexpr int kResolution = 1200;

    // Returns the number of pages written.
    static Result<int> exportPlan(const Plan &plan, const QString &path,
                                  const FormalDocumentRenderer::Progress &progress = {});
    static Result<int> exportDocument(FormalDocument &document, const QString &path,
                                      const FormalDocumentRenderer::Progress &progress = {});
};

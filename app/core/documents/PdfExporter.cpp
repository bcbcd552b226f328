#include "PdfExporter.h"

#include "PlanDocumentBuilder.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

Result<int> PdfExporter::exportPlan(const Plan &plan, const QString &path, const FormalDocumentRenderer::Progress &progress)
{
    FormalDocument document = PlanDocumentBuilder().build(plan);
    return exportDocument(document, path, progress);
}

Result<int> PdfExporter::exportDocument(FormalDocument &document, const QString &path,
                                        const FormalDocumentRenderer::Progress &progress)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2.").arg(shownPath, file.errorString())};

    Result<int> pages = [&]() -> Result<int> {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("PlanDesk %1").arg(QStringLiteral(PLANDESK_VERSION)));
        writer.setTitle(document.metadataTitle);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        return FormalDocumentRenderer::render(document, writer, progress);
    }();
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error{tr("Could not write %1: %2.").arg(shownPath, file.errorString())};
    return pages;
}

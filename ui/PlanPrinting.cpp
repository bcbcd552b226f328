#include "PlanPrinting.h"

#include "DocumentPrinting.h"
#include "core/documents/PlanDocumentBuilder.h"

QString PlanPrinting::suggestedFileName(const Plan &plan)
{
    //: Suggested file name of an exported plan: %1 the title, %2 the version.
    return tr("%1 v%2.pdf").arg(DocumentPrinting::safeFileName(plan.title, tr("plan")), plan.version);
}

QString PlanPrinting::exportPdf(QWidget *parent, const Plan &plan)
{
    return DocumentPrinting::exportPdf(parent, tr("Export the plan as PDF"), suggestedFileName(plan),
                                       [&plan] { return PlanDocumentBuilder().build(plan); });
}

Result<int> PlanPrinting::renderToPrinter(const Plan &plan, QPrinter &printer)
{
    FormalDocument document = PlanDocumentBuilder().build(plan);
    return DocumentPrinting::renderToPrinter(document, printer);
}

void PlanPrinting::printPreview(QWidget *parent, const Plan &plan)
{
    DocumentPrinting::printPreview(parent, plan.title, [&plan] { return PlanDocumentBuilder().build(plan); });
}

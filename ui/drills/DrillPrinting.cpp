#include "DrillPrinting.h"

#include "DocumentPrinting.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "core/documents/DrillDocumentBuilder.h"
#include "core/schedule/IcsExporter.h"

#include <QDir>
#include <QStandardPaths>

namespace {
QString output(QWidget *parent, DrillPrinting::Output output, const QString &caption, const QString &fileName,
               const QString &title, const DocumentPrinting::Builder &build)
{
    if (output == DrillPrinting::Output::Pdf)
        return DocumentPrinting::exportPdf(parent, caption, fileName, build);
    DocumentPrinting::printPreview(parent, title, build);
    return {};
}
} // namespace

QString DrillPrinting::programme(QWidget *parent, Output out, const Plan &plan, const QList<DrillItem> &items, int year)
{
    //: File name of an exported drill programme: %1 the plan, %2 the year.
    const QString fileName = tr("%1 drill programme %2.pdf").arg(DocumentPrinting::safeFileName(plan.title, tr("plan")))
                                 .arg(year);
    return output(parent, out, tr("Export the drill programme as PDF"), fileName, tr("Drill programme %1").arg(year),
                  [&] { return DrillDocumentBuilder().buildProgramme(plan, items, year); });
}

QString DrillPrinting::workPlan(QWidget *parent, Output out, const Plan &plan, const DrillItem &item, const QDate &date)
{
    //: File name of an exported drill work plan: %1 the drill, %2 its date.
    const QString fileName = tr("%1 work plan %2.pdf")
                                 .arg(DocumentPrinting::safeFileName(item.title, tr("drill")), date.toString(Qt::ISODate));
    return output(parent, out, tr("Export the drill work plan as PDF"), fileName, item.title,
                  [&] { return DrillDocumentBuilder().buildWorkPlan(plan, item, date); });
}

QString DrillPrinting::record(QWidget *parent, Output out, const Plan &plan, const DrillItem &item,
                              const DrillRecord &drillRecord)
{
    //: File name of an exported drill record: %1 the drill, %2 the date it was held.
    const QString fileName = tr("%1 record %2.pdf")
                                 .arg(DocumentPrinting::safeFileName(item.title, tr("drill")),
                                      drillRecord.heldOn.toString(Qt::ISODate));
    return output(parent, out, tr("Export the drill record as PDF"), fileName, item.title,
                  [&] { return DrillDocumentBuilder().buildRecord(plan, item, drillRecord); });
}

QString DrillPrinting::summaryReport(QWidget *parent, Output out, const Plan &plan, const DrillItem &item,
                                     const DrillRecord &drillRecord)
{
    //: File name of an exported drill summary report: %1 the drill, %2 the date it was held.
    const QString fileName = tr("%1 summary report %2.pdf")
                                 .arg(DocumentPrinting::safeFileName(item.title, tr("drill")),
                                      drillRecord.heldOn.toString(Qt::ISODate));
    return output(parent, out, tr("Export the drill summary report as PDF"), fileName, item.title,
                  [&] { return DrillDocumentBuilder().buildSummaryReport(plan, item, drillRecord); });
}

QString DrillPrinting::blankForm(QWidget *parent, Output out, const Plan &plan, const DrillItem &item, const QDate &date)
{
    //: File name of a blank drill record form: %1 the drill, %2 its planned date.
    const QString fileName = tr("%1 record form %2.pdf")
                                 .arg(DocumentPrinting::safeFileName(item.title, tr("drill")), date.toString(Qt::ISODate));
    return output(parent, out, tr("Export the blank record form as PDF"), fileName, item.title,
                  [&] { return DrillDocumentBuilder().buildBlankRecordForm(plan, item, date); });
}

QString DrillPrinting::exportCalendar(QWidget *parent, const Plan &plan, const QList<DrillItem> &items,
                                      const QSet<quint64> &cancelled)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: File name of an exported drill calendar: %1 the plan.
    const QString suggested = tr("%1 drills.ics").arg(DocumentPrinting::safeFileName(plan.title, tr("plan")));
    const QString path = FileDialogs::saveFileName(parent, tr("Export the drill programme as a calendar"),
                                                   QDir(directory).filePath(suggested),
                                                   tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    if (Result<void> written = IcsExporter::exportToFile(plan, items, cancelled, path); !written) {
        MessageBoxes::warning(parent, tr("Export failed"), written.errorMessage());
        return {};
    }
    return path;
}

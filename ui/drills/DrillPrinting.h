#pragma once

#include "core/domain/DrillItem.h"
#include "core/domain/DrillRecord.h"
#include "core/domain/Plan.h"

#include <QCoreApplication>
#include <QSet>

class QWidget;

// The drill documents and the calendar file from the GUI: each document can be previewed (and
// printed from the preview) or exported as PDF; the programme also exports as iCalendar.
class DrillPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DrillPrinting)

public:
    enum class Output { Preview, Pdf };

    // Each returns the path written (Pdf) or an empty string (Preview, cancelled or failed; failures are shown).
    static QString programme(QWidget *parent, Output output, const Plan &plan, const QList<DrillItem> &items, int year);
    static QString workPlan(QWidget *parent, Output output, const Plan &plan, const DrillItem &item, const QDate &date);
    static QString record(QWidget *parent, Output output, const Plan &plan, const DrillItem &item,
                          const DrillRecord &record);
    static QString summaryReport(QWidget *parent, Output output, const Plan &plan, const DrillItem &item,
                                 const DrillRecord &record);
    static QString blankForm(QWidget *parent, Output output, const Plan &plan, const DrillItem &item,
                             const QDate &date);
    // Asks for a file name and writes the programme as .ics; `cancelled` as in IcsExporter::toIcs.
    static QString exportCalendar(QWidget *parent, const Plan &plan, const QList<DrillItem> &items,
                                  const QSet<quint64> &cancelled);
};

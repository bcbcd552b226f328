#pragma once

#include "../domain/DrillItem.h"
#include "../domain/DrillRecord.h"
#include "../domain/Plan.h"
#include "DocumentLanguage.h"
#include "FormalDocument.h"

#include <QList>

// The drill documents, in the plan's language and with the same quality bar as the plan document
// (text through QTextCursor::insertText only; header with title, version and status; page N of M;
// the plan's draft watermark on the programme and the work plan while the plan is not approved,
// none on the record, summary report and blank form, which are about a drill, not the plan):
//  - the annual drill programme (演练计划, GB/T 38645-2020 Annex A.1): a landscape table with the
//    columns 序号, 演练项目, 目的/要求, 演练方式, 演练时间, 参演机构或部门, 演练过程安排, 经费是否纳入预算,
//    one row per occurrence in the year;
//  - the drill work plan (工作方案, Annex A.2) of one item;
//  - the drill record (演练记录) with the signature lines 记录人, 负责人, 日期;
//  - the summary report (总结报告): overview, problems, lessons, corrective actions;
//  - a blank record form to fill in by hand at the drill.
class DrillDocumentBuilder
{
public:
    FormalDocument buildProgramme(const Plan &plan, const QList<DrillItem> &items, int year) const;
    FormalDocument buildWorkPlan(const Plan &plan, const DrillItem &item, const QDate &occurrenceDate) const;
    FormalDocument buildRecord(const Plan &plan, const DrillItem &item, const DrillRecord &record) const;
    FormalDocument buildSummaryReport(const Plan &plan, const DrillItem &item, const DrillRecord &record) const;
    // Prefilled with what is known before the drill (plan, item, planned date, objectives and the
    // planned injects) and empty lines for everything else.
    FormalDocument buildBlankRecordForm(const Plan &plan, const DrillItem &item, const QDate &occurrenceDate) const;
};

#pragma once

#include "../domain/Plan.h"
#include "../incident/Incident.h"
#include "../incident/IncidentReport.h"
#include "DocumentLanguage.h"
#include "FormalDocument.h"

// The printed incident reports, in the plan's language and to the bar of the plan document (text
// through QTextCursor::insertText only; running header; page N of M):
//  - the initial report (初次报告) and a supplementary report (续报): the eight items of Art. 7 of
//    国家网络安全事件报告管理办法, items 3 to 8 marked "to follow" when a first report carries only
//    items 1 and 2; empty items are boxes to write in;
//  - the summary report (总结报告) within 30 days after handling ends: cause, measures, harm,
//    accountability, rectification, lessons, and the corrective actions;
// each with who issued it (签发人) and when, and when, how and to whom it was sent, and signature lines.
// An incident in drill mode says 演练 / EXERCISE in the running header of every page (so the mark is
// in the text layer too) and as the watermark.
class IncidentDocumentBuilder
{
public:
    FormalDocument build(const Plan &plan, const Incident &incident, const IncidentReport &report) const;
    // A report of `kind` prefilled with what the incident and the plan already say, for when none is
    // stored yet (or to fill in by hand).
    static IncidentReport prefilled(const Plan &plan, const Incident &incident, IncidentReportKind kind);
};

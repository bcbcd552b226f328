#pragma once

#include "../reference/LocalizedText.h"
#include "DueReportKind.h"

#include <QDateTime>

// One report the law asks for on an incident: to whom, who sends it, by when. Computed by
// IncidentDeadlines, never stored.
struct DueReport
{
    DueReportKind kind = DueReportKind::Initial;
    LocalizedText recipient;  // 保护工作部门和公安机关, 属地省级网信部门, …
    LocalizedText sender;     // 本单位, or the body that passes the report on
    LocalizedText basis;      // the rule, in words, with its source
    bool operatorMustSend = true; // false: an onward step shown for information
    bool promptly = false;        // 及时: no fixed minutes, due at once
    int minutes = 0;              // the offset from `from`, as the rules give it
    QDateTime deadline;           // invalid while it cannot be known (summary before closing)

};

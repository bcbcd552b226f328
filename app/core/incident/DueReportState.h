#pragma once

#include <QList>
#include <QString>
#include <optional>

// Where one due report stands at a given moment. Information marks an onward step that is not
// the operator's duty (another body passes the report on); it has no state of its own.
enum class DueReportState { Pending, DueSoon, Overdue, Sent, SentLate, Information };

QList<DueReportState> allDueReportStates();
// Stable key stored in the database and printed by the command line; never translated.
QString dueReportStateKey(DueReportState value);
std::optional<DueReportState> dueReportStateFromKey(const QString &key);
// English source text, translated in context "DueReportState" (UI language or document language).
const char *dueReportStateSourceText(DueReportState value);

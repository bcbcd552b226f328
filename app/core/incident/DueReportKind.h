#pragma once

#include <QList>
#include <QString>
#include <optional>

// What a due report is: the operator's initial report, the onward report another body makes,
// telling the police of a suspected crime, and the summary report after handling ends.
enum class DueReportKind { Initial, Onward, Police, Summary };

QList<DueReportKind> allDueReportKinds();
// Stable key stored in the database and printed by the command line; never translated.
QString dueReportKindKey(DueReportKind value);
std::optional<DueReportKind> dueReportKindFromKey(const QString &key);
// English source text, translated in context "DueReportKind" (UI language or document language).
const char *dueReportKindSourceText(DueReportKind value);

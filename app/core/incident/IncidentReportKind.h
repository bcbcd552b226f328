#pragma once

#include <QList>
#include <QString>
#include <optional>

// The kinds of report of 国家网络安全事件报告管理办法: the initial report (初次报告), the
// supplementary reports as facts develop (续报) and the summary report after handling ends (总结报告).
enum class IncidentReportKind { Initial, Supplementary, Summary };

QList<IncidentReportKind> allIncidentReportKinds();
// Stable key stored in the database and printed by the command line; never translated.
QString incidentReportKindKey(IncidentReportKind value);
std::optional<IncidentReportKind> incidentReportKindFromKey(const QString &key);
// English source text, translated in context "IncidentReportKind" (UI language or document language).
const char *incidentReportKindSourceText(IncidentReportKind value);

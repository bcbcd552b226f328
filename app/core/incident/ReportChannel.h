#pragma once

#include <QList>
#include <QString>
#include <optional>

// How a report was sent: the channels the measure names (12387 hotline, website, official
// account, mini-program, e-mail, fax), and the ways outside them (in person, sector channel, other).
enum class ReportChannel { Hotline12387, Website, WeChatAccount, MiniProgram, Email, Fax, InPerson, Other };

QList<ReportChannel> allReportChannels();
// Stable key stored in the database and printed by the command line; never translated.
QString reportChannelKey(ReportChannel value);
std::optional<ReportChannel> reportChannelFromKey(const QString &key);
// English source text, translated in context "ReportChannel" (UI language or document language).
const char *reportChannelSourceText(ReportChannel value);

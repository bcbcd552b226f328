#include "ReportChannel.h"

#include "../domain/KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    ReportChannel value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {ReportChannel::Hotline12387, "hotline_12387", QT_TRANSLATE_NOOP("ReportChannel", "12387 hotline")},
    {ReportChannel::Website, "website", QT_TRANSLATE_NOOP("ReportChannel", "Website")},
    {ReportChannel::WeChatAccount, "wechat", QT_TRANSLATE_NOOP("ReportChannel", "WeChat official account")},
    {ReportChannel::MiniProgram, "mini_program", QT_TRANSLATE_NOOP("ReportChannel", "Mini-program")},
    {ReportChannel::Email, "email", QT_TRANSLATE_NOOP("ReportChannel", "E-mail")},
    {ReportChannel::Fax, "fax", QT_TRANSLATE_NOOP("ReportChannel", "Fax")},
    {ReportChannel::InPerson, "in_person", QT_TRANSLATE_NOOP("ReportChannel", "In person or by letter")},
    {ReportChannel::Other, "other", QT_TRANSLATE_NOOP("ReportChannel", "Other")},
};
} // namespace

QList<ReportChannel> allReportChannels()
{
    return KeyTable::allOf(kEntries);
}

QString reportChannelKey(ReportChannel value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<ReportChannel> reportChannelFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *reportChannelSourceText(ReportChannel value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

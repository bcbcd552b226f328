#include "DrillContent.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DrillContent value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DrillContent::Comprehensive, "comprehensive", QT_TRANSLATE_NOOP("DrillContent", "Comprehensive drill")},
    {DrillContent::Special, "special", QT_TRANSLATE_NOOP("DrillContent", "Special drill")},
};
} // namespace

QList<DrillContent> allDrillContents()
{
    QList<DrillContent> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString drillContentKey(DrillContent value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<DrillContent> drillContentFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *drillContentSourceText(DrillContent value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

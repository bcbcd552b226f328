#include "DrillContent.h"

#include "KeyTable.h"

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
    return KeyTable::allOf(kEntries);
}

QString drillContentKey(DrillContent value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DrillContent> drillContentFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *drillContentSourceText(DrillContent value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

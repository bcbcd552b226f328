#include "DrillScope.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DrillScope value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DrillScope::Organisation, "organisation", QT_TRANSLATE_NOOP("DrillScope", "Within the organisation")},
    {DrillScope::Department, "department", QT_TRANSLATE_NOOP("DrillScope", "Within a department")},
    {DrillScope::Sector, "sector", QT_TRANSLATE_NOOP("DrillScope", "Within the sector")},
    {DrillScope::CrossSector, "cross_sector", QT_TRANSLATE_NOOP("DrillScope", "Across sectors")},
    {DrillScope::Regional, "regional", QT_TRANSLATE_NOOP("DrillScope", "Regional")},
    {DrillScope::CrossRegional, "cross_regional", QT_TRANSLATE_NOOP("DrillScope", "Across regions")},
};
} // namespace

QList<DrillScope> allDrillScopes()
{
    QList<DrillScope> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString drillScopeKey(DrillScope value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<DrillScope> drillScopeFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *drillScopeSourceText(DrillScope value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

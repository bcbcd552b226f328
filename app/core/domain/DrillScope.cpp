#include "DrillScope.h"

#include "KeyTable.h"

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
    return KeyTable::allOf(kEntries);
}

QString drillScopeKey(DrillScope value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DrillScope> drillScopeFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *drillScopeSourceText(DrillScope value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

#include "DrillTeamRole.h"

#include "KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DrillTeamRole value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DrillTeamRole::Leading, "leading", QT_TRANSLATE_NOOP("DrillTeamRole", "Leading group")},
    {DrillTeamRole::Management, "management", QT_TRANSLATE_NOOP("DrillTeamRole", "Management group")},
    {DrillTeamRole::Technical, "technical", QT_TRANSLATE_NOOP("DrillTeamRole", "Technical group")},
    {DrillTeamRole::Evaluation, "evaluation", QT_TRANSLATE_NOOP("DrillTeamRole", "Evaluation group")},
    {DrillTeamRole::Implementation, "implementation", QT_TRANSLATE_NOOP("DrillTeamRole", "Implementation group")},
};
} // namespace

QList<DrillTeamRole> allDrillTeamRoles()
{
    return KeyTable::allOf(kEntries);
}

QString drillTeamRoleKey(DrillTeamRole value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DrillTeamRole> drillTeamRoleFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *drillTeamRoleSourceText(DrillTeamRole value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

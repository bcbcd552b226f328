#include "DrillTeamRole.h"

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
    QList<DrillTeamRole> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString drillTeamRoleKey(DrillTeamRole value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<DrillTeamRole> drillTeamRoleFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *drillTeamRoleSourceText(DrillTeamRole value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

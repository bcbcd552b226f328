#pragma once

#include <QList>
#include <QString>
#include <optional>

// The teams that organise a drill (GB/T 38645-2020): 领导小组, 管理小组, 技术小组, 评估小组, 实施小组.
enum class DrillTeamRole { Leading, Management, Technical, Evaluation, Implementation };

QList<DrillTeamRole> allDrillTeamRoles();
// Stable key stored in the database and in files; never translated.
QString drillTeamRoleKey(DrillTeamRole value);
std::optional<DrillTeamRole> drillTeamRoleFromKey(const QString &key);
// English source text, translated in context "DrillTeamRole" (UI language or document language).
const char *drillTeamRoleSourceText(DrillTeamRole value);

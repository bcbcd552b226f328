#pragma once

#include "DrillTeamRole.h"

#include <QString>

// One line of a drill's organisation table (工作方案 Annex A.2): which team, which unit or person,
// their role and their duty.
struct DrillTeamAssignment
{
    DrillTeamRole team = DrillTeamRole::Leading;
    QString unit;   // unit, department or person
    QString role;   // 组长, 成员, …
    QString duty;

    friend bool operator==(const DrillTeamAssignment &, const DrillTeamAssignment &) = default;
};

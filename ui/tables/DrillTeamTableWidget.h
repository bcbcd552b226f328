#pragma once

#include "PlanTableWidget.h"
#include "core/domain/DrillTeamAssignment.h"

// The organisation of a drill (工作方案): team, unit or person, role, duty.
class DrillTeamTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { TeamColumn, UnitColumn, RoleColumn, DutyColumn };

    explicit DrillTeamTableWidget(QWidget *parent = nullptr);

    QList<DrillTeamAssignment> teams() const; // blank rows left out
    void setTeams(const QList<DrillTeamAssignment> &teams);
};

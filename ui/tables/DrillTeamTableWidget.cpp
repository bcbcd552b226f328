#include "DrillTeamTableWidget.h"

#include <QCoreApplication>

namespace {
QList<PlanTableWidget::Choice> teamChoices()
{
    QList<PlanTableWidget::Choice> choices;
    for (DrillTeamRole team : allDrillTeamRoles())
        choices.append({drillTeamRoleKey(team), QCoreApplication::translate("DrillTeamRole", drillTeamRoleSourceText(team))});
    return choices;
}
} // namespace

DrillTeamTableWidget::DrillTeamTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("drillTeamsTableWidget"),
                      {{tr("Team"), ColumnKind::Choice, 150, {}, teamChoices()},
                       {tr("Unit or person"), ColumnKind::Text, 160},
                       {tr("Role"), ColumnKind::Text, 100},
                       {tr("Duty"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<DrillTeamAssignment> DrillTeamTableWidget::teams() const
{
    QList<DrillTeamAssignment> teams;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        DrillTeamAssignment team;
        team.team = drillTeamRoleFromKey(cellChoiceKey(row, TeamColumn)).value_or(DrillTeamRole::Leading);
        team.unit = cellText(row, UnitColumn).trimmed();
        team.role = cellText(row, RoleColumn).trimmed();
        team.duty = cellText(row, DutyColumn).trimmed();
        teams << team;
    }
    return teams;
}

void DrillTeamTableWidget::setTeams(const QList<DrillTeamAssignment> &teams)
{
    beginLoading(int(teams.size()));
    for (int row = 0; row < teams.size(); ++row) {
        const DrillTeamAssignment &team = teams.at(row);
        setCellChoiceKey(row, TeamColumn, drillTeamRoleKey(team.team));
        setCellText(row, UnitColumn, team.unit);
        setCellText(row, RoleColumn, team.role);
        setCellText(row, DutyColumn, team.duty);
    }
    endLoading();
}

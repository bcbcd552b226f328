#include "CorrectiveActionTableWidget.h"

#include <QCoreApplication>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QList<PlanTableWidget::Choice> stateChoices()
{
    QList<PlanTableWidget::Choice> choices;
    for (CorrectiveActionState state : allCorrectiveActionStates())
        choices.append({correctiveActionStateKey(state),
                        QCoreApplication::translate("CorrectiveActionState", correctiveActionStateSourceText(state))});
    return choices;
}
} // namespace

CorrectiveActionTableWidget::CorrectiveActionTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("correctiveActionsTableWidget"),
                      {{tr("Corrective action"), ColumnKind::MultiLineText, 0},
                       {tr("Owner"), ColumnKind::Text, 110},
                       {tr("Due"), ColumnKind::Date, 100},
                       {tr("State"), ColumnKind::Choice, 100, {}, stateChoices()},
                       {tr("Closed on"), ColumnKind::Date, 100},
                       {tr("Note"), ColumnKind::MultiLineText, 160}},
                      parent)
{
}

void CorrectiveActionTableWidget::initialiseRow(int row)
{
    PlanTableWidget::initialiseRow(row);
    setCellData(row, DescriptionColumn, kIdRole, qint64(0));
}

QList<CorrectiveAction> CorrectiveActionTableWidget::actions() const
{
    QList<CorrectiveAction> actions;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        CorrectiveAction action;
        action.id = cellData(row, DescriptionColumn, kIdRole).toLongLong();
        action.description = cellText(row, DescriptionColumn).trimmed();
        action.owner = cellText(row, OwnerColumn).trimmed();
        action.dueOn = cellDate(row, DueColumn);
        action.state = correctiveActionStateFromKey(cellChoiceKey(row, StateColumn)).value_or(CorrectiveActionState::Open);
        action.closedOn = cellDate(row, ClosedColumn);
        action.note = cellText(row, NoteColumn).trimmed();
        actions << action;
    }
    return actions;
}

void CorrectiveActionTableWidget::setActions(const QList<CorrectiveAction> &actions)
{
    beginLoading(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const CorrectiveAction &action = actions.at(row);
        setCellText(row, DescriptionColumn, action.description);
        setCellData(row, DescriptionColumn, kIdRole, action.id);
        setCellText(row, OwnerColumn, action.owner);
        setCellDate(row, DueColumn, action.dueOn);
        setCellChoiceKey(row, StateColumn, correctiveActionStateKey(action.state));
        setCellDate(row, ClosedColumn, action.closedOn);
        setCellText(row, NoteColumn, action.note);
    }
    endLoading();
}

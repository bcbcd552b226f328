#include "ReportingTableWidget.h"

ReportingTableWidget::ReportingTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("reportingTableWidget"),
                      {{tr("Report to"), ColumnKind::MultiLineText, 0},
                       {tr("Deadline"), ColumnKind::Minutes, 110, tr("Time from discovery; 0 means without delay")},
                       {tr("When"), ColumnKind::MultiLineText, 0},
                       {tr("Channel"), ColumnKind::MultiLineText, 140},
                       {tr("Content"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<ReportingStep> ReportingTableWidget::steps() const
{
    QList<ReportingStep> steps;
    for (int row = 0; row < rowCount(); ++row) {
        ReportingStep step;
        step.authority = cellText(row, AuthorityColumn);
        step.deadlineMinutes = cellMinutes(row, DeadlineColumn);
        step.condition = cellText(row, ConditionColumn);
        step.channel = cellText(row, ChannelColumn);
        step.content = cellText(row, ContentColumn);
        steps << step;
    }
    return steps;
}

void ReportingTableWidget::setSteps(const QList<ReportingStep> &steps)
{
    beginLoading(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const ReportingStep &step = steps.at(row);
        setCellText(row, AuthorityColumn, step.authority);
        setCellMinutes(row, DeadlineColumn, step.deadlineMinutes);
        setCellText(row, ConditionColumn, step.condition);
        setCellText(row, ChannelColumn, step.channel);
        setCellText(row, ContentColumn, step.content);
    }
    endLoading();
}

#include "TimelineTableWidget.h"

TimelineTableWidget::TimelineTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("timelineTableWidget"),
                      {{tr("Time"), ColumnKind::Time, 70},
                       {tr("Inject or event"), ColumnKind::MultiLineText, 0},
                       {tr("Action taken"), ColumnKind::MultiLineText, 0},
                       {tr("By"), ColumnKind::Text, 120}},
                      parent)
{
}

QList<DrillTimelineEntry> TimelineTableWidget::entries() const
{
    QList<DrillTimelineEntry> entries;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        entries << DrillTimelineEntry{cellTime(row, TimeColumn), cellText(row, EventColumn).trimmed(),
                                      cellText(row, ActionColumn).trimmed(), cellText(row, ActorColumn).trimmed()};
    }
    return entries;
}

void TimelineTableWidget::setEntries(const QList<DrillTimelineEntry> &entries)
{
    beginLoading(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const DrillTimelineEntry &entry = entries.at(row);
        setCellTime(row, TimeColumn, entry.time);
        setCellText(row, EventColumn, entry.event);
        setCellText(row, ActionColumn, entry.action);
        setCellText(row, ActorColumn, entry.actor);
    }
    endLoading();
}

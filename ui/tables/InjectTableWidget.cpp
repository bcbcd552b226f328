#include "InjectTableWidget.h"

#include <QRegularExpression>

InjectTableWidget::InjectTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("injectsTableWidget"),
                      {{tr("Minutes from start"), ColumnKind::Text, 130, tr("When the inject comes, in minutes after the drill starts")},
                       {tr("Inject or event"), ColumnKind::MultiLineText, 0},
                       {tr("Expected action"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<DrillInject> InjectTableWidget::injects() const
{
    QList<DrillInject> injects;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        DrillInject inject;
        // "T+30", "+30", "30 min" all mean thirty minutes.
        QString offset = cellText(row, OffsetColumn);
        offset.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        inject.offsetMinutes = offset.toInt();
        inject.description = cellText(row, DescriptionColumn).trimmed();
        inject.expectedAction = cellText(row, ExpectedActionColumn).trimmed();
        injects << inject;
    }
    return injects;
}

void InjectTableWidget::setInjects(const QList<DrillInject> &injects)
{
    beginLoading(int(injects.size()));
    for (int row = 0; row < injects.size(); ++row) {
        const DrillInject &inject = injects.at(row);
        setCellText(row, OffsetColumn, QString::number(inject.offsetMinutes));
        setCellText(row, DescriptionColumn, inject.description);
        setCellText(row, ExpectedActionColumn, inject.expectedAction);
    }
    endLoading();
}

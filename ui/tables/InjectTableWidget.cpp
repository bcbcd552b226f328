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

int InjectTableWidget::offsetMinutes(const QString &text)
{
    // "T+1:30" (hours and minutes, as the documents print it), "1 h 30", "1小时30分"; otherwise the
    // first number is minutes: "T+30", "+30", "30 min".
    static const QRegularExpression hoursAndMinutes(
        QStringLiteral("(\\d+)\\s*(?:[:：]|h|小时|时)\\s*(\\d{1,2})"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hoursOnly(QStringLiteral("(\\d+)\\s*(?:h|小时)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    if (const QRegularExpressionMatch match = hoursAndMinutes.match(text); match.hasMatch())
        return match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (const QRegularExpressionMatch match = hoursOnly.match(text); match.hasMatch())
        return match.captured(1).toInt() * 60;
    const QRegularExpressionMatch match = number.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QList<DrillInject> InjectTableWidget::injects() const
{
    QList<DrillInject> injects;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        DrillInject inject;
        inject.offsetMinutes = offsetMinutes(cellText(row, OffsetColumn));
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

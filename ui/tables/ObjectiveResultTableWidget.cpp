#include "ObjectiveResultTableWidget.h"

#include <QCoreApplication>

namespace {
QList<PlanTableWidget::Choice> ratingChoices()
{
    QList<PlanTableWidget::Choice> choices;
    for (ObjectiveRating rating : allObjectiveRatings())
        choices.append({objectiveRatingKey(rating), QCoreApplication::translate("ObjectiveRating", objectiveRatingSourceText(rating))});
    return choices;
}
} // namespace

ObjectiveResultTableWidget::ObjectiveResultTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("objectiveResultsTableWidget"),
                      {{tr("Objective"), ColumnKind::MultiLineText, 0},
                       {tr("Judged"), ColumnKind::Choice, 110, {}, ratingChoices()},
                       {tr("Comment"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<ObjectiveResult> ObjectiveResultTableWidget::results() const
{
    QList<ObjectiveResult> results;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        results << ObjectiveResult{cellText(row, ObjectiveColumn).trimmed(),
                                   objectiveRatingFromKey(cellChoiceKey(row, RatingColumn)).value_or(ObjectiveRating::NotJudged),
                                   cellText(row, CommentColumn).trimmed()};
    }
    return results;
}

void ObjectiveResultTableWidget::setResults(const QList<ObjectiveResult> &results)
{
    beginLoading(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const ObjectiveResult &result = results.at(row);
        setCellText(row, ObjectiveColumn, result.objective);
        setCellChoiceKey(row, RatingColumn, objectiveRatingKey(result.rating));
        setCellText(row, CommentColumn, result.comment);
    }
    endLoading();
}

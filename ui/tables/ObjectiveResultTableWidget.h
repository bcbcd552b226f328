#pragma once

#include "PlanTableWidget.h"
#include "core/domain/ObjectiveResult.h"

// Each objective of the drill with its judgement: met, partly met or not met (never a score).
class ObjectiveResultTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { ObjectiveColumn, RatingColumn, CommentColumn };

    explicit ObjectiveResultTableWidget(QWidget *parent = nullptr);

    QList<ObjectiveResult> results() const; // blank rows left out
    void setResults(const QList<ObjectiveResult> &results);
};

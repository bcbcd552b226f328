#pragma once

#include "ObjectiveRating.h"

#include <QString>

// One drill objective and how it was judged.
struct ObjectiveResult
{
    QString objective;
    ObjectiveRating rating = ObjectiveRating::NotJudged;
    QString comment;

    friend bool operator==(const ObjectiveResult &, const ObjectiveResult &) = default;
};

#pragma once

#include <QList>
#include <QString>
#include <optional>

// How a drill objective was judged: met, partly met or not met — never an averaged score (REFERENCE.md §5).
enum class ObjectiveRating { NotJudged, Met, PartlyMet, NotMet };

QList<ObjectiveRating> allObjectiveRatings();
// Stable key stored in the database and in files; never translated.
QString objectiveRatingKey(ObjectiveRating value);
std::optional<ObjectiveRating> objectiveRatingFromKey(const QString &key);
// English source text, translated in context "ObjectiveRating" (UI language or document language).
const char *objectiveRatingSourceText(ObjectiveRating value);

#include "ObjectiveRating.h"

#include "KeyTable.h"

#include <QtGlobal>

namespace {
struct Entry
{
    ObjectiveRating value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {ObjectiveRating::NotJudged, "not_judged", QT_TRANSLATE_NOOP("ObjectiveRating", "Not judged")},
    {ObjectiveRating::Met, "met", QT_TRANSLATE_NOOP("ObjectiveRating", "Met")},
    {ObjectiveRating::PartlyMet, "partly_met", QT_TRANSLATE_NOOP("ObjectiveRating", "Partly met")},
    {ObjectiveRating::NotMet, "not_met", QT_TRANSLATE_NOOP("ObjectiveRating", "Not met")},
};
} // namespace

QList<ObjectiveRating> allObjectiveRatings()
{
    return KeyTable::allOf(kEntries);
}

QString objectiveRatingKey(ObjectiveRating value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<ObjectiveRating> objectiveRatingFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *objectiveRatingSourceText(ObjectiveRating value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

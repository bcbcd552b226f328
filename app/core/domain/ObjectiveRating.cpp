#include "ObjectiveRating.h"

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
    QList<ObjectiveRating> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString objectiveRatingKey(ObjectiveRating value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<ObjectiveRating> objectiveRatingFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *objectiveRatingSourceText(ObjectiveRating value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

#include "DrillForm.h"

#include <QtGlobal>

namespace {
struct Entry
{
    DrillForm value;
    const char *key;
    const char *sourceText;
};

constexpr Entry kEntries[] = {
    {DrillForm::Tabletop, "tabletop", QT_TRANSLATE_NOOP("DrillForm", "Tabletop exercise")},
    {DrillForm::HandsOn, "hands_on", QT_TRANSLATE_NOOP("DrillForm", "Hands-on drill")},
    {DrillForm::Demonstration, "demonstration", QT_TRANSLATE_NOOP("DrillForm", "Demonstration drill")},
};
} // namespace

QList<DrillForm> allDrillForms()
{
    QList<DrillForm> values;
    for (const Entry &entry : kEntries)
        values.append(entry.value);
    return values;
}

QString drillFormKey(DrillForm value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return QString::fromLatin1(kEntries[0].key);
}

std::optional<DrillForm> drillFormFromKey(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

const char *drillFormSourceText(DrillForm value)
{
    for (const Entry &entry : kEntries)
        if (entry.value == value)
            return entry.sourceText;
    return kEntries[0].sourceText;
}

#include "DrillForm.h"

#include "KeyTable.h"

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
    return KeyTable::allOf(kEntries);
}

QString drillFormKey(DrillForm value)
{
    return KeyTable::keyOf(kEntries, value);
}

std::optional<DrillForm> drillFormFromKey(const QString &key)
{
    return KeyTable::valueOf(kEntries, key);
}

const char *drillFormSourceText(DrillForm value)
{
    return KeyTable::sourceTextOf(kEntries, value);
}

#pragma once

#include <QList>
#include <QString>
#include <optional>

// What a drill covers (GB/T 38645-2020): the whole plan (综合演练) or one scenario or function (专项演练).
enum class DrillContent { Comprehensive, Special };

QList<DrillContent> allDrillContents();
// Stable key stored in the database and in files; never translated.
QString drillContentKey(DrillContent value);
std::optional<DrillContent> drillContentFromKey(const QString &key);
// English source text, translated in context "DrillContent" (UI language or document language).
const char *drillContentSourceText(DrillContent value);

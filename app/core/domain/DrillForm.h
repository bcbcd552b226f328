#pragma once

#include <QList>
#include <QString>
#include <optional>

// The form of a drill (GB/T 38645-2020): 桌面推演, 实操演练, 示范演练.
enum class DrillForm { Tabletop, HandsOn, Demonstration };

QList<DrillForm> allDrillForms();
// Stable key stored in the database and in files; never translated.
QString drillFormKey(DrillForm value);
std::optional<DrillForm> drillFormFromKey(const QString &key);
// English source text, translated in context "DrillForm" (UI language or document language).
const char *drillFormSourceText(DrillForm value);

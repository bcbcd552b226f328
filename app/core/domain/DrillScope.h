#pragma once

#include <QList>
#include <QString>
#include <optional>

// How far a drill reaches (GB/T 38645-2020): 单位内部, 部门内部, 行业内部, 跨行业, 地域性, 跨地区.
enum class DrillScope { Organisation, Department, Sector, CrossSector, Regional, CrossRegional };

QList<DrillScope> allDrillScopes();
// Stable key stored in the database and in files; never translated.
QString drillScopeKey(DrillScope value);
std::optional<DrillScope> drillScopeFromKey(const QString &key);
// English source text, translated in context "DrillScope" (UI language or document language).
const char *drillScopeSourceText(DrillScope value);

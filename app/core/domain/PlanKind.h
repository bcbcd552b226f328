#pragma once

#include <QString>
#include <optional>

// 综合应急预案 covers every incident; 专项应急预案 covers one scenario (ransomware, data leak, …).
enum class PlanKind { Comprehensive, Special };

QString planKindKey(PlanKind kind);
std::optional<PlanKind> planKindFromKey(const QString &key);
const char *planKindSourceText(PlanKind kind);

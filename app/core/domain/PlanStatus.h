#pragma once

#include <QList>
#include <QString>
#include <optional>

// The life cycle of a plan: 草稿 → 审核中 → 已批准 → 已发布 → 已废止.
enum class PlanStatus { Draft, UnderReview, Approved, Published, Withdrawn };

QList<PlanStatus> allPlanStatuses();
// Stable key stored in the database and in files; never translated.
QString planStatusKey(PlanStatus status);
std::optional<PlanStatus> planStatusFromKey(const QString &key);
// English source text, translated in context "PlanStatus" (UI language or document language).
const char *planStatusSourceText(PlanStatus status);
// An approved plan no longer carries the draft watermark.
bool planStatusIsApprovedOrLater(PlanStatus status);

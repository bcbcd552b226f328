#pragma once

#include <QList>
#include <QString>
#include <optional>

// Who operates the network. It decides the reporting deadlines (REFERENCE.md §4) and whether the
// duties of Cybersecurity Law Art. 36 (Art. 34 before the 2025 amendment; regular drills) apply:
// they apply to CriticalInfrastructure only.
enum class OperatorProfile { Ordinary, CriticalInfrastructure, CentralStateOrgan };

QList<OperatorProfile> allOperatorProfiles();
// Stable key; it is also the profile id in reference/reporting-rules.json.
QString operatorProfileKey(OperatorProfile profile);
std::optional<OperatorProfile> operatorProfileFromKey(const QString &key);
const char *operatorProfileSourceText(OperatorProfile profile);

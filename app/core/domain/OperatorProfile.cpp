#include "OperatorProfile.h"

#include <QtGlobal>

QList<OperatorProfile> allOperatorProfiles()
{
    return {OperatorProfile::Ordinary, OperatorProfile::CriticalInfrastructure, OperatorProfile::CentralStateOrgan};
}

QString operatorProfileKey(OperatorProfile profile)
{
    switch (profile) {
    case OperatorProfile::Ordinary: return QStringLiteral("ordinary");
    case OperatorProfile::CriticalInfrastructure: return QStringLiteral("cii");
    case OperatorProfile::CentralStateOrgan: return QStringLiteral("central");
    }
    return QStringLiteral("ordinary");
}

std::optional<OperatorProfile> operatorProfileFromKey(const QString &key)
{
    for (OperatorProfile profile : allOperatorProfiles()) {
        if (operatorProfileKey(profile) == key)
            return profile;
    }
    return std::nullopt;
}

const char *operatorProfileSourceText(OperatorProfile profile)
{
    switch (profile) {
    case OperatorProfile::Ordinary: return QT_TRANSLATE_NOOP("OperatorProfile", "Network operator");
    case OperatorProfile::CriticalInfrastructure:
        return QT_TRANSLATE_NOOP("OperatorProfile", "Critical information infrastructure operator");
    case OperatorProfile::CentralStateOrgan:
        return QT_TRANSLATE_NOOP("OperatorProfile", "Central state organ or directly affiliated unit");
    }
    return "";
}

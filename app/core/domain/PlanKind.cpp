#include "PlanKind.h"

#include <QtGlobal>

QString planKindKey(PlanKind kind)
{
    return kind == PlanKind::Special ? QStringLiteral("special") : QStringLiteral("comprehensive");
}

std::optional<PlanKind> planKindFromKey(const QString &key)
{
    if (key == QLatin1String("comprehensive"))
        return PlanKind::Comprehensive;
    if (key == QLatin1String("special"))
        return PlanKind::Special;
    return std::nullopt;
}

const char *planKindSourceText(PlanKind kind)
{
    return kind == PlanKind::Special ? QT_TRANSLATE_NOOP("PlanKind", "Special emergency plan")
                                     : QT_TRANSLATE_NOOP("PlanKind", "Comprehensive emergency plan");
}

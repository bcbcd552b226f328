#include "TemplateKind.h"

#include <QtGlobal>

QList<TemplateKind> allTemplateKinds()
{
    return {TemplateKind::Plan, TemplateKind::DrillScenario};
}

QString templateKindKey(TemplateKind kind)
{
    return kind == TemplateKind::DrillScenario ? QStringLiteral("drill_scenario") : QStringLiteral("plan");
}

std::optional<TemplateKind> templateKindFromKey(const QString &key)
{
    for (TemplateKind kind : allTemplateKinds()) {
        if (templateKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

const char *templateKindSourceText(TemplateKind kind)
{
    return kind == TemplateKind::DrillScenario ? QT_TRANSLATE_NOOP("TemplateKind", "Drill scenario")
                                               : QT_TRANSLATE_NOOP("TemplateKind", "Plan template");
}

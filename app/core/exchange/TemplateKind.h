#pragma once

#include <QList>
#include <QString>
#include <optional>

// What a template holds: a whole emergency plan, or one drill scenario for a plan's programme.
enum class TemplateKind
{
    Plan,
    DrillScenario
};

QList<TemplateKind> allTemplateKinds();
// Stable key written in template files ("plan", "drill_scenario"); never translated.
QString templateKindKey(TemplateKind kind);
std::optional<TemplateKind> templateKindFromKey(const QString &key);
// English source text, translated in context "TemplateKind".
const char *templateKindSourceText(TemplateKind kind);

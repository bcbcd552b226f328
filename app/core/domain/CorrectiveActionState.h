#pragma once

#include <QList>
#include <QString>
#include <optional>

// Where a corrective action stands; it is tracked until closed.
enum class CorrectiveActionState { Open, InProgress, Closed };

QList<CorrectiveActionState> allCorrectiveActionStates();
// Stable key stored in the database and in files; never translated.
QString correctiveActionStateKey(CorrectiveActionState value);
std::optional<CorrectiveActionState> correctiveActionStateFromKey(const QString &key);
// English source text, translated in context "CorrectiveActionState" (UI language or document language).
const char *correctiveActionStateSourceText(CorrectiveActionState value);

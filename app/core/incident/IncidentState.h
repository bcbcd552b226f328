#pragma once

#include <QList>
#include <QString>
#include <optional>

// Where an incident stands: open while it is being handled, closed when handling has ended
// (the end of handling starts the 30 days of the summary report).
enum class IncidentState { Open, Closed };

QList<IncidentState> allIncidentStates();
// Stable key stored in the database and printed by the command line; never translated.
QString incidentStateKey(IncidentState value);
std::optional<IncidentState> incidentStateFromKey(const QString &key);
// English source text, translated in context "IncidentState" (UI language or document language).
const char *incidentStateSourceText(IncidentState value);

#pragma once

#include <QList>
#include <QString>
#include <optional>

// Which part of the emergency organisation a person belongs to (REFERENCE.md §2, chapter 2).
enum class ContactTeam { LeadingGroup, Office, TechnicalTeam, Department, External };

QList<ContactTeam> allContactTeams();
QString contactTeamKey(ContactTeam team);
std::optional<ContactTeam> contactTeamFromKey(const QString &key);
const char *contactTeamSourceText(ContactTeam team);

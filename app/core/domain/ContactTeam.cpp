#include "ContactTeam.h"

#include <QtGlobal>

QList<ContactTeam> allContactTeams()
{
    return {ContactTeam::LeadingGroup, ContactTeam::Office, ContactTeam::TechnicalTeam, ContactTeam::Department,
            ContactTeam::External};
}

QString contactTeamKey(ContactTeam team)
{
    switch (team) {
    case ContactTeam::LeadingGroup: return QStringLiteral("leading");
    case ContactTeam::Office: return QStringLiteral("office");
    case ContactTeam::TechnicalTeam: return QStringLiteral("technical");
    case ContactTeam::Department: return QStringLiteral("department");
    case ContactTeam::External: return QStringLiteral("external");
    }
    return QStringLiteral("department");
}

std::optional<ContactTeam> contactTeamFromKey(const QString &key)
{
    for (ContactTeam team : allContactTeams()) {
        if (contactTeamKey(team) == key)
            return team;
    }
    return std::nullopt;
}

const char *contactTeamSourceText(ContactTeam team)
{
    switch (team) {
    case ContactTeam::LeadingGroup: return QT_TRANSLATE_NOOP("ContactTeam", "Emergency leading group");
    case ContactTeam::Office: return QT_TRANSLATE_NOOP("ContactTeam", "Emergency office");
    case ContactTeam::TechnicalTeam: return QT_TRANSLATE_NOOP("ContactTeam", "Technical support team");
    case ContactTeam::Department: return QT_TRANSLATE_NOOP("ContactTeam", "Department");
    case ContactTeam::External: return QT_TRANSLATE_NOOP("ContactTeam", "External contact");
    }
    return "";
}

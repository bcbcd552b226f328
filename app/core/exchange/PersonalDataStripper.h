#pragma once

#include "PersonalDataFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

// Finds personal data in free text and replaces it before a plan or drill leaves the organisation as
// a template: e-mail addresses and phone numbers by pattern, the names PlanDesk knows (contacts,
// deputies, approver) literally, and the organisation's name by the {{organisation}} placeholder
// unless the user keeps it. Markers ({{name}}, {{phone}}, {{email}}) show the recipient where
// something was taken out.
class PersonalDataStripper
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataStripper)

public:
    // `names`: people's names to remove wherever they appear (shorter than two characters are
    // ignored: a single character would take pieces out of ordinary words).
    PersonalDataStripper(const QStringList &names, const QString &organisation, bool keepOrganisation);

    // `text` with the personal data replaced; each replacement is appended to `findings` with
    // `pointer` as its place.
    QString strip(const QString &text, const QString &pointer, QList<PersonalDataFinding> *findings) const;

    // "Name", "Phone number", "E-mail address", "Organisation name" in the UI language.
    static QString kindName(PersonalDataFinding::Kind kind);

private:
    QRegularExpression m_literals; // names and organisation, longest first; invalid if there are none
    QStringList m_names;
    QString m_organisation;
};

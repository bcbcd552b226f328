#pragma once

#include "ContactTeam.h"

#include <QString>

// A member of the emergency organisation, as printed in the plan's contact list.
struct Contact
{
    ContactTeam team = ContactTeam::LeadingGroup;
    QString name;
    QString role;        // 组长, 副组长, 成员, …
    QString duties;
    QString officePhone;
    QString mobilePhone;
    QString deputy;      // who stands in (AB 角)
    bool onDuty24h = false;

    bool hasPhone() const { return !officePhone.trimmed().isEmpty() || !mobilePhone.trimmed().isEmpty(); }
    friend bool operator==(const Contact &, const Contact &) = default;
};

#pragma once

#include <QString>

// Someone who took part in a drill, as on the sign-in sheet.
struct DrillParticipant
{
    QString name;
    QString department;
    QString role;
    bool signedIn = false;

    friend bool operator==(const DrillParticipant &, const DrillParticipant &) = default;
};

#pragma once

#include <QString>

// An incident category (恶意程序事件, 网络攻击事件, …) as the plan lists it.
struct IncidentCategory
{
    QString code;
    QString name;
    QString description;

    friend bool operator==(const IncidentCategory &, const IncidentCategory &) = default;
};

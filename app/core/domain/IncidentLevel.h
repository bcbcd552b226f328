#pragma once

#include <QString>

// One of the four incident levels (特别重大 … 一般) with the plan's own criteria and response.
struct IncidentLevel
{
    QString code;          // "I" … "IV"
    QString name;          // 特别重大
    QString warningColour; // 红色
    QString colourHex;     // used to tint the level table in the document
    QString criteria;
    QString response;      // the response procedure at this level

    friend bool operator==(const IncidentLevel &, const IncidentLevel &) = default;
};

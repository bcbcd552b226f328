#pragma once

#include <QString>

// One planned step of a drill scenario: at `offsetMinutes` after the start, this happens
// (an inject or event) and the players are expected to do that.
struct DrillInject
{
    int offsetMinutes = 0;
    QString description;
    QString expectedAction;

    friend bool operator==(const DrillInject &, const DrillInject &) = default;
};

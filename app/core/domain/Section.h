#pragma once

#include <QString>

// One heading of the plan with its text. A plan keeps its sections as an ordered pre-order list in
// which `depth` gives the outline level (0 = chapter, 1 = section, …): that is what the document,
// the database and the editor's tree all need, without a recursive type.
struct Section
{
    QString key;   // stable id from the skeleton ("response.activation"); empty for sections the user added
    QString title;
    QString body;
    int depth = 0;

    friend bool operator==(const Section &, const Section &) = default;
};

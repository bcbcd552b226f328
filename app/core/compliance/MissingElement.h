#pragma once

#include <QString>

// One thing a plan still lacks, with the clause that asks for it.
struct MissingElement
{
    QString requirementId;
    QString clause;      // 网络安全法第二十七条（修正前第二十五条）
    QString description; // what the plan must have
    QString sectionKey;  // the section that would satisfy it, if the requirement names one
    // The plan has no section with that key at all (deleted), rather than an empty one: the editor
    // offers to add it back, under the skeleton's title.
    bool sectionMissing = false;
    QString sectionTitle = {}; // the skeleton's title of that section, in the plan's language
};

#pragma once

#include <QString>

// One piece of personal data the export leaves out, for the export dialog's list: what it is, where
// it was (the JSON pointer of the place in the template it was removed from, or "" when the field
// as a whole is not part of a template, like a plan's approver), the text, and what stands there
// instead (empty when the field is dropped).
struct PersonalDataFinding
{
    enum class Kind
    {
        Name,
        Phone,
        Email,
        Organisation
    };

    Kind kind = Kind::Name;
    QString pointer;
    QString text;
    QString replacement;

    friend bool operator==(const PersonalDataFinding &, const PersonalDataFinding &) = default;
};

#pragma once

#include <QString>

// One thing wrong with a template file, as a plain value a table can show: where (a JSON pointer,
// RFC 6901, "" for the file as a whole), what is wrong and what is needed (one translated
// sentence), and whether it stops the import (errors) or is only worth knowing (warnings).
struct TemplateProblem
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString pointer;
    QString message;
    Severity severity = Severity::Error;
    // For problems found while parsing: the position in the file, 1-based; 0 when not known.
    int line = 0;
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const TemplateProblem &, const TemplateProblem &) = default;
};

#pragma once

#include "Template.h"
#include "TemplateProblem.h"

#include <QList>

// What TemplateReader found: the template as far as it could be read, and every problem. A
// template with an error-severity problem must not be imported; warnings (unknown fields) may be.
struct TemplateReadResult
{
    Template templ;
    QList<TemplateProblem> problems;

    bool hasErrors() const
    {
        for (const TemplateProblem &problem : problems) {
            if (problem.isError())
                return true;
        }
        return false;
    }
    QList<TemplateProblem> errors() const
    {
        QList<TemplateProblem> found;
        for (const TemplateProblem &problem : problems) {
            if (problem.isError())
                found.append(problem);
        }
        return found;
    }
};

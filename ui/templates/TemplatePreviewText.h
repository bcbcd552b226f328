#pragma once

#include "core/exchange/Template.h"

#include <QCoreApplication>
#include <QString>

// A template's content as plain text for the library's preview pane and the import dialog. A
// template comes from outside: its text is shown only in plain-text widgets, never as rich text,
// so "<img src=…>" in a colleague's file is a line with angle brackets and loads nothing.
class TemplatePreviewText
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreviewText)

public:
    // Metadata, description, origin, then everything the template holds, section by section.
    static QString of(const Template &templ, bool builtIn);

    // "Chinese", "English", or the code itself for a language PlanDesk does not know.
    static QString languageName(const QString &code);
    static QString kindName(TemplateKind kind);
    // Where the template came from: built in, or imported from which file and when.
    static QString originText(const Template &templ, bool builtIn);
};

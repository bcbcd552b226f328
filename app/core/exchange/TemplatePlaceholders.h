#pragma once

#include <QString>

// The {{organisation}}, {{name}}, {{phone}} and {{email}} markers of a template's text
// (TemplateFormat), for everywhere that text reaches a person: a plan made from the template gets
// the organisation's name, and whatever is not known shows as a placeholder a reader understands
// (〔单位名称〕 / [organisation]) in the template's own language, never with braces.
class TemplatePlaceholders
{
public:
    // {{organisation}} becomes `organisation` (its placeholder when that is empty); the markers
    // the exporter left for removed personal data become their placeholders.
    static QString filled(const QString &text, const QString &organisation, const QString &language);
    // Every marker as its placeholder: for previews and lists.
    static QString readable(const QString &text, const QString &language);
    // Every marker left out, spaces tidied: for a suggested file name.
    static QString withoutMarkers(const QString &text);
    // The placeholders of `language` as markers again, for the exporter.
    static QString asMarkers(const QString &text, const QString &language);
    static bool hasMarkers(const QString &text);
};

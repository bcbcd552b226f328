#pragma once

#include "../Result.h"
#include "Template.h"

#include <QByteArray>
#include <QCoreApplication>

// Writes a template in the exchange format, always the same way, so that files diff well and the
// same template always gives the same bytes: keys in the order docs/template-format.md lists them
// (not alphabetical, as QJsonDocument would), two-space indentation, UTF-8 without escapes for
// non-ASCII text, a final line break. Fields the reader did not know (Template::unknownFields) are
// written back at their place, after the known ones of the same object, in alphabetical order.
class TemplateWriter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateWriter)

public:
    static QByteArray toJson(const Template &templ);
    // Atomically (QSaveFile): a failure leaves an existing file as it was.
    static Result<void> writeFile(const Template &templ, const QString &path);
};

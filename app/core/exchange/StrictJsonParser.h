#pragma once

#include "TemplateProblem.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

// A strict JSON (RFC 8259) parser for files from outside. QJsonDocument is lenient where a
// template reader must not be: it replaces invalid UTF-8 with U+FFFD, keeps the last of duplicate
// keys without a word, and reports positions without saying where in the data they are. This
// parser refuses invalid UTF-8 and lone surrogates, reports every duplicate key by its JSON
// pointer, stops at a nesting depth limit before recursing further, and names the place of every
// problem (JSON pointer, line, column).
class StrictJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(StrictJsonParser)

public:
    struct Outcome
    {
        QJsonValue value;
        QList<TemplateProblem> problems; // errors only
        // False when the bytes are not JSON at all (syntax, encoding, depth): `value` is then
        // meaningless. Duplicate keys leave the data usable (the last value wins) but are errors.
        bool parsed = false;
    };

    // `maximumDepth`: objects and arrays nested deeper than this are refused (the root is depth 1).
    static Outcome parse(QByteArrayView bytes, int maximumDepth);

    // "/a~1b/0" from the tokens "a/b" and "0" (RFC 6901 escaping).
    static QString escapePointerToken(const QString &token);
    static QString unescapePointerToken(const QString &token);
};

#pragma once

#include "TemplateReadResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Reads a template file (docs/template-format.md) and says everything that is wrong with it, each
// problem with its JSON pointer. Nothing is trusted: the size is checked before parsing, files that
// are really archives, images or PDFs are named as such, the JSON is parsed strictly
// (StrictJsonParser: UTF-8, duplicate keys, depth), a format or schema_version it does not know is
// refused with the version needed, and every field is checked for type, value and length. Fields it
// does not know are kept in Template::unknownFields and reported as warnings. Text is never
// interpreted: "<script>" in a title is a title with angle brackets.
class TemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(TemplateReader)

public:
    // `fileName` is recorded in the origin (without its folder) together with the SHA-256 of `bytes`.
    static TemplateReadResult read(const QByteArray &bytes, const QString &fileName = {});
    // Reads at most a little more than the size limit, so a huge file is refused without loading it.
    static TemplateReadResult readFile(const QString &path);
    // PlanDesk's own canonical copy of a template that was checked when it came in (the database's
    // stored content): every check but the file size, because TemplateWriter's indented layout can
    // be larger than the compact file that was imported.
    static TemplateReadResult readStored(const QByteArray &bytes);

    // "This is a ZIP archive …, not a PlanDesk template." when the bytes begin like a kind of file
    // that is never a template (archive, image, PDF, office document, database, UTF-16 text); else "".
    static QString foreignFileProblem(QByteArrayView bytes);
};

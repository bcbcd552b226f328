#pragma once

#include "../Result.h"
#include "TemplateImportPreview.h"
#include "TemplateReadResult.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;

// Imports a colleague's template file into the library in two steps, so that the user sees
// everything before anything is written: preview() reads and checks the file and compares it with
// what is imported; import() stores it in one transaction, or changes nothing at all.
class TemplateImporter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateImporter)

public:
    explicit TemplateImporter(Database &database);

    // Reads nothing from the database but the versions already imported; writes nothing.
    TemplateImportPreview preview(const QByteArray &bytes, const QString &fileName) const;
    TemplateImportPreview previewFile(const QString &path) const;
    // For a file the caller has read already (the command line shows the problems first).
    TemplateImportPreview preview(const TemplateReadResult &read) const;

    // Stores the previewed template with a new local id and its origin (file name, SHA-256, now).
    // Refused, with nothing changed, when the preview has errors, is already imported or is older
    // than the imported version; an update replaces the older version in the same transaction.
    Result<Template> import(const TemplateImportPreview &preview);

private:
    TemplateImportPreview withStatus(TemplateImportPreview preview) const;

    Database &m_database;
};

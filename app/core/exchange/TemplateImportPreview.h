#pragma once

#include "Template.h"
#include "TemplateProblem.h"

#include <QCoreApplication>
#include <QList>

// What the import dialog shows before anything is written: the template as read (title, kind,
// language, author, organisation, created, contentSummary()), every problem, and how it relates to
// what is already imported. TemplateImporter::import takes it back unchanged.
struct TemplateImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(TemplateImportPreview)

public:
    enum class Status
    {
        Invalid,          // errors: it cannot be imported
        New,              // no version of this template is imported yet
        AlreadyImported,  // this very version is imported (existingLocalId)
        Update,           // an older version is imported; importing replaces it
        OlderThanImported // a newer version is imported; importing is refused
    };

    Template templ;                  // origin: file name and SHA-256 set; importedAt not yet
    QList<TemplateProblem> problems; // errors and warnings, in file order
    Status status = Status::Invalid;
    qint64 existingLocalId = 0; // the imported version it was compared with, if any
    int existingVersion = 0;

    bool hasErrors() const
    {
        for (const TemplateProblem &problem : problems) {
            if (problem.isError())
                return true;
        }
        return false;
    }
    bool canImport() const { return status == Status::New || status == Status::Update; }

    // One sentence for the dialog: "This template is new.", "Version 2 replaces the imported version 1.", …
    QString statusText() const;
};

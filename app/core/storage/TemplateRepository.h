#pragma once

#include "../Result.h"
#include "../exchange/Template.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The imported templates of the template library. A template is stored as TemplateWriter writes it
// and read back through TemplateReader, so the database holds nothing a file could not. Storing is
// one transaction: a new version replaces the older ones of the same template, all or nothing.
class TemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    struct StoredVersion
    {
        qint64 localId = 0;
        int version = 0;
        QString title;
    };

    explicit TemplateRepository(Database &database);

    // The stored versions of the template with this identifier, newest first.
    Result<QList<StoredVersion>> versionsOf(const QString &templateId) const;
    // Every imported template, by title.
    Result<QList<Template>> list() const;
    Result<Template> load(qint64 localId) const;
    // Stores `templ` with its origin (importedAt is set now if not set): a new template gets a new
    // local id; a newer version of a stored one takes the place (and local id) of the older version.
    // Refuses, changing nothing, if the same or a newer version is stored already.
    Result<Template> store(const Template &templ);
    Result<void> remove(qint64 localId);

private:
    Database &m_database;
};

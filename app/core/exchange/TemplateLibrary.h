#pragma once

#include "../Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// The templates a user can start from: the built-in ones (templates/*.json, embedded under
// ":/templates") and the ones imported into the database, searchable by title and description.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    struct Entry
    {
        Template templ;
        bool builtIn = false;
    };

    // Without a database only the built-in templates are listed.
    explicit TemplateLibrary(Database *database = nullptr);

    // The built-in templates, by title. A built-in file that does not read (a broken build) is left
    // out and each of its errors is added to `problems` as "file: pointer: message".
    static QList<Template> builtInTemplates(QStringList *problems = nullptr);

    // Built-in templates first, then imported ones, each group by title. `search`: every word must
    // occur in the title or the description (case-insensitive); `kind`: only templates of this kind.
    Result<QList<Entry>> entries(const QString &search = {},
                                 std::optional<TemplateKind> kind = std::nullopt) const;

    static bool matches(const Template &templ, const QString &search);

private:
    Database *m_database;
};

#include "TemplateLibrary.h"

#include "../storage/TemplateRepository.h"
#include "TemplateReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

TemplateLibrary::TemplateLibrary(Database *database) : m_database(database) {}

namespace {
// Both halves of the library in the same order: by title as the user's language sorts it (SQLite's
// ORDER BY compares bytes, which puts Chinese titles in no order a reader knows).
void sortByTitle(QList<Template> &templates)
{
    std::stable_sort(templates.begin(), templates.end(), [](const Template &a, const Template &b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
}
} // namespace

QList<Template> TemplateLibrary::builtInTemplates(QStringList *problems)
{
    QList<Template> templates;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        TemplateReadResult read = TemplateReader::readFile(path);
        if (read.hasErrors()) {
            if (problems) {
                for (const TemplateProblem &problem : read.errors())
                    *problems << QStringLiteral("%1: %2: %3").arg(name, problem.pointer, problem.message);
            }
            continue;
        }
        read.templ.origin.fileName = path;
        templates.append(read.templ);
    }
    sortByTitle(templates);
    return templates;
}

bool TemplateLibrary::matches(const Template &templ, const QString &search)
{
    const QStringList words = search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!templ.title.contains(word, Qt::CaseInsensitive) &&
            !templ.description.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

Result<QList<TemplateLibrary::Entry>> TemplateLibrary::entries(const QString &search,
                                                               std::optional<TemplateKind> kind) const
{
    QList<Entry> entries;
    auto wanted = [&](const Template &templ) {
        return (!kind || templ.kind == *kind) && matches(templ, search);
    };
    for (const Template &templ : builtInTemplates()) {
        if (wanted(templ))
            entries.append(Entry{templ, true});
    }
    if (m_database) {
        Result<QList<Template>> imported = TemplateRepository(*m_database).list();
        if (!imported)
            return imported.error();
        sortByTitle(imported.value());
        for (const Template &templ : std::as_const(imported.value())) {
            if (wanted(templ))
                entries.append(Entry{templ, false});
        }
    }
    return entries;
}

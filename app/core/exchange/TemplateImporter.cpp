#include "TemplateImporter.h"

#include "../Clock.h"
#include "../storage/TemplateRepository.h"
#include "TemplateReader.h"

TemplateImporter::TemplateImporter(Database &database) : m_database(database) {}

TemplateImportPreview TemplateImporter::withStatus(TemplateImportPreview preview) const
{
    preview.status = TemplateImportPreview::Status::Invalid;
    if (preview.hasErrors())
        return preview;
    Result<QList<TemplateRepository::StoredVersion>> versions =
        TemplateRepository(m_database).versionsOf(preview.templ.id);
    if (!versions) {
        preview.problems.append(
            TemplateProblem{QString(), versions.errorMessage(), TemplateProblem::Severity::Error});
        return preview;
    }
    if (versions.value().isEmpty()) {
        preview.status = TemplateImportPreview::Status::New;
        return preview;
    }
    const TemplateRepository::StoredVersion &newest = versions.value().constFirst();
    preview.existingLocalId = newest.localId;
    preview.existingVersion = newest.version;
    if (newest.version == preview.templ.version)
        preview.status = TemplateImportPreview::Status::AlreadyImported;
    else if (newest.version < preview.templ.version)
        preview.status = TemplateImportPreview::Status::Update;
    else
        preview.status = TemplateImportPreview::Status::OlderThanImported;
    return preview;
}

TemplateImportPreview TemplateImporter::preview(const TemplateReadResult &read) const
{
    TemplateImportPreview preview;
    preview.templ = read.templ;
    preview.problems = read.problems;
    return withStatus(preview);
}

TemplateImportPreview TemplateImporter::preview(const QByteArray &bytes, const QString &fileName) const
{
    return preview(TemplateReader::read(bytes, fileName));
}

TemplateImportPreview TemplateImporter::previewFile(const QString &path) const
{
    return preview(TemplateReader::readFile(path));
}

Result<Template> TemplateImporter::import(const TemplateImportPreview &preview)
{
    if (preview.hasErrors()) {
        int errors = 0;
        for (const TemplateProblem &problem : preview.problems)
            errors += problem.isError() ? 1 : 0;
        return Error{
            tr("The template was not imported because the file has %n error(s); nothing was changed.",
               nullptr, errors)};
    }
    if (preview.status == TemplateImportPreview::Status::Invalid)
        return Error{tr("The template was not imported; nothing was changed.")};
    if (!preview.canImport())
        return Error{preview.statusText()};
    Template templ = preview.templ;
    templ.localId = 0;
    templ.origin.importedAt = QDateTime(); // the repository stamps the moment it stores it
    return TemplateRepository(m_database).store(templ);
}

#include "TemplateRepository.h"

#include "../Clock.h"
#include "../exchange/TemplateReader.h"
#include "../exchange/TemplateWriter.h"
#include "Database.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kColumns = QStringLiteral("id, content, origin_file_name, origin_sha256, imported_at");

} // namespace

TemplateRepository::TemplateRepository(Database &database) : m_database(database) {}

Result<QList<TemplateRepository::StoredVersion>>
TemplateRepository::versionsOf(const QString &templateId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, version, title FROM templates WHERE template_id = ? ORDER BY version DESC"));
    query.addBindValue(templateId);
    if (!query.exec())
        return StorageError::from(tr("Could not look up the imported templates"), query.lastError());
    QList<StoredVersion> versions;
    while (query.next())
        versions.append(
            StoredVersion{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return versions;
}

namespace {

// A row back into a Template: the stored content read like a file, then the row's own identity.
Result<Template> templateFrom(const QSqlQuery &row)
{
    const qint64 localId = row.value(0).toLongLong();
    TemplateReadResult read = TemplateReader::readStored(row.value(1).toString().toUtf8());
    if (read.hasErrors())
        return Error{TemplateRepository::tr("The stored template %1 cannot be read: %2")
                         .arg(localId)
                         .arg(read.errors().constFirst().message)};
    Template templ = read.templ;
    templ.localId = localId;
    templ.origin.fileName = row.value(2).toString();
    templ.origin.sha256 = row.value(3).toString();
    templ.origin.importedAt = SqlValues::timestampFrom(row.value(4));
    return templ;
}

} // namespace

Result<QList<Template>> TemplateRepository::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM templates ORDER BY title, version DESC, id").arg(kColumns)))
        return StorageError::from(tr("Could not list the imported templates"), query.lastError());
    QList<Template> templates;
    while (query.next()) {
        Result<Template> templ = templateFrom(query);
        if (!templ)
            return templ.error();
        templates.append(templ.value());
    }
    return templates;
}

Result<Template> TemplateRepository::load(qint64 localId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(kColumns));
    query.addBindValue(localId);
    if (!query.exec())
        return StorageError::from(tr("Could not load template %1").arg(localId), query.lastError());
    if (!query.next())
        return Error{tr("There is no imported template with id %1.").arg(localId)};
    return templateFrom(query);
}

Result<Template> TemplateRepository::store(const Template &input)
{
    Template templ = input;
    if (!templ.origin.importedAt.isValid())
        templ.origin.importedAt = Clock::nowUtc();
    const QByteArray content = TemplateWriter::toJson(templ);
    const QString action = tr("Could not import the template \"%1\"").arg(templ.title);

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    // Checked again inside the transaction: another PlanDesk may have imported it since the preview.
    Result<QList<StoredVersion>> versions = versionsOf(templ.id);
    if (!versions)
        return versions.error();
    if (!versions.value().isEmpty() && versions.value().constFirst().version >= templ.version) {
        const StoredVersion &newest = versions.value().constFirst();
        return Error{
            newest.version == templ.version
                ? tr("Version %1 of the template \"%2\" is already imported; nothing was changed.")
                      .arg(templ.version)
                      .arg(templ.title)
                : tr("A newer version (%1) of the template \"%2\" is already imported; nothing was changed.")
                      .arg(newest.version)
                      .arg(templ.title)};
    }
    // An update takes the place of the newest older version, keeping its local id (the library entry
    // stays the same entry); any other older versions go.
    const qint64 replaced = versions.value().isEmpty() ? 0 : versions.value().constFirst().localId;
    QSqlQuery write(db);
    const QString columns = QStringLiteral("template_id, version, kind, language, title, description, "
                                           "author, organisation, created, source, content, "
                                           "unknown_fields, origin_file_name, origin_sha256, imported_at");
    if (replaced == 0) {
        write.prepare(
            QStringLiteral("INSERT INTO templates (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id")
                .arg(columns));
    } else {
        write.prepare(QStringLiteral(
            "UPDATE templates SET template_id = ?, version = ?, kind = ?, language = ?, title = ?, "
            "description = ?, "
            "author = ?, organisation = ?, created = ?, source = ?, content = ?, unknown_fields = ?, "
            "origin_file_name = ?, origin_sha256 = ?, imported_at = ? WHERE id = ? RETURNING id"));
    }
    for (const QVariant &value :
         {QVariant(templ.id), QVariant(templ.version), QVariant(templateKindKey(templ.kind)),
          QVariant(templ.language), SqlValues::bindable(templ.title), SqlValues::bindable(templ.description),
          SqlValues::bindable(templ.author), SqlValues::bindable(templ.organisation), SqlValues::dateValue(templ.created),
          SqlValues::bindable(templ.source), QVariant(QString::fromUtf8(content)),
          QVariant(QString::fromUtf8(QJsonDocument(templ.unknownFields).toJson(QJsonDocument::Compact))),
          SqlValues::bindable(templ.origin.fileName), SqlValues::bindable(templ.origin.sha256),
          QVariant(SqlValues::timestamp(templ.origin.importedAt))})
        write.addBindValue(value);
    if (replaced != 0)
        write.addBindValue(replaced);
    if (!write.exec() || !write.next())
        return StorageError::from(action, write.lastError());
    templ.localId = write.value(0).toLongLong();
    write.finish();
    if (replaced != 0) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM templates WHERE template_id = ? AND id <> ?"));
        clear.addBindValue(templ.id);
        clear.addBindValue(templ.localId);
        if (!clear.exec())
            return StorageError::from(action, clear.lastError());
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return templ;
}

Result<void> TemplateRepository::remove(qint64 localId)
{
    return SqlValues::deleteRow(m_database.connection(), QStringLiteral("templates"), localId,
                                tr("Could not delete template %1").arg(localId),
                                tr("There is no imported template with id %1.").arg(localId));
}

#include "TemplateImportPreview.h"

QString TemplateImportPreview::statusText() const
{
    switch (status) {
    case Status::Invalid:
        return tr("The file has errors and cannot be imported.");
    case Status::New:
        return tr("This template is not in the library yet.");
    case Status::AlreadyImported:
        return tr("Version %1 of this template is already imported; importing it again changes nothing.")
            .arg(templ.version);
    case Status::Update:
        return tr("This is version %1, an update of the imported version %2, which it will replace.")
            .arg(templ.version)
            .arg(existingVersion);
    case Status::OlderThanImported:
        return tr("This is version %1, older than the imported version %2; it cannot be imported.")
            .arg(templ.version)
            .arg(existingVersion);
    }
    return QString();
}

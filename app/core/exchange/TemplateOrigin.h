#pragma once

#include <QDateTime>
#include <QString>

// Where an imported template came from, kept with it so that a reviewer can trace every plan built
// from it back to the exact file (the author is part of the template's own metadata).
struct TemplateOrigin
{
    QString fileName;     // the file's name without its folder; ":/templates/…" for built-in ones
    QString sha256;       // of the file's bytes as read, lower-case hex
    QDateTime importedAt; // UTC; invalid until imported

    friend bool operator==(const TemplateOrigin &, const TemplateOrigin &) = default;
};

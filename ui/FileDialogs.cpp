#include "FileDialogs.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> nextFileName;

std::optional<QString> takeQueued()
{
    std::optional<QString> queued = nextFileName;
    nextFileName.reset();
    return queued;
}
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                  const QString &filter)
{
    if (std::optional<QString> queued = takeQueued())
        return *queued;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    if (std::optional<QString> queued = takeQueued())
        return *queued;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

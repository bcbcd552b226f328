#pragma once

#include <QString>

class QWidget;

// File dialogs with a test seam: a queued file name is returned instead of showing the dialog.
class FileDialogs
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static void setNextFileName(const QString &fileName);
};

#pragma once

#include <QMessageBox>
#include <optional>
#include <QString>

// Every message box of the application goes through here so that GUI tests never block on a
// modal dialog: a test queues the answer (setNextAnswer) and reads what was said (lastText).
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next box is not shown and returns this answer.
    // Asks for one line of text; returns std::nullopt if the user cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &initialText = QString());
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the next askText returns `text` (std::nullopt: as if cancelled) without showing anything.
    static void setNextText(const std::optional<QString> &text);
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

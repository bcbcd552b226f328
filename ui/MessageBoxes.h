#pragma once

#include <QMessageBox>
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
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

#include "MessageBoxes.h"

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastShownText;
}

QMessageBox::StandardButton MessageBoxes::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                               const QString &text, QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // messages quote user text; never read it as markup
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBoxes::lastText()
{
    return lastShownText;
}

void MessageBoxes::clearLastText()
{
    lastShownText.clear();
}

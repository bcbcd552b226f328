#include "MessageBoxes.h"

#include <QInputDialog>

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastShownText;
bool hasNextText = false;
std::optional<QString> nextText;
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

std::optional<QString> MessageBoxes::askText(QWidget *parent, const QString &title, const QString &label,
                                             const QString &initialText)
{
    lastShownText = label;
    if (hasNextText) {
        hasNextText = false;
        return nextText;
    }
    bool accepted = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initialText, &accepted);
    return accepted ? std::optional<QString>(text) : std::nullopt;
}

void MessageBoxes::setNextText(const std::optional<QString> &text)
{
    hasNextText = true;
    nextText = text;
}

#include "UndoShortcutFilter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

UndoShortcutFilter::UndoShortcutFilter(QObject *parent) : QObject(parent) {}

void UndoShortcutFilter::install(QWidget *root)
{
    const auto installOn = [this](const auto &widgets) {
        for (QWidget *widget : widgets)
            widget->installEventFilter(this);
    };
    installOn(root->findChildren<QLineEdit *>());
    installOn(root->findChildren<QPlainTextEdit *>());
    installOn(root->findChildren<QAbstractSpinBox *>());
}

bool UndoShortcutFilter::isUndoOrRedo(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
           || QKeySequence(event->keyCombination()) == kRedoAlternative;
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (isUndoOrRedo(keyEvent)) {
            // Left unaccepted, the key goes to the shortcut (the editor's undo or redo action).
            keyEvent->ignore();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        // Nothing to undo (the action is disabled): the field must not undo on its own either.
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (isUndoOrRedo(keyEvent))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

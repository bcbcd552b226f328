#pragma once

#include <QKeySequence>
#include <QObject>

class QKeyEvent;
class QWidget;

// Text fields keep an undo history of their own and claim Ctrl+Z before any action sees it. In the
// editor, Ctrl+Z must always mean the editor's undo stack (which also covers the tree and the
// tables), so this filter stops the fields from claiming the undo and redo keys.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);

    // Redo besides QKeySequence::Redo, as on Windows and in office suites.
    static inline const QKeySequence kRedoAlternative{Qt::CTRL | Qt::Key_Y};
    // Whether the key is one of the editor's undo or redo keys.
    static bool isUndoOrRedo(const QKeyEvent *event);

    // Installs the filter on every line edit, plain-text edit and spin box inside `root`.
    void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

#pragma once

#include <QObject>

class QWidget;

// Text fields keep an undo history of their own and claim Ctrl+Z before any action sees it. In the
// editor, Ctrl+Z must always mean the editor's undo stack (which also covers the tree and the
// tables), so this filter stops the fields from claiming the undo and redo keys.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);

    // Installs the filter on every line edit, plain-text edit and spin box inside `root`.
    void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

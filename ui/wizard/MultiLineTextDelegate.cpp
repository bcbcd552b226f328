#include "MultiLineTextDelegate.h"

#include <QPlainTextEdit>

QWidget *MultiLineTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("cellPlainTextEdit"));
    editor->setTabChangesFocus(true);
    return editor;
}

void MultiLineTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    // Only on the first call: a later model change must not reset what is being typed.
    if (edit->document()->isModified())
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
}

void MultiLineTextDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                 const QModelIndex &) const
{
    // A paragraph needs room: at least six lines, even where the row is shorter.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->fontMetrics().lineSpacing() * 6 + 8));
    rect.setWidth(qMax(rect.width(), 260));
    editor->setGeometry(rect);
}

#pragma once

#include <QStyledItemDelegate>

// Edits a table cell that holds a paragraph (duties, criteria, response, report content) in a
// plain-text editor a few lines high instead of a one-line field. Enter starts a new line; Tab
// and clicking elsewhere commit.
class MultiLineTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

#pragma once

#include <QStyledItemDelegate>

// Chooses a contact's team from the fixed list (leading group, office, …). The cell keeps the
// team's key in Qt::UserRole and shows its translated name.
class ContactTeamDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int TeamKeyRole = Qt::UserRole;
    static QString teamName(const QString &key);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

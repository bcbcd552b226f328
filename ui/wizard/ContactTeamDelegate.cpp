#include "ContactTeamDelegate.h"

#include "core/domain/ContactTeam.h"

#include <QComboBox>
#include <QCoreApplication>

QString ContactTeamDelegate::teamName(const QString &key)
{
    const ContactTeam team = contactTeamFromKey(key).value_or(ContactTeam::Department);
    return QCoreApplication::translate("ContactTeam", contactTeamSourceText(team));
}

QWidget *ContactTeamDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *comboBox = new QComboBox(parent);
    comboBox->setObjectName(QStringLiteral("contactTeamComboBox"));
    for (ContactTeam team : allContactTeams())
        comboBox->addItem(QCoreApplication::translate("ContactTeam", contactTeamSourceText(team)), contactTeamKey(team));
    return comboBox;
}

void ContactTeamDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *comboBox = static_cast<QComboBox *>(editor);
    const int row = comboBox->findData(index.data(TeamKeyRole).toString());
    comboBox->setCurrentIndex(row < 0 ? 0 : row);
}

void ContactTeamDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *comboBox = static_cast<QComboBox *>(editor);
    model->setData(index, comboBox->currentData().toString(), TeamKeyRole);
    model->setData(index, comboBox->currentText(), Qt::DisplayRole);
}

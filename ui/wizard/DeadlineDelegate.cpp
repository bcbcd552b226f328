#include "DeadlineDelegate.h"

#include <QSpinBox>

QString DeadlineDelegate::deadlineText(int minutes)
{
    if (minutes <= 0)
        return tr("without delay");
    if (minutes % (24 * 60) == 0)
        return tr("%n day(s)", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, minutes / 60);
    return tr("%n minute(s)", nullptr, minutes);
}

QString DeadlineDelegate::displayText(const QVariant &value, const QLocale &) const
{
    return deadlineText(value.toInt());
}

QWidget *DeadlineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spinBox = new QSpinBox(parent);
    spinBox->setObjectName(QStringLiteral("deadlineSpinBox"));
    spinBox->setRange(0, 366 * 24 * 60);
    spinBox->setSingleStep(30);
    spinBox->setSuffix(tr(" min"));
    spinBox->setSpecialValueText(tr("without delay"));
    spinBox->setFrame(false);
    return spinBox;
}

void DeadlineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void DeadlineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spinBox = static_cast<QSpinBox *>(editor);
    spinBox->interpretText();
    model->setData(index, spinBox->value(), Qt::EditRole);
}

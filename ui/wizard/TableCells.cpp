#include "TableCells.h"

#include <QTableWidget>
#include <QTableWidgetItem>

QTableWidgetItem *TableCells::editable(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    // Rows grow to their longest cell; short cells read best at the top.
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

QTableWidgetItem *TableCells::readOnly(const QString &text)
{
    QTableWidgetItem *item = editable(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *TableCells::withDefault(const QString &defaultText)
{
    QTableWidgetItem *item = editable(defaultText);
    item->setData(DefaultTextRole, defaultText);
    return item;
}

void TableCells::refill(QTableWidgetItem *item, const QString &newDefault)
{
    if (!item)
        return;
    if (item->text() == item->data(DefaultTextRole).toString())
        item->setText(newDefault);
    item->setData(DefaultTextRole, newDefault);
}

QString TableCells::text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

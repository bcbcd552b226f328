#pragma once

#include <QCoreApplication>
#include <QString>

class QTableWidget;
class QTableWidgetItem;

// Small helpers for the wizard's tables. A cell that came from the reference data remembers its
// default text, so that a change of the plan's language or organisation can refill exactly the
// cells the user has not touched.
class TableCells
{
public:
    // Item data role holding the default text a cell was last filled with.
    static constexpr int DefaultTextRole = Qt::UserRole + 100;

    static QTableWidgetItem *editable(const QString &text);
    static QTableWidgetItem *readOnly(const QString &text);
    // An editable cell showing `defaultText` and remembering it as its default.
    static QTableWidgetItem *withDefault(const QString &defaultText);
    // Replaces the text by `newDefault` if the cell still shows its previous default; either way
    // `newDefault` becomes the cell's default.
    static void refill(QTableWidgetItem *item, const QString &newDefault);
    // The text of a cell, empty when the cell has no item.
    static QString text(const QTableWidget *table, int row, int column);
};

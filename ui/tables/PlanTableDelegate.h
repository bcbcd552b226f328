#pragma once

#include <QStyledItemDelegate>

class PlanTableWidget;

// Editors for the cells of a PlanTableWidget: a combo box of teams, a spin box of minutes shown as
// "1 hour" / "30 minutes", and a multi-line plain-text editor for long cells. Rows the table
// emphasises are drawn in bold.
class PlanTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PlanTableDelegate(PlanTableWidget *table);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // A cell's text too long to read in place shows in full as a tool tip, escaped, and always the
    // text the cell holds now (an edit updates it without any bookkeeping).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // "Promptly", "1 hour", "90 minutes".
    static QString deadlineText(int minutes);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // Keys in an editor move through the table as in a spreadsheet: Tab and Shift+Tab commit the
    // cell and edit the next or previous one, also from a multi-line editor (which Qt lets keep them,
    // so that Tab moved the focus out of the table onto the buttons); Enter commits a multi-line cell
    // too, and Shift+Enter starts a new line in it.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    PlanTableWidget *m_table;
};

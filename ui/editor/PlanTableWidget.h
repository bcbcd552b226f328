#pragma once

#include <QList>
#include <QString>
#include <QTableWidget>

// A table of one part of the plan (contacts, levels, categories, reporting chain). Cells hold plain
// text; a column may instead hold a contact team, a tick box or a number of minutes, each with its
// own editor (PlanTableDelegate). Rows can be added, removed and pasted from a spreadsheet. Every
// change the user makes is announced once through `edited`.
class PlanTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    enum class ColumnKind { Text, MultiLineText, Team, Check, Minutes };
    struct Column
    {
        QString header;
        ColumnKind kind = ColumnKind::Text;
        int width = 120; // 0: the column takes the remaining width
        QString toolTip = {};
    };

    PlanTableWidget(const QString &objectName, const QList<Column> &columns, QWidget *parent = nullptr);

    ColumnKind columnKind(int column) const;

    // Appends an empty row after the current one (or at the end), selects it and emits `edited`.
    int addRow();
    // Removes the rows of the selected cells; emits `edited` if anything was removed.
    void removeSelectedRows();
    // Fills the table from tab-separated rows (as a spreadsheet copies them), starting at the
    // current cell and adding rows as needed; emits `edited` once.
    void pasteText(const QString &text);

    // Writes a cell that is still being edited into the table (before saving, say).
    void commitPendingEdit();

    // The sum of the column widths and frame: what the table needs to show without a scroll bar.
    int preferredWidth() const;

signals:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

    // Subclasses load their rows between these, so that loading does not count as an edit.
    void beginLoading(int rowCount);
    void endLoading();

    QString cellText(int row, int column) const;
    bool cellChecked(int row, int column) const;
    int cellMinutes(int row, int column) const;
    QString cellTeamKey(int row, int column) const;
    QVariant cellData(int row, int column, int role) const;

    void setCellText(int row, int column, const QString &text);
    void setCellChecked(int row, int column, bool checked);
    void setCellMinutes(int row, int column, int minutes);
    void setCellTeamKey(int row, int column, const QString &teamKey);
    void setCellData(int row, int column, int role, const QVariant &value);
    // Sets a cell from pasted text, interpreted according to the column's kind.
    void setCellFromText(int row, int column, const QString &text);

    // A fresh row gets an item of the right kind in every column.
    virtual void initialiseRow(int row);

private:
    // Row heights follow the wrapped text; they are fitted once the columns have their widths.
    void scheduleRowResize();
    QTableWidgetItem *ensureItem(int row, int column);
    void announceEdit();

    QList<Column> m_columns;
    int m_loading = 0;
    bool m_rowResizePending = false;
};

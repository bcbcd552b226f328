#pragma once

#include <QDate>
#include <QList>
#include <QTime>
#include <QSet>
#include <QString>
#include <QTableWidget>
#include <functional>

// A table of one part of the plan (contacts, levels, categories, reporting chain). Cells hold plain
// text; a column may instead hold a contact team, a tick box or a number of minutes, each with its
// own editor (PlanTableDelegate). Rows can be added, removed and pasted from a spreadsheet. Every
// change the user makes is announced once through `edited`.
// The editor shows a table filling its tab; the wizard shows some columns read-only, a fixed set of
// rows, or the whole table on a scrolling page (the setters below, all off by default).
class PlanTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    // Choice: one of the column's `choices` (a stable key shown by its label); Date and Time hold a
    // QDate / QTime, edited with Qt's date and time editors and shown as 2027-03-26 / 09:30.
    enum class ColumnKind { Text, MultiLineText, Team, Check, Minutes, Choice, Date, Time };
    struct Choice
    {
        QString key;
        QString label;
    };
    struct Column
    {
        QString header;
        ColumnKind kind = ColumnKind::Text;
        int width = 120; // 0: the column takes the remaining width
        QString toolTip = {};
        QList<Choice> choices = {}; // for ColumnKind::Choice; the first is a new row's value
        // Other headings a spreadsheet may give this column (the other language's, say): a pasted
        // first line that holds only headings is left out (see pasteText).
        QStringList aliases = {};
    };

    PlanTableWidget(const QString &objectName, const QList<Column> &columns, QWidget *parent = nullptr);

    ColumnKind columnKind(int column) const;
    QList<Choice> columnChoices(int column) const;

    // Cells of a read-only column cannot be edited, ticked or pasted into.
    void setColumnReadOnly(int column, bool readOnly = true);
    bool isColumnReadOnly(int column) const;
    // With a fixed row count, a paste fills the rows there are and adds none.
    void setRowCountFixed(bool fixed);
    // Rows for which `emphasised` returns true are drawn in bold; it is asked again at every repaint,
    // so it may depend on the cells' text (the wizard's required contacts).
    void setRowEmphasis(std::function<bool(int row)> emphasised);
    bool isRowEmphasised(int row) const;
    // Asks for the height of all its rows and never scrolls vertically: for a table on a page that
    // scrolls as a whole, where a small scrolling window into the table would be awkward.
    void setShowsAllRows(bool showsAllRows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Appends an empty row after the current one (or at the end), selects it and emits `edited`.
    int addRow();
    // The rows of the selected cells (or the current row if nothing is selected), in order.
    QList<int> selectedRows() const;
    // Removes the rows of the selected cells; emits `edited` if anything was removed.
    void removeSelectedRows();
    // Fills the table from tab-separated rows (as a spreadsheet copies them), starting at the
    // current cell and adding rows as needed; emits `edited` once. A first line whose cells are the
    // headings of the columns they would land in (this table's, or their aliases; case and spaces
    // aside) is the spreadsheet's header row and is left out.
    void pasteText(const QString &text);
    // Whether the last paste left out a header row.
    bool lastPasteLeftOutHeader() const { return m_lastPasteLeftOutHeader; }
    // Lines of a paste with nothing in any cell are left out rather than become empty rows (a list
    // of people copied from a spreadsheet, with the empty lines between its blocks).
    void setSkipsBlankPastedLines(bool skips);

    // Writes a cell that is still being edited into the table (before saving, say).
    void commitPendingEdit();

    // The sum of the column widths and frame: what the table needs to show without a scroll bar.
    int preferredWidth() const;

signals:
    void edited();
    // After every paste, with the number of blank lines left out (setSkipsBlankPastedLines).
    void pasted(int blankLinesLeftOut);

protected:
    void keyPressEvent(QKeyEvent *event) override;

    // Subclasses load their rows between these, so that loading does not count as an edit.
    void beginLoading(int rowCount);
    void endLoading();

    QString cellText(int row, int column) const;
    bool cellChecked(int row, int column) const;
    int cellMinutes(int row, int column) const;
    QString cellTeamKey(int row, int column) const;
    QString cellChoiceKey(int row, int column) const;
    QDate cellDate(int row, int column) const;
    QTime cellTime(int row, int column) const;
    QVariant cellData(int row, int column, int role) const;

    void setCellText(int row, int column, const QString &text);
    void setCellChecked(int row, int column, bool checked);
    void setCellMinutes(int row, int column, int minutes);
    void setCellTeamKey(int row, int column, const QString &teamKey);
    // An unknown key selects the column's first choice.
    void setCellChoiceKey(int row, int column, const QString &key);
    void setCellDate(int row, int column, const QDate &date);
    void setCellTime(int row, int column, const QTime &time);
    // Whether a row holds nothing but the defaults of a new row (blank pasted lines).
    bool isRowBlank(int row) const;
    void setCellData(int row, int column, int role, const QVariant &value);
    // Sets a cell from pasted text, interpreted according to the column's kind.
    void setCellFromText(int row, int column, const QString &text);

    // A fresh row gets an item of the right kind in every column.
    virtual void initialiseRow(int row);

private:
    // Row heights follow the wrapped text; they are fitted once the columns have their widths.
    void scheduleRowResize();
    QTableWidgetItem *ensureItem(int row, int column);
    Qt::ItemFlags cellFlags(int column) const;
    // The header, every row and the frame (setShowsAllRows).
    int allRowsHeight() const;
    void announceEdit();
    bool isHeaderLine(const QString &line, int firstColumn) const;

    QList<Column> m_columns;
    QSet<int> m_readOnlyColumns;
    std::function<bool(int row)> m_rowEmphasis;
    int m_loading = 0;
    bool m_rowResizePending = false;
    bool m_rowCountFixed = false;
    bool m_showsAllRows = false;
    bool m_skipsBlankPastedLines = false;
    bool m_lastPasteLeftOutHeader = false;
};

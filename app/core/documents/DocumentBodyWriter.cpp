#include "DocumentBodyWriter.h"

#include "FormalDocument.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>

namespace {
constexpr qreal kWritingLineHeightPercent = 230; // an empty table line, tall enough to write in
constexpr qreal kCellLineHeightPercent = 110;
} // namespace

DocumentBodyWriter::DocumentBodyWriter(QTextDocument &document, const DocumentLanguage &language,
                                       const char *context)
    : m_cursor(&document), m_language(language), m_context(context)
{
    document.setUndoRedoEnabled(false);
    document.setDocumentMargin(0);
    document.setDefaultFont(DocumentStyle::font(DocumentStyle::bodyPointSize));
}

QTextCharFormat DocumentBodyWriter::charFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(pointSize, bold));
    return format;
}

QStringList DocumentBodyWriter::linesOf(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    for (const QString &line : normalised.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QString DocumentBodyWriter::colon() const
{
    return m_language.isChinese() ? QStringLiteral("：") : QStringLiteral(": ");
}

void DocumentBodyWriter::title(const QString &text)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(6);
    format.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    format.setProperty(FormalDocument::KeepWithNextProperty, true);
    startBlock(format);
    m_cursor.insertText(text, charFormat(18, true));
}

void DocumentBodyWriter::subtitle(const QString &text, qreal pointSize, qreal bottomMargin)
{
    if (text.trimmed().isEmpty())
        return;
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(bottomMargin);
    format.setProperty(FormalDocument::KeepWithNextProperty, true);
    startBlock(format);
    m_cursor.insertText(text.trimmed(), charFormat(pointSize));
}

void DocumentBodyWriter::titleBlock(const QString &kind, const QString &subject, const QString &organisation)
{
    title(kind);
    subtitle(subject);
    subtitle(organisation, DocumentStyle::bodyPointSize, 8);
}

void DocumentBodyWriter::heading(const QString &text)
{
    QTextBlockFormat format;
    format.setTopMargin(14);
    format.setBottomMargin(6);
    format.setHeadingLevel(2); // kept in the document structure for accessibility
    format.setNonBreakableLines(true);
    format.setProperty(FormalDocument::KeepWithNextProperty, true);
    startBlock(format);
    ++m_section;
    m_cursor.insertText(m_language.sectionNumber(m_section) +
                            (m_language.isChinese() ? QString() : QStringLiteral(" ")) + text,
                        charFormat(DocumentStyle::sectionPointSize, true));
}

void DocumentBodyWriter::caption(const QString &text)
{
    QTextBlockFormat format;
    format.setTopMargin(6);
    format.setBottomMargin(2);
    format.setProperty(FormalDocument::KeepWithNextProperty, true);
    startBlock(format);
    m_cursor.insertText(text, charFormat(DocumentStyle::bodyPointSize, true));
}

void DocumentBodyWriter::paragraphs(const QString &text, const QString &empty)
{
    QStringList lines = linesOf(text);
    if (lines.isEmpty())
        lines << empty;
    for (const QString &line : std::as_const(lines))
        paragraph(line);
}

void DocumentBodyWriter::paragraph(const QString &text, Qt::Alignment alignment, bool indent)
{
    QTextBlockFormat format;
    format.setLineHeight(DocumentStyle::lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(4);
    format.setAlignment(alignment);
    // Chinese paragraphs open with an indent of two characters, as in the plan document.
    if (indent && m_language.isChinese() && alignment == Qt::AlignLeft)
        format.setTextIndent(2 * DocumentStyle::bodyPointSize);
    startBlock(format);
    m_cursor.insertText(text, charFormat(DocumentStyle::bodyPointSize));
}

void DocumentBodyWriter::numberedList(const QStringList &entries, const QString &empty)
{
    QStringList shown;
    for (const QString &entry : entries) {
        const QString text = linesOf(entry).join(QLatin1Char(' '));
        if (!text.isEmpty())
            shown << text;
    }
    if (shown.isEmpty()) {
        paragraph(empty);
        return;
    }
    // A list is not a paragraph: its numbers line up with the text, without the first-line indent.
    for (qsizetype i = 0; i < shown.size(); ++i)
        paragraph(QStringLiteral("%1. %2").arg(i + 1).arg(shown.at(i)), Qt::AlignLeft, false);
}

void DocumentBodyWriter::spacer(qreal points)
{
    QTextBlockFormat format;
    format.setTopMargin(points);
    startBlock(format);
}

QTextTable *DocumentBodyWriter::table(const QList<QList<Cell>> &rows, const QList<qreal> &widths,
                                      int headerRows)
{
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0.5);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderBrush(QColor(0x55, 0x55, 0x55));
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(4);
    tableFormat.setHeaderRowCount(headerRows);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setTopMargin(4);
    tableFormat.setBottomMargin(8);
    tableFormat.setProperty(FormalDocument::KeepRowsTogetherProperty, true);
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    tableFormat.setColumnWidthConstraints(constraints);

    const int columns = int(widths.size());
    QTextTable *table = m_cursor.insertTable(int(rows.size()), columns, tableFormat);
    struct Span
    {
        int row;
        int column;
        int columns;
    };
    QList<Span> spans;
    for (int row = 0; row < rows.size(); ++row) {
        int column = 0;
        for (const Cell &cell : rows.at(row)) {
            if (column >= columns)
                break;
            const int span = qBound(1, cell.columnSpan, columns - column);
            if (span > 1)
                spans.append({row, column, span});
            fillCell(table->cellAt(row, column), cell, row < headerRows);
            column += span;
        }
    }
    // Merged once every cell is filled: the cells a merge swallows are empty, and the cells are
    // found by their row and column as built.
    for (const Span &span : std::as_const(spans))
        table->mergeCells(span.row, span.column, 1, span.columns);
    m_cursor.movePosition(QTextCursor::End);
    m_atStart = false;
    return table;
}

QTextTable *DocumentBodyWriter::listTable(const QStringList &headers, const QList<QStringList> &rows,
                                          const QList<qreal> &widths, bool writingSpace)
{
    QList<QList<Cell>> cells;
    QList<Cell> header;
    for (const QString &title : headers)
        header << Cell{title, true, true, false, 1, Qt::AlignHCenter};
    cells << header;
    for (const QStringList &row : rows) {
        QList<Cell> line;
        for (const QString &text : row)
            line << Cell{text, false, false, writingSpace && text.isEmpty()};
        cells << line;
    }
    return table(cells, widths, 1);
}

void DocumentBodyWriter::listTableOrNone(const QStringList &headers, const QList<QStringList> &rows,
                                         const QList<qreal> &widths, const QString &none)
{
    if (rows.isEmpty())
        paragraph(none);
    else
        listTable(headers, rows, widths);
}

void DocumentBodyWriter::fieldTable(const QList<Field> &fields, bool writingSpace)
{
    QList<QList<Cell>> rows;
    QList<Cell> pending;
    for (const Field &field : fields) {
        const bool blank = writingSpace && field.value.isEmpty();
        const Cell label{field.label, true, true, false, 1, Qt::AlignLeft};
        if (field.wide) {
            if (!pending.isEmpty()) {
                rows << pending;
                pending.clear();
            }
            rows << QList<Cell>{label, Cell{field.value, false, false, blank, 3}};
            continue;
        }
        pending << label << Cell{field.value, false, false, blank};
        if (pending.size() == 4) {
            rows << pending;
            pending.clear();
        }
    }
    if (!pending.isEmpty()) {
        pending.last().columnSpan = 3;
        rows << pending;
    }
    table(rows, {19, 31, 19, 31}, 0);
}

void DocumentBodyWriter::writingBox(int lines, const QString &printed)
{
    QList<Cell> cell{Cell{printed, false, false, true}};
    QTextTable *box = table({cell}, {100}, 0);
    QTextCursor cursor = box->cellAt(0, 0).lastCursorPosition();
    QTextBlockFormat empty = cursor.blockFormat();
    empty.setLineHeight(kWritingLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    for (int i = printed.isEmpty() ? 1 : 0; i < lines; ++i)
        cursor.insertBlock(empty, charFormat(DocumentStyle::tablePointSize));
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBodyWriter::signatureLines(const QStringList &labels, const QStringList &values,
                                        const QList<qreal> &widths, qreal valuePointSize)
{
    m_keepWithNext = true;
    spacer(18);
    m_keepWithNext = false;
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(3);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setTopMargin(10);
    tableFormat.setProperty(FormalDocument::KeepRowsTogetherProperty, true);
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    tableFormat.setColumnWidthConstraints(constraints);
    const int pairs = int(labels.size());
    QTextTable *table = m_cursor.insertTable(1, 2 * pairs, tableFormat);
    for (int i = 0; i < pairs; ++i) {
        QTextTableCell label = table->cellAt(0, 2 * i);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight | Qt::AlignBottom);
        QTextCursor labelCursor = label.firstCursorPosition();
        labelCursor.setBlockFormat(right);
        labelCursor.insertText(labels.at(i) +
                                   (m_language.isChinese() ? QStringLiteral("：") : QStringLiteral(":")),
                               charFormat(DocumentStyle::tablePointSize + 0.5, true));
        QTextTableCell line = table->cellAt(0, 2 * i + 1);
        QTextTableCellFormat lineFormat = line.format().toTableCellFormat();
        lineFormat.setBottomBorder(0.75);
        lineFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        lineFormat.setBottomBorderBrush(QColor(0x22, 0x22, 0x22));
        lineFormat.setVerticalAlignment(QTextCharFormat::AlignBottom);
        line.setFormat(lineFormat);
        QTextCursor lineCursor = line.firstCursorPosition();
        QTextBlockFormat space;
        space.setLineHeight(200, QTextBlockFormat::ProportionalHeight);
        lineCursor.setBlockFormat(space);
        lineCursor.insertText(values.value(i).trimmed(), charFormat(valuePointSize));
    }
    m_cursor.movePosition(QTextCursor::End);
    m_atStart = false;
}

void DocumentBodyWriter::startBlock(QTextBlockFormat format)
{
    if (m_keepWithNext)
        format.setProperty(FormalDocument::KeepWithNextProperty, true);
    if (m_atStart)
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
    m_atStart = false;
}

void DocumentBodyWriter::fillCell(QTextTableCell cell, const Cell &content, bool header)
{
    if (content.shaded) {
        QTextCharFormat background = cell.format();
        background.setBackground(header ? QColor(0xE8, 0xE8, 0xE8) : QColor(0xF3, 0xF3, 0xF3));
        cell.setFormat(background);
    }
    QTextBlockFormat block;
    block.setAlignment(content.alignment);
    // Lines of a cell closer than about 115 % are read by pdftotext (and by copy in most viewers)
    // as one block, so a wrapped cell does not come out interleaved with its neighbours.
    block.setLineHeight(content.writingSpace ? kWritingLineHeightPercent : kCellLineHeightPercent,
                        QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat format = charFormat(DocumentStyle::tablePointSize, content.bold);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(format);
    const QStringList lines = linesOf(content.text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(block, format);
        cursor.insertText(lines.at(i), format);
    }
}

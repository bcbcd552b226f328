#include "FormalDocumentRenderer.h"

#include "DocumentStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QSet>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>
#include <cmath>

namespace {

struct PageGeometry
{
    qreal dotsPerMillimetre = 0;
    QRectF page;
    QRectF body;

    explicit PageGeometry(QPaintDevice &device)
    {
        dotsPerMillimetre = device.logicalDpiY() / 25.4;
        page = QRectF(0, 0, device.width(), device.height());
        const QMarginsF margins = DocumentStyle::marginsMillimetres();
        body = page.adjusted(margins.left() * dotsPerMillimetre, margins.top() * dotsPerMillimetre,
                             -margins.right() * dotsPerMillimetre, -margins.bottom() * dotsPerMillimetre);
        // Whole device pixels: the text layout keeps positions in 1/64 px, so a fractional page
        // height puts a line that was moved to the next page a hair above the page boundary, where
        // it counts as part of both pages.
        body.setSize(QSizeF(std::floor(body.width()), std::floor(body.height())));
    }
    qreal mm(qreal millimetres) const { return millimetres * dotsPerMillimetre; }
};

// The resolution QTextDocumentLayout takes its lengths to be in: it multiplies margins, padding,
// borders and indents by (device dpi / this), as qt_defaultDpiY() computes it (qfont.cpp).
qreal layoutReferenceDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

// Builders give every length (margins, padding, borders, indent levels) in points. QTextDocumentLayout
// reads them as pixels of the reference resolution above, which depends on the screen; turning
// points into such pixels here makes a document measure the same on every machine and device.
// Done once per document (a second call with the same screen changes nothing).
void scaleLengthsToPoints(QTextDocument &document)
{
    static const char *const kScaleProperty = "plandeskLengthScale";
    const qreal wanted = layoutReferenceDpi() / 72.0;
    const QVariant applied = document.property(kScaleProperty);
    const qreal factor = wanted / (applied.isValid() ? applied.toReal() : 1.0);
    document.setProperty(kScaleProperty, wanted);
    if (qFuzzyCompare(factor, 1.0))
        return;

    document.setIndentWidth(document.indentWidth() * factor);
    QList<QTextFrame *> frames = {document.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeLast();
        frames.append(frame->childFrames());
        QTextFrameFormat format = frame->frameFormat();
        format.setBorder(format.border() * factor);
        format.setPadding(format.padding() * factor);
        format.setTopMargin(format.topMargin() * factor);
        format.setBottomMargin(format.bottomMargin() * factor);
        format.setLeftMargin(format.leftMargin() * factor);
        format.setRightMargin(format.rightMargin() * factor);
        if (format.isTableFormat()) {
            QTextTableFormat table = format.toTableFormat();
            table.setCellPadding(table.cellPadding() * factor);
            table.setCellSpacing(table.cellSpacing() * factor);
            format = table;
        }
        frame->setFrameFormat(format);
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(format.topMargin() * factor);
        format.setBottomMargin(format.bottomMargin() * factor);
        format.setLeftMargin(format.leftMargin() * factor);
        format.setRightMargin(format.rightMargin() * factor);
        QTextCursor(block).setBlockFormat(format);
    }
}

// A block's first-line indent is the exception: QTextDocumentLayout adds it to the line's position
// as it is, in device pixels, without the scaling it gives margins. Builders give it in points
// (2 em of the body font), so it is turned into pixels of `device` here; on a 1200 dpi PDF it
// would otherwise be a sixteenth of what was asked for. Done again only for a device of another
// resolution.
void scaleTextIndentsToDevice(QTextDocument &document, const QPaintDevice &device)
{
    static const char *const kDpiProperty = "plandeskTextIndentDpi";
    const qreal dpi = device.logicalDpiX();
    const QVariant applied = document.property(kDpiProperty);
    const qreal factor = dpi / (applied.isValid() ? applied.toReal() : 72.0);
    document.setProperty(kDpiProperty, dpi);
    if (qFuzzyCompare(factor, 1.0))
        return;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.textIndent() == 0)
            continue;
        format.setTextIndent(format.textIndent() * factor);
        QTextCursor(block).setBlockFormat(format);
    }
}

void prepare(QTextDocument &document, QPaintDevice &device, const QSizeF &size)
{
    scaleLengthsToPoints(document);
    scaleTextIndentsToDevice(document, device);
    // QTextDocument's default, WrapAtWordBoundaryOrAnywhere, cuts a word that does not fit its
    // table column (Ransomw / are). WordWrap breaks English between words only (the column is
    // widened to its longest word, the others give way) and Chinese still between characters, by
    // Unicode line breaking; a web address still breaks after its slashes.
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(size);
}

qreal firstLineTop(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (layout && layout->lineCount() > 0)
        return rect.top() + layout->lineAt(0).y();
    return rect.top();
}

// QTextDocument has no "keep with next": a heading that would end a page is moved to the next one.
void keepHeadingsWithText(FormalDocument &document)
{
    QTextDocument &body = *document.body;
    const qreal pageHeight = body.pageSize().height();
    for (const FormalDocument::Heading &heading : std::as_const(document.headings)) {
        QTextBlock block = body.findBlockByNumber(heading.blockNumber);
        const QTextBlock next = block.next();
        if (!block.isValid() || !next.isValid())
            continue;
        const int headingPage = int(firstLineTop(body, block) / pageHeight);
        const int nextPage = int(firstLineTop(body, next) / pageHeight);
        if (nextPage > headingPage) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
            // Changing a format alone leaves the later pages of the layout stale (they lose text),
            // so the rest of the document is laid out again from this heading on.
            body.markContentsDirty(block.position(), body.characterCount() - block.position());
        }
    }
}

// Qt skips whole blocks outside a page's clip but draws every line of a block it does not skip,
// so a paragraph that runs across a page break would be written into the text layer of both
// pages (invisible, clipped, but found twice by search and copied twice). Splitting such blocks
// where the new page begins keeps each line in the text of its own page only. The split part
// continues the paragraph: no first-line indent, no space above.
void splitBlocksAtPageBreaks(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    struct Split
    {
        int position;
        QTextBlockFormat format;
        QTextCharFormat charFormat;
    };
    // A split moves no line (the part after it already starts a page), so every split point can be
    // taken from one layout and the document laid out again once; a second pass confirms it.
    for (int pass = 0; pass < 4; ++pass) {
        QList<Split> splits;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            int page = int((top + lines->lineAt(0).y()) / pageHeight);
            for (int i = 1; i < lines->lineCount(); ++i) {
                const int linePage = int((top + lines->lineAt(i).y()) / pageHeight);
                if (linePage == page)
                    continue;
                page = linePage;
                QTextBlockFormat continuation = block.blockFormat();
                continuation.setTextIndent(0);
                continuation.setTopMargin(0);
                continuation.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                splits.append({block.position() + lines->lineAt(i).textStart(), continuation, block.charFormat()});
            }
        }
        if (splits.isEmpty())
            return;
        QTextCursor cursor(&document);
        // One edit block: the layout hears of all the inserts at once instead of re-laying out
        // the rest of the document after each.
        cursor.beginEditBlock();
        for (auto split = splits.crbegin(); split != splits.crend(); ++split) {
            cursor.setPosition(split->position);
            cursor.insertBlock(split->format, split->charFormat);
        }
        cursor.endEditBlock();
        document.markContentsDirty(0, document.characterCount());
    }
}

// What builders marked to keep together (FormalDocument::KeepWithNextProperty and
// KeepRowsTogetherProperty). QTextDocument breaks pages line by line: a caption can end a page
// with its table on the next, and a table row is split wherever a page ends unless not even the
// first line of any of its cells fits.
class KeepTogether
{
public:
    explicit KeepTogether(QTextDocument &document) : m_document(document), m_pageHeight(document.pageSize().height())
    {
    }

    static bool anyMarks(const QTextDocument &document)
    {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().boolProperty(FormalDocument::KeepWithNextProperty))
                return true;
        }
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            if (frame->frameFormat().boolProperty(FormalDocument::KeepRowsTogetherProperty))
                return true;
        }
        return false;
    }

    // One fix at a time, from the top: each moves only what comes after it, so a later problem
    // is judged on the final layout of everything above it. A fix that did not help is not
    // tried again, so this ends.
    void apply()
    {
        for (int round = 0; round < 1000; ++round) {
            if (!fixFirstProblem())
                return;
        }
    }

private:
    struct Extent
    {
        qreal top = -1;
        qreal bottom = -1;
        bool isValid() const { return top >= 0; }
    };

    int pageOf(qreal y) const { return int(y / m_pageHeight); }

    Extent linesOf(const QTextBlock &block) const
    {
        Extent extent;
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return extent;
        const qreal top = m_document.documentLayout()->blockBoundingRect(block).top();
        const QTextLine first = layout->lineAt(0);
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        extent.top = top + first.y();
        extent.bottom = top + last.y() + last.height();
        return extent;
    }

    // The lines of one table row, all cells together.
    Extent linesOf(QTextTable *table, int row) const
    {
        Extent extent;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column || cell.rowSpan() != 1)
                continue;
            QTextBlock block = cell.firstCursorPosition().block();
            const QTextBlock end = cell.lastCursorPosition().block();
            while (block.isValid()) {
                const Extent lines = linesOf(block);
                if (lines.isValid()) {
                    extent.top = extent.isValid() ? qMin(extent.top, lines.top) : lines.top;
                    extent.bottom = qMax(extent.bottom, lines.bottom);
                }
                if (block == end)
                    break;
                block = block.next();
            }
        }
        return extent;
    }

    // The first of the run of keep-with-next blocks just before `block` (or `block` itself).
    QTextBlock runStart(QTextBlock block) const
    {
        QTextBlock previous = block.previous();
        while (previous.isValid() && previous.blockFormat().boolProperty(FormalDocument::KeepWithNextProperty)
               && !QTextCursor(previous).currentTable()) {
            block = previous;
            previous = block.previous();
        }
        return block;
    }

    // Whether anything is laid out above `top` on its page (if not, moving it gains nothing).
    bool startsPage(const QTextBlock &block, qreal top) const
    {
        for (QTextBlock previous = block.previous(); previous.isValid(); previous = previous.previous()) {
            const Extent lines = linesOf(previous);
            if (lines.isValid())
                return pageOf(lines.top) < pageOf(top);
        }
        return true;
    }

    bool moveToNextPage(const QTextBlock &block)
    {
        const Extent lines = linesOf(block);
        // A block already moved is not moved again: that would only leave a page empty.
        if (!lines.isValid() || (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            || startsPage(block, lines.top))
            return false;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        relayoutFrom(block.position());
        return true;
    }

    // A table's first rows do not fit on its page: the table goes to the next page, with the
    // caption or heading above it.
    bool moveTable(QTextTable *table)
    {
        const QTextBlock before = m_document.findBlock(table->firstPosition() - 1);
        if (before.isValid() && before.blockFormat().boolProperty(FormalDocument::KeepWithNextProperty))
            return moveToNextPage(runStart(before));
        const Extent first = linesOf(table, 0);
        if (!first.isValid() || (table->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            || startsPage(table->firstCursorPosition().block(), first.top))
            return false;
        QTextFrameFormat format = table->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFrameFormat(format);
        relayoutFrom(table->firstPosition());
        return true;
    }

    // Row `row` is cut by a page break. Qt moves a row to the next page when it begins within the
    // table's bottom margin at the foot of a page, so the row above it is lengthened to the foot
    // of the page (what Qt does itself when it moves a row): an empty line is added under the
    // lowest text of that row, as tall as still fits on the page. Padding would not do: Qt keeps
    // a cell's bottom padding clear of the page's foot, which moves the cell's own last lines.
    bool moveRow(QTextTable *table, int row, const Extent &lines)
    {
        const std::pair<QTextTable *, int> key{table, row};
        if (m_movedRows.contains(key))
            return false;
        m_movedRows.insert(key);
        const int page = pageOf(lines.top);
        const qreal pageEnd = (page + 1) * m_pageHeight;

        // The cell of the row above whose text reaches lowest.
        QTextTableCell lowest;
        qreal bottom = -1;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row - 1, column);
            if (cell.row() != row - 1 || cell.column() != column || cell.rowSpan() != 1)
                continue;
            const Extent text = linesOf(cell.lastCursorPosition().block());
            if (text.isValid() && text.bottom > bottom) {
                bottom = text.bottom;
                lowest = cell;
            }
        }
        if (!lowest.isValid() || pageOf(bottom - 1) != page)
            return false;

        QTextCursor cursor = lowest.lastCursorPosition();
        QTextBlockFormat spacerFormat;
        spacerFormat.setLineHeight(0, QTextBlockFormat::FixedHeight);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        cursor.insertBlock(spacerFormat, tiny);
        const int spacerPosition = cursor.block().position();
        auto spacer = [&] { return m_document.findBlock(spacerPosition); };
        auto setHeight = [&](qreal height) {
            QTextBlockFormat format = spacer().blockFormat();
            format.setLineHeight(height, QTextBlockFormat::FixedHeight);
            QTextCursor(spacer()).setBlockFormat(format);
            relayoutFrom(table->firstPosition());
        };
        // The line stays on this page (a taller one goes to the next page).
        auto fits = [&] {
            const Extent line = linesOf(spacer());
            return line.isValid() && pageOf(line.top) == page;
        };

        // Line heights are in the document's units: measure how many device pixels one is.
        constexpr qreal probe = 10;
        setHeight(probe);
        const Extent probed = linesOf(table, row);
        bool moved = false;
        if (probed.isValid() && fits() && probed.top > lines.top) {
            const qreal pixelsPerUnit = (probed.top - lines.top) / probe;
            qreal low = probe;
            qreal high = qMax(probe, (pageEnd - bottom) / pixelsPerUnit);
            while ((high - low) * pixelsPerUnit > 2) {
                const qreal middle = (low + high) / 2;
                setHeight(middle);
                (fits() ? low : high) = middle;
            }
            setHeight(low);
            const Extent now = linesOf(table, row);
            // It must now begin the next page, whole, close under the repeated header.
            moved = fits() && now.isValid() && pageOf(now.top) == page + 1 && pageOf(now.bottom - 1) == page + 1
                    && now.top - (page + 1) * m_pageHeight < 0.5 * m_pageHeight;
        }
        if (!moved) {
            QTextCursor remove(spacer());
            remove.movePosition(QTextCursor::PreviousCharacter);
            remove.setPosition(spacer().position() + spacer().length() - 1, QTextCursor::KeepAnchor);
            remove.removeSelectedText();
            relayoutFrom(table->firstPosition());
        }
        return moved;
    }

    bool fixTable(QTextTable *table)
    {
        const int headerRows = qMax(0, table->format().headerRowCount());
        Extent header;
        for (int row = 0; row < headerRows && row < table->rows(); ++row) {
            const Extent lines = linesOf(table, row);
            if (lines.isValid())
                header = Extent{header.isValid() ? header.top : lines.top, lines.bottom};
        }
        const qreal headerHeight = header.isValid() ? header.bottom - header.top : 0;
        for (int row = headerRows; row < table->rows(); ++row) {
            Extent lines = linesOf(table, row);
            // The last row ends with its cells' padding and border below the text (the lines to
            // sign on): all of it must fit, or the border alone makes a page of its own.
            if (row == table->rows() - 1 && lines.isValid())
                lines.bottom = qMax(lines.bottom, m_document.documentLayout()->frameBoundingRect(table).bottom()
                                                      - table->format().bottomMargin());
            if (!lines.isValid() || pageOf(lines.top) == pageOf(lines.bottom - 1))
                continue;
            // A row taller than what a page holds under the header is split where it must be.
            if (lines.bottom - lines.top > 0.85 * m_pageHeight - headerHeight)
                continue;
            if (row == headerRows ? moveTable(table) : moveRow(table, row, lines))
                return true;
        }
        return false;
    }

    bool fixFirstProblem()
    {
        for (auto it = m_document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextTable *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                if (table->format().boolProperty(FormalDocument::KeepRowsTogetherProperty) && fixTable(table))
                    return true;
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (!block.isValid() || !block.blockFormat().boolProperty(FormalDocument::KeepWithNextProperty))
                continue;
            const QTextBlock next = block.next();
            const Extent lines = linesOf(block);
            const Extent nextLines = linesOf(next);
            if (lines.isValid() && nextLines.isValid() && pageOf(nextLines.top) > pageOf(lines.top)
                && moveToNextPage(runStart(block)))
                return true;
        }
        return false;
    }

    void relayoutFrom(int position)
    {
        // As in keepHeadingsWithText: a format change alone leaves later pages of the layout stale.
        m_document.markContentsDirty(position, m_document.characterCount() - position);
    }

    QTextDocument &m_document;
    const qreal m_pageHeight;
    QSet<std::pair<QTextTable *, int>> m_movedRows;
};

std::unique_ptr<QTextDocument> buildContents(const FormalDocument &document, const QList<int> &pageNumbers)
{
    auto contents = std::make_unique<QTextDocument>();
    contents->setUndoRedoEnabled(false);
    contents->setIndentWidth(DocumentStyle::indentPoints);
    contents->setDefaultFont(DocumentStyle::font(DocumentStyle::bodyPointSize));
    QTextCursor cursor(contents.get());
    QTextBlockFormat titleFormat;
    titleFormat.setAlignment(Qt::AlignHCenter);
    titleFormat.setBottomMargin(18);
    cursor.setBlockFormat(titleFormat);
    QTextCharFormat titleChars;
    titleChars.setFont(DocumentStyle::font(DocumentStyle::chapterPointSize, true));
    cursor.insertText(document.contentsTitle, titleChars);
    cursor.insertBlock(QTextBlockFormat());

    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                           QTextLength(QTextLength::PercentageLength, 10)});
    QTextTable *table = cursor.insertTable(int(document.headings.size()), 2, tableFormat);
    for (int row = 0; row < document.headings.size(); ++row) {
        const FormalDocument::Heading &heading = document.headings.at(row);
        QTextCharFormat chars;
        chars.setFont(DocumentStyle::font(DocumentStyle::bodyPointSize, heading.level == 0));
        QTextBlockFormat left;
        left.setIndent(heading.level);
        QTextCursor labelCursor = table->cellAt(row, 0).firstCursorPosition();
        labelCursor.setBlockFormat(left);
        labelCursor.insertText(heading.label, chars);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        QTextCursor pageCursor = table->cellAt(row, 1).firstCursorPosition();
        pageCursor.setBlockFormat(right);
        pageCursor.insertText(QString::number(row < pageNumbers.size() ? pageNumbers.at(row) : 999), chars);
    }
    return contents;
}

struct Layout
{
    std::unique_ptr<QTextDocument> contents;
    int coverPages = 0;
    int contentsPages = 0;
    int bodyPages = 0;
    int total() const { return coverPages + contentsPages + bodyPages; }
};

// QTextDocument always keeps an empty block after a table. When a table ends a document (the
// signature lines of a drill record) and fills its page to the bottom, that block alone would make
// a blank last page: the pages are counted to the end of the table instead.
int contentPageCount(QTextDocument &document)
{
    const int pages = document.pageCount();
    const QTextBlock last = document.lastBlock();
    if (pages <= 1 || last.blockNumber() == 0 || !last.text().isEmpty())
        return pages;
    QTextFrame *frame = QTextCursor(last.previous()).currentFrame();
    if (!frame || frame == document.rootFrame())
        return pages;
    const qreal bottom = document.documentLayout()->frameBoundingRect(frame).bottom();
    const int contentPages = int(std::ceil(bottom / document.pageSize().height() - 1e-6));
    return std::clamp(contentPages, 1, pages);
}

Layout layOut(FormalDocument &document, QPagedPaintDevice &device, const PageGeometry &geometry)
{
    Layout layout;
    const QSizeF bodySize = geometry.body.size();
    if (document.cover) {
        prepare(*document.cover, device, bodySize);
        layout.coverPages = 1;
    }
    prepare(*document.body, device, bodySize);
    keepHeadingsWithText(document);
    if (KeepTogether::anyMarks(*document.body))
        KeepTogether(*document.body).apply();
    // Splitting renumbers the blocks; cursors follow the text, so the headings are found again.
    QList<QTextCursor> headingCursors;
    for (const FormalDocument::Heading &heading : std::as_const(document.headings))
        headingCursors << QTextCursor(document.body->findBlockByNumber(heading.blockNumber));
    splitBlocksAtPageBreaks(*document.body);
    for (qsizetype i = 0; i < headingCursors.size(); ++i)
        document.headings[i].blockNumber = headingCursors.at(i).block().blockNumber();
    layout.bodyPages = contentPageCount(*document.body);
    if (!document.headings.isEmpty()) {
        // The contents' own length does not depend on the numbers in it, so lay it out once with
        // placeholders to learn how many pages it takes, then fill in the real numbers.
        auto draft = buildContents(document, {});
        prepare(*draft, device, bodySize);
        layout.contentsPages = draft->pageCount();
        QList<int> pageNumbers;
        const qreal pageHeight = bodySize.height();
        for (const FormalDocument::Heading &heading : std::as_const(document.headings)) {
            const QTextBlock block = document.body->findBlockByNumber(heading.blockNumber);
            const int bodyPage = int(firstLineTop(*document.body, block) / pageHeight);
            pageNumbers << layout.coverPages + layout.contentsPages + bodyPage + 1;
        }
        layout.contents = buildContents(document, pageNumbers);
        prepare(*layout.contents, device, bodySize);
    }
    return layout;
}

void drawWatermark(QPainter &painter, const PageGeometry &geometry, const QString &text)
{
    if (text.isEmpty())
        return;
    // Drawn as outlines rather than text: the mark shows on paper and on screen, but does not
    // pollute what a reader searches or copies.
    QFont font = DocumentStyle::font(80, true);
    // A path resolves point sizes at the screen's resolution, not the device's: size it in pixels.
    font.setPixelSize(qRound(80.0 / 72.0 * 25.4 * geometry.dotsPerMillimetre));
    QPainterPath path;
    path.addText(0, 0, font, text);
    const QRectF bounds = path.boundingRect();
    painter.save();
    painter.translate(geometry.page.center());
    painter.rotate(-35);
    painter.translate(-bounds.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 34));
    painter.drawPath(path);
    painter.restore();
}

void drawHeaderAndFooter(QPainter &painter, const PageGeometry &geometry, const FormalDocument &document, int page,
                         int total)
{
    painter.save();
    const QFont font = DocumentStyle::font(DocumentStyle::headerPointSize);
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QFontMetricsF metrics(font, painter.device());
    const qreal headerBottom = geometry.mm(DocumentStyle::headerOffsetMillimetres + 4);
    const qreal width = geometry.body.width();
    const QString right = document.headerRight;
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const QString left = metrics.elidedText(document.headerLeft, Qt::ElideRight, width - rightWidth - geometry.mm(8));
    const QRectF headerRect(geometry.body.left(), headerBottom - metrics.height() - geometry.mm(1), width,
                            metrics.height());
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, right);
    QPen rule(QColor(0x88, 0x88, 0x88));
    rule.setWidthF(geometry.mm(0.2));
    painter.setPen(rule);
    painter.drawLine(QPointF(geometry.body.left(), headerBottom), QPointF(geometry.body.right(), headerBottom));

    painter.setPen(QColor(0x44, 0x44, 0x44));
    const qreal footerTop = geometry.page.bottom() - geometry.mm(DocumentStyle::footerOffsetMillimetres) - metrics.height();
    painter.drawText(QRectF(geometry.body.left(), footerTop, width, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                     document.footerPattern.arg(page).arg(total));
    painter.restore();
}

void drawDocumentPage(QPainter &painter, const PageGeometry &geometry, QTextDocument &text, int pageIndex)
{
    const qreal pageHeight = text.pageSize().height();
    painter.save();
    painter.translate(geometry.body.left(), geometry.body.top() - pageIndex * pageHeight);
    // QTextLayout draws every line that touches the clip, and a line that starts exactly where the
    // next page begins touches this page's bottom edge: it would be written (invisibly) into this
    // page's text layer too. One device pixel off each edge keeps every line on its own page.
    const QRectF clip(0, pageIndex * pageHeight + 1, geometry.body.width(), pageHeight - 2);
    text.drawContents(&painter, clip);
    painter.restore();
}

} // namespace

int FormalDocumentRenderer::layoutPageCount(FormalDocument &document, QPagedPaintDevice &device)
{
    const PageGeometry geometry(device);
    return layOut(document, device, geometry).total();
}

Result<int> FormalDocumentRenderer::render(FormalDocument &document, QPagedPaintDevice &device, const Progress &progress)
{
    if (!document.body)
        return Error{tr("There is nothing to print.")};
    const PageGeometry geometry(device);
    if (geometry.body.width() <= 0 || geometry.body.height() <= 0)
        return Error{tr("The page is too small for the document's margins.")};
    Layout layout = layOut(document, device, geometry);
    const int total = layout.total();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("Could not start writing the document.")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    int page = 0;
    auto startPage = [&]() -> bool {
        if (page > 0 && !device.newPage())
            return false;
        ++page;
        drawWatermark(painter, geometry, document.watermark);
        return true;
    };
    auto finishPage = [&]() { return !progress || progress(page, total); };

    if (document.cover) {
        if (!startPage())
            return Error{tr("Could not start a new page.")};
        drawDocumentPage(painter, geometry, *document.cover, 0);
        if (!finishPage()) {
            painter.end();
            return Error{tr("Cancelled.")};
        }
    }
    const QList<QTextDocument *> parts = {layout.contents.get(), document.body.get()};
    const QList<int> pageCounts = {layout.contentsPages, layout.bodyPages};
    for (qsizetype part = 0; part < parts.size(); ++part) {
        if (!parts.at(part))
            continue;
        for (int index = 0; index < pageCounts.at(part); ++index) {
            if (!startPage()) {
                painter.end();
                return Error{tr("Could not start a new page.")};
            }
            drawHeaderAndFooter(painter, geometry, document, page, total);
            drawDocumentPage(painter, geometry, *parts.at(part), index);
            if (!finishPage()) {
                painter.end();
                return Error{tr("Cancelled.")};
            }
        }
    }
    if (!painter.end())
        return Error{tr("Could not finish writing the document.")};
    return page;
}

#include "FormalDocumentRenderer.h"

#include "DocumentStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextLength>
#include <QTextTable>
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

// Builders give every length (margins, padding, borders, indents) in points. QTextDocumentLayout
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
        format.setTextIndent(format.textIndent() * factor);
        QTextCursor(block).setBlockFormat(format);
    }
}

void prepare(QTextDocument &document, QPaintDevice &device, const QSizeF &size)
{
    scaleLengthsToPoints(document);
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
    // Splitting renumbers the blocks; cursors follow the text, so the headings are found again.
    QList<QTextCursor> headingCursors;
    for (const FormalDocument::Heading &heading : std::as_const(document.headings))
        headingCursors << QTextCursor(document.body->findBlockByNumber(heading.blockNumber));
    splitBlocksAtPageBreaks(*document.body);
    for (qsizetype i = 0; i < headingCursors.size(); ++i)
        document.headings[i].blockNumber = headingCursors.at(i).block().blockNumber();
    layout.bodyPages = document.body->pageCount();
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

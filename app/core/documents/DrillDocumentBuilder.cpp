#include "DrillDocumentBuilder.h"

#include "../Clock.h"
#include "DocumentStyle.h"
#include "PlanDocumentBuilder.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>

#include <algorithm>

namespace {

constexpr const char *kContext = "DrillDocument";

// The running header, footer and watermark are the plan document's own words (already
// translated), so every formal document of a plan reads the same.
constexpr const char *kPlanContext = "PlanDocument";

// What the blank form offers to tick: U+2610 (☐) is not in WenQuanYi Zen Hei, U+25A1 (□) is.
const QString kTickBox = QStringLiteral("□");

// Rows of the blank form, for handwriting.
constexpr int kBlankParticipantRows = 12;
constexpr int kBlankTimelineRows = 10;
constexpr int kBlankObjectiveRows = 3;    // when the item names no objectives
constexpr int kBlankCorrectiveActionRows = 5;
constexpr qreal kWritingLineHeightPercent = 230; // an empty table line, tall enough to write in
constexpr qreal kCellLineHeightPercent = 110;

QTextCharFormat charFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(pointSize, bold));
    return format;
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

// Stored text may carry Windows line ends; each line becomes a block of its own.
QStringList linesOf(const QString &text)
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

// A table cell: its text (lines become blocks), and how it looks.
struct Cell
{
    QString text;
    bool bold = false;
    bool shaded = false;
    bool writingSpace = false; // an empty line for handwriting
    int columnSpan = 1;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Writes one document body: the title block, numbered sections, paragraphs and tables. Every
// string goes in through QTextCursor::insertText, so nothing typed by a user is read as markup.
class Writer
{
public:
    Writer(QTextDocument &document, const DocumentLanguage &language) : m_cursor(&document), m_language(language)
    {
        document.setUndoRedoEnabled(false);
        document.setDocumentMargin(0);
        document.setDefaultFont(DocumentStyle::font(DocumentStyle::bodyPointSize));
    }

    QString t(const char *source) const { return m_language.text(kContext, source); }
    QString colon() const { return m_language.isChinese() ? QStringLiteral("：") : QStringLiteral(": "); }
    QString labelled(const QString &label, const QString &value) const { return label + colon() + value; }

    void title(const QString &text)
    {
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(6);
        format.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        format.setProperty(FormalDocument::KeepWithNextProperty, true);
        startBlock(format);
        m_cursor.insertText(text, charFormat(18, true));
    }

    void subtitle(const QString &text, qreal pointSize = DocumentStyle::sectionPointSize, qreal bottomMargin = 4)
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

    // The title block of a document about one drill: the kind of document, the drill, the organisation.
    void drillTitleBlock(const QString &kind, const QString &drill, const QString &organisation)
    {
        title(kind);
        subtitle(drill);
        subtitle(organisation, DocumentStyle::bodyPointSize, 8);
    }

    // "一、基本情况" / "1. Basic information"
    void heading(const QString &text)
    {
        QTextBlockFormat format;
        format.setTopMargin(14);
        format.setBottomMargin(6);
        format.setHeadingLevel(2); // kept in the document structure for accessibility
        format.setNonBreakableLines(true);
        format.setProperty(FormalDocument::KeepWithNextProperty, true);
        startBlock(format);
        ++m_section;
        m_cursor.insertText(m_language.sectionNumber(m_section) + (m_language.isChinese() ? QString() : QStringLiteral(" "))
                                + text,
                            charFormat(DocumentStyle::sectionPointSize, true));
    }

    // A bold line introducing the table below it.
    void caption(const QString &text)
    {
        QTextBlockFormat format;
        format.setTopMargin(6);
        format.setBottomMargin(2);
        format.setProperty(FormalDocument::KeepWithNextProperty, true);
        startBlock(format);
        m_cursor.insertText(text, charFormat(DocumentStyle::bodyPointSize, true));
    }

    // User text, one paragraph per line; `empty` stands in when there is none.
    void paragraphs(const QString &text, const QString &empty = QStringLiteral("—"))
    {
        QStringList lines = linesOf(text);
        if (lines.isEmpty())
            lines << empty;
        for (const QString &line : std::as_const(lines))
            paragraph(line);
    }

    void paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, bool indent = true)
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

    // "1. …" per entry, or `empty` when there are none.
    void numberedList(const QStringList &entries, const QString &empty)
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

    // From here to the signature lines, the text stays on the page of the signatures.
    void keepWithSignatures() { m_keepWithNext = true; }

    void spacer(qreal points)
    {
        QTextBlockFormat format;
        format.setTopMargin(points);
        startBlock(format);
    }

    // A bordered table whose rows are kept whole on a page; widths in percent. `headerRows` rows
    // repeat at the top of every page the table runs onto.
    QTextTable *table(const QList<QList<Cell>> &rows, const QList<qreal> &widths, int headerRows)
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
        // Merged once every cell is filled: the cells a merge swallows are empty, and the cells
        // are found by their row and column as built.
        for (const Span &span : std::as_const(spans))
            table->mergeCells(span.row, span.column, 1, span.columns);
        m_cursor.movePosition(QTextCursor::End);
        m_atStart = false;
        return table;
    }

    // A table with one header row of bold, shaded titles above `rows` of plain text.
    QTextTable *listTable(const QStringList &headers, const QList<QStringList> &rows, const QList<qreal> &widths,
                          bool writingSpace = false)
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

    // listTable(), or "None." when there are no rows.
    void listTableOrNone(const QStringList &headers, const QList<QStringList> &rows, const QList<qreal> &widths)
    {
        if (rows.isEmpty())
            paragraph(t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));
        else
            listTable(headers, rows, widths);
    }

    // Label and value pairs, two to a row; a wide field takes a row of its own.
    struct Field
    {
        QString label;
        QString value;
        bool wide = false;
    };
    void fieldTable(const QList<Field> &fields, bool writingSpace = false)
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

    // A box of empty lines to write in by hand, with an optional first line of printed text.
    void writingBox(int lines, const QString &printed = QString())
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

    // 记录人 ____ 负责人 ____ 日期 ____: labels with a line each to sign on, names printed on the
    // line where they are known.
    void signatureLines(const QString &recorder, const QString &responsible)
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
        for (qreal width : {17.0, 20.0, 17.0, 20.0, 9.0, 17.0})
            constraints << QTextLength(QTextLength::PercentageLength, width);
        tableFormat.setColumnWidthConstraints(constraints);
        QTextTable *table = m_cursor.insertTable(1, 6, tableFormat);
        const QStringList labels = {t(QT_TRANSLATE_NOOP("DrillDocument", "Recorder")),
                                    t(QT_TRANSLATE_NOOP("DrillDocument", "Responsible")),
                                    t(QT_TRANSLATE_NOOP("DrillDocument", "Date"))};
        const QStringList names = {recorder.trimmed(), responsible.trimmed(), QString()};
        for (int i = 0; i < 3; ++i) {
            QTextTableCell label = table->cellAt(0, 2 * i);
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight | Qt::AlignBottom);
            QTextCursor labelCursor = label.firstCursorPosition();
            labelCursor.setBlockFormat(right);
            labelCursor.insertText(labels.at(i) + (m_language.isChinese() ? QStringLiteral("：") : QStringLiteral(":")),
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
            lineCursor.insertText(names.at(i), charFormat(DocumentStyle::bodyPointSize));
        }
        m_cursor.movePosition(QTextCursor::End);
        m_atStart = false;
    }

private:
    void startBlock(QTextBlockFormat format)
    {
        if (m_keepWithNext)
            format.setProperty(FormalDocument::KeepWithNextProperty, true);
        if (m_atStart)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_atStart = false;
    }

    void fillCell(QTextTableCell cell, const Cell &content, bool header)
    {
        if (content.shaded) {
            QTextCharFormat background = cell.format();
            background.setBackground(header ? QColor(0xE8, 0xE8, 0xE8) : QColor(0xF3, 0xF3, 0xF3));
            cell.setFormat(background);
        }
        QTextBlockFormat block;
        block.setAlignment(content.alignment);
        // Lines of a cell closer than about 115 % are read by pdftotext (and by copy in most
        // viewers) as one block, so a wrapped cell does not come out interleaved with its neighbours.
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

    QTextCursor m_cursor;
    const DocumentLanguage &m_language;
    bool m_atStart = true;
    bool m_keepWithNext = false;
    int m_section = 0;
};

// Whether a document's watermark follows the plan's status. The programme and the work plan plan
// drills under the plan: they are drafts while it is, and void once it is withdrawn. A record and
// a summary report document a drill that was held, and a blank form is filled in at one: none of
// them is a draft because the plan is, so they carry no mark of the plan's.
enum class PlanMark { FollowsPlan, None };

// What every drill document shares: the plan's title, version and status on every page, page
// N of M, and (`mark`) the draft mark while the plan is not approved.
FormalDocument frame(const Plan &plan, const DocumentLanguage &language, const QString &title, PlanMark mark)
{
    FormalDocument document;
    document.headerLeft = plan.title;
    document.headerRight = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Version %1 · %2"))
                               .arg(plan.version, language.text("PlanStatus", planStatusSourceText(plan.status)));
    document.footerPattern = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2"));
    document.metadataTitle = title;
    if (mark == PlanMark::FollowsPlan && plan.status == PlanStatus::Withdrawn)
        document.watermark = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "WITHDRAWN"));
    else if (mark == PlanMark::FollowsPlan && !planStatusIsApprovedOrLater(plan.status))
        document.watermark = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "DRAFT"));
    document.body = std::make_unique<QTextDocument>();
    return document;
}

QString yesNo(bool value, const DocumentLanguage &language)
{
    return value ? language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "Yes"))
                 : language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "No"));
}

QString formText(const DrillItem &item, const DocumentLanguage &language)
{
    return language.text("DrillForm", drillFormSourceText(item.form));
}

// "Special drill: ransomware" — the content, and for a special drill the scenario it covers.
QString contentText(const DrillItem &item, const DocumentLanguage &language)
{
    QString text = language.text("DrillContent", drillContentSourceText(item.content));
    const QString scenario = linesOf(item.scenario).join(QLatin1Char(' '));
    if (item.content == DrillContent::Special && !scenario.isEmpty())
        text += (language.isChinese() ? QStringLiteral("：") : QStringLiteral(": ")) + scenario;
    return text;
}

QString durationText(int minutes, const DocumentLanguage &language)
{
    return PlanDocumentBuilder::deadlineText(qMax(1, minutes), language);
}

// "09:00–11:00 (2 hours)"; a drill that runs past midnight shows its start and length only. In a
// narrow column the length goes on a line of its own.
QString timeSpanText(const QTime &start, int durationMinutes, const DocumentLanguage &language, bool narrow = false)
{
    if (!start.isValid())
        return durationText(durationMinutes, language);
    QString span = timeText(start);
    const int endMinutes = start.hour() * 60 + start.minute() + durationMinutes;
    if (endMinutes < 24 * 60)
        span += QStringLiteral("–") + timeText(start.addSecs(durationMinutes * 60));
    const QString length = (language.isChinese() ? QStringLiteral("（%1）") : QStringLiteral("(%1)"))
                               .arg(durationText(durationMinutes, language));
    return span + (narrow ? QStringLiteral("\n") : language.isChinese() ? QString() : QStringLiteral(" ")) + length;
}

QString recordTimeText(const DrillRecord &record)
{
    if (record.startTime.isValid() && record.endTime.isValid())
        return timeText(record.startTime) + QStringLiteral("–") + timeText(record.endTime);
    if (record.startTime.isValid())
        return timeText(record.startTime);
    return QStringLiteral("—");
}

QString orDash(const QString &text)
{
    const QString joined = linesOf(text).join(QLatin1Char('\n'));
    return joined.isEmpty() ? QStringLiteral("—") : joined;
}

QString planReference(const Plan &plan, const DocumentLanguage &language)
{
    return language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "%1 (version %2)")).arg(plan.title, plan.version);
}

// "09:30" and "T+0:30": when an inject is planned, by the clock and from the start.
QString injectTimeText(const DrillItem &item, const DrillInject &inject)
{
    const QString offset = QStringLiteral("T+%1:%2").arg(inject.offsetMinutes / 60).arg(inject.offsetMinutes % 60, 2, 10,
                                                                                       QLatin1Char('0'));
    if (!item.startTime.isValid())
        return offset;
    return timeText(item.startTime.addSecs(inject.offsetMinutes * 60)) + QLatin1Char('\n') + offset;
}

QString correctiveStateText(const CorrectiveAction &action, const DocumentLanguage &language)
{
    QString text = language.text("CorrectiveActionState", correctiveActionStateSourceText(action.state));
    if (action.state == CorrectiveActionState::Closed && action.closedOn.isValid())
        text += QLatin1Char('\n') + language.date(action.closedOn);
    return text;
}

// The table of corrective actions, each with its owner and due date.
void correctiveActionTable(Writer &writer, const QList<CorrectiveAction> &actions, const DocumentLanguage &language)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const CorrectiveAction &action = actions.at(i);
        QString description = orDash(action.description);
        if (!action.note.trimmed().isEmpty())
            description += QLatin1Char('\n') + action.note.trimmed();
        rows << QStringList{QString::number(i + 1), description, orDash(action.owner), language.date(action.dueOn),
                            correctiveStateText(action, language)};
    }
    writer.listTableOrNone({writer.t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective action")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Owner")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Due date")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "State"))},
                           rows, {7, 42, 15, 19, 17});
}

void objectiveTable(Writer &writer, const QList<ObjectiveResult> &objectives, const DocumentLanguage &language)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < objectives.size(); ++i) {
        const ObjectiveResult &result = objectives.at(i);
        rows << QStringList{QString::number(i + 1), orDash(result.objective),
                            language.text("ObjectiveRating", objectiveRatingSourceText(result.rating)),
                            linesOf(result.comment).join(QLatin1Char('\n'))};
    }
    writer.listTableOrNone({writer.t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Objective")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Result")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Comment"))},
                           rows, {7, 45, 14, 34});
}

// Whether the drill showed that the plan must change, and what (the drill feeds back into the plan).
void planRevision(Writer &writer, const DrillRecord &record, const DocumentLanguage &language)
{
    writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision required")),
                                     yesNo(record.planRevisionRequired, language)));
    if (record.planRevisionRequired || !record.planRevisionNote.trimmed().isEmpty())
        writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "What must change")),
                                         orDash(linesOf(record.planRevisionNote).join(QLatin1Char(' ')))));
    if (record.planRevisedOn.isValid())
        writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revised on")),
                                         language.date(record.planRevisedOn)));
}

QString organiserOf(const DrillRecord &record, const Plan &plan)
{
    return record.organiser.trimmed().isEmpty() ? plan.organisation : record.organiser;
}

} // namespace

FormalDocument DrillDocumentBuilder::buildProgramme(const Plan &plan, const QList<DrillItem> &items, int year) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString title =
        t(QT_TRANSLATE_NOOP("DrillDocument", "Cybersecurity incident emergency drill programme %1")).arg(year);
    FormalDocument document = frame(plan, language, title, PlanMark::FollowsPlan);
    document.landscape = true;
    Writer writer(*document.body, language);

    writer.title(title);
    writer.subtitle(plan.organisation, DocumentStyle::bodyPointSize + 1, 2);
    writer.subtitle(writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language)),
                    DocumentStyle::tablePointSize, 6);

    // One row per occurrence in the year, in the order they are held.
    struct Occurrence
    {
        QDate date;
        const DrillItem *item;
    };
    QList<Occurrence> occurrences;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    for (const DrillItem &item : items) {
        if (!item.firstDate.isValid())
            continue;
        for (const QDate &date : item.recurrence.occurrencesBetween(item.firstDate, first, last))
            occurrences.append({date, &item});
    }
    std::stable_sort(occurrences.begin(), occurrences.end(), [](const Occurrence &a, const Occurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.item->startTime < b.item->startTime;
    });

    QList<QList<Cell>> rows;
    QList<Cell> header;
    for (const char *source :
         {QT_TRANSLATE_NOOP("DrillDocument", "No."), QT_TRANSLATE_NOOP("DrillDocument", "Drill"),
          QT_TRANSLATE_NOOP("DrillDocument", "Purpose / requirements"), QT_TRANSLATE_NOOP("DrillDocument", "Form of drill"),
          QT_TRANSLATE_NOOP("DrillDocument", "Drill time"),
          QT_TRANSLATE_NOOP("DrillDocument", "Participating organisations or departments"),
          QT_TRANSLATE_NOOP("DrillDocument", "Drill process"), QT_TRANSLATE_NOOP("DrillDocument", "Funds in the budget")})
        header << Cell{t(source), true, true, false, 1, Qt::AlignHCenter};
    rows << header;
    for (qsizetype i = 0; i < occurrences.size(); ++i) {
        const DrillItem &item = *occurrences.at(i).item;
        rows << QList<Cell>{
            Cell{QString::number(i + 1), false, false, false, 1, Qt::AlignHCenter},
            Cell{item.title},
            Cell{orDash(item.purpose)},
            Cell{formText(item, language) + QLatin1Char('\n') + contentText(item, language)},
            Cell{language.date(occurrences.at(i).date) + QLatin1Char('\n')
                 + timeSpanText(item.startTime, item.durationMinutes, language, true)},
            Cell{orDash(item.departments)},
            Cell{orDash(item.process)},
            Cell{yesNo(item.budgeted, language), false, false, false, 1, Qt::AlignHCenter},
        };
    }
    if (occurrences.isEmpty())
        rows << QList<Cell>{Cell{t(QT_TRANSLATE_NOOP("DrillDocument", "No drill is planned for %1.")).arg(year), false,
                                 false, false, 8, Qt::AlignHCenter}};
    writer.table(rows, {4, 12, 17, 15, 14, 13, 18, 7}, 1);

    writer.paragraph(t(QT_TRANSLATE_NOOP("DrillDocument", "Prepared on %1")).arg(language.date(Clock::today())),
                     Qt::AlignRight);
    return document;
}

FormalDocument DrillDocumentBuilder::buildWorkPlan(const Plan &plan, const DrillItem &item, const QDate &occurrenceDate) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill work plan"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::FollowsPlan);
    Writer writer(*document.body, language);

    writer.drillTitleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Date")), language.date(occurrenceDate)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), timeSpanText(item.startTime, item.durationMinutes, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(item.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(plan.organisation)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Scope")), language.text("DrillScope", drillScopeSourceText(item.scope))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Funds in the budget")), yesNo(item.budgeted, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participating organisations or departments")), orDash(item.departments),
         true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")), orDash(item.participants), true},
    });

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Purpose")));
    writer.paragraphs(item.purpose);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario")));
    writer.paragraphs(item.scenario, contentText(item, language));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Drill process")));
    writer.paragraphs(item.process);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives")));
    writer.numberedList(item.objectives, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Planned injects")));
    QList<DrillInject> injects = item.injects;
    std::stable_sort(injects.begin(), injects.end(),
                     [](const DrillInject &a, const DrillInject &b) { return a.offsetMinutes < b.offsetMinutes; });
    QList<QStringList> injectRows;
    for (const DrillInject &inject : std::as_const(injects))
        injectRows << QStringList{injectTimeText(item, inject), orDash(inject.description),
                                  orDash(inject.expectedAction)};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), t(QT_TRANSLATE_NOOP("DrillDocument", "Inject")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Expected action"))},
                           injectRows, {14, 43, 43});

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Evaluation criteria")));
    writer.numberedList(item.evaluationCriteria, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Organisation and duties")));
    QList<QStringList> teamRows;
    for (const DrillTeamAssignment &team : item.teams)
        teamRows << QStringList{language.text("DrillTeamRole", drillTeamRoleSourceText(team.team)),
                                orDash(team.unit), orDash(team.role), orDash(team.duty)};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Team")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Unit or person")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Role")), t(QT_TRANSLATE_NOOP("DrillDocument", "Duty"))},
                           teamRows, {18, 26, 16, 40});
    return document;
}

FormalDocument DrillDocumentBuilder::buildRecord(const Plan &plan, const DrillItem &item, const DrillRecord &record) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill record"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language);

    writer.drillTitleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Drill")), item.title, true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Planned date")), language.date(record.occurrenceDate)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), language.date(record.heldOn)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), recordTimeText(record)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(record.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(organiserOf(record, plan)), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
    });

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")));
    QList<QStringList> participantRows;
    for (qsizetype i = 0; i < record.participants.size(); ++i) {
        const DrillParticipant &participant = record.participants.at(i);
        participantRows << QStringList{QString::number(i + 1), participant.name, participant.department,
                                       participant.role, yesNo(participant.signedIn, language)};
    }
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Name")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Department")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Role")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Signed in"))},
                           participantRows, {7, 22, 30, 27, 14});

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario as run")));
    writer.paragraphs(record.scenarioAsRun);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Timeline")));
    QList<QStringList> timelineRows;
    for (const DrillTimelineEntry &entry : record.timeline)
        timelineRows << QStringList{timeText(entry.time), entry.event, entry.action, entry.actor};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Event or inject")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Action taken")), t(QT_TRANSLATE_NOOP("DrillDocument", "By"))},
                           timelineRows, {11, 36, 36, 17});

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    objectiveTable(writer, record.objectives, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.numberedList(record.problems, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.paragraphs(record.conclusion);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    correctiveActionTable(writer, record.correctiveActions, language);

    writer.keepWithSignatures(); // no page of signatures alone
    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision")));
    planRevision(writer, record, language);

    writer.signatureLines(record.recorder, record.responsible);
    return document;
}

FormalDocument DrillDocumentBuilder::buildSummaryReport(const Plan &plan, const DrillItem &item,
                                                        const DrillRecord &record) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill summary report"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language);

    writer.drillTitleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Overview")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), language.date(record.heldOn)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), recordTimeText(record)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(record.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(organiserOf(record, plan))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Scope")), language.text("DrillScope", drillScopeSourceText(item.scope))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")),
         language.text(kContext, QT_TRANSLATE_N_NOOP("DrillDocument", "%n person(s)"), nullptr,
                       int(record.participants.size()))},
    });
    writer.paragraphs(record.overview);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    objectiveTable(writer, record.objectives, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.numberedList(record.problems, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Lessons learned")));
    writer.paragraphs(record.lessons);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    correctiveActionTable(writer, record.correctiveActions, language);
    if (record.planRevisionRequired)
        planRevision(writer, record, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.paragraphs(record.conclusion);

    writer.spacer(10);
    writer.paragraph(t(QT_TRANSLATE_NOOP("DrillDocument", "Prepared on %1")).arg(language.date(Clock::today())),
                     Qt::AlignRight);
    return document;
}

FormalDocument DrillDocumentBuilder::buildBlankRecordForm(const Plan &plan, const DrillItem &item,
                                                          const QDate &occurrenceDate) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill record form"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language);

    writer.drillTitleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable(
        {
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Drill")), item.title, true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Planned date")), language.date(occurrenceDate)},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), QString(), true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        },
        true);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")));
    {
        QList<QStringList> rows;
        for (int i = 1; i <= kBlankParticipantRows; ++i)
            rows << QStringList{QString::number(i), QString(), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Name")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Department")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Role")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Signature"))},
                         rows, {7, 20, 27, 22, 24}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario as run")));
    writer.writingBox(5);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Timeline")));
    if (!item.injects.isEmpty()) {
        writer.caption(t(QT_TRANSLATE_NOOP("DrillDocument", "Planned injects")));
        QList<DrillInject> injects = item.injects;
        std::stable_sort(injects.begin(), injects.end(),
                         [](const DrillInject &a, const DrillInject &b) { return a.offsetMinutes < b.offsetMinutes; });
        QList<QStringList> rows;
        for (const DrillInject &inject : std::as_const(injects))
            rows << QStringList{injectTimeText(item, inject), orDash(inject.description), orDash(inject.expectedAction),
                                QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "Planned time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Inject")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Expected action")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Actual time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Observations"))},
                         rows, {12, 28, 28, 12, 20}, true);
        writer.caption(t(QT_TRANSLATE_NOOP("DrillDocument", "Other events")));
    }
    {
        QList<QStringList> rows;
        for (int i = 0; i < kBlankTimelineRows; ++i)
            rows << QStringList{QString(), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Event or inject")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Action taken")), t(QT_TRANSLATE_NOOP("DrillDocument", "By"))},
                         rows, {11, 36, 36, 17}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    {
        // Judged met, partly met or not met: never a score (REFERENCE.md §5).
        const QString choices = QStringList{kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::Met)),
                                            kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::PartlyMet)),
                                            kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::NotMet))}
                                    .join(QLatin1Char('\n'));
        QStringList objectives;
        for (const QString &objective : item.objectives) {
            const QString text = linesOf(objective).join(QLatin1Char(' '));
            if (!text.isEmpty())
                objectives << text;
        }
        QList<QStringList> rows;
        for (qsizetype i = 0; i < objectives.size(); ++i)
            rows << QStringList{QString::number(i + 1), objectives.at(i), choices, QString()};
        for (int i = 0; objectives.isEmpty() && i < kBlankObjectiveRows; ++i)
            rows << QStringList{QString::number(i + 1), QString(), choices, QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Objective")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Result")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Comment"))},
                         rows, {7, 41, 18, 34}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.writingBox(6);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.writingBox(4);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    {
        QList<QStringList> rows;
        for (int i = 1; i <= kBlankCorrectiveActionRows; ++i)
            rows << QStringList{QString::number(i), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective action")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Owner")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Due date"))},
                         rows, {7, 55, 19, 19}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision")));
    writer.writingBox(3, writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision required")),
                                         kTickBox + yesNo(true, language) + QStringLiteral("    ") + kTickBox
                                             + yesNo(false, language))
                             + QStringLiteral("    ")
                             + writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "What must change")), QString()));

    writer.signatureLines(QString(), QString());
    return document;
}

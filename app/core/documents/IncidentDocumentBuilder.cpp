#include "IncidentDocumentBuilder.h"

#include "../incident/IncidentDeadlineRules.h"
#include "../incident/IncidentDeadlines.h"
#include "DocumentStyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>
#include <QTimeZone>

#include <algorithm>

namespace {

constexpr const char *kContext = "IncidentDocument";
// The page footer is the plan document's own words, so every formal document reads the same.
constexpr const char *kPlanContext = "PlanDocument";

constexpr qreal kWritingLineHeightPercent = 230; // an empty table line, tall enough to write in
constexpr qreal kCellLineHeightPercent = 110;

// The body writer below is the drill documents' (DrillDocumentBuilder.cpp), copied rather than
// shared to keep this change in new files while the drill documents are being edited; the lead
// may move both onto one shared writer.
QTextCharFormat charFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(pointSize, bold));
    return format;
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
        for (qsizetype i = 0; i < shown.size(); ++i)
            paragraph(QStringLiteral("%1. %2").arg(i + 1).arg(shown.at(i)));
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
            paragraph(t(QT_TRANSLATE_NOOP("IncidentDocument", "None.")));
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

    // 签发人 ____ 签发时间 ____: labels with a line each to sign on, what is known printed on the line.
    void signatureLines(const QStringList &labels, const QStringList &values)
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
        const int pairs = int(labels.size());
        QList<QTextLength> constraints;
        for (int i = 0; i < pairs; ++i)
            constraints << QTextLength(QTextLength::PercentageLength, 40.0 / pairs)
                        << QTextLength(QTextLength::PercentageLength, 60.0 / pairs);
        tableFormat.setColumnWidthConstraints(constraints);
        QTextTable *table = m_cursor.insertTable(1, 2 * pairs, tableFormat);
        for (int i = 0; i < pairs; ++i) {
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
            lineCursor.insertText(values.value(i).trimmed(), charFormat(DocumentStyle::tablePointSize));
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
// 2026年12月3日 09:00（UTC+08:00）; without the zone where space is short.
QString incidentTime(const Incident &incident, const QDateTime &moment, const DocumentLanguage &language,
                     bool withZone = true)
{
    if (!moment.isValid())
        return QString();
    const QDateTime local = incident.inZone(moment);
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString text = language.date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
    if (!withZone)
        return text;
    return text + (language.isChinese() ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(zone);
}

QString levelText(const Plan &plan, const QString &code, const DocumentLanguage &language)
{
    for (const IncidentLevel &level : plan.levels) {
        if (level.code != code || level.name.trimmed().isEmpty())
            continue;
        // The English names carry their code already: "Relatively serious (Level III)".
        if (level.name.contains(code))
            return level.name.trimmed();
        return language.isChinese() ? QStringLiteral("%1（%2级）").arg(level.name.trimmed(), code)
                                        : QStringLiteral("%1 (level %2)").arg(level.name.trimmed(), code);
    }
    return code;
}

QString categoryText(const Plan &plan, const QString &code)
{
    for (const IncidentCategory &category : plan.categories) {
        if (category.code == code && !category.name.trimmed().isEmpty())
            return category.name.trimmed();
    }
    return code;
}

const char *reportTitle(IncidentReportKind kind)
{
    switch (kind) {
    case IncidentReportKind::Initial: return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Report (Initial Report)");
    case IncidentReportKind::Supplementary:
        return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Report (Supplementary Report)");
    case IncidentReportKind::Summary: return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Summary Report");
    }
    return "";
}

} // namespace

IncidentReport IncidentDocumentBuilder::prefilled(const Plan &plan, const Incident &incident, IncidentReportKind kind)
{
    IncidentReport report;
    report.incidentId = incident.id;
    report.kind = kind;
    const DocumentLanguage language(plan.language);
    const QString colon = language.isChinese() ? QStringLiteral("；") : QStringLiteral("; ");
    QStringList unit;
    if (!plan.organisation.trimmed().isEmpty())
        unit << plan.organisation.trimmed();
    if (!incident.affectedSystems.trimmed().isEmpty())
        unit << incident.affectedSystems.trimmed();
    report.unitAndSystem = unit.join(colon);
    if (kind == IncidentReportKind::Summary)
        report.lessons = incident.lessons;
    return report;
}

FormalDocument IncidentDocumentBuilder::build(const Plan &plan, const Incident &incident, const IncidentReport &report) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString title = t(reportTitle(report.kind));

    FormalDocument document;
    // The drill mark goes into the running header, which every page carries, so a reader's search
    // and copy find it on each page; the watermark (outlines, not text) makes it plain on paper.
    const QString exercise = t(QT_TRANSLATE_NOOP("IncidentDocument", "EXERCISE"));
    document.headerLeft = plan.organisation.trimmed().isEmpty() ? plan.title : plan.organisation.trimmed();
    document.headerRight = incident.drill ? exercise + QStringLiteral(" · ") + title : title;
    document.footerPattern = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2"));
    document.metadataTitle = incident.drill ? exercise + QLatin1Char(' ') + title : title;
    if (incident.drill)
        document.watermark = exercise;
    document.body = std::make_unique<QTextDocument>();

    Writer writer(*document.body, language);
    writer.title(incident.drill ? (language.isChinese() ? QStringLiteral("【%1】%2") : QStringLiteral("[%1] %2"))
                                      .arg(exercise, title)
                                : title);
    writer.subtitle(plan.organisation, DocumentStyle::bodyPointSize, 8);

    using Field = Writer::Field;
    const QString toFollow = t(QT_TRANSLATE_NOOP("IncidentDocument", "Facts cannot yet be judged; to follow in a supplementary report."));
    const bool unclear = report.factsUnclear && report.kind == IncidentReportKind::Initial;
    auto item = [&](const QString &value) { return unclear ? toFollow : value.trimmed(); };
    // What is known as paragraphs; nothing yet: lines to write on.
    auto textOrBox = [&](const QString &value) {
        if (value.trimmed().isEmpty())
            writer.writingBox(3);
        else
            writer.paragraphs(value);
    };

    if (report.kind != IncidentReportKind::Summary) {
        if (unclear)
            writer.paragraph(t(QT_TRANSLATE_NOOP("IncidentDocument",
                                                 "The cause or impact cannot yet be judged: this first report gives "
                                                 "items 1 and 2; the others follow.")));
        // (1)
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected system")));
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected network or system")),
                                 report.unitAndSystem.trimmed(), true}},
                          true);
        // (2)
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "The incident so far")));
        QString ransomDate = report.ransomDate.isValid() ? language.date(report.ransomDate) : QString();
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Time of discovery")),
                                 incidentTime(incident, incident.discoveredAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Place")), incident.place.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Category")), categoryText(plan, incident.categoryCode)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Level")), levelText(plan, incident.levelCode, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Harm caused so far")), report.harmSoFar.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Measures taken and their effect")),
                                 report.measuresTaken.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Ransomware: ransom demanded")), report.ransomAmount.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Payment method")), report.ransomPaymentMethod.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Date of the demand")), ransomDate, true}},
                          true);
        // (3) … (8)
        const QList<std::pair<const char *, QString>> items = {
            {QT_TRANSLATE_NOOP("IncidentDocument", "Likely development"), report.likelyDevelopment},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Preliminary cause"), report.preliminaryCause},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Tracing leads (attacker, path, vulnerability)"), report.tracingLeads},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Next measures and support requested"), report.nextMeasures},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Preservation of the scene"), report.scenePreservation},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Other matters"), report.other}};
        for (const auto &[label, value] : items) {
            writer.heading(t(label));
            textOrBox(item(value));
        }
    } else {
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "The incident")));
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected network or system")),
                                 report.unitAndSystem.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Time of discovery")),
                                 incidentTime(incident, incident.discoveredAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "End of handling")),
                                 incidentTime(incident, incident.closedAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Category")), categoryText(plan, incident.categoryCode)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Level")), levelText(plan, incident.levelCode, language)}},
                          true);
        const QList<std::pair<const char *, QString>> parts = {
            {QT_TRANSLATE_NOOP("IncidentDocument", "Cause"), report.cause},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Measures taken"), report.measures},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Harm"), report.harm},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Accountability"), report.accountability},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Rectification"), report.rectification},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Lessons learned"), report.lessons}};
        for (const auto &[label, value] : parts) {
            writer.heading(t(label));
            textOrBox(value);
        }
        writer.caption(t(QT_TRANSLATE_NOOP("IncidentDocument", "Corrective actions")));
        QList<QStringList> rows;
        for (qsizetype i = 0; i < incident.correctiveActions.size(); ++i) {
            const CorrectiveAction &action = incident.correctiveActions.at(i);
            rows << QStringList{QString::number(i + 1), action.description, action.owner, language.date(action.dueOn)};
        }
        writer.listTableOrNone({t(QT_TRANSLATE_NOOP("IncidentDocument", "No.")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Action")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Owner")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Due"))},
                               rows, {8, 52, 20, 20});
    }

    writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "Issue and transmission")));
    const QString channel = report.isSent() ? language.text("ReportChannel", reportChannelSourceText(report.channel)) : QString();
    writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued by")), report.issuedBy.trimmed()},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued at")),
                             incidentTime(incident, report.issuedAt, language)},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent at")), incidentTime(incident, report.sentAt, language)},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent by")), channel},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent to")), report.recipient.trimmed(), true}},
                      true);
    writer.signatureLines({t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued by")),
                           t(QT_TRANSLATE_NOOP("IncidentDocument", "Time"))},
                          {report.issuedBy, incidentTime(incident, report.issuedAt, language, false)});
    return document;
}

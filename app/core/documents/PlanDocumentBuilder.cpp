#include "PlanDocumentBuilder.h"

#include "DocumentStyle.h"

#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextLength>
#include <QTextTable>
#include <QTextTableCell>

#include <optional>

namespace {

constexpr const char *kContext = "PlanDocument";

// "Name" is a person's name in one table (姓名) and a level's name in another (名称).
struct SourceWithDisambiguation
{
    const char *source;
    const char *disambiguation;
};
constexpr SourceWithDisambiguation kPersonName = QT_TRANSLATE_NOOP3("PlanDocument", "Name", "a person's name");
constexpr SourceWithDisambiguation kLevelName = QT_TRANSLATE_NOOP3("PlanDocument", "Name", "an incident level's name");

QTextCharFormat charFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFont(DocumentStyle::font(pointSize, bold));
    return format;
}

QTextBlockFormat paragraphFormat(const DocumentLanguage &language)
{
    QTextBlockFormat format;
    format.setLineHeight(DocumentStyle::lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(4);
    // Chinese paragraphs open with an indent of two characters. They are not justified: Qt stretches
    // only spaces, and a Chinese line's one space (before "GB/T …") would open a wide gap.
    if (language.isChinese())
        format.setTextIndent(2 * DocumentStyle::bodyPointSize);
    else
        format.setAlignment(Qt::AlignJustify);
    return format;
}

QTextBlockFormat headingFormat(int depth)
{
    QTextBlockFormat format;
    format.setTopMargin(depth == 0 ? 18 : 10);
    format.setBottomMargin(depth == 0 ? 10 : 6);
    format.setAlignment(depth == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
    format.setHeadingLevel(depth + 1); // kept in the document structure for accessibility
    format.setNonBreakableLines(true);
    return format;
}

qreal headingPointSize(int depth)
{
    if (depth == 0)
        return DocumentStyle::chapterPointSize;
    if (depth == 1)
        return DocumentStyle::sectionPointSize;
    return DocumentStyle::bodyPointSize;
}

void insertParagraphs(QTextCursor &cursor, const QString &text, const DocumentLanguage &language, bool &atStart)
{
    const QTextCharFormat format = charFormat(DocumentStyle::bodyPointSize);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        if (atStart)
            cursor.setBlockFormat(paragraphFormat(language));
        else
            cursor.insertBlock(paragraphFormat(language));
        atStart = false;
        cursor.setBlockCharFormat(format);
        cursor.insertText(paragraph.trimmed(), format);
    }
}

// A bordered table with a repeated header row; widths in percent.
QTextTable *insertTable(QTextCursor &cursor, const QStringList &headers, const QList<QStringList> &rows,
                        const QList<qreal> &widths, const QList<QColor> &rowTints = {})
{
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0.5);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderBrush(QColor(0x55, 0x55, 0x55));
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(4);
    tableFormat.setHeaderRowCount(1);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setTopMargin(6);
    tableFormat.setBottomMargin(8);
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    tableFormat.setColumnWidthConstraints(constraints);

    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, int(headers.size()), tableFormat);
    const QTextCharFormat headerFormat = charFormat(DocumentStyle::tablePointSize, true);
    const QTextCharFormat cellFormat = charFormat(DocumentStyle::tablePointSize);
    QTextBlockFormat cellBlock;
    cellBlock.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xE8, 0xE8, 0xE8));
        cell.setFormat(background);
        QTextCursor cellCursor = cell.firstCursorPosition();
        cellCursor.setBlockFormat(cellBlock);
        cellCursor.insertText(headers.at(column), headerFormat);
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headers.size() && column < rows.at(row).size(); ++column) {
            QTextTableCell cell = table->cellAt(row + 1, column);
            if (row < rowTints.size() && rowTints.at(row).isValid() && column == 0) {
                QTextCharFormat tint = cell.format();
                tint.setBackground(rowTints.at(row));
                cell.setFormat(tint);
            }
            QTextCursor cellCursor = cell.firstCursorPosition();
            cellCursor.setBlockFormat(cellBlock);
            cellCursor.insertText(rows.at(row).at(column), cellFormat);
        }
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

// One row of short fields per person, so that names and phone numbers never wrap, with the
// duties in a full-width row beneath; people are grouped under their team.
void insertContactTable(QTextCursor &cursor, const Plan &plan, const DocumentLanguage &language)
{
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QStringList headers = {t(QT_TRANSLATE_NOOP("PlanDocument", "Role")),
                                 language.text(kContext, kPersonName.source, kPersonName.disambiguation),
                                 t(QT_TRANSLATE_NOOP("PlanDocument", "Office phone")),
                                 t(QT_TRANSLATE_NOOP("PlanDocument", "Mobile")),
                                 t(QT_TRANSLATE_NOOP("PlanDocument", "Deputy")),
                                 t(QT_TRANSLATE_NOOP("PlanDocument", "24 h duty"))};
    QList<QStringList> rows;
    QList<int> spanningRows; // rows whose text fills the whole width
    QList<bool> teamRows;
    std::optional<ContactTeam> currentTeam;
    for (const Contact &contact : plan.contacts) {
        if (currentTeam != contact.team) {
            currentTeam = contact.team;
            spanningRows << int(rows.size());
            teamRows << true;
            rows << QStringList{language.text("ContactTeam", contactTeamSourceText(contact.team))};
        }
        rows << QStringList{contact.role, contact.name, contact.officePhone, contact.mobilePhone, contact.deputy,
                            contact.onDuty24h ? t(QT_TRANSLATE_NOOP("PlanDocument", "Yes")) : QString()};
        if (!contact.duties.trimmed().isEmpty()) {
            spanningRows << int(rows.size());
            teamRows << false;
            rows << QStringList{t(QT_TRANSLATE_NOOP("PlanDocument", "Duties: %1")).arg(contact.duties.trimmed())};
        }
    }
    QTextTable *table = insertTable(cursor, headers, rows, {22, 14, 20, 20, 14, 10});
    for (qsizetype i = 0; i < spanningRows.size(); ++i) {
        const int row = spanningRows.at(i) + 1;
        table->mergeCells(row, 0, 1, int(headers.size()));
        if (teamRows.at(i)) {
            QTextTableCell cell = table->cellAt(row, 0);
            QTextCharFormat shade = cell.format();
            shade.setBackground(QColor(0xF3, 0xF3, 0xF3));
            cell.setFormat(shade);
            QTextCursor bold = cell.firstCursorPosition();
            bold.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat heavy;
            heavy.setFontWeight(QFont::Bold);
            bold.mergeCharFormat(heavy);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

// The cover's title: at most two lines, broken where a reader would break it. Chinese has no spaces
// and Qt breaks it between any two characters (…应 / 急预案), so the break is chosen here: after the
// organisation the title begins with, or before the words plan titles end in; the font is made
// smaller until both lines fit. Returns the title with a line separator at the break, and sets
// `pointSize`.
QString coverTitle(const QString &title, const QString &organisation, qreal &pointSize)
{
    constexpr qreal kLargest = 24;
    constexpr qreal kSmallest = 18;
    const QMarginsF margins = DocumentStyle::marginsMillimetres();
    // The body's width in points, with a little room for the difference between the measuring
    // and the printing resolution.
    const qreal width = (210.0 - margins.left() - margins.right()) * 72.0 / 25.4 * 0.97;
    // Measured at 72 dpi, so a font's widths come out in points.
    QImage pointDevice(1, 1, QImage::Format_Mono);
    pointDevice.setDotsPerMeterX(qRound(72 / 0.0254));
    pointDevice.setDotsPerMeterY(qRound(72 / 0.0254));
    auto fits = [&](const QString &line, qreal size) {
        return QFontMetricsF(DocumentStyle::font(size, true), &pointDevice).horizontalAdvance(line) <= width;
    };

    // Where the title may break, best first.
    const QString text = title.trimmed();
    QList<qsizetype> breaks;
    const QString owner = organisation.trimmed();
    if (!owner.isEmpty() && text.startsWith(owner) && text.size() > owner.size())
        breaks << owner.size();
    for (const QString &words : {QStringLiteral("网络安全事件"), QStringLiteral("网络与信息安全"), QStringLiteral("网络安全"),
                                 QStringLiteral("数据安全"), QStringLiteral("信息安全"), QStringLiteral("专项应急预案"),
                                 QStringLiteral("综合应急预案"), QStringLiteral("应急预案")}) {
        const qsizetype at = text.indexOf(words);
        if (at > 0 && !breaks.contains(at))
            breaks << at;
    }
    for (qreal size = kLargest; size >= kSmallest; size -= 2) {
        pointSize = size;
        if (fits(text, size))
            return text;
        for (qsizetype at : std::as_const(breaks)) {
            const QString head = text.left(at).trimmed();
            const QString tail = text.mid(at).trimmed();
            if (fits(head, size) && fits(tail, size))
                return head + QChar(QChar::LineSeparator) + tail;
        }
    }
    // Nothing fits on two lines: break at the best place and let the longer part wrap (between
    // words in English; in Chinese, where it must).
    pointSize = kSmallest;
    if (breaks.isEmpty())
        return text;
    return text.left(breaks.first()).trimmed() + QChar(QChar::LineSeparator) + text.mid(breaks.first()).trimmed();
}

QColor lightTint(const QString &hex)
{
    QColor colour = QColor::fromString(hex);
    if (!colour.isValid())
        return {};
    return QColor::fromHsl(colour.hslHue(), qMin(colour.hslSaturation(), 160), 225);
}

} // namespace

PlanDocumentBuilder::PlanDocumentBuilder(const ReferenceData &data) : m_data(data) {}

QString PlanDocumentBuilder::deadlineText(int minutes, const DocumentLanguage &language)
{
    // 0: no fixed deadline; the Reporting Measures say 及时 (promptly), e.g. for the police.
    if (minutes <= 0)
        return language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Promptly"));
    if (minutes % 1440 == 0)
        return language.text(kContext, QT_TRANSLATE_N_NOOP("PlanDocument", "%n day(s)"), nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return language.text(kContext, QT_TRANSLATE_N_NOOP("PlanDocument", "%n hour(s)"), nullptr, minutes / 60);
    return language.text(kContext, QT_TRANSLATE_N_NOOP("PlanDocument", "%n minute(s)"), nullptr, minutes);
}

std::unique_ptr<QTextDocument> PlanDocumentBuilder::buildCover(const Plan &plan, const DocumentLanguage &language) const
{
    auto cover = std::make_unique<QTextDocument>();
    cover->setUndoRedoEnabled(false);
    cover->setDocumentMargin(0);
    cover->setDefaultFont(DocumentStyle::font(DocumentStyle::bodyPointSize));
    QTextCursor cursor(cover.get());

    QTextBlockFormat mark;
    mark.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(mark);
    if (!plan.confidentiality.trimmed().isEmpty())
        cursor.insertText(language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Classification: %1"))
                              .arg(plan.confidentiality.trimmed()),
                          charFormat(DocumentStyle::sectionPointSize, true));

    QTextBlockFormat title;
    title.setAlignment(Qt::AlignHCenter);
    title.setTopMargin(150);
    title.setBottomMargin(24);
    title.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(title);
    qreal titlePointSize = 0;
    const QString titleText = coverTitle(plan.title, plan.organisation, titlePointSize);
    cursor.insertText(titleText, charFormat(titlePointSize, true));

    QTextBlockFormat organisation;
    organisation.setAlignment(Qt::AlignHCenter);
    organisation.setBottomMargin(90);
    cursor.insertBlock(organisation);
    cursor.insertText(plan.organisation, charFormat(DocumentStyle::chapterPointSize));

    QTextBlockFormat beforeTable;
    beforeTable.setAlignment(Qt::AlignHCenter);
    cursor.insertBlock(beforeTable);

    QList<QStringList> rows = {
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Version")), plan.version},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Status")),
         language.text("PlanStatus", planStatusSourceText(plan.status))},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Plan type")),
         language.text("PlanKind", planKindSourceText(plan.kind))
             + (plan.kind == PlanKind::Special ? QStringLiteral(" · ") + plan.scenario : QString())},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Operator")),
         language.text("OperatorProfile", operatorProfileSourceText(plan.profile))},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Approved by")),
         plan.approver.trimmed().isEmpty() ? QStringLiteral("—") : plan.approver},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Approved on")), language.date(plan.approvedOn)},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Effective from")), language.date(plan.effectiveOn)},
        {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Next review")), language.date(plan.nextReviewOn)},
    };
    if (plan.profile == OperatorProfile::CriticalInfrastructure) {
        const ReferenceData::Sector *sector = m_data.sector(plan.ciiSector);
        rows.insert(4, {language.text(kContext, QT_TRANSLATE_NOOP("PlanDocument", "Sector")),
                        sector ? sector->name.in(plan.language) : plan.ciiSector});
    }

    QTextTableFormat tableFormat;
    tableFormat.setAlignment(Qt::AlignHCenter);
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(5);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 72));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 34),
                                           QTextLength(QTextLength::PercentageLength, 66)});
    QTextTable *table = cursor.insertTable(int(rows.size()), 2, tableFormat);
    for (int row = 0; row < rows.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(rows.at(row).at(0)
                                                                   + (language.isChinese() ? QStringLiteral("：")
                                                                                           : QStringLiteral(":")),
                                                               charFormat(DocumentStyle::bodyPointSize, true));
        table->cellAt(row, 1).firstCursorPosition().insertText(rows.at(row).at(1),
                                                               charFormat(DocumentStyle::bodyPointSize));
    }
    return cover;
}

void PlanDocumentBuilder::insertSectionTables(QTextCursor &cursor, const Plan &plan, const QString &key,
                                              const DocumentLanguage &language) const
{
    auto t = [&](const char *source) { return language.text(kContext, source); };
    if (key == QLatin1String("categories")) {
        QList<QStringList> rows;
        for (const IncidentCategory &category : plan.categories)
            rows << QStringList{category.code, category.name, category.description};
        insertTable(cursor,
                    {t(QT_TRANSLATE_NOOP("PlanDocument", "Code")), t(QT_TRANSLATE_NOOP("PlanDocument", "Category")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Description"))},
                    rows, {12, 25, 63});
    } else if (key == QLatin1String("levels")) {
        QList<QStringList> rows;
        QList<QColor> tints;
        for (const IncidentLevel &level : plan.levels) {
            rows << QStringList{level.code, level.name, level.warningColour, level.criteria};
            tints << lightTint(level.colourHex);
        }
        insertTable(cursor,
                    {t(QT_TRANSLATE_NOOP("PlanDocument", "Level")),
                     language.text(kContext, kLevelName.source, kLevelName.disambiguation),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Warning colour")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Criteria"))},
                    rows, {9, 16, 14, 61}, tints);
    } else if (key == QLatin1String("responses")) {
        QList<QStringList> rows;
        QList<QColor> tints;
        for (const IncidentLevel &level : plan.levels) {
            rows << QStringList{level.code + QStringLiteral(" ") + level.name, level.response};
            tints << lightTint(level.colourHex);
        }
        insertTable(cursor,
                    {t(QT_TRANSLATE_NOOP("PlanDocument", "Level")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Response procedure"))},
                    rows, {20, 80}, tints);
    } else if (key == QLatin1String("reporting")) {
        QList<QStringList> rows;
        for (const ReportingStep &step : plan.reportingSteps)
            rows << QStringList{step.authority, deadlineText(step.deadlineMinutes, language), step.condition,
                                step.channel, step.content};
        insertTable(cursor,
                    {t(QT_TRANSLATE_NOOP("PlanDocument", "Report to")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Deadline")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "When")), t(QT_TRANSLATE_NOOP("PlanDocument", "Channel")),
                     t(QT_TRANSLATE_NOOP("PlanDocument", "Content"))},
                    rows, {20, 11, 21, 18, 30});
    } else if (key == QLatin1String("contacts")) {
        insertContactTable(cursor, plan, language);
    }
}

void PlanDocumentBuilder::insertReportForm(QTextCursor &cursor, const QString &formText, bool &atStart)
{
    // "（一）…：", "(1) …:" — the items of the initial report, which need room to write.
    static const QRegularExpression numberedItem(QStringLiteral("^[（(]\\s*([一二三四五六七八九十]+|\\d+)\\s*[）)]"));
    struct Row
    {
        enum Kind { Field, Item, Note } kind;
        QString text;
    };
    QList<Row> rows;
    for (const QString &raw : formText.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.endsWith(QStringLiteral("：")) && !line.endsWith(QLatin1Char(':')))
            rows.append({Row::Note, line});
        else if (numberedItem.match(line).hasMatch())
            rows.append({Row::Item, line});
        else
            rows.append({Row::Field, line});
    }
    if (rows.isEmpty())
        return;
    int tableRows = 0;
    for (const Row &row : std::as_const(rows))
        tableRows += row.kind == Row::Item ? 2 : 1;

    // Like the other tables, the form follows the heading directly.
    atStart = false;
    QTextTableFormat tableFormat;
    tableFormat.setBorder(0.5);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderBrush(QColor(0x55, 0x55, 0x55));
    tableFormat.setCellSpacing(0);
    tableFormat.setCellPadding(4);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setTopMargin(6);
    tableFormat.setBottomMargin(8);
    tableFormat.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 70)});
    QTextTable *table = cursor.insertTable(tableRows, 2, tableFormat);
    const QTextCharFormat labelFormat = charFormat(DocumentStyle::tablePointSize, true);
    const QTextCharFormat noteFormat = charFormat(DocumentStyle::tablePointSize);
    QTextBlockFormat cellBlock;
    cellBlock.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    // Empty lines give a box its height: one line for a field, four for an item.
    const auto blankLines = [&](QTextTableCell cell, int lines) {
        QTextCursor cellCursor = cell.firstCursorPosition();
        cellCursor.setBlockFormat(cellBlock);
        for (int i = 1; i < lines; ++i)
            cellCursor.insertBlock(cellBlock, noteFormat);
    };
    int at = 0;
    for (const Row &row : std::as_const(rows)) {
        if (row.kind == Row::Field) {
            QTextCursor label = table->cellAt(at, 0).firstCursorPosition();
            label.setBlockFormat(cellBlock);
            label.insertText(row.text, labelFormat);
            blankLines(table->cellAt(at, 1), 1);
            ++at;
            continue;
        }
        table->mergeCells(at, 0, 1, 2);
        QTextTableCell cell = table->cellAt(at, 0);
        if (row.kind == Row::Item) {
            QTextCharFormat shade = cell.format();
            shade.setBackground(QColor(0xF3, 0xF3, 0xF3));
            cell.setFormat(shade);
        }
        QTextCursor text = cell.firstCursorPosition();
        text.setBlockFormat(cellBlock);
        text.insertText(row.text, row.kind == Row::Item ? labelFormat : noteFormat);
        ++at;
        if (row.kind == Row::Item) {
            table->mergeCells(at, 0, 1, 2);
            blankLines(table->cellAt(at, 0), 4);
            ++at;
        }
    }
    cursor.movePosition(QTextCursor::End);
}

FormalDocument PlanDocumentBuilder::build(const Plan &plan) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };

    FormalDocument document;
    document.cover = buildCover(plan, language);
    document.contentsTitle = t(QT_TRANSLATE_NOOP("PlanDocument", "Contents"));
    document.headerLeft = plan.title;
    document.headerRight = t(QT_TRANSLATE_NOOP("PlanDocument", "Version %1 · %2"))
                               .arg(plan.version, language.text("PlanStatus", planStatusSourceText(plan.status)));
    document.footerPattern = t(QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2"));
    document.metadataTitle = plan.title;
    if (plan.status == PlanStatus::Withdrawn)
        document.watermark = t(QT_TRANSLATE_NOOP("PlanDocument", "WITHDRAWN"));
    else if (!planStatusIsApprovedOrLater(plan.status))
        document.watermark = t(QT_TRANSLATE_NOOP("PlanDocument", "DRAFT"));

    document.body = std::make_unique<QTextDocument>();
    QTextDocument *body = document.body.get();
    body->setUndoRedoEnabled(false);
    body->setDocumentMargin(0);
    body->setDefaultFont(DocumentStyle::font(DocumentStyle::bodyPointSize));
    QTextCursor cursor(body);
    bool atStart = true;

    // Where each table goes: under the section that talks about it, or in an annex at the end.
    const QList<std::pair<QString, QStringList>> tablePlaces = {
        {QStringLiteral("categories"), {QStringLiteral("general.grading")}},
        {QStringLiteral("levels"), {QStringLiteral("general.grading"), QStringLiteral("warning.grading")}},
        {QStringLiteral("responses"), {QStringLiteral("response.handling")}},
        {QStringLiteral("reporting"), {QStringLiteral("response.reporting")}},
        {QStringLiteral("contacts"), {QStringLiteral("annex.contacts"), QStringLiteral("organisation.contacts")}},
    };
    QStringList placedTables;
    auto tablesForSection = [&](const QString &sectionKey) {
        QStringList tables;
        for (const auto &[table, sectionKeys] : tablePlaces) {
            if (placedTables.contains(table))
                continue;
            for (const QString &candidate : sectionKeys) {
                if (candidate == sectionKey) {
                    tables << table;
                    break;
                }
                if (plan.sectionIndex(candidate) >= 0)
                    break; // an earlier choice exists in this plan; wait for it
            }
        }
        return tables;
    };

    QList<int> numbers;
    auto addHeading = [&](const QString &label, int depth) {
        if (atStart)
            cursor.setBlockFormat(headingFormat(depth));
        else
            cursor.insertBlock(headingFormat(depth));
        atStart = false;
        const QTextCharFormat format = charFormat(headingPointSize(depth), true);
        cursor.setBlockCharFormat(format);
        cursor.insertText(label, format);
        if (depth <= 1)
            document.headings.append({label, depth, cursor.block().blockNumber()});
    };

    for (const Section &section : plan.sections) {
        const int depth = section.depth;
        numbers.resize(depth + 1);
        numbers[depth] += 1;
        QString label;
        if (depth == 0) {
            label = language.chapterLabel(numbers[0]) + (language.isChinese() ? QStringLiteral("　") : QStringLiteral(" "))
                    + section.title;
        } else {
            QStringList parts;
            for (int n : numbers)
                parts << QString::number(n);
            label = parts.join(QLatin1Char('.')) + QStringLiteral(" ") + section.title;
        }
        addHeading(label, depth);
        if (section.key == QLatin1String("annex.report-form"))
            insertReportForm(cursor, section.body, atStart);
        else
            insertParagraphs(cursor, section.body, language, atStart);
        for (const QString &table : tablesForSection(section.key)) {
            insertSectionTables(cursor, plan, table, language);
            placedTables << table;
        }
    }

    // Tables whose sections the user removed still belong in the document.
    const QStringList annexTitles = {t(QT_TRANSLATE_NOOP("PlanDocument", "Incident categories")),
                                     t(QT_TRANSLATE_NOOP("PlanDocument", "Incident levels")),
                                     t(QT_TRANSLATE_NOOP("PlanDocument", "Response by level")),
                                     t(QT_TRANSLATE_NOOP("PlanDocument", "Reporting chain")),
                                     t(QT_TRANSLATE_NOOP("PlanDocument", "Contact list"))};
    for (qsizetype i = 0; i < tablePlaces.size(); ++i) {
        const QString &table = tablePlaces.at(i).first;
        if (placedTables.contains(table))
            continue;
        numbers.resize(1);
        numbers[0] += 1;
        addHeading(language.chapterLabel(numbers[0]) + (language.isChinese() ? QStringLiteral("　") : QStringLiteral(" "))
                       + annexTitles.at(i),
                   0);
        insertSectionTables(cursor, plan, table, language);
        placedTables << table;
    }
    return document;
}

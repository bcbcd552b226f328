// The PDF a plan becomes, read back the way a reader's search and copy read it (poppler's tools,
// through PdfText): all of the text, in the document's font, numbered right, nothing interpreted.

#include "../SamplePlans.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentStyle.h"
#include "core/documents/PdfExporter.h"
#include "core/documents/PlanDocumentBuilder.h"
#include "core/reference/PlanFactory.h"
#include "support/PdfText.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

namespace {

// squeeze() removes ASCII white space only; pdftotext turns the ideographic space of
// "第一章　总则" and no-break spaces into line breaks, so they go too.
QString squeeze(const QString &text)
{
    QString squeezed = PdfText::squeezed(text);
    squeezed.remove(QChar(0x3000));
    squeezed.remove(QChar(0x00A0));
    return squeezed;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The running header as PdfText::bodyText needs it: the title and "Version 1.0 · Draft".
QStringList headerLines(const Plan &plan)
{
    const FormalDocument document = PlanDocumentBuilder().build(plan);
    return {document.headerLeft.trimmed(), document.headerRight.trimmed()};
}

QStringList paragraphsOf(const QString &body)
{
    QStringList paragraphs;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            paragraphs << line.trimmed();
    }
    return paragraphs;
}

// "Page 3 of 12" or, once the Chinese translation exists, "第 3 页 共 12 页".
QRegularExpression footerFor(int page, int total)
{
    return QRegularExpression(QStringLiteral("^\\s*(Page %1 of %2|第 ?%1 ?页 ?共 ?%2 ?页)\\s*$").arg(page).arg(total),
                              QRegularExpression::MultilineOption);
}

int occurrences(const QString &text, const QString &word)
{
    return word.isEmpty() ? 0 : int(text.count(word));
}

// A plan of many long chapters in English: about a hundred pages.
Plan bulkyPlan(int chapters)
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("Bulk Test Ltd");
    basics.language = QStringLiteral("en");
    Plan plan = PlanFactory().createDefault(basics);
    plan.title = QStringLiteral("Bulk plan");
    plan.sections.clear();
    for (int chapter = 1; chapter <= chapters; ++chapter) {
        plan.sections << Section{QString(), QStringLiteral("Chapter title %1").arg(chapter), QString(), 0};
        for (int section = 1; section <= 3; ++section)
            plan.sections << Section{QString(), QStringLiteral("Section %1 of chapter %2").arg(section).arg(chapter),
                                     SamplePlans::longParagraph(2600, QStringLiteral("C%1S%2").arg(chapter).arg(section))
                                         + QStringLiteral("\nEnd of C%1S%2.").arg(chapter).arg(section),
                                     1};
    }
    return plan;
}


// A paragraph as the PDF lays it out: where its first line and its second line begin, and the
// text of its first line as written into the text layer.
struct LaidOutParagraph
{
    qreal firstLeft = 0;
    qreal secondLeft = 0;
    QString firstLine;
};

// The words of a line with a space between them, as pdftotext writes the line.
QString joined(const QList<PdfText::Word> &line)
{
    QStringList words;
    for (const PdfText::Word &word : line)
        words << word.text;
    return words.join(QLatin1Char(' '));
}

// Every paragraph of `plan` that runs over two lines or more on one page, found in the PDF's lines.
QList<LaidOutParagraph> laidOutParagraphs(const Plan &plan, const QString &pdf)
{
    const QList<QList<PdfText::Word>> lines = PdfText::lines(pdf);
    QList<LaidOutParagraph> found;
    for (const Section &section : plan.sections) {
        // The report form's lines print as the labels and notes of a form to fill in, not as
        // body paragraphs (PlanDocumentBuilder::insertReportForm).
        if (section.key == QLatin1String("annex.report-form"))
            continue;
        for (const QString &paragraph : paragraphsOf(section.body)) {
            const QString wanted = squeeze(paragraph);
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QString first = squeeze(joined(lines.at(i)));
                const QString second = squeeze(joined(lines.at(i + 1)));
                if (first.size() < 8 || second.isEmpty() || !wanted.startsWith(first + second)
                    || lines.at(i).first().page != lines.at(i + 1).first().page)
                    continue;
                found.append({lines.at(i).first().box.left(), lines.at(i + 1).first().box.left(), joined(lines.at(i))});
                break;
            }
        }
    }
    return found;
}
} // namespace

class TestPlanPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPdf;
    Plan m_demo;
    int m_demoPages = 0;

    // Exports and checks what every export must satisfy; returns the page count, -1 on failure.
    int exportTo(const Plan &plan, const QString &path)
    {
        Result<int> pages = PdfExporter::exportPlan(plan, path);
        if (!pages.ok()) {
            qWarning("%s", qPrintable(pages.errorMessage()));
            return -1;
        }
        return pages.value();
    }

    // Every section title and every paragraph of every body, in the text a reader gets.
    void verifyAllSectionText(const Plan &plan, const QString &pdf)
    {
        // pdftotext joins "follow-" + "up" at a line end into "followup", so hyphens are left out.
        const QString body = squeeze(PdfText::bodyText(pdf, headerLines(plan))).remove(QLatin1Char('-'));
        QVERIFY(!body.isEmpty());
        for (const Section &section : plan.sections) {
            QVERIFY2(body.contains(squeeze(section.title).remove(QLatin1Char('-'))), qPrintable(section.title));
            for (const QString &paragraph : paragraphsOf(section.body))
                QVERIFY2(body.contains(squeeze(paragraph).remove(QLatin1Char('-'))),
                         qPrintable(section.title + QStringLiteral(": ") + paragraph.left(80)));
        }
    }

    // pdfinfo, the footers and the exporter agree on the number of pages.
    void verifyPageNumbers(const QString &pdf, int pages)
    {
        QCOMPARE(PdfText::pageCount(pdf), pages);
        const QStringList texts = PdfText::pages(pdf);
        QCOMPARE(texts.size(), pages);
        // The cover carries no footer; every other page says where it is.
        QVERIFY2(!texts.first().contains(QRegularExpression(QStringLiteral("Page \\d+ of|页 ?共"))), qPrintable(texts.first()));
        for (int page = 2; page <= pages; ++page)
            QVERIFY2(footerFor(page, pages).match(texts.at(page - 1)).hasMatch(),
                     qPrintable(QStringLiteral("page %1 of %2:\n%3").arg(page).arg(pages).arg(texts.at(page - 1).right(200))));
    }

    // Each chapter in the contents with a page number, and the chapter starts on that page.
    void verifyContents(const Plan &plan, const QString &pdf, int pageCount)
    {
        const FormalDocument document = PlanDocumentBuilder().build(plan);
        const QStringList pages = PdfText::pages(pdf);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY(pages.at(1).contains(document.contentsTitle));

        // The lines from the contents on; the contents come first, so the first "label, number"
        // pair found is the contents' entry (in the body a heading is followed by text).
        QStringList lines;
        for (qsizetype i = 1; i < pages.size(); ++i) {
            for (const QString &line : pages.at(i).split(QLatin1Char('\n'))) {
                if (!squeeze(line).isEmpty())
                    lines << squeeze(line);
            }
        }
        const QRegularExpression number(QStringLiteral("^\\d+$"));
        auto listedPage = [&](const QString &label) {
            // pdftotext may break a label over lines: join lines until they spell it.
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QString joined;
                qsizetype j = i;
                while (j < lines.size() && joined != label && label.startsWith(joined + lines.at(j)))
                    joined += lines.at(j++);
                if (joined == label && j < lines.size() && number.match(lines.at(j)).hasMatch())
                    return lines.at(j).toInt();
            }
            return -1;
        };

        int chapters = 0;
        int firstBodyPage = -1;
        int previous = 0;
        for (const FormalDocument::Heading &heading : document.headings) {
            if (heading.level != 0)
                continue;
            ++chapters;
            const QString label = squeeze(heading.label);
            const int page = listedPage(label);
            if (firstBodyPage < 0)
                firstBodyPage = page;
            QVERIFY2(page >= 3 && page >= firstBodyPage && page >= previous && page <= pages.size(),
                     qPrintable(QStringLiteral("%1 → %2").arg(heading.label).arg(page)));
            previous = page;
            QVERIFY2(squeeze(pages.at(page - 1)).contains(label),
                     qPrintable(QStringLiteral("%1 is not on page %2").arg(heading.label).arg(page)));
            // … and starts there rather than on the page before (which may be the contents).
            QVERIFY2(page - 1 < firstBodyPage || !squeeze(pages.at(page - 2)).contains(label),
                     qPrintable(QStringLiteral("%1 is already on page %2").arg(heading.label).arg(page - 1)));
        }
        // The plan's chapters, and the annexes for tables whose sections were removed.
        QVERIFY(chapters >= int(std::count_if(plan.sections.cbegin(), plan.sections.cend(),
                                              [](const Section &s) { return s.depth == 0; })));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = PlanFactory().createDemo();
        m_demoPdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        m_demoPages = exportTo(m_demo, m_demoPdf);
        QVERIFY(m_demoPages > 3);
    }

    void demoPlanTextIsAllThere()
    {
        verifyAllSectionText(m_demo, m_demoPdf);
        const QString text = squeeze(PdfText::extract(m_demoPdf));
        QVERIFY(text.contains(squeeze(m_demo.title)));
        QVERIFY(text.contains(squeeze(m_demo.organisation)));
        QVERIFY(!m_demo.contacts.isEmpty());
        for (const Contact &contact : m_demo.contacts) {
            QVERIFY(!contact.name.isEmpty());
            QVERIFY2(text.contains(contact.name), qPrintable(contact.name));
            QVERIFY2(text.contains(squeeze(contact.officePhone)), qPrintable(contact.officePhone));
            QVERIFY2(text.contains(squeeze(contact.mobilePhone)), qPrintable(contact.mobilePhone));
        }
        for (const IncidentLevel &level : m_demo.levels)
            QVERIFY2(text.contains(level.warningColour), qPrintable(level.warningColour));
    }

    void textHasNoRadicalLookAlikes()
    {
        const QString text = PdfText::extract(m_demoPdf);
        QVERIFY(text.contains(QStringLiteral("网络"))); // 网, 门, 长, 见 … are the usual victims
        QVERIFY2(PdfText::radicals(text).isEmpty(), qPrintable(PdfText::radicals(text)));
    }

    void everyFontIsEmbeddedWenQuanYi()
    {
        const QStringList lines = PdfText::fonts(m_demoPdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n')))); // two header lines and a font
        for (const QString &line : lines.mid(2)) {
            QVERIFY2(line.contains(QLatin1String("WenQuanYi")), qPrintable(line));
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line)); // emb
        }
    }

    void pagesAreNumberedOnEveryPage() { verifyPageNumbers(m_demoPdf, m_demoPages); }

    void contentsPointToTheRightPages() { verifyContents(m_demo, m_demoPdf, m_demoPages); }

    // A line that starts the next page must not also be written, clipped away, at the foot of
    // the page before: search would find it twice and copy would repeat it.
    void noLineIsWrittenTwiceAtAPageBreak()
    {
        const QStringList pages = PdfText::pages(m_demoPdf);
        const QRegularExpression footer(QStringLiteral("^(Page \\d+ of \\d+|第 ?\\d+ ?页 ?共 ?\\d+ ?页)$"));
        const QStringList header = headerLines(m_demo);
        QStringList repeated;
        for (qsizetype i = 1; i + 1 < pages.size(); ++i) {
            QStringList before;
            for (const QString &line : pages.at(i).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !footer.match(line.trimmed()).hasMatch())
                    before << line.trimmed();
            }
            QStringList after;
            for (const QString &line : pages.at(i + 1).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !header.contains(line.trimmed()))
                    after << line.trimmed();
            }
            if (!before.isEmpty() && before.last().size() > 8 && after.mid(0, 3).contains(before.last()))
                repeated << QStringLiteral("pages %1/%2: %3").arg(i + 1).arg(i + 2).arg(before.last());
        }
        QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(QLatin1Char('\n'))));
    }

    // 首行缩进两字符: a Chinese body paragraph's first line begins two characters (2 × 12 pt) to
    // the right of its other lines. The indent is layout, not text: the first line is written
    // into the text layer as typed, with no spaces in front.
    void chineseParagraphsIndentTheirFirstLine()
    {
        const QList<LaidOutParagraph> paragraphs = laidOutParagraphs(m_demo, m_demoPdf);
        QVERIFY2(paragraphs.size() >= 10, qPrintable(QString::number(paragraphs.size())));
        const QString text = PdfText::extract(m_demoPdf);
        for (const LaidOutParagraph &paragraph : paragraphs) {
            const qreal indent = paragraph.firstLeft - paragraph.secondLeft;
            QVERIFY2(qAbs(indent - 2 * 12.0) < 1.5,
                     qPrintable(QStringLiteral("indent %1 pt: %2").arg(indent).arg(paragraph.firstLine)));
            QVERIFY2(text.contains(QLatin1Char('\n') + paragraph.firstLine + QLatin1Char('\n')),
                     qPrintable(paragraph.firstLine));
        }
        // Headings are not indented: they begin where the paragraphs' other lines do.
        const qreal left = paragraphs.first().secondLeft;
        int headings = 0;
        for (const QList<PdfText::Word> &line : PdfText::lines(m_demoPdf)) {
            // (The contents list them too, indented and with a page number: three words.)
            if (line.size() == 2 && (line.first().text == QLatin1String("1.1") || line.first().text == QLatin1String("2.1"))) {
                QVERIFY2(qAbs(line.first().box.left() - left) < 0.5, qPrintable(joined(line)));
                ++headings;
            }
        }
        QVERIFY(headings >= 2);
    }

    // English paragraphs keep their block style: no first-line indent.
    void englishParagraphsHaveNoFirstLineIndent()
    {
        const Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        const QString pdf = m_dir.filePath(QStringLiteral("english-indent.pdf"));
        QVERIFY(exportTo(plan, pdf) > 3);
        const QList<LaidOutParagraph> paragraphs = laidOutParagraphs(plan, pdf);
        QVERIFY2(paragraphs.size() >= 10, qPrintable(QString::number(paragraphs.size())));
        for (const LaidOutParagraph &paragraph : paragraphs)
            QVERIFY2(qAbs(paragraph.firstLeft - paragraph.secondLeft) < 0.5, qPrintable(paragraph.firstLine));
    }

    void coverTitleBreaksBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("title");
        QTest::newRow("zh, the demo") << QStringLiteral("zh_CN") << QStringLiteral("示例市数据中心有限公司")
                                      << QStringLiteral("示例市数据中心有限公司网络安全事件应急预案");
        QTest::newRow("zh, title not naming the organisation")
            << QStringLiteral("zh_CN") << QStringLiteral("某某科技")
            << QStringLiteral("华东某某高新技术产业开发区管理委员会网络安全事件应急预案");
        QTest::newRow("zh, special plan") << QStringLiteral("zh_CN") << QStringLiteral("示例市数据中心有限公司")
                                          << QStringLiteral("示例市数据中心有限公司勒索软件事件专项应急预案");
        QTest::newRow("zh, long organisation")
            << QStringLiteral("zh_CN") << QStringLiteral("某某省某某市某某区某某某某科技发展有限公司")
            << QStringLiteral("某某省某某市某某区某某某某科技发展有限公司网络安全事件应急预案");
        QTest::newRow("en, the demo") << QStringLiteral("en") << QStringLiteral("Example City Data Centre Co., Ltd.")
                                      << QStringLiteral("Example City Data Centre Co., Ltd. Cybersecurity Incident Emergency Plan");
        QTest::newRow("en, long words")
            << QStringLiteral("en") << QStringLiteral("Internationalisation Telecommunications Incorporated")
            << QStringLiteral("Internationalisation Telecommunications Incorporated Cybersecurity Incident Emergency Plan");
    }

    // The cover's title breaks between words (after the organisation, before 网络安全事件应急预案),
    // or is set smaller to fit; it is never cut inside a word (…应 / 急预案), and reads whole.
    void coverTitleBreaksBetweenWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, organisation);
        QFETCH(QString, title);
        Plan plan = PlanFactory().createDemo(language);
        plan.organisation = organisation;
        plan.title = title;
        const QString pdf = m_dir.filePath(QStringLiteral("cover.pdf"));
        QVERIFY(exportTo(plan, pdf) > 3);
        QString cover;
        {
            QProcess process;
            process.start(QStringLiteral(PDFTOTEXT_EXECUTABLE),
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000));
            cover = QString::fromUtf8(process.readAllStandardOutput());
        }
        QVERIFY2(squeeze(cover).contains(squeeze(title)), qPrintable(cover));
        QStringList lines;
        for (const QString &line : cover.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        // The title's lines: from the one it starts on to the one it ends on.
        qsizetype first = -1;
        qsizetype last = -1;
        for (qsizetype i = 0; i < lines.size() && last < 0; ++i) {
            QString read;
            for (qsizetype j = i; j < lines.size() && squeeze(title).startsWith(squeeze(read + lines.at(j))); ++j) {
                read += lines.at(j);
                if (squeeze(read) == squeeze(title)) {
                    first = i;
                    last = j;
                    break;
                }
            }
        }
        QVERIFY2(first >= 0, qPrintable(cover));
        QVERIFY2(last - first <= 1, qPrintable(lines.mid(first, last - first + 1).join(QLatin1Char('\n'))));
        const QStringList titleLines = lines.mid(first, last - first + 1);
        const QStringList words = {QStringLiteral("网络安全事件"), QStringLiteral("应急预案"), QStringLiteral("专项应急预案"),
                                   QStringLiteral("有限公司"), QStringLiteral("勒索软件")};
        for (qsizetype i = 0; i + 1 < titleLines.size(); ++i) {
            for (const QString &word : words) {
                for (qsizetype k = 1; k < word.size(); ++k)
                    QVERIFY2(!(titleLines.at(i).endsWith(word.left(k)) && titleLines.at(i + 1).startsWith(word.mid(k))),
                             qPrintable(titleLines.join(QLatin1Char('\n'))));
            }
        }
        // In English every piece of a line is a whole word of the title.
        const QStringList titleWords = title.split(QLatin1Char(' '));
        for (const QString &line : titleLines) {
            for (const QString &piece : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(language != QLatin1String("en") || titleWords.contains(piece), qPrintable(line));
        }
        if (language != QLatin1String("en") && title.startsWith(organisation) && titleLines.size() == 2)
            QCOMPARE(titleLines.first(), organisation); // the natural place to break
    }

    // English words are never broken inside: not in paragraphs, not in narrow table columns (the
    // code, the level, the deadline, the deputy), not in the header. Every word put in comes out
    // whole, and no piece of a line is a piece of one of them.
    void englishWordsNeverBreak()
    {
        Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        plan.title = QStringLiteral("Comprehensive Telecommunications Infrastructure Cybersecurity Incident Emergency Plan");
        const QStringList dictionary = {
            QStringLiteral("Ransomware"),        QStringLiteral("Exfiltration"),   QStringLiteral("Telecommunications"),
            QStringLiteral("Decommissioning"),  QStringLiteral("Unavailability"), QStringLiteral("Christopherson"),
            QStringLiteral("Superintendent"),    QStringLiteral("Administrator"),  QStringLiteral("Notification"),
            QStringLiteral("Acknowledgement"),   QStringLiteral("Infrastructure"), QStringLiteral("Responsibilities")};
        plan.categories.first().code = QStringLiteral("Ransomware");
        plan.categories.first().name = QStringLiteral("Exfiltration Telecommunications Decommissioning");
        plan.categories.last().code = QStringLiteral("Unavailability");
        plan.levels.first().warningColour = QStringLiteral("Acknowledgement");
        plan.levels.first().code = QStringLiteral("Superintendent");
        plan.contacts.first().deputy = QStringLiteral("Christopherson");
        plan.contacts.first().role = QStringLiteral("Administrator Superintendent");
        plan.contacts.first().officePhone = QStringLiteral("Notification");
        plan.reportingSteps.first().channel = QStringLiteral("Acknowledgement Infrastructure");
        plan.sections[1].body = QStringLiteral("Responsibilities ").repeated(40).trimmed();
        // A token longer than its column (a web address) may break, but must stay on the page.
        plan.categories[1].code = QStringLiteral("https://www.example.org/cybersecurity/incident-reporting/form");
        plan.categories[1].description = QStringLiteral("See https://www.example.org/cybersecurity/incident-reporting/"
                                                         "initial-report-form-2025-edition-for-operators.html first.");
        const QString pdf = m_dir.filePath(QStringLiteral("english-words.pdf"));
        QVERIFY(exportTo(plan, pdf) > 3);

        // Words of the demo's own text ("are", "Information") are not taken for pieces.
        QSet<QString> ordinary;
        for (const Section &section : PlanFactory().createDemo(QStringLiteral("en")).sections) {
            const QString text = section.title + QLatin1Char(' ') + section.body;
            for (const QString &word : text.split(QRegularExpression(QStringLiteral("[^A-Za-z]+")), Qt::SkipEmptyParts))
                ordinary << word;
        }
        // Nor does a word kept whole push its table out of the page: every word stays inside the
        // right margin (A4, 22 mm), where the paper and the clip end.
        const qreal rightEdge = (210.0 - DocumentStyle::marginsMillimetres().right()) * 72.0 / 25.4;
        QStringList outside;
        for (const PdfText::Word &word : PdfText::words(pdf)) {
            if (word.box.right() > rightEdge + 1)
                outside << QStringLiteral("%1 at %2 pt on page %3").arg(word.text).arg(word.box.right()).arg(word.page);
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
        QStringList broken;
        QSet<QString> whole;
        for (const QList<PdfText::Word> &line : PdfText::lines(pdf)) {
            for (const PdfText::Word &word : line) {
                // Punctuation around a word is not part of it.
                QString piece = word.text;
                piece.remove(QRegularExpression(QStringLiteral("^[^A-Za-z]+|[^A-Za-z]+$")));
                if (dictionary.contains(piece)) {
                    whole << piece;
                    continue;
                }
                for (const QString &entry : dictionary) {
                    // A word cut at a line end leaves its beginning on one line and its end on the next.
                    if (piece.size() >= 3 && piece != entry && !ordinary.contains(piece)
                        && (entry.startsWith(piece) || entry.endsWith(piece)))
                        broken << QStringLiteral("%1 (of %2) in: %3").arg(piece, entry, joined(line));
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        QCOMPARE(QStringList(whole.cbegin(), whole.cend()).size(), dictionary.size());
    }

    void draftWatermarkIsNotText()
    {
        const FormalDocument document = PlanDocumentBuilder().build(m_demo);
        QVERIFY(!document.watermark.isEmpty());
        const QString status = DocumentLanguage(m_demo.language).text("PlanStatus", planStatusSourceText(PlanStatus::Draft));
        const QStringList pages = PdfText::pages(m_demoPdf);
        // The cover names the status once; where the status reads like the mark (草稿 = 草稿) that
        // one is allowed.
        QCOMPARE(occurrences(pages.first(), document.watermark), occurrences(status, document.watermark));
        for (qsizetype i = 1; i < pages.size(); ++i) {
            QString page = pages.at(i);
            page.remove(document.headerRight);
            QVERIFY2(!page.contains(document.watermark), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        }
        // Drawn, though: the draft's pages carry more than the approved plan's.
        Plan approved = m_demo;
        approved.status = PlanStatus::Approved;
        approved.approver = QStringLiteral("王建国");
        const QString approvedPdf = m_dir.filePath(QStringLiteral("approved-for-comparison.pdf"));
        QCOMPARE(exportTo(approved, approvedPdf), m_demoPages);
        QVERIFY(bytesOf(m_demoPdf).size() > bytesOf(approvedPdf).size());
    }

    void approvedPlanExportsWithoutWatermark()
    {
        Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        plan.status = PlanStatus::Approved;
        plan.approver = QStringLiteral("Wang Jianguo");
        plan.approvedOn = QDate(2025, 6, 30);
        const QString pdf = m_dir.filePath(QStringLiteral("approved.pdf"));
        const int pages = exportTo(plan, pdf);
        QVERIFY(pages > 3);
        verifyPageNumbers(pdf, pages);
        const FormalDocument document = PlanDocumentBuilder().build(plan);
        QVERIFY(document.watermark.isEmpty());
        const QString text = PdfText::extract(pdf);
        QVERIFY(text.contains(QStringLiteral("Version 1.0 · Approved")));
        QVERIFY(text.contains(QLatin1String("Wang Jianguo")));
        QVERIFY(text.contains(QLatin1String("30 June 2025")));
        QVERIFY(!text.contains(QLatin1String("DRAFT")));
        QVERIFY(!text.contains(QLatin1String("Draft")));
    }

    void englishPlanIsInEnglish()
    {
        const Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        const QString pdf = m_dir.filePath(QStringLiteral("english.pdf"));
        const int pages = exportTo(plan, pdf);
        QVERIFY(pages > 3);
        verifyAllSectionText(plan, pdf);
        verifyPageNumbers(pdf, pages);
        const QString text = PdfText::extract(pdf);
        QVERIFY(text.contains(QLatin1String("Contents")));
        QVERIFY(text.contains(QLatin1String("General provisions")));
        QVERIFY(text.contains(QStringLiteral("Version 1.0 · Draft")));
        QVERIFY(text.contains(QLatin1String("Example City Data Centre Co., Ltd.")));
        // None of the Chinese skeleton's headings leaked in.
        QVERIFY(!text.contains(QStringLiteral("总则")));
        QVERIFY(!text.contains(QStringLiteral("应急处置")));
        QVERIFY(PdfText::radicals(text).isEmpty());
    }

    // The annexed incident report form (annex.report-form): the eight items of Art. 7 of the Reporting
    // Measures, each a shaded label over an empty box to write in, then the report time, issued-by
    // and time-of-issue lines — in the plan's language, in the printed PDF.
    void reportFormHasTheEightItemsAndSignatureLines_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void reportFormHasTheEightItemsAndSignatureLines()
    {
        QFETCH(QString, language);
        const Plan plan = PlanFactory().createDemo(language);
        const bool zh = language == QLatin1String("zh_CN");
        const QString pdf = m_dir.filePath(QStringLiteral("report-form-%1.pdf").arg(language));
        QVERIFY(exportTo(plan, pdf) > 3);
        const QStringList pages = PdfText::pages(pdf);
        const QString formTitle = zh ? QStringLiteral("网络安全事件报告表") : QStringLiteral("Incident report form");
        const int sectionIndex = plan.sectionIndex(QStringLiteral("annex.report-form"));
        QVERIFY(sectionIndex >= 0);
        QCOMPARE(plan.sections.at(sectionIndex).title, formTitle);
        // The form: from its heading in the body (the last time the heading appears; the contents
        // list it first) to the end of the document.
        const QString all = squeeze(pages.join(QString()));
        const qsizetype heading = all.lastIndexOf(QStringLiteral("9.2") + squeeze(formTitle));
        QVERIFY2(heading > 0 && heading > all.indexOf(QStringLiteral("9.2") + squeeze(formTitle)),
                 "the report form's heading is not in the PDF body");
        QString form = all.mid(heading);
        form.remove(QLatin1Char('-'));
        const QList<LocalizedText> &items = ReferenceData::builtIn().initialReportItems;
        QCOMPARE(items.size(), 8);
        const QStringList numbers = zh ? QStringList{QStringLiteral("（一）"), QStringLiteral("（二）"), QStringLiteral("（三）"),
                                                     QStringLiteral("（四）"), QStringLiteral("（五）"), QStringLiteral("（六）"),
                                                     QStringLiteral("（七）"), QStringLiteral("（八）")}
                                       : QStringList{QStringLiteral("(1)"), QStringLiteral("(2)"), QStringLiteral("(3)"),
                                                     QStringLiteral("(4)"), QStringLiteral("(5)"), QStringLiteral("(6)"),
                                                     QStringLiteral("(7)"), QStringLiteral("(8)")};
        qsizetype previous = -1;
        for (const QString &number : numbers) {
            const qsizetype at = form.indexOf(number);
            QVERIFY2(at > previous, qPrintable(number + QStringLiteral(" missing or out of order")));
            previous = at;
        }
        QVERIFY(form.contains(zh ? QStringLiteral("赎金") : QStringLiteral("ransom")));
        QVERIFY(form.contains(zh ? QStringLiteral("攻击路径") : QStringLiteral("attackpath")));
        QVERIFY(form.contains(zh ? QStringLiteral("事件现场保护情况") : QStringLiteral("sceneoftheincident")));
        for (const QString &line : zh ? QStringList{QStringLiteral("报告时间："), QStringLiteral("签发人："),
                                                    QStringLiteral("签发时间：")}
                                      : QStringList{QStringLiteral("Timeofreport:"), QStringLiteral("Issuedby:"),
                                                    QStringLiteral("Timeofissue:")})
            QVERIFY2(form.indexOf(line) > previous, qPrintable(line));

        // The boxes: in the document, every item's label row is followed by an empty row to write in,
        // and every short field has an empty cell beside it.
        const FormalDocument document = PlanDocumentBuilder().build(plan);
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document.body->rootFrame()->childFrames()) {
            auto *candidate = qobject_cast<QTextTable *>(frame);
            if (candidate && candidate->cellAt(0, 0).firstCursorPosition().block().text().contains(
                                 zh ? QStringLiteral("报告类型") : QStringLiteral("Report type")))
                table = candidate;
        }
        QVERIFY2(table, "the report form is not a table");
        const auto cellText = [&](int row, int column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            return cursor.selectedText();
        };
        int itemRows = 0;
        bool issuedBy = false;
        for (int row = 0; row < table->rows(); ++row) {
            const QString label = cellText(row, 0);
            if (numbers.contains(label.left(zh ? 3 : 3))) {
                ++itemRows;
                QCOMPARE(table->cellAt(row, 0).columnSpan(), 2);
                QVERIFY(row + 1 < table->rows());
                QVERIFY2(cellText(row + 1, 0).trimmed().remove(QChar::ParagraphSeparator).isEmpty(),
                         qPrintable(label));
                // Room to write: several lines.
                QVERIFY(cellText(row + 1, 0).count(QChar::ParagraphSeparator) >= 3);
            }
            if (label == (zh ? QStringLiteral("签发人：") : QStringLiteral("Issued by:"))) {
                issuedBy = true;
                QVERIFY(cellText(row, 1).isEmpty());
            }
        }
        QCOMPARE(itemRows, 8);
        QVERIFY(issuedBy);
    }

    void typedMarkupStaysText()
    {
        Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        plan.title = QStringLiteral("Plan <b>bold</b> & co");
        plan.organisation = QStringLiteral("Org <i>x</i> & Partners");
        plan.sections[1].body = SamplePlans::markupText() + QStringLiteral("\nSecond paragraph with a <table> tag.");
        plan.sections[2].title = QStringLiteral("Section <h1>big</h1>");
        plan.contacts.first().name = QStringLiteral("<i>Eve");
        plan.categories.first().description = QStringLiteral("<img src=\"file:///etc/hostname\">");
        const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
        QVERIFY(exportTo(plan, pdf) > 0);
        verifyAllSectionText(plan, pdf);

        const QString text = PdfText::extract(pdf);
        const QString squeezed = squeeze(text);
        QVERIFY(text.contains(QLatin1String("<img src=\"file:///etc/passwd\">")));
        QVERIFY(squeezed.contains(squeeze(SamplePlans::markupText())));
        QVERIFY(squeezed.contains(squeeze(plan.title)));
        QVERIFY(squeezed.contains(squeeze(plan.organisation)));
        QVERIFY(squeezed.contains(squeeze(plan.contacts.first().name)));
        QVERIFY(squeezed.contains(squeeze(plan.categories.first().description)));
        QVERIFY(squeezed.contains(QLatin1String("&amp;&lt;"))); // entities are not decoded either

        // No image was loaded: none in the file, by poppler's count and in the raw objects.
        QVERIFY(!bytesOf(pdf).contains("/Subtype /Image"));
        QVERIFY(!bytesOf(pdf).contains("/Subtype/Image"));
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (!pdfimages.isEmpty()) {
            QProcess process;
            process.start(pdfimages, {QStringLiteral("-list"), pdf});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 2); // the column titles and the rule below them
        }
    }

    void longParagraphsSurvivePageBreaks()
    {
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("长文本单位");
        Plan plan = PlanFactory().createDefault(basics);
        plan.title = QStringLiteral("长段落预案");
        QString chinese;
        while (chinese.size() < 6000)
            chinese += QStringLiteral("发现网络安全事件后，值班人员应当立即核实情况并报告应急办公室；");
        plan.sections[1].body = chinese + QStringLiteral("\n") + SamplePlans::longParagraph(9000, QStringLiteral("Latin"))
                                + QStringLiteral("\n短段落。");
        plan.sections[3].body = QStringLiteral("Tabs\tinside\ttext stay; ") + SamplePlans::markupText();
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        const int pages = exportTo(plan, pdf);
        QVERIFY(pages > 5);
        verifyAllSectionText(plan, pdf);
        verifyPageNumbers(pdf, pages);
        QVERIFY(PdfText::radicals(PdfText::extract(pdf)).isEmpty());
    }

    void hundredPagePlanKeepsItsNumbering()
    {
        const Plan plan = bulkyPlan(28);
        const QString pdf = m_dir.filePath(QStringLiteral("bulky.pdf"));
        int progressCalls = 0;
        int lastTotal = 0;
        Result<int> pages = PdfExporter::exportPlan(plan, pdf, [&](int done, int total) {
            ++progressCalls;
            lastTotal = total;
            return done <= total;
        });
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        QVERIFY2(pages.value() >= 90, qPrintable(QString::number(pages.value())));
        QCOMPARE(progressCalls, pages.value());
        QCOMPARE(lastTotal, pages.value());
        verifyPageNumbers(pdf, pages.value());
        const QString body = squeeze(PdfText::bodyText(pdf, headerLines(plan)));
        for (int chapter = 1; chapter <= 28; ++chapter)
            for (int section = 1; section <= 3; ++section)
                QVERIFY(body.contains(squeeze(QStringLiteral("End of C%1S%2.").arg(chapter).arg(section))));
        verifyContents(plan, pdf, pages.value());
    }

    void exportIntoAMissingFolderFails()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        Result<int> pages = PdfExporter::exportPlan(m_demo, pdf);
        QVERIFY(!pages.ok());
        QVERIFY2(pages.errorMessage().contains(QLatin1String("out.pdf")), qPrintable(pages.errorMessage()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no"))).exists());
    }

    void exportOntoAFolderFails()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(QDir().mkpath(target));
        Result<int> pages = PdfExporter::exportPlan(m_demo, target);
        QVERIFY(!pages.ok());
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void failedExportKeepsTheGoodFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(QFile::copy(m_demoPdf, pdf));
        const QByteArray good = bytesOf(pdf);

        // Cancelled half way: the error comes back and the good file stays as it was.
        Plan other = PlanFactory().createDemo(QStringLiteral("en"));
        Result<int> pages = PdfExporter::exportPlan(other, pdf, [](int done, int) { return done < 3; });
        QVERIFY(!pages.ok());
        QCOMPARE(bytesOf(pdf), good);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.pdf")});
        QCOMPARE(PdfText::pageCount(pdf), m_demoPages);

        // A successful export does replace it.
        QVERIFY(exportTo(other, pdf) > 0);
        QVERIFY(bytesOf(pdf) != good);
        QVERIFY(PdfText::extract(pdf).contains(QLatin1String("General provisions")));
    }
};

QTEST_MAIN(TestPlanPdf)
#include "TestPlanPdf.moc"

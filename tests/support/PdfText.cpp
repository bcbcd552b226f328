#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>

namespace {
QString run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}
}

QString PdfText::extract(const QString &pdfPath, QString *error)
{
    return run(QStringLiteral(PDFTOTEXT_EXECUTABLE), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                                                      QStringLiteral("-")},
               error);
}

QStringList PdfText::pages(const QString &pdfPath)
{
    QStringList pages = extract(pdfPath).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int PdfText::pageCount(const QString &pdfPath)
{
    const QString info = run(QStringLiteral(PDFINFO_EXECUTABLE), {pdfPath}, nullptr);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                             QRegularExpression::MultilineOption)
                                              .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<PdfText::Word> PdfText::words(const QString &pdfPath)
{
    const QString html = run(QStringLiteral(PDFTOTEXT_EXECUTABLE),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-bbox"), pdfPath,
                              QStringLiteral("-")},
                             nullptr);
    static const QRegularExpression item(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    int page = 0;
    for (auto it = item.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        QString text = match.captured(5);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append({text, QRectF(topLeft, bottomRight), page});
    }
    return words;
}

QList<QList<PdfText::Word>> PdfText::lines(const QString &pdfPath)
{
    QList<QList<Word>> lines;
    for (const Word &word : words(pdfPath)) {
        if (!lines.isEmpty() && lines.last().last().page == word.page
            && qAbs(lines.last().last().box.bottom() - word.box.bottom()) < 0.5 && word.box.left() > lines.last().last().box.left())
            lines.last().append(word);
        else
            lines.append({word});
    }
    return lines;
}

QString PdfText::fonts(const QString &pdfPath)
{
    return run(QStringLiteral(PDFFONTS_EXECUTABLE), {pdfPath}, nullptr);
}

QString PdfText::squeezed(const QString &text)
{
    QString result = text;
    // Unicode-aware: the ideographic space of "第一章　总则" counts as white space too.
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    result.remove(space);
    return result;
}

QString PdfText::bodyText(const QString &pdfPath, const QStringList &headerLines)
{
    static const QRegularExpression footer(QStringLiteral("^(Page \\d+ of \\d+|第 ?\\d+ ?页 ?共 ?\\d+ ?页)$"));
    QStringList kept;
    for (const QString &page : pages(pdfPath)) {
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (footer.match(trimmed).hasMatch() || headerLines.contains(trimmed))
                continue;
            kept << line;
        }
    }
    return kept.join(QLatin1Char('\n'));
}

QString PdfText::radicals(const QString &text)
{
    QString found;
    for (QChar c : text) {
        const ushort code = c.unicode();
        if ((code >= 0x2F00 && code <= 0x2FDF) || (code >= 0x2E80 && code <= 0x2EFF))
            found += c;
    }
    return found;
}

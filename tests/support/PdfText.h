#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// What a reader gets out of a PDF, through poppler's pdftotext and pdfinfo — the same tools a
// user's search and copy rely on.
class PdfText
{
public:
    // The whole text layer (pdftotext, reading order); empty with `error` set on failure.
    static QString extract(const QString &pdfPath, QString *error = nullptr);
    // One string per page (split at form feeds).
    static QStringList pages(const QString &pdfPath);
    static int pageCount(const QString &pdfPath);
    // A word of the text layer and where it lies (pdftotext -bbox: points from the page's top left).
    // A run of Chinese without spaces is one word per line.
    struct Word
    {
        QString text;
        QRectF box;
        int page = 0; // from 1
    };
    static QList<Word> words(const QString &pdfPath);
    // The words of each line, in order: words whose boxes share a baseline (yMax) on one page.
    static QList<QList<Word>> lines(const QString &pdfPath);
    // pdffonts' output.
    static QString fonts(const QString &pdfPath);
    // Text with all white space removed, so line and page breaks do not matter in comparisons.
    static QString squeezed(const QString &text);
    // The text of the pages with the running header and footer lines removed: paragraphs that cross
    // a page break become contiguous again. `headerLines` are matched exactly after trimming;
    // footers are recognised by the "Page N of M" / "第 N 页 共 M 页" pattern.
    static QString bodyText(const QString &pdfPath, const QStringList &headerLines);
    // Code points in the Kangxi radical (U+2F00–U+2FDF) and CJK radical supplement (U+2E80–U+2EFF)
    // blocks: the look-alikes that break search and copy.
    static QString radicals(const QString &text);
};

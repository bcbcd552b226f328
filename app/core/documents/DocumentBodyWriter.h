#pragma once

#include "DocumentLanguage.h"
#include "DocumentStyle.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;
class QTextTable;
class QTextTableCell;

// Writes the body of a formal document other than the plan — the drill documents and the incident
// reports: the title block, numbered sections, paragraphs, bordered tables whose rows stay whole on
// a page, boxes to write in by hand and signature lines. Every string goes in through
// QTextCursor::insertText, so nothing typed by a user is read as markup. It has no words of its
// own: t() looks the builder's up in the context the builder gives, and callers pass the rest.
class DocumentBodyWriter
{
public:
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
    // A label and its value in a field table; a wide field takes a row of its own.
    struct Field
    {
        QString label;
        QString value;
        bool wide = false;
    };

    // `context` is the translation context of the builder's words ("DrillDocument").
    DocumentBodyWriter(QTextDocument &document, const DocumentLanguage &language, const char *context);

    static QTextCharFormat charFormat(qreal pointSize, bool bold = false);
    // Stored text may carry Windows line ends; each non-blank line, trimmed.
    static QStringList linesOf(const QString &text);

    QString t(const char *source) const { return m_language.text(m_context, source); }
    QString colon() const;
    QString labelled(const QString &label, const QString &value) const { return label + colon() + value; }

    void title(const QString &text);
    void subtitle(const QString &text, qreal pointSize = DocumentStyle::sectionPointSize,
                  qreal bottomMargin = 4);
    // The title block of a document about one drill or incident: the kind of document, what it is
    // about, the organisation.
    void titleBlock(const QString &kind, const QString &subject, const QString &organisation);
    // "一、基本情况" / "1. Basic information"
    void heading(const QString &text);
    // A bold line introducing the table below it.
    void caption(const QString &text);
    // User text, one paragraph per line; `empty` stands in when there is none.
    void paragraphs(const QString &text, const QString &empty = QStringLiteral("—"));
    void paragraph(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, bool indent = true);
    // "1. …" per entry, or `empty` when there are none.
    void numberedList(const QStringList &entries, const QString &empty);
    // From here to the signature lines, the text stays on the page of the signatures.
    void keepWithSignatures() { m_keepWithNext = true; }
    void spacer(qreal points);
    // A bordered table whose rows are kept whole on a page; widths in percent. `headerRows` rows
    // repeat at the top of every page the table runs onto.
    QTextTable *table(const QList<QList<Cell>> &rows, const QList<qreal> &widths, int headerRows);
    // A table with one header row of bold, shaded titles above `rows` of plain text.
    QTextTable *listTable(const QStringList &headers, const QList<QStringList> &rows,
                          const QList<qreal> &widths, bool writingSpace = false);
    // listTable(), or the paragraph `none` when there are no rows.
    void listTableOrNone(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<qreal> &widths, const QString &none);
    // Label and value pairs, two to a row.
    void fieldTable(const QList<Field> &fields, bool writingSpace = false);
    // A box of empty lines to write in by hand, with an optional first line of printed text.
    void writingBox(int lines, const QString &printed = QString());
    // 记录人 ____ 负责人 ____ 日期 ____: each label with a line to sign on, the value printed on the
    // line where it is known. `widths` (percent) go label, line, label, line, …
    void signatureLines(const QStringList &labels, const QStringList &values, const QList<qreal> &widths,
                        qreal valuePointSize);

private:
    void startBlock(QTextBlockFormat format);
    void fillCell(QTextTableCell cell, const Cell &content, bool header);

    QTextCursor m_cursor;
    const DocumentLanguage &m_language;
    const char *m_context;
    bool m_atStart = true;
    bool m_keepWithNext = false;
    int m_section = 0;
};

#pragma once

#include <QFont>
#include <QMarginsF>
#include <QString>

// Fonts, sizes and margins of PlanDesk's formal documents (A4).
//
// The font matters for more than looks: with Debian's Noto CJK fonts Qt writes common characters
// (网, 门, 长, 见 …) into the PDF text layer as look-alike Kangxi radicals (U+2F00–U+2FDF), so search
// and copy break. WenQuanYi's fonts map each glyph back to the character that was typed, so the
// document font is WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei), falling back to Micro Hei.
class DocumentStyle
{
public:
    static QString fontFamily();
    // Registers a font file with the application if the family is not installed (used for a bundled
    // copy); harmless if it already is.
    static void ensureFontAvailable();

    static QFont font(qreal pointSize, bool bold = false);

    static constexpr qreal bodyPointSize = 12.0;    // 小四
    static constexpr qreal tablePointSize = 10.5;   // 五号
    static constexpr qreal chapterPointSize = 16.0; // 三号
    static constexpr qreal sectionPointSize = 14.0; // 四号
    static constexpr qreal headerPointSize = 9.0;
    static constexpr qreal lineHeightPercent = 150.0;
    static constexpr qreal indentPoints = 24.0; // one level of indentation (table of contents)
    // Every other length a document builder sets (margins, padding, borders) is in points too: the
    // renderer scales them to the device's resolution.

    // Page margins in millimetres, all at least 20 mm; header and footer sit inside them.
    static QMarginsF marginsMillimetres() { return QMarginsF(28.0, 30.0, 22.0, 25.0); }
    static constexpr qreal headerOffsetMillimetres = 15.0; // from the top edge to the header's baseline area
    static constexpr qreal footerOffsetMillimetres = 13.0; // from the bottom edge
};

#include "DocumentStyle.h"

#include <QDir>
#include <QFontDatabase>
#include <QStringList>

namespace {
const QStringList kPreferredFamilies = {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei")};
// Where Debian installs them; Windows and other systems can drop a copy beside the executable.
const QStringList kFontFiles = {QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                                QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")};
}

void DocumentStyle::ensureFontAvailable()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QStringList families = QFontDatabase::families();
    for (const QString &family : kPreferredFamilies) {
        if (families.contains(family))
            return;
    }
    for (const QString &file : kFontFiles) {
        if (QFontDatabase::addApplicationFont(file) >= 0)
            return;
    }
}

QString DocumentStyle::fontFamily()
{
    // Asked for every paragraph and table cell, so the font database is searched only once.
    static const QString family = [] {
        ensureFontAvailable();
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : kPreferredFamilies) {
            if (families.contains(candidate))
                return candidate;
        }
        return kPreferredFamilies.first();
    }();
    return family;
}

QFont DocumentStyle::font(qreal pointSize, bool bold)
{
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No substitution: a glyph missing from the document font must not silently come from Noto.
    font.setStyleStrategy(QFont::PreferMatch);
    return font;
}

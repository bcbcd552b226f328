#include "TemplatePlaceholders.h"

#include "TemplateFormat.h"

#include <QRegularExpression>

namespace {

struct Marker
{
    const char *marker;
    const char16_t *chinese;
    const char16_t *english;
};

// Placeholders in the document's language, as PlanFactory words its defaults: the text around
// them is in that language too, whatever the language of the UI.
constexpr Marker kMarkers[] = {
    {TemplateFormat::kOrganisationPlaceholder, u"〔单位名称〕", u"[organisation]"},
    {TemplateFormat::kNamePlaceholder, u"〔姓名〕", u"[name]"},
    {TemplateFormat::kPhonePlaceholder, u"〔电话〕", u"[phone]"},
    {TemplateFormat::kEmailPlaceholder, u"〔电子邮箱〕", u"[e-mail]"},
};

QString placeholder(const Marker &marker, const QString &language)
{
    return QString::fromUtf16(language == QLatin1String("en") ? marker.english : marker.chinese);
}

} // namespace

QString TemplatePlaceholders::filled(const QString &text, const QString &organisation, const QString &language)
{
    QString result = text;
    const QString name = organisation.trimmed();
    if (!name.isEmpty())
        result.replace(QLatin1String(TemplateFormat::kOrganisationPlaceholder), name);
    return readable(result, language);
}

QString TemplatePlaceholders::readable(const QString &text, const QString &language)
{
    if (!hasMarkers(text))
        return text;
    QString result = text;
    for (const Marker &marker : kMarkers)
        result.replace(QLatin1String(marker.marker), placeholder(marker, language));
    return result;
}

QString TemplatePlaceholders::withoutMarkers(const QString &text)
{
    QString result = text;
    for (const Marker &marker : kMarkers)
        result.remove(QLatin1String(marker.marker));
    // Any other {{…}} a newer format may bring: no braces in a file name either.
    result.remove(QRegularExpression(QStringLiteral("\\{\\{[^{}]*\\}\\}")));
    return result.simplified();
}

QString TemplatePlaceholders::asMarkers(const QString &text, const QString &language)
{
    QString result = text;
    for (const Marker &marker : kMarkers)
        result.replace(placeholder(marker, language), QLatin1String(marker.marker));
    return result;
}

bool TemplatePlaceholders::hasMarkers(const QString &text)
{
    return text.contains(QLatin1String("{{"));
}

#include "DocumentLanguage.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace {

std::shared_ptr<QTranslator> translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    QMutexLocker locker(&mutex);
    auto found = cache.constFind(language);
    if (found != cache.constEnd())
        return found.value();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/plandesk_%1.qm").arg(language)))
        translator.reset(); // English is the source language and needs no file
    cache.insert(language, translator);
    return translator;
}

QString chineseNumeral(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0)
        return QString::number(number);
    if (number < 10)
        return digits.at(number);
    if (number < 20)
        return QStringLiteral("十") + (number % 10 ? QString(digits.at(number % 10)) : QString());
    if (number < 100)
        return QString(digits.at(number / 10)) + QStringLiteral("十")
               + (number % 10 ? QString(digits.at(number % 10)) : QString());
    return QString::number(number);
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN")),
      m_translator(translatorFor(m_language))
{
}

QLocale DocumentLanguage::locale() const
{
    return isChinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DocumentLanguage::text(const char *context, const char *sourceText) const
{
    return text(context, sourceText, nullptr);
}

QString DocumentLanguage::text(const char *context, const char *sourceText, const char *disambiguation,
                               int count) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, sourceText, disambiguation, count);
    if (result.isEmpty())
        result = QString::fromUtf8(sourceText);
    if (count >= 0)
        result.replace(QStringLiteral("%n"), QString::number(count));
    return result;
}

QString DocumentLanguage::date(const QDate &date) const
{
    if (!date.isValid())
        return QStringLiteral("—");
    if (isChinese())
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString DocumentLanguage::chapterLabel(int number) const
{
    if (isChinese())
        return QStringLiteral("第%1章").arg(chineseNumeral(number));
    return QString::number(number);
}

QString DocumentLanguage::sectionNumber(int number) const
{
    if (isChinese())
        return chineseNumeral(number) + QStringLiteral("、");
    return QString::number(number) + QLatin1Char('.');
}

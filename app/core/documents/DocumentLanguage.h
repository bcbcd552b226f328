#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

// Documents are written in the plan's own language, whatever the UI shows. Their fixed words
// ("目录", "第 %1 页 共 %2 页") go through the same translation files as the UI — marked with
// QT_TRANSLATE_NOOP so lupdate finds them — but are looked up in a translator of their own.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &language);

    QString language() const { return m_language; }
    bool isChinese() const { return m_language != QLatin1String("en"); }
    QLocale locale() const;

    QString text(const char *context, const char *sourceText) const;
    // With a disambiguation (QT_TRANSLATE_NOOP3) and/or a count: "%n" is replaced by `count`, and
    // the translator picks the plural form the language needs (English: "%n day(s)" → "30 days").
    QString text(const char *context, const char *sourceText, const char *disambiguation, int count = -1) const;
    QString date(const QDate &date) const; // 2026年11月24日 / 24 November 2026; "—" when unset
    // 第一章 / Chapter 1
    QString chapterLabel(int number) const;
    // The number of a numbered heading inside a shorter document: 一、 / 1.
    QString sectionNumber(int number) const;

private:
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
};

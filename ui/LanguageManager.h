#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QTranslator>
#include <memory>

// Installs the UI's translators: PlanDesk's own (embedded under :/i18n) and Qt's qtbase ones for
// the standard dialogs. The language is the one chosen in the Language menu, or else the first of
// the system's UI languages that PlanDesk has.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    // "" means "follow the system".
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &language);
    // The language actually in effect: "zh_CN" or "en".
    static QString effectiveLanguage();
    // (code, native name) of the languages PlanDesk offers.
    static QList<QPair<QString, QString>> availableLanguages();

    // Replaces the installed translators with those of effectiveLanguage().
    static void install();

private:
    static std::unique_ptr<QTranslator> s_appTranslator;
    static std::unique_ptr<QTranslator> s_qtTranslator;
};

#include "LanguageManager.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

std::unique_ptr<QTranslator> LanguageManager::s_appTranslator;
std::unique_ptr<QTranslator> LanguageManager::s_qtTranslator;

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

QString LanguageManager::chosenLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void LanguageManager::setChosenLanguage(const QString &language)
{
    QSettings().setValue(kSettingsKey, language);
}

QString LanguageManager::effectiveLanguage()
{
    const QString chosen = chosenLanguage();
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    for (const QString &uiLanguage : QLocale().uiLanguages()) {
        const QString name = QLocale(uiLanguage).name();
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QList<QPair<QString, QString>> LanguageManager::availableLanguages()
{
    // Each language is named in itself, as language menus customarily do.
    return {{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

void LanguageManager::install()
{
    if (s_appTranslator)
        QCoreApplication::removeTranslator(s_appTranslator.get());
    if (s_qtTranslator)
        QCoreApplication::removeTranslator(s_qtTranslator.get());
    const QString language = effectiveLanguage();
    s_appTranslator = std::make_unique<QTranslator>();
    if (s_appTranslator->load(QStringLiteral(":/i18n/plandesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s_appTranslator.get());
    s_qtTranslator = std::make_unique<QTranslator>();
    if (s_qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qtTranslator.get());
    // The name in window titles (Qt appends it to them on some platforms), in the UI's language.
    QGuiApplication::setApplicationDisplayName(tr("PlanDesk"));
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

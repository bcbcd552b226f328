#pragma once

#include <QJsonValue>
#include <QString>

// A text of the reference data in both of PlanDesk's document languages.
struct LocalizedText
{
    QString zhCN;
    QString en;

    // Falls back to the other language rather than printing nothing.
    QString in(const QString &language) const
    {
        const QString &preferred = language == QLatin1String("en") ? en : zhCN;
        return preferred.isEmpty() ? (language == QLatin1String("en") ? zhCN : en) : preferred;
    }

    // Accepts {"zh_CN": …, "en": …} or a plain string used for both.
    static LocalizedText fromJson(const QJsonValue &value)
    {
        if (value.isString())
            return {value.toString(), value.toString()};
        return {value[QLatin1String("zh_CN")].toString(), value[QLatin1String("en")].toString()};
    }
};

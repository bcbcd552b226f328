#include "IncidentChecklist.h"

#include <QRegularExpression>

QList<IncidentChecklistItem> IncidentChecklist::fromPlan(const Plan &plan, const QString &levelCode)
{
    QString response;
    for (const IncidentLevel &level : plan.levels) {
        if (level.code == levelCode)
            response = level.response;
    }
    QList<IncidentChecklistItem> items;
    // A sentence ends at 。, ！ or ？ (Chinese) or at ". " before a capital (English); the mark stays with it.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[。！？])|(?<=[.!?])\\s+(?=[A-Z])"));
    QString normalised = response;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString &line : normalised.split(QLatin1Char('\n'))) {
        for (const QString &sentence : line.split(sentenceEnd)) {
            const QString step = sentence.trimmed();
            if (!step.isEmpty())
                items.append(IncidentChecklistItem{step, false, {}, {}});
        }
    }
    return items;
}

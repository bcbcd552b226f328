#include "Incident.h"

#include <QTimeZone>

QDateTime Incident::inZone(const QDateTime &moment) const
{
    const QTimeZone zone(timeZoneId);
    return moment.isValid() && zone.isValid() ? moment.toTimeZone(zone) : moment;
}

QDateTime Incident::discoveredLocal() const
{
    return inZone(discoveredAt);
}

bool Incident::isLevelCode(const QString &code)
{
    return levelRank(code) != 0;
}

int Incident::levelRank(const QString &code)
{
    static const QStringList codes = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                      QStringLiteral("IV")};
    return int(codes.indexOf(code)) + 1;
}

QStringList Incident::validationProblems() const
{
    QStringList problems;
    if (planId <= 0)
        problems << tr("The incident belongs to no plan.");
    if (!discoveredAt.isValid())
        problems << tr("The incident does not say when it was discovered.");
    if (!QTimeZone(timeZoneId).isValid())
        problems << tr("The time zone \"%1\" is not known.").arg(QString::fromUtf8(timeZoneId));
    if (!isLevelCode(levelCode))
        problems << tr("The level must be one of I, II, III and IV, not \"%1\".").arg(levelCode);
    if (categoryCode.trimmed().isEmpty())
        problems << tr("The incident has no category.");
    if (isClosed()) {
        if (!closedAt.isValid())
            problems << tr("A closed incident must say when its handling ended.");
        else if (discoveredAt.isValid() && closedAt < discoveredAt)
            problems << tr("Handling cannot end before the incident was discovered.");
        if (lessons.trimmed().isEmpty())
            problems << tr("Closing an incident asks for its lessons.");
    } else if (closedAt.isValid()) {
        problems << tr("An open incident has no end of handling.");
    }
    if (policeNotifiedAt.isValid() && discoveredAt.isValid() && policeNotifiedAt < discoveredAt)
        problems << tr("The police cannot have been told before the incident was discovered.");
    problems << correctiveActionProblems(correctiveActions, discoveredLocal().date());
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (!log.at(i).time.isValid() || log.at(i).action.trimmed().isEmpty())
            problems << tr("Log entry %1 needs a time and an action.").arg(i + 1);
    }
    return problems;
}

QStringList Incident::correctiveActionProblems(const QList<CorrectiveAction> &actions, const QDate &discoveredOn)
{
    QStringList problems;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const CorrectiveAction &action = actions.at(i);
        const int row = int(i) + 1;
        if (action.description.trimmed().isEmpty())
            problems << tr("Corrective action %1 has no description.").arg(row);
        if (action.owner.trimmed().isEmpty())
            problems << tr("Corrective action %1 has no owner.").arg(row);
        if (!action.dueOn.isValid())
            problems << tr("Corrective action %1 has no due date.").arg(row);
        // An action may be done while the incident is still being handled, so the day it was
        // closed is only bounded by the discovery.
        if (!action.isOpen() && !action.closedOn.isValid())
            problems << tr("Corrective action %1 is closed: say on which date.").arg(row);
        else if (!action.isOpen() && discoveredOn.isValid() && action.closedOn < discoveredOn)
            problems << tr("Corrective action %1 cannot have been closed before the incident was discovered.").arg(row);
    }
    return problems;
}

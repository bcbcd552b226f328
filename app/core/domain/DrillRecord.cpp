#include "DrillRecord.h"

#include <QHash>

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QStringList DrillRecord::validationProblems() const
{
    QStringList problems;
    if (!heldOn.isValid())
        problems << tr("The record does not say on which date the drill was held.");

    // Rows are numbered from 1, as the user sees them; a row left entirely empty is ignored. User text
    // goes into a message in one arg() call, so that a "%2" typed into a name stays as typed.
    QHash<QString, int> firstRowOfParticipant;
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const DrillParticipant &participant = participants.at(i);
        const int row = int(i) + 1;
        if (isBlank(participant.name)) {
            if (!isBlank(participant.department) || !isBlank(participant.role) || participant.signedIn)
                problems << tr("Participant row %1 has no name.").arg(row);
            continue;
        }
        const QString identity = participant.name.trimmed().toCaseFolded() + QLatin1Char('\n')
            + participant.department.trimmed().toCaseFolded();
        const auto first = firstRowOfParticipant.constFind(identity);
        if (first == firstRowOfParticipant.constEnd()) {
            firstRowOfParticipant.insert(identity, row);
            continue;
        }
        const QString who = isBlank(participant.department)
            ? participant.name.trimmed()
            : tr("%1 (%2)", "a participant and their department").arg(participant.name.trimmed(),
                                                                     participant.department.trimmed());
        problems << tr("Participant %1 is listed twice (rows %2 and %3).")
                        .arg(who, QString::number(first.value()), QString::number(row));
    }

    for (qsizetype i = 0; i < correctiveActions.size(); ++i) {
        const CorrectiveAction &action = correctiveActions.at(i);
        const int row = int(i) + 1;
        const QString description = action.description.trimmed();
        if (description.isEmpty()) {
            problems << tr("Corrective action %1 has no description.").arg(row);
            if (isBlank(action.owner))
                problems << tr("Corrective action %1 has no owner.").arg(row);
            if (!action.dueOn.isValid())
                problems << tr("Corrective action %1 has no due date.").arg(row);
            continue;
        }
        if (isBlank(action.owner))
            problems << tr("Corrective action %1 (\"%2\") has no owner.").arg(QString::number(row), description);
        if (!action.dueOn.isValid())
            problems << tr("Corrective action %1 (\"%2\") has no due date.").arg(QString::number(row), description);
    }
    return problems;
}

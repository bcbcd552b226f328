#include "ParticipantTableWidget.h"

#include <QHash>

ParticipantTableWidget::ParticipantTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("participantsTableWidget"),
                      // A sign-in sheet's headings in either language, so that its header row is
                      // never taken for a participant whatever the language of the UI.
                      {{tr("Name"), ColumnKind::Text, 120, {}, {},
                        {QStringLiteral("Name"), QStringLiteral("姓名"), QStringLiteral("名字")}},
                       {tr("Department"), ColumnKind::Text, 160, {}, {},
                        {QStringLiteral("Department"), QStringLiteral("Organisation"), QStringLiteral("Organization"),
                         QStringLiteral("Unit"), QStringLiteral("部门"), QStringLiteral("单位"),
                         QStringLiteral("单位/部门"), QStringLiteral("所在部门")}},
                       {tr("Role in the drill"), ColumnKind::Text, 0, {}, {},
                        {QStringLiteral("Role in the drill"), QStringLiteral("Role"), QStringLiteral("角色"),
                         QStringLiteral("演练角色"), QStringLiteral("职责")}},
                       {tr("Signed in"), ColumnKind::Check, 80, {}, {},
                        {QStringLiteral("Signed in"), QStringLiteral("Sign-in"), QStringLiteral("签到"),
                         QStringLiteral("已签到")}}},
                      parent)
{
    setSkipsBlankPastedLines(true);
    // What was tidied up and what to look at, right after the paste that caused it.
    connect(this, &PlanTableWidget::pasted, this, [this](int blankLinesLeftOut) {
        QStringList messages;
        if (lastPasteLeftOutHeader())
            messages << tr("The header row was left out.");
        if (blankLinesLeftOut > 0)
            messages << tr("%n blank row(s) left out.", nullptr, blankLinesLeftOut);
        messages << duplicateMessages();
        if (!messages.isEmpty())
            emit pasteChecked(messages.join(QLatin1Char(' ')));
    });
}

QList<DrillParticipant> ParticipantTableWidget::participants() const
{
    QList<DrillParticipant> participants;
    for (int row = 0; row < rowCount(); ++row) {
        if (isRowBlank(row))
            continue;
        participants << DrillParticipant{cellText(row, NameColumn).trimmed(), cellText(row, DepartmentColumn).trimmed(),
                                         cellText(row, RoleColumn).trimmed(), cellChecked(row, SignedInColumn)};
    }
    return participants;
}

void ParticipantTableWidget::setParticipants(const QList<DrillParticipant> &participants)
{
    beginLoading(int(participants.size()));
    for (int row = 0; row < participants.size(); ++row) {
        const DrillParticipant &participant = participants.at(row);
        setCellText(row, NameColumn, participant.name);
        setCellText(row, DepartmentColumn, participant.department);
        setCellText(row, RoleColumn, participant.role);
        setCellChecked(row, SignedInColumn, participant.signedIn);
    }
    endLoading();
}

QStringList ParticipantTableWidget::duplicateMessages() const
{
    QHash<QString, QList<int>> rowsByPerson;
    QStringList order;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = cellText(row, NameColumn).trimmed();
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded() + QLatin1Char('\t') + cellText(row, DepartmentColumn).trimmed().toCaseFolded();
        if (!rowsByPerson.contains(key))
            order << key;
        rowsByPerson[key] << row + 1;
    }
    QStringList messages;
    for (const QString &key : order) {
        const QList<int> rows = rowsByPerson.value(key);
        if (rows.size() < 2)
            continue;
        QStringList numbers;
        for (int row : rows)
            numbers << QString::number(row);
        const int first = rows.first() - 1;
        const QString department = cellText(first, DepartmentColumn).trimmed();
        const QString person = department.isEmpty() ? cellText(first, NameColumn).trimmed()
                                                    : tr("%1 (%2)").arg(cellText(first, NameColumn).trimmed(), department);
        messages << tr("%1 is listed more than once: rows %2.").arg(person, numbers.join(QStringLiteral(", ")));
    }
    return messages;
}

#pragma once

#include "PlanTableWidget.h"
#include "core/domain/DrillParticipant.h"

// The drill's sign-in sheet: name, department, role, signed in. A list pasted from a spreadsheet
// loses its blank rows, and names listed twice are pointed out, as soon as it is pasted.
class ParticipantTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, DepartmentColumn, RoleColumn, SignedInColumn };

    explicit ParticipantTableWidget(QWidget *parent = nullptr);

    QList<DrillParticipant> participants() const; // blank rows left out
    void setParticipants(const QList<DrillParticipant> &participants);

    // "Zhang Wei (Security) is listed twice: rows 3 and 7." for every duplicate; empty if none.
    QStringList duplicateMessages() const;

signals:
    // After a paste: what was tidied up and what the user should look at, in one or two sentences.
    void pasteChecked(const QString &message);
};

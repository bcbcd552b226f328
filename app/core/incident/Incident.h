#pragma once

#include "../domain/CorrectiveAction.h"
#include "IncidentChecklistItem.h"
#include "IncidentLogEntry.h"
#include "IncidentState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

// A cybersecurity incident declared from a plan (Cybersecurity Law Art. 27: activate the plan,
// take measures, report), or the same flow rehearsed inside a drill. Its reports are stored on
// their own (IncidentReport); the deadlines follow from its facts (IncidentDeadlines).
struct Incident
{
    Q_DECLARE_TR_FUNCTIONS(Incident)

public:
    qint64 id = 0; // 0 until saved
    qint64 planId = 0;
    bool drill = false;          // rehearsed in a drill: every printed page says 演练
    qint64 drillItemId = 0;      // optional link to the drill, 0 if none
    qint64 drillRecordId = 0;    // optional link to the drill's record, 0 if none
    QDateTime discoveredAt;      // the clock of every deadline starts here
    QByteArray timeZoneId = QByteArrayLiteral("Asia/Shanghai"); // the zone times are shown in
    QString place;
    QString affectedSystems;
    QString categoryCode;        // from the plan's category set
    QString levelCode = QStringLiteral("III"); // "I" … "IV"
    bool crimeSuspected = false;
    // For a CII operator: whether the affected systems are CII systems. Incidents on a CII
    // operator's other systems follow the ordinary route (issue 8). Ignored for other operators.
    bool ciiSystem = true;
    QDateTime policeNotifiedAt;  // when the police were told; invalid if not (yet)
    IncidentState state = IncidentState::Open;
    QDateTime closedAt;          // the end of handling; the summary report is due 30 days later
    QString lessons;             // asked for on closing
    QList<CorrectiveAction> correctiveActions; // created on closing, tracked like a drill's
    bool planRevisionRequired = false;
    QString planRevisionNote;
    QDate planRevisedOn;
    QList<IncidentLogEntry> log;
    QList<IncidentChecklistItem> checklist;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isClosed() const { return state == IncidentState::Closed; }
    bool planRevisionPending() const { return planRevisionRequired && !planRevisedOn.isValid(); }
    // The discovery time in the incident's own zone.
    QDateTime discoveredLocal() const;
    QDateTime inZone(const QDateTime &moment) const;

    // Problems that make the incident impossible to store, in the UI language.
    QStringList validationProblems() const;
    // The part of them about corrective actions (what, who, by when; a closed one says when, not
    // before the discovery), for the dialogs that edit them.
    static QStringList correctiveActionProblems(const QList<CorrectiveAction> &actions, const QDate &discoveredOn);
    bool isValid() const { return validationProblems().isEmpty(); }

    static bool isLevelCode(const QString &code);
    // 1 for "I" (特别重大) … 4 for "IV" (一般), 0 for anything else.
    static int levelRank(const QString &code);

    friend bool operator==(const Incident &, const Incident &) = default;
};

#pragma once

#include "CorrectiveAction.h"
#include "DrillParticipant.h"
#include "DrillTimelineEntry.h"
#include "ObjectiveResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

// The record of one drill as it was held (演练记录), with its summary report (总结报告) parts and
// the corrective actions that follow from it.
struct DrillRecord
{
    Q_DECLARE_TR_FUNCTIONS(DrillRecord)

public:
    qint64 id = 0;        // 0 until saved
    qint64 drillItemId = 0;
    qint64 planId = 0;
    QDate occurrenceDate; // the planned date of the occurrence this records
    QDate heldOn;         // actual date
    QTime startTime;
    QTime endTime;
    QString place;
    QString organiser;
    QList<DrillParticipant> participants;
    QString scenarioAsRun;
    QList<DrillTimelineEntry> timeline;
    QList<ObjectiveResult> objectives;
    QStringList problems;  // problems found (发现的问题)
    QString overview;      // summary report: 演练概况
    QString lessons;       // summary report: 经验教训
    QString conclusion;
    QList<CorrectiveAction> correctiveActions;
    bool planRevisionRequired = false;
    QString planRevisionNote;  // what in the plan must change
    QDate planRevisedOn;       // set when the revision is made; until then the plan shows it as missing
    QString recorder;          // 记录人
    QString responsible;       // 负责人
    QDateTime createdAt;
    QDateTime updatedAt;

    bool planRevisionPending() const { return planRevisionRequired && !planRevisedOn.isValid(); }

    // Problems that make the record impossible to store, in the UI language: no date, a corrective
    // action without owner or due date, participants without a name, the same participant twice.
    QStringList validationProblems() const;
    bool isValid() const { return validationProblems().isEmpty(); }

    friend bool operator==(const DrillRecord &, const DrillRecord &) = default;
};

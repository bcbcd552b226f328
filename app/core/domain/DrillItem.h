#pragma once

#include "../schedule/RecurrenceRule.h"
#include "DrillContent.h"
#include "DrillForm.h"
#include "DrillInject.h"
#include "DrillScope.h"
#include "DrillTeamAssignment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

// One item of a plan's drill programme (演练计划, GB/T 38645-2020 Annex A.1), with what its work
// plan (工作方案, Annex A.2) needs, and how it recurs. Its occurrences are computed from
// `firstDate` and `recurrence`; records and cancellations refer to an occurrence by its planned date.
struct DrillItem
{
    Q_DECLARE_TR_FUNCTIONS(DrillItem)

public:
    qint64 id = 0;      // 0 until saved
    qint64 planId = 0;
    QString uid;        // assigned when first saved; the calendar UID, stable across exports and edits
    QString title;      // 演练项目
    QString purpose;    // 目的/要求
    DrillForm form = DrillForm::Tabletop;
    DrillContent content = DrillContent::Comprehensive;
    QString scenario;   // for special drills: the scenario (场景设置)
    DrillScope scope = DrillScope::Organisation;
    QDate firstDate;    // planned date of the first occurrence (local date)
    QTime startTime = QTime(9, 0);
    int durationMinutes = 120;
    // IANA zone the times are in; a new item takes defaultTimeZoneId().
    QByteArray timeZoneId = QByteArrayLiteral("Asia/Shanghai");
    QString place;
    QString departments;  // 参演机构或部门
    QString participants; // the people taking part, as planned
    QString process;      // 演练过程安排
    bool budgeted = false; // 经费是否纳入预算
    QList<DrillTeamAssignment> teams;
    QStringList objectives;          // what the drill must show; each is judged in the record
    QList<DrillInject> injects;      // the planned timeline of the scenario
    QStringList evaluationCriteria;
    RecurrenceRule recurrence;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Problems that make the item impossible to store, in the UI language (title, date, duration,
    // the recurrence's own problems).
    QStringList validationProblems() const;
    bool isValid() const { return validationProblems().isEmpty(); }

    // The zone of this computer, unless it has none to speak of (UTC, as servers and fresh
    // installations are often left): then Asia/Shanghai, China's one time zone.
    static QByteArray defaultTimeZoneId();

    friend bool operator==(const DrillItem &, const DrillItem &) = default;
};

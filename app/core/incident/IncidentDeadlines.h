#pragma once

#include "../domain/OperatorProfile.h"
#include "DueReport.h"
#include "DueReportState.h"
#include "IncidentReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

class IncidentDeadlineRules;
struct Incident;

// The reports an incident calls for and their deadlines (国家网络安全事件报告管理办法, issue 9, with
// the corrections of issue 8), as a pure function of the facts and the rules:
//  - only 较大 (III) and above are reported; at IV nothing is due to the authorities;
//  - a CII operator reports within 1 h of discovery to its protection department and the public
//    security organs; for 重大 and above the protection department alone reports on to CAC and MPS
//    within 30 minutes (shown for information: not the operator's duty); an incident on a CII
//    operator's systems that are not CII follows the ordinary route;
//  - a central state organ reports within 2 h to its own cyberspace affairs body (onward 1 h);
//  - any other operator within 4 h to the provincial cyberspace administration (onward 1 h);
//  - a suspected crime is told to the police promptly (及时: no fixed minutes, due at once) —
//    at any level, being a report of a crime rather than of an incident;
//  - the summary report within 30 days after handling ends, by the route of the initial report.
class IncidentDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(IncidentDeadlines)

public:
    struct Facts
    {
        OperatorProfile profile = OperatorProfile::Ordinary;
        QString levelCode;
        bool crimeSuspected = false;
        bool ciiSystem = true; // only read for a CII operator
        QDateTime discoveredAt;
        QDateTime closedAt;    // invalid while the incident is open
    };
    struct Schedule
    {
        bool reportable = false; // level III or above
        QList<DueReport> reports;
    };

    static Facts factsOf(const Incident &incident, OperatorProfile profile);
    static Schedule compute(const Facts &facts, const IncidentDeadlineRules &rules);

    // The profile whose route the incident's reports take: a CII operator's incident on systems
    // that are not CII goes the ordinary way.
    static OperatorProfile routeOf(OperatorProfile profile, bool ciiSystem);

    // When the report was sent, as the incident and its stored reports say: the first sent report
    // of the matching kind, the police notification; invalid if not sent (or not the operator's).
    static QDateTime sentAtOf(const DueReport &due, const Incident &incident, const QList<IncidentReport> &reports);
    static DueReportState stateAt(const DueReport &due, const QDateTime &sentAt, const QDateTime &now,
                                  int dueSoonMinutes);
    // The operator's reports still to send, earliest deadline first, unknown deadlines last.
    static QList<DueReport> stillDue(const Schedule &schedule, const Incident &incident,
                                     const QList<IncidentReport> &reports);
    // The first of them; nullopt if none.
    static std::optional<DueReport> nextDue(const Schedule &schedule, const Incident &incident,
                                            const QList<IncidentReport> &reports);

    // "Level IV: nothing is due …", in the UI language, for where a schedule is empty.
    static QString nothingDueText();
};

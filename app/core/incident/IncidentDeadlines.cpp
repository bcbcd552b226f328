#include "IncidentDeadlines.h"

#include "Incident.h"
#include "IncidentDeadlineRules.h"

#include <algorithm>

IncidentDeadlines::Facts IncidentDeadlines::factsOf(const Incident &incident, OperatorProfile profile)
{
    Facts facts;
    facts.profile = profile;
    facts.levelCode = incident.levelCode;
    facts.crimeSuspected = incident.crimeSuspected;
    facts.ciiSystem = incident.ciiSystem;
    facts.discoveredAt = incident.discoveredAt;
    facts.closedAt = incident.isClosed() ? incident.closedAt : QDateTime();
    return facts;
}

OperatorProfile IncidentDeadlines::routeOf(OperatorProfile profile, bool ciiSystem)
{
    if (profile == OperatorProfile::CriticalInfrastructure && !ciiSystem)
        return OperatorProfile::Ordinary;
    return profile;
}

IncidentDeadlines::Schedule IncidentDeadlines::compute(const Facts &facts, const IncidentDeadlineRules &rules)
{
    Schedule schedule;
    const int rank = Incident::levelRank(facts.levelCode);
    const int reportableRank = Incident::levelRank(rules.reportableFromLevel);
    const int onwardRank = Incident::levelRank(rules.onwardFromLevel);
    schedule.reportable = rank > 0 && rank <= reportableRank;

    const IncidentDeadlineRules::Profile *route = rules.profile(routeOf(facts.profile, facts.ciiSystem));
    if (schedule.reportable && route) {
        DueReport initial;
        initial.kind = DueReportKind::Initial;
        initial.recipient = route->recipient;
        initial.sender = rules.operatorSender;
        initial.minutes = route->initialMinutes;
        initial.deadline = facts.discoveredAt.addSecs(qint64(route->initialMinutes) * 60);
        schedule.reports.append(initial);

        if (rank <= onwardRank && route->onward.minutes > 0) {
            // Counted from receipt by the body that reports on; at the latest that is the
            // operator's own deadline, so the onward deadline is shown from there.
            DueReport onward;
            onward.kind = DueReportKind::Onward;
            onward.recipient = route->onward.recipient;
            onward.sender = route->onward.sender;
            onward.basis = route->onward.basis;
            onward.operatorMustSend = false;
            onward.minutes = route->onward.minutes;
            onward.deadline = initial.deadline.addSecs(qint64(route->onward.minutes) * 60);
            schedule.reports.append(onward);
        }
    }
    if (facts.crimeSuspected) {
        DueReport police;
        police.kind = DueReportKind::Police;
        police.recipient = rules.policeRecipient;
        police.sender = rules.operatorSender;
        police.basis = rules.policeBasis;
        police.promptly = true;
        police.deadline = facts.discoveredAt;
        schedule.reports.append(police);
    }
    if (schedule.reportable && route) {
        DueReport summary;
        summary.kind = DueReportKind::Summary;
        summary.recipient = route->recipient;
        summary.sender = rules.operatorSender;
        summary.minutes = rules.summaryReportDays * 24 * 60;
        if (facts.closedAt.isValid())
            summary.deadline = facts.closedAt.addDays(rules.summaryReportDays);
        schedule.reports.append(summary);
    }
    return schedule;
}

QDateTime IncidentDeadlines::sentAtOf(const DueReport &due, const Incident &incident,
                                      const QList<IncidentReport> &reports)
{
    std::optional<IncidentReportKind> kind;
    switch (due.kind) {
    case DueReportKind::Initial: kind = IncidentReportKind::Initial; break;
    case DueReportKind::Summary: kind = IncidentReportKind::Summary; break;
    case DueReportKind::Police: return incident.policeNotifiedAt;
    case DueReportKind::Onward: return {};
    }
    QDateTime first;
    for (const IncidentReport &report : reports) {
        if (report.kind == kind && report.sentAt.isValid() && (!first.isValid() || report.sentAt < first))
            first = report.sentAt;
    }
    return first;
}

DueReportState IncidentDeadlines::stateAt(const DueReport &due, const QDateTime &sentAt, const QDateTime &now,
                                          int dueSoonMinutes)
{
    if (!due.operatorMustSend)
        return DueReportState::Information;
    if (sentAt.isValid()) {
        if (!due.promptly && due.deadline.isValid() && sentAt > due.deadline)
            return DueReportState::SentLate;
        return DueReportState::Sent;
    }
    // "Promptly" has no minutes to run out: it is due now until done, never counted overdue.
    if (due.promptly)
        return DueReportState::DueSoon;
    if (!due.deadline.isValid())
        return DueReportState::Pending;
    if (now > due.deadline)
        return DueReportState::Overdue;
    if (now.secsTo(due.deadline) <= qint64(dueSoonMinutes) * 60)
        return DueReportState::DueSoon;
    return DueReportState::Pending;
}

QList<DueReport> IncidentDeadlines::stillDue(const Schedule &schedule, const Incident &incident,
                                             const QList<IncidentReport> &reports)
{
    QList<DueReport> due;
    for (const DueReport &report : schedule.reports) {
        if (report.operatorMustSend && !sentAtOf(report, incident, reports).isValid())
            due.append(report);
    }
    // Unknown deadlines (the summary before closing) come after every known one.
    std::stable_sort(due.begin(), due.end(), [](const DueReport &a, const DueReport &b) {
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline.isValid() && a.deadline < b.deadline;
    });
    return due;
}

std::optional<DueReport> IncidentDeadlines::nextDue(const Schedule &schedule, const Incident &incident,
                                                    const QList<IncidentReport> &reports)
{
    const QList<DueReport> due = stillDue(schedule, incident, reports);
    if (due.isEmpty())
        return std::nullopt;
    return due.first();
}

QString IncidentDeadlines::nothingDueText()
{
    return tr("Nothing is due: a level IV (ordinary) incident is not reported to the authorities; only level III "
              "(relatively serious) and above must be reported.");
}

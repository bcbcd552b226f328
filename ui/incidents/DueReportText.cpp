#include "DueReportText.h"

#include "core/incident/DueReportKind.h"
#include "core/incident/Incident.h"
#include "LanguageManager.h"

#include <QLocale>
#include <QTimeZone>

namespace {

QString hoursAndMinutes(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60; // a deadline 30 s away still has a minute left
    const qint64 days = minutes / (24 * 60);
    const qint64 rest = minutes % (24 * 60);
    const QString clock = QStringLiteral("%1:%2").arg(rest / 60).arg(rest % 60, 2, 10, QLatin1Char('0'));
    //: A duration of more than a day: %1 days, %2 hours:minutes.
    return days > 0 ? DueReportText::tr("%1 d %2").arg(days).arg(clock) : clock;
}

} // namespace

QString DueReportText::uiLanguage()
{
    return LanguageManager::effectiveLanguage();
}

QString DueReportText::recipientInSentence(const DueReport &due)
{
    QString recipient = due.recipient.in(uiLanguage());
    // The reference data writes each recipient as a heading, "The protection department …".
    if (recipient.startsWith(QLatin1String("The ")))
        recipient[0] = QLatin1Char('t');
    return recipient;
}

QString DueReportText::countdown(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid() || !now.isValid())
        return QString();
    const qint64 seconds = now.secsTo(deadline);
    //: Countdown to a reporting deadline: hours:minutes left.
    if (seconds >= 0)
        return tr("%1 left").arg(hoursAndMinutes(seconds));
    //: Countdown past a reporting deadline: hours:minutes overdue.
    return tr("overdue by %1").arg(hoursAndMinutes(-seconds));
}

QString DueReportText::moment(const QDateTime &moment, const Incident &incident)
{
    if (!moment.isValid())
        return QString();
    const QDateTime local = incident.inZone(moment);
    QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (local.timeZone() != QTimeZone::systemTimeZone())
        text += QLatin1Char(' ') + local.timeZoneAbbreviation();
    return text;
}

QString DueReportText::describe(const DueReport &due, const Incident &incident)
{
    const QString kind = QCoreApplication::translate("DueReportKind", dueReportKindSourceText(due.kind));
    const QString recipient = recipientInSentence(due);
    if (due.promptly)
        //: %1 the kind of report, %2 to whom. 及时: the law gives no minutes.
        return tr("%1 to %2: promptly").arg(kind, recipient);
    if (!due.deadline.isValid())
        //: The summary report before the incident is closed. %1 the kind, %2 to whom, %3 days.
        return tr("%1 to %2: within %3 days after handling ends").arg(kind, recipient).arg(due.minutes / (24 * 60));
    QString after;
    if (due.kind == DueReportKind::Summary)
        after = tr("%n day(s) after handling ends", nullptr, due.minutes / (24 * 60));
    else if (due.kind == DueReportKind::Onward)
        after = tr("%n minute(s) after receipt, by %1", nullptr, due.minutes).arg(due.sender.in(uiLanguage()));
    else if (due.minutes % 60 == 0)
        after = tr("%n hour(s) after discovery", nullptr, due.minutes / 60);
    else
        after = tr("%n minute(s) after discovery", nullptr, due.minutes);
    //: %1 the kind of report, %2 to whom, %3 the deadline, %4 the rule ("1 hour after discovery").
    return tr("%1 to %2 by %3 (%4)").arg(kind, recipient, moment(due.deadline, incident), after);
}

QString DueReportText::stateText(const DueReport &due, DueReportState state, const QDateTime &sentAt,
                                 const QDateTime &now, const Incident &incident)
{
    switch (state) {
    case DueReportState::Sent:
        return tr("sent %1").arg(moment(sentAt, incident));
    case DueReportState::SentLate:
        return tr("sent late, %1").arg(moment(sentAt, incident));
    case DueReportState::Information:
        return tr("for information: not the operator's to send");
    case DueReportState::Pending:
    case DueReportState::DueSoon:
    case DueReportState::Overdue:
        break;
    }
    if (due.promptly)
        return tr("due now");
    if (!due.deadline.isValid())
        return tr("due once handling ends");
    return countdown(due.deadline, now);
}

QColor DueReportText::stateColour(DueReportState state)
{
    switch (state) {
    case DueReportState::Overdue:
    case DueReportState::SentLate:
        return QColor(0xc6, 0x28, 0x28);
    case DueReportState::DueSoon:
        return QColor(0xb2, 0x6a, 0x00);
    case DueReportState::Sent:
        return QColor(0x2e, 0x7d, 0x32);
    case DueReportState::Information:
        return QColor(0x61, 0x61, 0x61);
    case DueReportState::Pending:
        break;
    }
    return QColor();
}

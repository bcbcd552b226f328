#pragma once

#include "core/incident/DueReport.h"
#include "core/incident/DueReportState.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct Incident;

// The words and colours the incident windows use for a report the law asks for, so that the
// declaration dialog, the incident page and the main window's banner say it alike.
class DueReportText
{
    Q_DECLARE_TR_FUNCTIONS(DueReportText)

public:
    // "0:42 left", "1:05 overdue", "2 d 03:10 left"; hours and minutes, days beyond a day.
    static QString countdown(const QDateTime &deadline, const QDateTime &now);
    // "Initial report to the protection department and the police by 2026-12-03 10:30 (1 h after
    // discovery)", in the UI language, the time in the incident's zone.
    static QString describe(const DueReport &due, const Incident &incident);
    // What the report's state says at `now`: "0:42 left", "overdue by 1:05", "sent 10:12", …
    static QString stateText(const DueReport &due, DueReportState state, const QDateTime &sentAt,
                             const QDateTime &now, const Incident &incident);
    // Red when overdue or sent late, amber when due soon, green when sent, grey for information.
    static QColor stateColour(DueReportState state);
    // "2026-12-03 10:30" in the incident's zone (with the zone's abbreviation if it is not the system's).
    static QString moment(const QDateTime &moment, const Incident &incident);
    // The recipient as it reads inside a sentence ("to the protection department").
    static QString recipientInSentence(const DueReport &due);
    // The language the recipient is shown in: the UI's.
    static QString uiLanguage();
};

#pragma once

#include "IncidentReportKind.h"
#include "ReportChannel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

// One report on an incident: the initial report, a supplementary report or the summary report.
// The initial and supplementary reports carry the eight items of Art. 7 of 国家网络安全事件报告管理办法;
// where the facts cannot be judged in time, a first report may carry only items 1 and 2. The
// summary report carries cause, measures, harm, accountability, rectification and lessons. Each
// records who issued it (签发人) and when, and when, how and to whom it was sent.
struct IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    qint64 id = 0; // 0 until saved
    qint64 incidentId = 0;
    IncidentReportKind kind = IncidentReportKind::Initial;
    bool factsUnclear = false; // only items 1 and 2, the rest to follow (initial report only)

    // (1) the unit and the affected system
    QString unitAndSystem;
    // (2) time, place, category and level come from the incident; then:
    QString harmSoFar;
    QString measuresTaken;     // measures taken and their effect
    QString ransomAmount;      // ransomware: the ransom asked, as written (currency, crypto)
    QString ransomPaymentMethod;
    QDate ransomDate;
    // (3) … (8)
    QString likelyDevelopment;
    QString preliminaryCause;
    QString tracingLeads;      // attacker, path, vulnerability
    QString nextMeasures;      // next measures and support requested
    QString scenePreservation;
    QString other;

    // The summary report (总结报告), within 30 days after handling ends.
    QString cause;
    QString measures;
    QString harm;
    QString accountability;
    QString rectification;
    QString lessons;

    QString issuedBy;          // 签发人
    QDateTime issuedAt;
    QDateTime sentAt;          // invalid: not sent yet
    ReportChannel channel = ReportChannel::Hotline12387;
    QString recipient;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSent() const { return sentAt.isValid(); }
    // Problems that make the report impossible to store, in the UI language.
    QStringList validationProblems() const;

    friend bool operator==(const IncidentReport &, const IncidentReport &) = default;
};

#pragma once

#include "../Result.h"
#include "../domain/OperatorProfile.h"
#include "../reference/LocalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ReferenceData;

// The reporting rules of 国家网络安全事件报告管理办法 as IncidentDeadlines needs them. The minutes of
// each operator's initial report and the days of the summary report are read from the reporting
// rules of ReferenceData (reporting-rules.json); what that file does not hold — the recipients and
// minutes of the onward steps, the police, the grading thresholds of the guided classifier — comes
// from resources/reference/incident-deadlines.json, which names its source.
class IncidentDeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(IncidentDeadlineRules)

public:
    struct Onward
    {
        int minutes = 0; // from receipt by the body that reports on
        LocalizedText recipient, sender, basis;
    };
    struct Profile
    {
        OperatorProfile profile = OperatorProfile::Ordinary;
        int initialMinutes = 0; // from discovery
        LocalizedText recipient;
        Onward onward;
    };
    struct Threshold
    {
        QString levelCode;
        QString measure; // ciiFullOutageHours, ciiMainFunctionOutageHours, peopleAffected, directLossYuan
        double atLeast = 0;
        bool unverified = false;
    };

    static constexpr const char *kFileName = "incident-deadlines.json";

    // Reads incident-deadlines.json from `overrideDir` where present, else the built-in one, and
    // takes the initial minutes and summary days from `reference` where it has them.
    static Result<IncidentDeadlineRules> load(const ReferenceData &reference, const QString &overrideDir = QString());
    // The rules in effect (ReferenceData::builtIn() and its override folder), loaded once; a broken
    // override falls back to the built-in file.
    static const IncidentDeadlineRules &builtIn();

    LocalizedText source;
    QString reportableFromLevel = QStringLiteral("III");
    QString onwardFromLevel = QStringLiteral("II");
    int summaryReportDays = 30;
    int dueSoonMinutes = 30;
    QList<Profile> profiles;
    LocalizedText policeRecipient, policeBasis, operatorSender;
    QList<Threshold> thresholds;

    const Profile *profile(OperatorProfile profile) const;
    // The level codes whose incidents are reported: reportableFromLevel and the graver ones.
    QStringList reportableLevels() const;
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class IncidentDeadlineRules;

// The guided classifier: the threshold questions of the measure's grading annex (网络安全事件分级指南)
// and the level their answers point to, with the reasons in words. It suggests; the officer decides
// (the other criteria of the plan — harm to national security, important data — are not counted).
class IncidentClassifier
{
    Q_DECLARE_TR_FUNCTIONS(IncidentClassifier)

public:
    struct Answers
    {
        std::optional<double> ciiFullOutageHours;         // CII fully interrupted
        std::optional<double> ciiMainFunctionOutageHours; // CII main function interrupted
        std::optional<qint64> peopleAffected;             // people whose personal information leaked
        std::optional<qint64> directLossYuan;             // direct economic loss
    };
    struct Suggestion
    {
        QString levelCode = QStringLiteral("IV");
        QStringList reasons;     // one sentence per threshold reached (or why none was), UI language
        bool unverified = false; // a threshold PlanDesk could not verify decided the level
    };

    static Suggestion suggest(const Answers &answers, const IncidentDeadlineRules &rules);
};

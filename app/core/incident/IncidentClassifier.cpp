#include "IncidentClassifier.h"

#include "Incident.h"
#include "IncidentDeadlineRules.h"

#include <QLocale>

namespace {

std::optional<double> answerFor(const IncidentClassifier::Answers &answers, const QString &measure)
{
    if (measure == QLatin1String("ciiFullOutageHours"))
        return answers.ciiFullOutageHours;
    if (measure == QLatin1String("ciiMainFunctionOutageHours"))
        return answers.ciiMainFunctionOutageHours;
    if (measure == QLatin1String("peopleAffected") && answers.peopleAffected)
        return double(*answers.peopleAffected);
    if (measure == QLatin1String("directLossYuan") && answers.directLossYuan)
        return double(*answers.directLossYuan);
    return std::nullopt;
}

QString number(double value)
{
    const QLocale locale;
    return value == qint64(value) ? locale.toString(qint64(value)) : locale.toString(value, 'f', 1);
}

QString levelName(const QString &code)
{
    switch (Incident::levelRank(code)) {
    case 1: return IncidentClassifier::tr("level I (extraordinarily serious)");
    case 2: return IncidentClassifier::tr("level II (serious)");
    case 3: return IncidentClassifier::tr("level III (relatively serious)");
    default: return IncidentClassifier::tr("level IV (ordinary)");
    }
}

QString reasonFor(const IncidentDeadlineRules::Threshold &threshold, double answer)
{
    const QString level = levelName(threshold.levelCode);
    const QString limit = number(threshold.atLeast);
    const QString value = number(answer);
    QString reason;
    if (threshold.measure == QLatin1String("ciiFullOutageHours"))
        reason = IncidentClassifier::tr("The CII was fully interrupted for %1 hours; %2 hours or more is %3.")
                     .arg(value, limit, level);
    else if (threshold.measure == QLatin1String("ciiMainFunctionOutageHours"))
        reason = IncidentClassifier::tr("The CII's main function was interrupted for %1 hours; %2 hours or more is %3.")
                     .arg(value, limit, level);
    else if (threshold.measure == QLatin1String("peopleAffected"))
        reason = IncidentClassifier::tr("Personal information of %1 people leaked; %2 or more is %3.")
                     .arg(value, limit, level);
    else
        reason = IncidentClassifier::tr("The direct economic loss is %1 yuan; %2 yuan or more is %3.")
                     .arg(value, limit, level);
    if (threshold.unverified)
        reason += QLatin1Char(' ') + IncidentClassifier::tr("(This threshold is PlanDesk's reading of the grading annex "
                                                            "and not yet verified against its text.)");
    return reason;
}

} // namespace

IncidentClassifier::Suggestion IncidentClassifier::suggest(const Answers &answers, const IncidentDeadlineRules &rules)
{
    Suggestion suggestion;
    int best = 4;
    // Per measure, the highest level whose threshold the answer reaches.
    for (const QString &measure : {QStringLiteral("ciiFullOutageHours"), QStringLiteral("ciiMainFunctionOutageHours"),
                                   QStringLiteral("peopleAffected"), QStringLiteral("directLossYuan")}) {
        const std::optional<double> answer = answerFor(answers, measure);
        if (!answer)
            continue;
        const IncidentDeadlineRules::Threshold *reached = nullptr;
        for (const IncidentDeadlineRules::Threshold &threshold : rules.thresholds) {
            if (threshold.measure != measure || *answer < threshold.atLeast)
                continue;
            if (!reached || Incident::levelRank(threshold.levelCode) < Incident::levelRank(reached->levelCode))
                reached = &threshold;
        }
        if (!reached)
            continue;
        const int rank = Incident::levelRank(reached->levelCode);
        suggestion.reasons << reasonFor(*reached, *answer);
        if (rank < best) {
            best = rank;
            suggestion.unverified = reached->unverified;
        } else if (rank == best && !reached->unverified) {
            suggestion.unverified = false; // a verified threshold gives the same level
        }
    }
    static const QStringList codes = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                      QStringLiteral("IV")};
    suggestion.levelCode = codes.at(best - 1);
    if (suggestion.reasons.isEmpty())
        suggestion.reasons << tr("No answer reaches a threshold of level III or above: %1, unless the plan's other "
                                 "criteria say otherwise.")
                                  .arg(levelName(suggestion.levelCode));
    return suggestion;
}

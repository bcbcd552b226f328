#include "IncidentDeadlineRules.h"

#include "../reference/ReferenceData.h"
#include "Incident.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{IncidentDeadlineRules::tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{IncidentDeadlineRules::tr("%1 is not valid JSON (%2).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())};
    return document.object();
}

// The operator's own initial report in a profile of reporting-rules.json: its first step with a
// fixed deadline. (That file lists the operator's report first in every profile; onward steps
// and "without delay" steps come after it.)
int initialMinutesOf(const ReferenceData &reference, OperatorProfile profile)
{
    const ReferenceData::ReportingProfile *rules = reference.reportingProfile(operatorProfileKey(profile));
    if (!rules)
        return 0;
    for (const ReferenceData::ReportingStep &step : rules->steps) {
        if (step.deadlineMinutes > 0)
            return step.deadlineMinutes;
    }
    return 0;
}

} // namespace

Result<IncidentDeadlineRules> IncidentDeadlineRules::load(const ReferenceData &reference, const QString &overrideDir)
{
    const QString name = QString::fromLatin1(kFileName);
    QString path = QStringLiteral(":/reference/") + name;
    if (!overrideDir.isEmpty() && QFile::exists(QDir(overrideDir).filePath(name)))
        path = QDir(overrideDir).filePath(name);
    Result<QJsonObject> read = readObject(path);
    if (!read)
        return read.error();
    const QJsonObject root = read.value();

    IncidentDeadlineRules rules;
    rules.source = LocalizedText::fromJson(root.value(QLatin1String("source")));
    if (rules.source.zhCN.isEmpty() && rules.source.en.isEmpty())
        return Error{tr("%1 does not name its source.").arg(name)};
    rules.reportableFromLevel = root.value(QLatin1String("reportableFromLevel")).toString(rules.reportableFromLevel);
    rules.onwardFromLevel = root.value(QLatin1String("onwardFromLevel")).toString(rules.onwardFromLevel);
    rules.summaryReportDays = root.value(QLatin1String("summaryReportDays")).toInt(rules.summaryReportDays);
    rules.dueSoonMinutes = root.value(QLatin1String("dueSoonMinutes")).toInt(rules.dueSoonMinutes);
    const QJsonObject police = root.value(QLatin1String("police")).toObject();
    rules.policeRecipient = LocalizedText::fromJson(police.value(QLatin1String("recipient")));
    rules.policeBasis = LocalizedText::fromJson(police.value(QLatin1String("basis")));
    rules.operatorSender = LocalizedText::fromJson(root.value(QLatin1String("sender")));

    for (const QJsonValue &value : root.value(QLatin1String("profiles")).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<OperatorProfile> key = operatorProfileFromKey(object.value(QLatin1String("id")).toString());
        if (!key)
            return Error{tr("%1 names an operator profile PlanDesk does not know: \"%2\".")
                             .arg(name, object.value(QLatin1String("id")).toString())};
        Profile profile;
        profile.profile = *key;
        profile.initialMinutes = object.value(QLatin1String("initialMinutes")).toInt();
        profile.recipient = LocalizedText::fromJson(object.value(QLatin1String("recipient")));
        const QJsonObject onward = object.value(QLatin1String("onward")).toObject();
        profile.onward.minutes = onward.value(QLatin1String("minutes")).toInt();
        profile.onward.recipient = LocalizedText::fromJson(onward.value(QLatin1String("recipient")));
        profile.onward.sender = LocalizedText::fromJson(onward.value(QLatin1String("sender")));
        profile.onward.basis = LocalizedText::fromJson(onward.value(QLatin1String("basis")));
        // The deadlines of reporting-rules.json are the authority where they are there.
        if (const int minutes = initialMinutesOf(reference, *key); minutes > 0)
            profile.initialMinutes = minutes;
        if (profile.initialMinutes <= 0)
            return Error{tr("%1 gives no deadline for the initial report of \"%2\".").arg(name, operatorProfileKey(*key))};
        rules.profiles.append(profile);
    }
    for (OperatorProfile profile : allOperatorProfiles()) {
        if (!rules.profile(profile))
            return Error{tr("%1 has no rules for \"%2\".").arg(name, operatorProfileKey(profile))};
    }
    if (reference.summaryReportDays > 0)
        rules.summaryReportDays = reference.summaryReportDays;

    for (const QJsonValue &value : root.value(QLatin1String("thresholds")).toArray()) {
        const QJsonObject object = value.toObject();
        Threshold threshold;
        threshold.levelCode = object.value(QLatin1String("level")).toString();
        threshold.measure = object.value(QLatin1String("measure")).toString();
        threshold.atLeast = object.value(QLatin1String("atLeast")).toDouble();
        threshold.unverified = object.value(QLatin1String("unverified")).toBool();
        rules.thresholds.append(threshold);
    }
    return rules;
}

const IncidentDeadlineRules &IncidentDeadlineRules::builtIn()
{
    static const IncidentDeadlineRules rules = [] {
        const ReferenceData &reference = ReferenceData::builtIn();
        if (Result<IncidentDeadlineRules> overridden = load(reference, ReferenceData::overrideFolder()))
            return std::move(overridden).value();
        Result<IncidentDeadlineRules> loaded = load(reference);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return std::move(loaded).value();
    }();
    return rules;
}

const IncidentDeadlineRules::Profile *IncidentDeadlineRules::profile(OperatorProfile profile) const
{
    for (const Profile &entry : profiles) {
        if (entry.profile == profile)
            return &entry;
    }
    return nullptr;
}

QStringList IncidentDeadlineRules::reportableLevels() const
{
    const int threshold = Incident::levelRank(reportableFromLevel);
    QStringList levels;
    for (const QString &code : {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")}) {
        if (Incident::levelRank(code) <= threshold)
            levels << code;
    }
    return levels;
}

#include "ReferenceData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtGlobal>

namespace {

Result<QJsonObject> readJson(const QString &overrideDir, const QString &fileName)
{
    QString path = QStringLiteral(":/reference/") + fileName;
    if (!overrideDir.isEmpty() && QFile::exists(QDir(overrideDir).filePath(fileName)))
        path = QDir(overrideDir).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ReferenceData::tr("The reference data file %1 cannot be read: %2.").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ReferenceData::tr("The reference data file %1 is not valid JSON (at byte %2: %3).")
                         .arg(path, QString::number(parseError.offset), parseError.errorString())};
    return document.object();
}

void appendSkeleton(const QJsonArray &sections, int depth, QList<ReferenceData::SkeletonSection> &out)
{
    for (const QJsonValue &value : sections) {
        out.append({value[QLatin1String("key")].toString(), LocalizedText::fromJson(value[QLatin1String("title")]),
                    LocalizedText::fromJson(value[QLatin1String("body")]), depth});
        appendSkeleton(value[QLatin1String("children")].toArray(), depth + 1, out);
    }
}

} // namespace

Result<ReferenceData> ReferenceData::load(const QString &overrideDir)
{
    ReferenceData data;

    Result<QJsonObject> levels = readJson(overrideDir, QStringLiteral("incident-levels.json"));
    if (!levels)
        return levels.error();
    data.levelsSource = LocalizedText::fromJson(levels.value()[QLatin1String("source")]);
    for (const QJsonValue &value : levels.value()[QLatin1String("levels")].toArray()) {
        data.levels.append({value[QLatin1String("code")].toString(), LocalizedText::fromJson(value[QLatin1String("name")]),
                            LocalizedText::fromJson(value[QLatin1String("warningColour")]),
                            LocalizedText::fromJson(value[QLatin1String("responseLevel")]),
                            LocalizedText::fromJson(value[QLatin1String("criteria")]),
                            LocalizedText::fromJson(value[QLatin1String("response")]),
                            value[QLatin1String("colourHex")].toString()});
    }

    Result<QJsonObject> categories = readJson(overrideDir, QStringLiteral("incident-categories.json"));
    if (!categories)
        return categories.error();
    for (const QJsonValue &setValue : categories.value()[QLatin1String("sets")].toArray()) {
        CategorySet set{setValue[QLatin1String("id")].toString(), LocalizedText::fromJson(setValue[QLatin1String("name")]),
                        LocalizedText::fromJson(setValue[QLatin1String("source")]),
                        setValue[QLatin1String("default")].toBool(), {}};
        for (const QJsonValue &value : setValue[QLatin1String("categories")].toArray())
            set.categories.append({value[QLatin1String("code")].toString(),
                                   LocalizedText::fromJson(value[QLatin1String("name")]),
                                   LocalizedText::fromJson(value[QLatin1String("description")])});
        data.categorySets.append(set);
    }

    Result<QJsonObject> reporting = readJson(overrideDir, QStringLiteral("reporting-rules.json"));
    if (!reporting)
        return reporting.error();
    const QJsonObject &rules = reporting.value();
    data.reportingSource = LocalizedText::fromJson(rules[QLatin1String("source")]);
    data.minimumReportContent = LocalizedText::fromJson(rules[QLatin1String("minimumContent")]);
    data.reportingChannels = LocalizedText::fromJson(rules[QLatin1String("channels")]);
    data.summaryReportDays = rules[QLatin1String("summaryReportDays")].toInt(30);
    for (const QJsonValue &value : rules[QLatin1String("initialReportItems")].toArray())
        data.initialReportItems.append(LocalizedText::fromJson(value));
    data.partialInitialReportItems = rules[QLatin1String("partialInitialReportItems")].toInt(2);
    data.initialReportSource = LocalizedText::fromJson(rules[QLatin1String("initialReportSource")]);
    for (const QJsonValue &profileValue : rules[QLatin1String("profiles")].toArray()) {
        ReportingProfile profile{profileValue[QLatin1String("id")].toString(),
                                 LocalizedText::fromJson(profileValue[QLatin1String("name")]), {}};
        for (const QJsonValue &value : profileValue[QLatin1String("steps")].toArray())
            profile.steps.append({LocalizedText::fromJson(value[QLatin1String("authority")]),
                                  LocalizedText::fromJson(value[QLatin1String("condition")]),
                                  LocalizedText::fromJson(value[QLatin1String("channel")]),
                                  LocalizedText::fromJson(value[QLatin1String("content")]),
                                  value[QLatin1String("deadlineMinutes")].toInt(),
                                  LocalizedText::fromJson(value[QLatin1String("reporter")])});
        data.reportingProfiles.append(profile);
    }

    Result<QJsonObject> sectors = readJson(overrideDir, QStringLiteral("cii-sectors.json"));
    if (!sectors)
        return sectors.error();
    for (const QJsonValue &value : sectors.value()[QLatin1String("sectors")].toArray())
        data.sectors.append({value[QLatin1String("id")].toString(), LocalizedText::fromJson(value[QLatin1String("name")])});

    Result<QJsonObject> requirements = readJson(overrideDir, QStringLiteral("plan-requirements.json"));
    if (!requirements)
        return requirements.error();
    for (const QJsonValue &value : requirements.value()[QLatin1String("requirements")].toArray())
        data.requirements.append({value[QLatin1String("id")].toString(),
                                  value[QLatin1String("appliesTo")].toString() == QLatin1String("cii"),
                                  value[QLatin1String("check")].toString(),
                                  LocalizedText::fromJson(value[QLatin1String("clause")]),
                                  LocalizedText::fromJson(value[QLatin1String("description")]),
                                  value[QLatin1String("planKind")].toString() == QLatin1String("comprehensive")});

    Result<QJsonObject> skeleton = readJson(overrideDir, QStringLiteral("plan-skeleton.json"));
    if (!skeleton)
        return skeleton.error();
    appendSkeleton(skeleton.value()[QLatin1String("sections")].toArray(), 0, data.skeleton);

    Result<QJsonObject> contacts = readJson(overrideDir, QStringLiteral("default-contacts.json"));
    if (!contacts)
        return contacts.error();
    for (const QJsonValue &value : contacts.value()[QLatin1String("contacts")].toArray())
        data.defaultContacts.append({value[QLatin1String("team")].toString(),
                                     LocalizedText::fromJson(value[QLatin1String("role")]),
                                     LocalizedText::fromJson(value[QLatin1String("duties")]),
                                     value[QLatin1String("required")].toBool(), value[QLatin1String("duty24h")].toBool(),
                                     value[QLatin1String("demoName")].toString(),
                                     value[QLatin1String("demoOffice")].toString(),
                                     value[QLatin1String("demoMobile")].toString()});

    if (data.levels.size() != 4 || data.categorySets.isEmpty() || data.reportingProfiles.isEmpty()
        || data.initialReportItems.isEmpty() || data.skeleton.isEmpty())
        return Error{tr("The reference data is incomplete: it needs four levels, a category set, reporting rules "
                        "with the contents of an initial report, and the plan skeleton.")};
    return data;
}

namespace {
QString overrideProblemText;
}

QString ReferenceData::overrideFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("plandesk/reference"));
}

QString ReferenceData::overrideProblem()
{
    builtIn();
    return overrideProblemText;
}

const ReferenceData &ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        const QString folder = overrideFolder();
        if (QDir(folder).exists()) {
            Result<ReferenceData> overridden = load(folder);
            if (overridden)
                return std::move(overridden).value();
            overrideProblemText = tr("The reference data in %1 was not used: %2 PlanDesk uses its built-in data.")
                                      .arg(QDir::toNativeSeparators(folder), overridden.errorMessage());
        }
        Result<ReferenceData> loaded = load();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return std::move(loaded).value();
    }();
    return data;
}

const ReferenceData::CategorySet *ReferenceData::categorySet(const QString &id) const
{
    for (const CategorySet &set : categorySets) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

const ReferenceData::CategorySet *ReferenceData::defaultCategorySet() const
{
    for (const CategorySet &set : categorySets) {
        if (set.isDefault)
            return &set;
    }
    return categorySets.isEmpty() ? nullptr : &categorySets.first();
}

const ReferenceData::ReportingProfile *ReferenceData::reportingProfile(const QString &id) const
{
    for (const ReportingProfile &profile : reportingProfiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

const ReferenceData::Sector *ReferenceData::sector(const QString &id) const
{
    for (const Sector &sector : sectors) {
        if (sector.id == id)
            return &sector;
    }
    return nullptr;
}

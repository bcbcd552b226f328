// The reference data files: complete, consistent with each other, in both languages, and
// replaceable from an override folder.

#include "core/reference/PlanFactory.h"
#include "core/reference/ReferenceData.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kFiles = {QStringLiteral("incident-levels.json"),  QStringLiteral("incident-categories.json"),
                            QStringLiteral("reporting-rules.json"),  QStringLiteral("cii-sectors.json"),
                            QStringLiteral("plan-requirements.json"), QStringLiteral("plan-skeleton.json"),
                            QStringLiteral("default-contacts.json")};

bool bothLanguages(const LocalizedText &text)
{
    return !text.zhCN.trimmed().isEmpty() && !text.en.trimmed().isEmpty();
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

    const ReferenceData &data() { return ReferenceData::builtIn(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFileLoadsAndNamesItsSource()
    {
        for (const QString &name : kFiles) {
            QFile file(QStringLiteral(":/reference/") + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name + QStringLiteral(": ") + error.errorString()));
            QVERIFY2(document.isObject(), qPrintable(name));
            // Reference data is data with its source named, and versioned.
            QVERIFY2(bothLanguages(LocalizedText::fromJson(document.object().value(QLatin1String("source")))), qPrintable(name));
            QVERIFY2(!document.object().value(QLatin1String("version")).toString().isEmpty(), qPrintable(name));
        }
        Result<ReferenceData> loaded = ReferenceData::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().skeleton.size(), data().skeleton.size());
        QVERIFY(bothLanguages(data().levelsSource));
        QVERIFY(bothLanguages(data().reportingSource));
    }

    void fourLevelsWithColours()
    {
        QCOMPARE(data().levels.size(), 4);
        const QStringList codes = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
        QSet<QString> colours;
        for (qsizetype i = 0; i < data().levels.size(); ++i) {
            const ReferenceData::Level &level = data().levels.at(i);
            QCOMPARE(level.code, codes.at(i));
            QVERIFY2(QColor::fromString(level.colourHex).isValid(), qPrintable(level.colourHex));
            colours.insert(level.colourHex.toUpper());
            QVERIFY2(bothLanguages(level.name), qPrintable(level.code));
            QVERIFY2(bothLanguages(level.warningColour), qPrintable(level.code));
            QVERIFY2(bothLanguages(level.criteria), qPrintable(level.code));
            QVERIFY2(bothLanguages(level.response), qPrintable(level.code));
        }
        QCOMPARE(colours.size(), 4);
        QCOMPARE(data().levels.first().warningColour.zhCN, QStringLiteral("红色"));
        QCOMPARE(data().levels.last().warningColour.zhCN, QStringLiteral("蓝色"));
    }

    void bothCategorySets()
    {
        QVERIFY(data().categorySet(QStringLiteral("gbt20986-2023")));
        QVERIFY(data().categorySet(QStringLiteral("national-plan-2017")));
        QCOMPARE(data().categorySets.size(), 2);
        int defaults = 0;
        for (const ReferenceData::CategorySet &set : data().categorySets) {
            defaults += set.isDefault ? 1 : 0;
            QVERIFY2(bothLanguages(set.name), qPrintable(set.id));
            QVERIFY2(bothLanguages(set.source), qPrintable(set.id));
            QVERIFY2(set.categories.size() >= 5, qPrintable(set.id));
            QSet<QString> codes;
            for (const ReferenceData::Category &category : set.categories) {
                QVERIFY2(!category.code.isEmpty(), qPrintable(set.id));
                codes.insert(category.code);
                QVERIFY2(bothLanguages(category.name), qPrintable(set.id + QLatin1Char('/') + category.code));
            }
            QCOMPARE(codes.size(), set.categories.size());
        }
        QCOMPARE(defaults, 1);
        QCOMPARE(data().defaultCategorySet()->id, QStringLiteral("gbt20986-2023"));
    }

    void everyProfileHasReportingSteps()
    {
        for (OperatorProfile profile : allOperatorProfiles()) {
            const ReferenceData::ReportingProfile *rules = data().reportingProfile(operatorProfileKey(profile));
            QVERIFY2(rules, qPrintable(operatorProfileKey(profile)));
            QVERIFY2(!rules->steps.isEmpty(), qPrintable(rules->id));
            QVERIFY(bothLanguages(rules->name));
            for (const ReferenceData::ReportingStep &step : rules->steps) {
                QVERIFY2(bothLanguages(step.authority), qPrintable(rules->id));
                QVERIFY2(step.deadlineMinutes >= 0, qPrintable(rules->id));
            }
            QCOMPARE(PlanFactory().reportingStepsFor(profile, QStringLiteral("en")).size(), rules->steps.size());
        }
        QVERIFY(!data().reportingProfile(QStringLiteral("nobody")));
        QCOMPARE(data().summaryReportDays, 30);
    }

    void sectorsAreNamedInBothLanguages()
    {
        QVERIFY(!data().sectors.isEmpty());
        QSet<QString> ids;
        for (const ReferenceData::Sector &sector : data().sectors) {
            ids.insert(sector.id);
            QVERIFY2(bothLanguages(sector.name), qPrintable(sector.id));
        }
        QCOMPARE(ids.size(), data().sectors.size());
        QVERIFY2(data().sector(QStringLiteral("public-services")), "the demo plan's sector");
    }

    void skeletonKeysAreUnique()
    {
        QSet<QString> keys;
        for (const ReferenceData::SkeletonSection &section : data().skeleton) {
            QVERIFY(!section.key.isEmpty());
            QVERIFY2(!keys.contains(section.key), qPrintable(section.key));
            keys.insert(section.key);
        }
        QCOMPARE(keys.size(), data().skeleton.size());
    }

    void skeletonIsAValidOutline()
    {
        int previousDepth = -1;
        for (const ReferenceData::SkeletonSection &section : data().skeleton) {
            QVERIFY2(section.depth >= 0 && section.depth <= previousDepth + 1, qPrintable(section.key));
            previousDepth = section.depth;
            // A child's key extends its chapter's: "response.activation" under "response".
            if (section.depth > 0)
                QVERIFY2(section.key.contains(QLatin1Char('.')), qPrintable(section.key));
        }
        QCOMPARE(data().skeleton.first().depth, 0);
    }

    void sectionTitlesInBothLanguages()
    {
        for (const ReferenceData::SkeletonSection &section : data().skeleton) {
            QVERIFY2(!section.title.zhCN.trimmed().isEmpty(), qPrintable(section.key));
            QVERIFY2(!section.title.en.trimmed().isEmpty(), qPrintable(section.key));
            QVERIFY2(section.title.zhCN != section.title.en, qPrintable(section.key));
            // Chapters may be bare headings; every section under them says something.
            if (section.depth > 0)
                QVERIFY2(bothLanguages(section.body), qPrintable(section.key));
        }
    }

    void sectionChecksNameSkeletonKeys()
    {
        QSet<QString> keys;
        for (const ReferenceData::SkeletonSection &section : data().skeleton)
            keys.insert(section.key);
        const QStringList knownChecks = {QStringLiteral("contacts"), QStringLiteral("levels"),
                                         QStringLiteral("level-response"), QStringLiteral("reporting"),
                                         QStringLiteral("review-date"), QStringLiteral("approver")};
        QVERIFY(!data().requirements.isEmpty());
        QSet<QString> ids;
        int sectionChecks = 0;
        for (const ReferenceData::Requirement &requirement : data().requirements) {
            QVERIFY2(!ids.contains(requirement.id), qPrintable(requirement.id));
            ids.insert(requirement.id);
            QVERIFY2(bothLanguages(requirement.clause), qPrintable(requirement.id));
            QVERIFY2(bothLanguages(requirement.description), qPrintable(requirement.id));
            if (requirement.check.startsWith(QLatin1String("section:"))) {
                ++sectionChecks;
                const QString key = requirement.check.mid(8);
                QVERIFY2(keys.contains(key), qPrintable(requirement.id + QStringLiteral(" → ") + key));
            } else {
                QVERIFY2(knownChecks.contains(requirement.check), qPrintable(requirement.id + QStringLiteral(" → ") + requirement.check));
            }
        }
        QVERIFY(sectionChecks > 0);
    }

    void defaultContactsAreComplete()
    {
        QVERIFY(!data().defaultContacts.isEmpty());
        bool anyRequired = false;
        for (const ReferenceData::DefaultContact &contact : data().defaultContacts) {
            QVERIFY2(contactTeamFromKey(contact.team).has_value(), qPrintable(contact.team));
            QVERIFY(bothLanguages(contact.role));
            QVERIFY(!contact.demoName.isEmpty());
            QVERIFY(!contact.demoMobilePhone.isEmpty());
            anyRequired = anyRequired || contact.required;
        }
        QVERIFY(anyRequired);
    }

    void organisationPlaceholderIsReplaced_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("  某某银行股份有限公司 ")
                               << QStringLiteral("某某银行股份有限公司");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Acme Bank") << QStringLiteral("Acme Bank");
        QTest::newRow("zh_CN unnamed") << QStringLiteral("zh_CN") << QString() << QStringLiteral("本单位");
        QTest::newRow("en unnamed") << QStringLiteral("en") << QStringLiteral("  ") << QStringLiteral("the organisation");
    }

    void organisationPlaceholderIsReplaced()
    {
        QFETCH(QString, language);
        QFETCH(QString, organisation);
        QFETCH(QString, expected);
        int placeholders = 0;
        for (const ReferenceData::SkeletonSection &section : data().skeleton)
            placeholders += int(section.body.in(language).count(QLatin1String("{{organisation}}")));
        QVERIFY(placeholders > 0);

        const QList<Section> sections = PlanFactory().defaultSections(language, organisation);
        QCOMPARE(sections.size(), data().skeleton.size());
        int mentions = 0;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const Section &section = sections.at(i);
            QVERIFY2(!section.body.contains(QLatin1String("{{")), qPrintable(section.key));
            QVERIFY2(!section.title.contains(QLatin1String("{{")), qPrintable(section.key));
            QCOMPARE(section.key, data().skeleton.at(i).key);
            QCOMPARE(section.title, data().skeleton.at(i).title.in(language));
            QCOMPARE(section.depth, data().skeleton.at(i).depth);
            mentions += int(section.body.count(expected));
        }
        QVERIFY2(mentions >= placeholders, qPrintable(QStringLiteral("%1 of %2").arg(mentions).arg(placeholders)));
    }

    void defaultPlanIsValid_data()
    {
        QTest::addColumn<OperatorProfile>("profile");
        QTest::addColumn<QString>("language");
        for (OperatorProfile profile : allOperatorProfiles())
            for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
                QTest::addRow("%s %s", qPrintable(operatorProfileKey(profile)), qPrintable(language)) << profile << language;
    }

    void defaultPlanIsValid()
    {
        QFETCH(OperatorProfile, profile);
        QFETCH(QString, language);
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("单位");
        basics.language = language;
        basics.profile = profile;
        basics.ciiSector = QStringLiteral("energy");
        const Plan plan = PlanFactory().createDefault(basics);
        QVERIFY2(plan.isValid(), qPrintable(plan.validationProblems().join(QLatin1Char(' '))));
        QCOMPARE(plan.levels.size(), 4);
        QVERIFY(!plan.categories.isEmpty());
        QVERIFY(!plan.reportingSteps.isEmpty());
        QCOMPARE(plan.contacts.size(), data().defaultContacts.size());
        QCOMPARE(plan.ciiSector.isEmpty(), profile != OperatorProfile::CriticalInfrastructure);
        QVERIFY(PlanFactory().createDemo(language).isValid());
    }

    void overrideFolderReplacesOneFile()
    {
        Result<ReferenceData> loaded = ReferenceData::load(QStringLiteral(TEST_DATA_DIR "/reference/override"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().levels.first().colourHex, QStringLiteral("#123456"));
        QCOMPARE(loaded.value().levels.first().warningColour.in(QStringLiteral("en")), QStringLiteral("Test red"));
        // The files that are not overridden come from the built-in data.
        QCOMPARE(loaded.value().skeleton.size(), data().skeleton.size());
        QCOMPARE(loaded.value().requirements.size(), data().requirements.size());
    }

    void brokenOverrideIsReported_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid JSON") << QStringLiteral("broken-json") << QStringLiteral("plan-skeleton.json");
        QTest::newRow("three levels") << QStringLiteral("three-levels") << QStringLiteral("four levels");
    }

    void brokenOverrideIsReported()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        Result<ReferenceData> loaded = ReferenceData::load(QStringLiteral(TEST_DATA_DIR "/reference/") + folder);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(expected), qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "TestReferenceData.moc"

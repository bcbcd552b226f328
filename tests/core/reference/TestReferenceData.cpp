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

#include <algorithm>

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

    void initialReportHasTheEightItemsOfArticle7()
    {
        // Art. 7 of the Reporting Measures: eight items, in this order; a first report may carry the
        // first two alone when the facts cannot be judged in time.
        const QList<LocalizedText> &items = data().initialReportItems;
        QCOMPARE(items.size(), 8);
        for (const LocalizedText &item : items)
            QVERIFY2(bothLanguages(item), qPrintable(item.zhCN));
        const QStringList zh = {QStringLiteral("事发单位名称"), QStringLiteral("发生地点"), QStringLiteral("事态发展趋势"),
                                QStringLiteral("原因初步分析"),  QStringLiteral("攻击路径"), QStringLiteral("请求支援"),
                                QStringLiteral("现场保护"),     QStringLiteral("其他")};
        const QStringList en = {QStringLiteral("affected network"), QStringLiteral("place"),
                                QStringLiteral("Likely development"), QStringLiteral("cause"),
                                QStringLiteral("attack path"),      QStringLiteral("support requested"),
                                QStringLiteral("scene"),            QStringLiteral("else")};
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVERIFY2(items.at(i).zhCN.contains(zh.at(i)), qPrintable(items.at(i).zhCN));
            QVERIFY2(items.at(i).en.contains(en.at(i)), qPrintable(items.at(i).en));
        }
        // Ransomware: the ransom amount, means of payment and date belong to item (2).
        QVERIFY(items.at(1).zhCN.contains(QStringLiteral("赎金")) && items.at(1).zhCN.contains(QStringLiteral("支付方式")));
        QVERIFY(items.at(1).en.contains(QStringLiteral("ransom")));
        QCOMPARE(data().partialInitialReportItems, 2);
        QVERIFY(data().initialReportSource.zhCN.contains(QStringLiteral("第七条")));
        QVERIFY(data().initialReportSource.en.contains(QStringLiteral("Art. 7")));
        QVERIFY(data().reportingSource.zhCN.contains(QStringLiteral("第七条")));
        QVERIFY(data().minimumReportContent.zhCN.contains(QStringLiteral("（八）")));
    }

    void ciiEscalationIsTheProtectionDepartmentsAlone()
    {
        const ReferenceData::ReportingProfile *cii = data().reportingProfile(QStringLiteral("cii"));
        QVERIFY(cii);
        // The operator: protection department and police, 1 hour.
        QCOMPARE(cii->steps.first().deadlineMinutes, 60);
        QVERIFY(cii->steps.first().authority.zhCN.contains(QStringLiteral("保护工作部门")));
        QCOMPARE(cii->steps.first().reporter.zhCN, QStringLiteral("本单位"));
        // Onward to CAC and MPS within 30 minutes: by the protection department only.
        const auto onward = std::find_if(cii->steps.cbegin(), cii->steps.cend(), [](const ReferenceData::ReportingStep &step) {
            return step.authority.zhCN.contains(QStringLiteral("国家网信部门"));
        });
        QVERIFY(onward != cii->steps.cend());
        QCOMPARE(onward->deadlineMinutes, 30);
        QVERIFY(onward->authority.zhCN.contains(QStringLiteral("国务院公安部门")));
        QCOMPARE(onward->reporter.zhCN, QStringLiteral("保护工作部门"));
        QCOMPARE(onward->reporter.en, QStringLiteral("Protection department"));
        QVERIFY2(onward->condition.zhCN.contains(QStringLiteral("由保护工作部门"))
                     && !onward->condition.zhCN.contains(QStringLiteral("公安机关在收到")),
                 qPrintable(onward->condition.zhCN));
        QVERIFY(onward->condition.zhCN.contains(QStringLiteral("30分钟")));
        QVERIFY(onward->condition.zhCN.contains(QStringLiteral("本单位不另行报送")));
        // A CII operator's non-CII systems: the ordinary route, 4 hours to the province.
        const auto nonCii = std::find_if(cii->steps.cbegin(), cii->steps.cend(), [](const ReferenceData::ReportingStep &step) {
            return step.condition.zhCN.contains(QStringLiteral("不属于关键信息基础设施"));
        });
        QVERIFY(nonCii != cii->steps.cend());
        QCOMPARE(nonCii->deadlineMinutes, 240);
        QVERIFY(nonCii->authority.zhCN.contains(QStringLiteral("省级网信部门")));
        QVERIFY(nonCii->condition.en.contains(QStringLiteral("not critical information infrastructure")));
    }

    void otherChainsAndThePoliceStepStandAsTheMeasureSays()
    {
        struct Expected
        {
            QString profile, authority;
            int first, onward;
        };
        const QList<Expected> chains = {{QStringLiteral("ordinary"), QStringLiteral("属地省级网信部门"), 240, 60},
                                        {QStringLiteral("central"), QStringLiteral("本部门网信工作机构"), 120, 60}};
        for (const Expected &expected : chains) {
            const ReferenceData::ReportingProfile *rules = data().reportingProfile(expected.profile);
            QVERIFY(rules);
            QCOMPARE(rules->steps.at(0).authority.zhCN, expected.authority);
            QCOMPARE(rules->steps.at(0).deadlineMinutes, expected.first);
            QCOMPARE(rules->steps.at(1).authority.zhCN, QStringLiteral("国家网信部门"));
            QCOMPARE(rules->steps.at(1).deadlineMinutes, expected.onward);
            QCOMPARE(rules->steps.last().deadlineMinutes, 30 * 24 * 60);
        }
        for (const ReferenceData::ReportingProfile &rules : data().reportingProfiles) {
            bool police = false;
            for (const ReferenceData::ReportingStep &step : rules.steps) {
                if (step.authority.zhCN != QStringLiteral("公安机关"))
                    continue;
                police = true;
                // Art. 5: where a crime is suspected, the police are told promptly (及时).
                QVERIFY2(step.condition.zhCN.contains(QStringLiteral("及时向公安机关报案")), qPrintable(step.condition.zhCN));
                QVERIFY2(step.condition.en.contains(QStringLiteral("promptly")), qPrintable(step.condition.en));
            }
            QVERIFY2(police, qPrintable(rules.id));
        }
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

// CompletenessChecker: which of the required elements (reference/plan-requirements.json) a plan
// still lacks, with the clause that asks for each.

#include "core/compliance/CompletenessChecker.h"
#include "core/reference/PlanFactory.h"

#include <QStandardPaths>
#include <QTest>

namespace {

Plan planFor(OperatorProfile profile, const QString &language = QStringLiteral("zh_CN"))
{
    PlanFactory::Basics basics;
    basics.organisation = QStringLiteral("测试单位");
    basics.language = language;
    basics.profile = profile;
    basics.ciiSector = QStringLiteral("energy");
    Plan plan = PlanFactory().createDefault(basics);
    // The officer fills in the people, as the wizard insists.
    for (qsizetype i = 0; i < plan.contacts.size(); ++i) {
        plan.contacts[i].name = QStringLiteral("联系人%1").arg(i);
        plan.contacts[i].mobilePhone = QStringLiteral("138-0000-%1").arg(i, 4, 10, QLatin1Char('0'));
    }
    return plan;
}

QStringList idsOf(const QList<MissingElement> &missing)
{
    QStringList ids;
    for (const MissingElement &element : missing)
        ids << element.requirementId;
    return ids;
}

const ReferenceData::Requirement *requirement(const QString &id)
{
    for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
        if (requirement.id == id)
            return &requirement;
    }
    return nullptr;
}

} // namespace

class TestCompletenessChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPlanWithContactsIsComplete_data()
    {
        QTest::addColumn<OperatorProfile>("profile");
        QTest::addColumn<QString>("language");
        for (OperatorProfile profile : allOperatorProfiles())
            for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
                QTest::addRow("%s %s", qPrintable(operatorProfileKey(profile)), qPrintable(language)) << profile << language;
    }

    void defaultPlanWithContactsIsComplete()
    {
        QFETCH(OperatorProfile, profile);
        QFETCH(QString, language);
        const Plan plan = planFor(profile, language);
        const QList<MissingElement> missing = CompletenessChecker().missingElements(plan, language);
        QVERIFY2(missing.isEmpty(), qPrintable(idsOf(missing).join(QStringLiteral(", "))));
    }

    void defaultPlanWithoutNamesLacksContacts()
    {
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("测试单位");
        const Plan plan = PlanFactory().createDefault(basics);
        QCOMPARE(idsOf(CompletenessChecker().missingElements(plan, QStringLiteral("zh_CN"))),
                 QStringList{QStringLiteral("art21-contacts")});
    }

    void clearingActivationNamesTheArticle_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("removeSection");
        QTest::newRow("zh_CN, body cleared") << QStringLiteral("zh_CN") << false;
        QTest::newRow("en, body cleared") << QStringLiteral("en") << false;
        QTest::newRow("zh_CN, section removed") << QStringLiteral("zh_CN") << true;
    }

    void clearingActivationNamesTheArticle()
    {
        QFETCH(QString, language);
        QFETCH(bool, removeSection);
        Plan plan = planFor(OperatorProfile::Ordinary);
        const int index = plan.sectionIndex(QStringLiteral("response.activation"));
        QVERIFY(index >= 0);
        if (removeSection)
            plan.sections.removeAt(index);
        else
            plan.sections[index].body = QStringLiteral(" \n\t ");

        const QList<MissingElement> missing = CompletenessChecker().missingElements(plan, language);
        QCOMPARE(missing.size(), 1);
        const MissingElement &element = missing.first();
        const ReferenceData::Requirement *expected = requirement(QStringLiteral("art25-activation"));
        QVERIFY(expected);
        QCOMPARE(element.requirementId, expected->id);
        QCOMPARE(element.sectionKey, QStringLiteral("response.activation"));
        QCOMPARE(element.clause, expected->clause.in(language));
        QCOMPARE(element.description, expected->description.in(language));
        QVERIFY(!element.clause.isEmpty());
        // The clause is cited by its current number, Art. 27, with the pre-amendment Art. 25 in brackets.
        QVERIFY2(element.clause.contains(language == QLatin1String("en")
                                             ? QStringLiteral("Art. 27 (Art. 25 before the 2025 amendment)")
                                             : QStringLiteral("第二十七条（修正前第二十五条）")),
                 qPrintable(element.clause));
    }

    // 预警分级 emptied or deleted was not reported at all: no requirement asked for it.
    void emptyOrDeletedWarningLevelsAreNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("removeSection");
        QTest::newRow("zh_CN, only whitespace") << QStringLiteral("zh_CN") << false;
        QTest::newRow("en, only whitespace") << QStringLiteral("en") << false;
        QTest::newRow("zh_CN, deleted") << QStringLiteral("zh_CN") << true;
        QTest::newRow("en, deleted") << QStringLiteral("en") << true;
    }

    void emptyOrDeletedWarningLevelsAreNamed()
    {
        QFETCH(QString, language);
        QFETCH(bool, removeSection);
        Plan plan = planFor(OperatorProfile::Ordinary, language);
        const int index = plan.sectionIndex(QStringLiteral("warning.grading"));
        QVERIFY(index >= 0);
        if (removeSection)
            plan.sections.removeAt(index);
        else
            plan.sections[index].body = QStringLiteral("\n \u3000\t");

        const QList<MissingElement> missing = CompletenessChecker().missingElements(plan, language);
        QCOMPARE(idsOf(missing), QStringList{QStringLiteral("warning-grading")});
        const MissingElement &element = missing.first();
        const ReferenceData::Requirement *expected = requirement(QStringLiteral("warning-grading"));
        QVERIFY(expected);
        QCOMPARE(element.clause, expected->clause.in(language));
        QVERIFY(!element.clause.isEmpty());
        QCOMPARE(element.sectionKey, QStringLiteral("warning.grading"));
        QCOMPARE(element.sectionMissing, removeSection);
        // Named by the skeleton's title, so that a deleted section can be told and added back.
        QCOMPARE(element.sectionTitle,
                 language == QLatin1String("en") ? QStringLiteral("Warning levels") : QStringLiteral("预警分级"));

        // A special plan relies on the comprehensive plan's warning levels and is not asked.
        plan.kind = PlanKind::Special;
        plan.scenario = QStringLiteral("勒索软件");
        QVERIFY(CompletenessChecker().missingElements(plan, language).isEmpty());
    }

    // What the editor does when the user double-clicks a deleted required section.
    void deletedSectionIsPutBackWhereItWas()
    {
        const Plan complete = planFor(OperatorProfile::Ordinary);
        const PlanFactory factory;
        Plan plan = complete;
        const int index = plan.sectionIndex(QStringLiteral("warning.grading"));
        plan.sections.removeAt(index);
        QCOMPARE(factory.insertDefaultSection(plan, QStringLiteral("warning.grading")), index);
        QCOMPARE(plan.sections, complete.sections);
        QCOMPARE(factory.insertDefaultSection(plan, QStringLiteral("warning.grading")), -1);
        QCOMPARE(factory.insertDefaultSection(plan, QStringLiteral("no.such.section")), -1);

        // The whole chapter deleted: the chapter comes back with the section, in its place.
        const int chapter = plan.sectionIndex(QStringLiteral("warning"));
        plan.sections.remove(chapter, plan.sectionIndex(QStringLiteral("response")) - chapter);
        QCOMPARE(factory.insertDefaultSection(plan, QStringLiteral("warning.monitoring")), chapter + 1);
        QCOMPARE(plan.sections.at(chapter), complete.sections.at(chapter));
        QCOMPARE(plan.sections.at(chapter + 1).key, QStringLiteral("warning.monitoring"));
        QCOMPARE(plan.sections.at(chapter + 1).depth, 1);
        QCOMPARE(factory.insertDefaultSection(plan, QStringLiteral("warning.grading")), chapter + 1);
        QCOMPARE(plan.sections.at(chapter + 2).key, QStringLiteral("warning.monitoring"));
        QCOMPARE(plan.sections.at(chapter + 3).key, QStringLiteral("response"));
    }

    void ciiRequirementsOnlyForCii()
    {
        // A plan with nothing in it lacks everything that applies to it.
        Plan empty;
        empty.title = QStringLiteral("空");
        empty.organisation = QStringLiteral("空");
        QStringList ciiOnly;
        QStringList general;
        for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements)
            (requirement.ciiOnly ? ciiOnly : general) << requirement.id;
        QVERIFY(!ciiOnly.isEmpty());

        for (OperatorProfile profile : {OperatorProfile::Ordinary, OperatorProfile::CentralStateOrgan}) {
            empty.profile = profile;
            const QStringList ids = idsOf(CompletenessChecker().missingElements(empty, QStringLiteral("zh_CN")));
            for (const QString &id : ciiOnly)
                QVERIFY2(!ids.contains(id), qPrintable(id));
            QVERIFY2(ids.contains(QStringLiteral("art25-activation")), qPrintable(ids.join(QLatin1Char(' '))));
        }
        empty.profile = OperatorProfile::CriticalInfrastructure;
        empty.ciiSector = QStringLiteral("energy");
        const QStringList ids = idsOf(CompletenessChecker().missingElements(empty, QStringLiteral("zh_CN")));
        for (const QString &id : ciiOnly)
            QVERIFY2(ids.contains(id), qPrintable(id));

        // The drills section, cleared: only the CII operator is told.
        Plan ordinary = planFor(OperatorProfile::Ordinary);
        Plan cii = planFor(OperatorProfile::CriticalInfrastructure);
        for (Plan *plan : {&ordinary, &cii})
            plan->sections[plan->sectionIndex(QStringLiteral("prevention.drills"))].body.clear();
        QVERIFY(CompletenessChecker().missingElements(ordinary, QStringLiteral("en")).isEmpty());
        QCOMPARE(idsOf(CompletenessChecker().missingElements(cii, QStringLiteral("en"))),
                 QStringList{QStringLiteral("cii-drills")});
    }

    void eachCheckCanFail_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QString>("check");
        const Plan complete = planFor(OperatorProfile::Ordinary);

        Plan plan = complete;
        for (Contact &contact : plan.contacts) {
            contact.officePhone.clear();
            contact.mobilePhone = QStringLiteral("  ");
        }
        QTest::newRow("contacts without phones") << plan << QStringLiteral("contacts");
        plan = complete;
        plan.levels.removeLast();
        QTest::newRow("three levels") << plan << QStringLiteral("levels");
        plan = complete;
        plan.levels[2].criteria.clear();
        QTest::newRow("level without criteria") << plan << QStringLiteral("levels");
        plan = complete;
        plan.levels[1].response = QStringLiteral(" ");
        QTest::newRow("level without response") << plan << QStringLiteral("level-response");
        plan = complete;
        plan.reportingSteps.clear();
        QTest::newRow("no reporting chain") << plan << QStringLiteral("reporting");
        plan = complete;
        plan.nextReviewOn = QDate();
        QTest::newRow("no review date") << plan << QStringLiteral("review-date");
        plan = complete;
        plan.status = PlanStatus::Published;
        plan.approver.clear();
        QTest::newRow("published without approver") << plan << QStringLiteral("approver");
    }

    void eachCheckCanFail()
    {
        QFETCH(Plan, plan);
        QFETCH(QString, check);
        QVERIFY(!CompletenessChecker::isSatisfied(plan, check));
        QVERIFY(CompletenessChecker::isSatisfied(planFor(OperatorProfile::Ordinary), check));
        QStringList expected;
        for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
            if (requirement.check == check && !requirement.ciiOnly)
                expected << requirement.id;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(idsOf(CompletenessChecker().missingElements(plan, QStringLiteral("zh_CN"))), expected);
    }

    void unknownChecksCountAsSatisfied()
    {
        Plan nothing;
        QVERIFY(CompletenessChecker::isSatisfied(nothing, QStringLiteral("drill-programme")));
        QVERIFY(CompletenessChecker::isSatisfied(nothing, QString()));
        QVERIFY(!CompletenessChecker::isSatisfied(nothing, QStringLiteral("section:response.activation")));

        // Newer reference data with a check this PlanDesk does not know never blocks a plan.
        ReferenceData data = ReferenceData::builtIn();
        ReferenceData::Requirement future;
        future.id = QStringLiteral("future-rule");
        future.check = QStringLiteral("sbom-attached");
        future.clause = {QStringLiteral("未来条款"), QStringLiteral("Future clause")};
        data.requirements << future;
        future.id = QStringLiteral("future-section");
        future.check = QStringLiteral("section:no.such.section");
        data.requirements << future;
        const CompletenessChecker checker(data);
        QCOMPARE(idsOf(checker.missingElements(planFor(OperatorProfile::Ordinary), QStringLiteral("en"))),
                 QStringList{QStringLiteral("future-section")});
    }
};

QTEST_GUILESS_MAIN(TestCompletenessChecker)
#include "TestCompletenessChecker.moc"

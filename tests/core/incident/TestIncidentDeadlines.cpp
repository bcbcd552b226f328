// IncidentDeadlines, IncidentClassifier and IncidentChecklist: every reporting rule of
// 国家网络安全事件报告管理办法 (issue 9, corrected by issue 8) at fixed times, the states of a due report
// at fixed "now"s of the injected Clock, and the guided level suggestion.

#include "core/Clock.h"
#include "core/incident/Incident.h"
#include "core/incident/IncidentChecklist.h"
#include "core/incident/IncidentClassifier.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "core/reference/PlanFactory.h"
#include "core/reference/ReferenceData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

QDateTime shanghai(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kShanghai);
}

// 3 December 2026, 09:00 Beijing time.
const QDateTime kDiscovered = shanghai(12, 3, 9, 0);

IncidentDeadlines::Facts facts(OperatorProfile profile, const QString &level, bool crime = false, bool ciiSystem = true)
{
    IncidentDeadlines::Facts facts;
    facts.profile = profile;
    facts.levelCode = level;
    facts.crimeSuspected = crime;
    facts.ciiSystem = ciiSystem;
    facts.discoveredAt = kDiscovered;
    return facts;
}

const IncidentDeadlineRules &rules()
{
    return IncidentDeadlineRules::builtIn();
}

QList<DueReportKind> kinds(const IncidentDeadlines::Schedule &schedule)
{
    QList<DueReportKind> kinds;
    for (const DueReport &due : schedule.reports)
        kinds << due.kind;
    return kinds;
}

const DueReport *find(const IncidentDeadlines::Schedule &schedule, DueReportKind kind)
{
    for (const DueReport &due : schedule.reports) {
        if (due.kind == kind)
            return &due;
    }
    return nullptr;
}

} // namespace

class TestIncidentDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Clock::reset(); }

    void levelFourHasNothingDue_data()
    {
        QTest::addColumn<int>("profile");
        for (OperatorProfile profile : allOperatorProfiles())
            QTest::addRow("%s", qPrintable(operatorProfileKey(profile))) << int(profile);
    }
    void levelFourHasNothingDue()
    {
        QFETCH(int, profile);
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile(profile), QStringLiteral("IV")), rules());
        QVERIFY(!schedule.reportable);
        QVERIFY(schedule.reports.isEmpty());
        QVERIFY(IncidentDeadlines::nothingDueText().contains(QLatin1String("Nothing is due")));
        // Level III is the first level that is reported.
        QVERIFY(IncidentDeadlines::compute(facts(OperatorProfile(profile), QStringLiteral("III")), rules()).reportable);
    }

    void levelFourWithACrimeOnlyTellsThePolice()
    {
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::Ordinary, QStringLiteral("IV"), true), rules());
        QVERIFY(!schedule.reportable);
        QCOMPARE(kinds(schedule), QList<DueReportKind>{DueReportKind::Police});
    }

    void ciiOperatorReportsWithinOneHour()
    {
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::CriticalInfrastructure, QStringLiteral("III")), rules());
        QVERIFY(schedule.reportable);
        // 较大: no onward step, the summary after closing.
        QCOMPARE(kinds(schedule), (QList<DueReportKind>{DueReportKind::Initial, DueReportKind::Summary}));
        const DueReport &initial = schedule.reports.first();
        QCOMPARE(initial.deadline, shanghai(12, 3, 10, 0));
        QCOMPARE(initial.minutes, 60);
        QVERIFY(initial.operatorMustSend);
        QCOMPARE(initial.recipient.zhCN, QStringLiteral("保护工作部门和公安机关"));
        QCOMPARE(initial.sender.zhCN, QStringLiteral("本单位"));
        QVERIFY(!schedule.reports.last().deadline.isValid()); // still open: the summary's day is not known
    }

    void ciiSeriousIncidentIsPassedOnByTheProtectionDepartment_data()
    {
        QTest::addColumn<QString>("level");
        QTest::newRow("II") << QStringLiteral("II");
        QTest::newRow("I") << QStringLiteral("I");
    }
    void ciiSeriousIncidentIsPassedOnByTheProtectionDepartment()
    {
        QFETCH(QString, level);
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::CriticalInfrastructure, level), rules());
        const DueReport *onward = find(schedule, DueReportKind::Onward);
        QVERIFY(onward);
        QVERIFY(!onward->operatorMustSend);
        QCOMPARE(onward->minutes, 30);
        // 30 minutes from receipt, at the latest the operator's own deadline.
        QCOMPARE(onward->deadline, shanghai(12, 3, 10, 30));
        QCOMPARE(onward->sender.zhCN, QStringLiteral("保护工作部门"));
        QCOMPARE(onward->recipient.zhCN, QStringLiteral("国家网信部门和国务院公安部门"));
        Clock::setFixed(shanghai(12, 3, 12, 0));
        QCOMPARE(IncidentDeadlines::stateAt(*onward, QDateTime(), Clock::nowUtc(), rules().dueSoonMinutes),
                 DueReportState::Information);
        // Not something the operator still has to send.
        Incident incident;
        incident.discoveredAt = kDiscovered;
        IncidentReport sent;
        sent.kind = IncidentReportKind::Initial;
        sent.sentAt = shanghai(12, 3, 9, 40);
        const std::optional<DueReport> next = IncidentDeadlines::nextDue(schedule, incident, {sent});
        QVERIFY(next);
        QCOMPARE(next->kind, DueReportKind::Summary);
    }

    void ciiOperatorsOtherSystemsFollowTheOrdinaryRoute()
    {
        const IncidentDeadlines::Schedule schedule = IncidentDeadlines::compute(
            facts(OperatorProfile::CriticalInfrastructure, QStringLiteral("II"), false, false), rules());
        const DueReport *initial = find(schedule, DueReportKind::Initial);
        QVERIFY(initial);
        QCOMPARE(initial->deadline, shanghai(12, 3, 13, 0));
        QCOMPARE(initial->recipient.zhCN, QStringLiteral("属地省级网信部门"));
        const DueReport *onward = find(schedule, DueReportKind::Onward);
        QVERIFY(onward);
        QCOMPARE(onward->sender.zhCN, QStringLiteral("省级网信部门"));
        QCOMPARE(onward->deadline, shanghai(12, 3, 14, 0));
        // The flag means nothing for the other profiles.
        QCOMPARE(IncidentDeadlines::routeOf(OperatorProfile::CentralStateOrgan, false), OperatorProfile::CentralStateOrgan);
    }

    void centralStateOrganReportsWithinTwoHours()
    {
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::CentralStateOrgan, QStringLiteral("I")), rules());
        QCOMPARE(kinds(schedule),
                 (QList<DueReportKind>{DueReportKind::Initial, DueReportKind::Onward, DueReportKind::Summary}));
        QCOMPARE(schedule.reports.at(0).deadline, shanghai(12, 3, 11, 0));
        QCOMPARE(schedule.reports.at(0).recipient.zhCN, QStringLiteral("本部门（本单位）网信工作机构"));
        QCOMPARE(schedule.reports.at(1).deadline, shanghai(12, 3, 12, 0));
        QVERIFY(!schedule.reports.at(1).operatorMustSend);
        QCOMPARE(schedule.reports.at(1).recipient.zhCN, QStringLiteral("国家网信部门"));
    }

    void ordinaryOperatorReportsWithinFourHours()
    {
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::Ordinary, QStringLiteral("III")), rules());
        QCOMPARE(kinds(schedule), (QList<DueReportKind>{DueReportKind::Initial, DueReportKind::Summary}));
        QCOMPARE(schedule.reports.first().deadline, shanghai(12, 3, 13, 0));
        QCOMPARE(schedule.reports.first().recipient.zhCN, QStringLiteral("属地省级网信部门"));
        // Across midnight: discovered 22:30, due 02:30 the next day.
        IncidentDeadlines::Facts late = facts(OperatorProfile::Ordinary, QStringLiteral("III"));
        late.discoveredAt = shanghai(12, 3, 22, 30);
        QCOMPARE(IncidentDeadlines::compute(late, rules()).reports.first().deadline, shanghai(12, 4, 2, 30));
    }

    void theMinutesComeFromTheReportingRules()
    {
        // reporting-rules.json (through ReferenceData) is the authority for the operator's deadline.
        for (OperatorProfile profile : allOperatorProfiles()) {
            const ReferenceData::ReportingProfile *reference =
                ReferenceData::builtIn().reportingProfile(operatorProfileKey(profile));
            QVERIFY(reference);
            QCOMPARE(rules().profile(profile)->initialMinutes, reference->steps.first().deadlineMinutes);
        }
        QCOMPARE(rules().summaryReportDays, ReferenceData::builtIn().summaryReportDays);
        QCOMPARE(rules().profile(OperatorProfile::CriticalInfrastructure)->initialMinutes, 60);
        QCOMPARE(rules().profile(OperatorProfile::CentralStateOrgan)->initialMinutes, 120);
        QCOMPARE(rules().profile(OperatorProfile::Ordinary)->initialMinutes, 240);
    }

    void anOverrideFileIsReadButTheReportingRulesKeepTheirMinutes()
    {
        QFile builtIn(QStringLiteral(":/reference/incident-deadlines.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        QTemporaryDir dir;
        auto writeOverride = [&](const QJsonObject &object) {
            QFile file(dir.filePath(QLatin1String(IncidentDeadlineRules::kFileName)));
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(object).toJson()) > 0;
        };
        root[QStringLiteral("dueSoonMinutes")] = 15;
        QJsonArray profiles = root[QStringLiteral("profiles")].toArray();
        QJsonObject first = profiles.at(0).toObject();
        first[QStringLiteral("initialMinutes")] = 999;
        profiles[0] = first;
        root[QStringLiteral("profiles")] = profiles;
        QVERIFY(writeOverride(root));
        Result<IncidentDeadlineRules> loaded = IncidentDeadlineRules::load(ReferenceData::builtIn(), dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded.value().dueSoonMinutes, 15);
        const std::optional<OperatorProfile> profile = operatorProfileFromKey(first[QStringLiteral("id")].toString());
        QVERIFY(profile);
        QCOMPARE(loaded.value().profile(*profile)->initialMinutes, rules().profile(*profile)->initialMinutes);

        root.remove(QStringLiteral("source"));
        QVERIFY(writeOverride(root));
        loaded = IncidentDeadlineRules::load(ReferenceData::builtIn(), dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QLatin1String("does not name its source")), qPrintable(loaded.errorMessage()));
    }

    void aSuspectedCrimeIsToldToThePolicePromptly()
    {
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::Ordinary, QStringLiteral("III"), true), rules());
        const DueReport *police = find(schedule, DueReportKind::Police);
        QVERIFY(police);
        QVERIFY(police->promptly);
        QVERIFY(police->operatorMustSend);
        QCOMPARE(police->minutes, 0);
        QCOMPARE(police->deadline, kDiscovered); // due at once
        QCOMPARE(police->recipient.zhCN, QStringLiteral("公安机关"));
        // "Promptly" never turns overdue by the clock; it is due until done.
        Clock::setFixed(kDiscovered.addDays(3));
        QCOMPARE(IncidentDeadlines::stateAt(*police, QDateTime(), Clock::nowUtc(), rules().dueSoonMinutes),
                 DueReportState::DueSoon);
        Incident incident;
        incident.discoveredAt = kDiscovered;
        incident.policeNotifiedAt = shanghai(12, 3, 9, 20);
        const QDateTime sent = IncidentDeadlines::sentAtOf(*police, incident, {});
        QCOMPARE(sent, incident.policeNotifiedAt);
        QCOMPARE(IncidentDeadlines::stateAt(*police, sent, Clock::nowUtc(), rules().dueSoonMinutes), DueReportState::Sent);
        // Without a suspected crime there is no police report of its own.
        QVERIFY(!find(IncidentDeadlines::compute(facts(OperatorProfile::Ordinary, QStringLiteral("III")), rules()),
                      DueReportKind::Police));
    }

    void theSummaryReportIsDueThirtyDaysAfterHandlingEnds()
    {
        IncidentDeadlines::Facts closed = facts(OperatorProfile::CriticalInfrastructure, QStringLiteral("III"));
        closed.closedAt = shanghai(12, 5, 18, 0);
        const IncidentDeadlines::Schedule schedule = IncidentDeadlines::compute(closed, rules());
        const DueReport *summary = find(schedule, DueReportKind::Summary);
        QVERIFY(summary);
        QCOMPARE(summary->deadline, QDateTime(QDate(2027, 1, 4), QTime(18, 0), kShanghai));
        QCOMPARE(summary->recipient.zhCN, QStringLiteral("保护工作部门和公安机关")); // the route of the initial report
        QVERIFY(summary->operatorMustSend);
        Clock::setFixed(QDateTime(QDate(2027, 1, 4), QTime(18, 1), kShanghai));
        QCOMPARE(IncidentDeadlines::stateAt(*summary, QDateTime(), Clock::nowUtc(), rules().dueSoonMinutes),
                 DueReportState::Overdue);
    }

    void statesOfTheOneHourClock_data()
    {
        QTest::addColumn<int>("nowMinutes");  // after discovery
        QTest::addColumn<int>("sentMinutes"); // -1: not sent
        QTest::addColumn<int>("expected");
        QTest::newRow("+10 min, pending") << 10 << -1 << int(DueReportState::Pending);
        QTest::newRow("+29 min, pending") << 29 << -1 << int(DueReportState::Pending);
        QTest::newRow("+30 min, due soon") << 30 << -1 << int(DueReportState::DueSoon);
        QTest::newRow("+60 min, due soon") << 60 << -1 << int(DueReportState::DueSoon);
        QTest::newRow("+61 min, overdue") << 61 << -1 << int(DueReportState::Overdue);
        QTest::newRow("sent at +50 min") << 61 << 50 << int(DueReportState::Sent);
        QTest::newRow("sent at +60 min") << 90 << 60 << int(DueReportState::Sent);
        QTest::newRow("sent at +61 min, late") << 90 << 61 << int(DueReportState::SentLate);
    }
    void statesOfTheOneHourClock()
    {
        QFETCH(int, nowMinutes);
        QFETCH(int, sentMinutes);
        QFETCH(int, expected);
        Incident incident;
        incident.discoveredAt = kDiscovered;
        QList<IncidentReport> reports;
        if (sentMinutes >= 0) {
            IncidentReport report;
            report.kind = IncidentReportKind::Initial;
            report.sentAt = kDiscovered.addSecs(sentMinutes * 60);
            reports << report;
            // A supplementary report does not count as the initial one.
            IncidentReport supplementary;
            supplementary.kind = IncidentReportKind::Supplementary;
            supplementary.sentAt = kDiscovered.addSecs(5 * 60);
            reports << supplementary;
        }
        const IncidentDeadlines::Schedule schedule =
            IncidentDeadlines::compute(facts(OperatorProfile::CriticalInfrastructure, QStringLiteral("III")), rules());
        const DueReport &initial = schedule.reports.first();
        Clock::setFixed(kDiscovered.addSecs(nowMinutes * 60));
        const QDateTime sent = IncidentDeadlines::sentAtOf(initial, incident, reports);
        QCOMPARE(int(IncidentDeadlines::stateAt(initial, sent, Clock::nowUtc(), rules().dueSoonMinutes)), expected);
    }

    void factsOfAnIncident()
    {
        Incident incident;
        incident.levelCode = QStringLiteral("II");
        incident.crimeSuspected = true;
        incident.ciiSystem = false;
        incident.discoveredAt = kDiscovered;
        incident.closedAt = shanghai(12, 4, 9, 0); // still open: not counted
        const IncidentDeadlines::Facts facts = IncidentDeadlines::factsOf(incident, OperatorProfile::CriticalInfrastructure);
        QCOMPARE(facts.levelCode, QStringLiteral("II"));
        QVERIFY(facts.crimeSuspected);
        QVERIFY(!facts.ciiSystem);
        QVERIFY(!facts.closedAt.isValid());
        incident.state = IncidentState::Closed;
        QCOMPARE(IncidentDeadlines::factsOf(incident, OperatorProfile::Ordinary).closedAt, incident.closedAt);
    }

    void classifierSuggestsTheLevel_data()
    {
        QTest::addColumn<double>("fullHours");  // -1: not answered
        QTest::addColumn<double>("mainHours");
        QTest::addColumn<qint64>("people");
        QTest::addColumn<qint64>("loss");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("unverified");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing answered") << -1.0 << -1.0 << qint64(-1) << qint64(-1) << QStringLiteral("IV") << false
                                          << QStringLiteral("No answer reaches");
        QTest::newRow("CII fully down 6 h") << 6.0 << -1.0 << qint64(-1) << qint64(-1) << QStringLiteral("I") << false
                                            << QStringLiteral("fully interrupted for 6 hours; 6 hours or more is level I");
        QTest::newRow("main function 24 h") << -1.0 << 24.0 << qint64(-1) << qint64(-1) << QStringLiteral("I") << false
                                            << QStringLiteral("main function was interrupted for 24 hours");
        QTest::newRow("100 million people") << -1.0 << -1.0 << qint64(100000000) << qint64(-1) << QStringLiteral("I")
                                            << false << QStringLiteral("Personal information of 100,000,000 people");
        QTest::newRow("12 million people") << -1.0 << -1.0 << qint64(12000000) << qint64(-1) << QStringLiteral("II")
                                           << false << QStringLiteral("10,000,000 or more is level II (serious)");
        QTest::newRow("1 million people") << -1.0 << -1.0 << qint64(1000000) << qint64(-1) << QStringLiteral("III")
                                          << false << QStringLiteral("level III (relatively serious)");
        QTest::newRow("999,999 people") << -1.0 << -1.0 << qint64(999999) << qint64(-1) << QStringLiteral("IV") << false
                                        << QStringLiteral("No answer reaches");
        QTest::newRow("100 million yuan") << -1.0 << -1.0 << qint64(-1) << qint64(100000000) << QStringLiteral("I")
                                          << false << QStringLiteral("loss is 100,000,000 yuan");
        QTest::newRow("6 million yuan (assumed threshold)") << -1.0 << -1.0 << qint64(-1) << qint64(6000000)
                                                            << QStringLiteral("III") << true
                                                            << QStringLiteral("not yet verified");
        QTest::newRow("verified threshold at the same level") << -1.0 << -1.0 << qint64(1500000) << qint64(6000000)
                                                              << QStringLiteral("III") << false
                                                              << QStringLiteral("people");
        QTest::newRow("the highest level wins") << 1.0 << -1.0 << qint64(20000000) << qint64(-1)
                                                << QStringLiteral("II") << false << QStringLiteral("level II");
    }
    void classifierSuggestsTheLevel()
    {
        QFETCH(double, fullHours);
        QFETCH(double, mainHours);
        QFETCH(qint64, people);
        QFETCH(qint64, loss);
        QFETCH(QString, level);
        QFETCH(bool, unverified);
        QFETCH(QString, reason);
        IncidentClassifier::Answers answers;
        if (fullHours >= 0)
            answers.ciiFullOutageHours = fullHours;
        if (mainHours >= 0)
            answers.ciiMainFunctionOutageHours = mainHours;
        if (people >= 0)
            answers.peopleAffected = people;
        if (loss >= 0)
            answers.directLossYuan = loss;
        const IncidentClassifier::Suggestion suggestion = IncidentClassifier::suggest(answers, rules());
        QCOMPARE(suggestion.levelCode, level);
        QCOMPARE(suggestion.unverified, unverified);
        QVERIFY2(suggestion.reasons.join(QLatin1Char(' ')).contains(reason), qPrintable(suggestion.reasons.join(u'|')));
    }

    void theVerifiedThresholdsAreTheOnesReferenceGives()
    {
        // REFERENCE.md §4: 6 h / 24 h / 100 million people / 100 million yuan for I; 10 and 1 million people.
        int verified = 0;
        for (const IncidentDeadlineRules::Threshold &threshold : rules().thresholds) {
            if (threshold.unverified)
                continue;
            ++verified;
            const bool known = (threshold.levelCode == QLatin1String("I")
                                && QList<double>{6, 24, 100000000}.contains(threshold.atLeast))
                || (threshold.levelCode == QLatin1String("II") && threshold.atLeast == 10000000)
                || (threshold.levelCode == QLatin1String("III") && threshold.atLeast == 1000000);
            QVERIFY2(known, qPrintable(threshold.levelCode + QLatin1Char(' ') + threshold.measure));
        }
        QCOMPARE(verified, 6);
    }

    void checklistHoldsThePlansResponseSteps()
    {
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("测试单位");
        const Plan plan = PlanFactory().createDefault(basics);
        const QList<IncidentChecklistItem> steps = IncidentChecklist::fromPlan(plan, QStringLiteral("III"));
        QVERIFY(steps.size() >= 3);
        QString joined;
        for (const IncidentChecklistItem &step : steps) {
            QVERIFY(!step.done);
            QVERIFY(step.step.endsWith(QStringLiteral("。")));
            joined += step.step;
        }
        for (const IncidentLevel &level : plan.levels) {
            if (level.code == QLatin1String("III"))
                QCOMPARE(joined, QString(level.response).remove(QLatin1Char('\n')));
        }
        QVERIFY(IncidentChecklist::fromPlan(plan, QStringLiteral("V")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncidentDeadlines)
#include "TestIncidentDeadlines.moc"

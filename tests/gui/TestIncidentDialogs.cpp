// The incident dialogs on their own, with save handlers as test doubles: what the declaration
// computes and refuses, the report form's items, zone and sending fields, and the closing's
// required lessons and action owners.

#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "core/Clock.h"
#include "core/reference/PlanFactory.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/DeclareIncidentDialog.h"
#include "incidents/IncidentReportDialog.h"
#include "tables/CorrectiveActionTableWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

Plan demoPlan(OperatorProfile profile)
{
    Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
    plan.id = 7;
    plan.profile = profile;
    return plan;
}

Incident openIncident()
{
    Incident incident;
    incident.id = 3;
    incident.planId = 7;
    incident.discoveredAt = QDateTime(QDate(2026, 12, 3), QTime(8, 50), kShanghai);
    incident.place = QStringLiteral("Hall 2");
    incident.affectedSystems = QStringLiteral("Billing platform");
    incident.categoryCode = QStringLiteral("MP");
    incident.levelCode = QStringLiteral("III");
    return incident;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestIncidentDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::setChosenLanguage(QStringLiteral("en"));
        LanguageManager::install();
    }

    void init() { Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(9, 0), kShanghai)); }
    void cleanup() { Clock::reset(); }

    void anOrdinaryOperatorSeesTheFourHourRouteAndNoCiiQuestion()
    {
        DeclareIncidentDialog dialog(demoPlan(OperatorProfile::Ordinary));
        QVERIFY(child<QCheckBox>(&dialog, "incidentCiiSystemCheckBox")->isHidden());
        child<QComboBox>(&dialog, "incidentTimeZoneComboBox")
            ->setCurrentIndex(child<QComboBox>(&dialog, "incidentTimeZoneComboBox")->findData(QByteArrayLiteral("Asia/Shanghai")));
        child<QDateTimeEdit>(&dialog, "incidentDiscoveredDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
        const QString due = child<QLabel>(&dialog, "declareIncidentDeadlineLabel")->text();
        QVERIFY2(due.contains(QStringLiteral("by 2026-12-03 12:00")), qPrintable(due));
        QVERIFY2(due.contains(QStringLiteral("4 hours after discovery")), qPrintable(due));
        // Level IV: nothing to report, and the dialog says so.
        auto *level = child<QComboBox>(&dialog, "incidentLevelComboBox");
        level->setCurrentIndex(level->findData(QStringLiteral("IV")));
        QVERIFY(child<QLabel>(&dialog, "declareIncidentDeadlineLabel")->text().contains(QStringLiteral("Nothing is due")));
    }

    void aCiiOperatorsOtherSystemsTakeTheOrdinaryRoute()
    {
        DeclareIncidentDialog dialog(demoPlan(OperatorProfile::CriticalInfrastructure));
        child<QComboBox>(&dialog, "incidentTimeZoneComboBox")
            ->setCurrentIndex(child<QComboBox>(&dialog, "incidentTimeZoneComboBox")->findData(QByteArrayLiteral("Asia/Shanghai")));
        child<QDateTimeEdit>(&dialog, "incidentDiscoveredDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
        QVERIFY(child<QLabel>(&dialog, "declareIncidentDeadlineLabel")->text().contains(QStringLiteral("by 2026-12-03 09:00")));
        child<QCheckBox>(&dialog, "incidentCiiSystemCheckBox")->setChecked(false);
        QVERIFY(child<QLabel>(&dialog, "declareIncidentDeadlineLabel")->text().contains(QStringLiteral("by 2026-12-03 12:00")));
        QVERIFY(!dialog.incident().ciiSystem);
    }

    void declaringStoresThroughTheHandlerAndAFailureKeepsTheDialogOpen()
    {
        DeclareIncidentDialog dialog(demoPlan(OperatorProfile::CriticalInfrastructure));
        dialog.setDrill(11, 0);
        QVERIFY(!child<QCheckBox>(&dialog, "incidentDrillCheckBox")->isEnabled());
        child<QLineEdit>(&dialog, "incidentPlaceLineEdit")->setText(QStringLiteral("Hall 2"));
        child<QPlainTextEdit>(&dialog, "incidentSystemsPlainTextEdit")->setPlainText(QStringLiteral("Billing"));
        child<QCheckBox>(&dialog, "incidentCrimeCheckBox")->setChecked(true);
        QVERIFY(child<QLabel>(&dialog, "declareIncidentDeadlineLabel")->text().contains(QStringLiteral("police")));
        int calls = 0;
        Incident stored;
        dialog.setSaveHandler([&](const Incident &incident) -> Result<Incident> {
            if (++calls == 1)
                return Error{QStringLiteral("The disk is full.")};
            stored = incident;
            stored.id = 42;
            return stored;
        });
        dialog.show();
        child<QPushButton>(&dialog, "declareIncidentOkButton")->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(&dialog, "declareIncidentErrorLabel")->text(), QStringLiteral("The disk is full."));
        child<QPushButton>(&dialog, "declareIncidentOkButton")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.savedIncident().id, 42);
        QVERIFY(stored.drill);
        QCOMPARE(stored.drillItemId, 11);
        QVERIFY(stored.crimeSuspected);
        QCOMPARE(stored.log.size(), 1);
        QVERIFY(!stored.checklist.isEmpty());
    }

    void theClassifierSuggestsWithReasons()
    {
        DeclareIncidentDialog dialog(demoPlan(OperatorProfile::CriticalInfrastructure));
        child<QLineEdit>(&dialog, "classifierPeopleLineEdit")->setText(QStringLiteral("12000000"));
        dialog.suggestLevel();
        const QString text = child<QLabel>(&dialog, "classifierSuggestionLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("(Level II)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12,000,000")), qPrintable(text));
        child<QPushButton>(&dialog, "classifierUsePushButton")->click();
        QCOMPARE(dialog.incident().levelCode, QStringLiteral("II"));
    }

    void aFirstReportWithUnclearFactsCarriesItemsOneAndTwo()
    {
        const Plan plan = demoPlan(OperatorProfile::CriticalInfrastructure);
        const Incident incident = openIncident();
        const IncidentReport fresh = IncidentReportDialog::newReportFor(incident, plan, IncidentReportKind::Initial, {});
        QCOMPARE(fresh.issuedAt, Clock::nowUtc());
        QCOMPARE(fresh.recipient, QStringLiteral("The protection department and the public security organs"));
        IncidentReportDialog dialog(plan, incident, fresh);
        QVERIFY(!dialog.tabs()->isTabVisible(IncidentReportDialog::SummaryTab));
        QVERIFY(child<QPlainTextEdit>(&dialog, "reportUnitPlainTextEdit")->toPlainText().contains(QStringLiteral("Billing platform")));
        child<QCheckBox>(&dialog, "factsUnclearCheckBox")->setChecked(true);
        QVERIFY(!child<QPlainTextEdit>(&dialog, "reportTracingPlainTextEdit")->isEnabled());
        QVERIFY(dialog.report().factsUnclear);
        QVERIFY(dialog.hasChanges());
    }

    void sendingTimesAreEnteredInTheIncidentsZone()
    {
        Incident incident = openIncident();
        const Plan plan = demoPlan(OperatorProfile::CriticalInfrastructure);
        IncidentReportDialog dialog(plan, incident,
                                    IncidentReportDialog::newReportFor(incident, plan, IncidentReportKind::Initial, {}));
        child<QLineEdit>(&dialog, "reportIssuedByLineEdit")->setText(QStringLiteral("Zhang Wei"));
        child<QCheckBox>(&dialog, "reportSentCheckBox")->setChecked(true);
        child<QDateTimeEdit>(&dialog, "reportSentAtDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 40)));
        auto *channel = child<QComboBox>(&dialog, "reportChannelComboBox");
        channel->setCurrentIndex(channel->findData(QStringLiteral("fax")));
        const IncidentReport report = dialog.report();
        // 09:40 in Shanghai is 01:40 UTC, whatever zone the computer runs in.
        QCOMPARE(report.sentAt.toUTC(), QDateTime(QDate(2026, 12, 3), QTime(1, 40), QTimeZone::utc()));
        QCOMPARE(report.channel, ReportChannel::Fax);
        // A report sent before the incident was discovered is refused, the dialog stays open.
        child<QDateTimeEdit>(&dialog, "reportSentAtDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
        int calls = 0;
        dialog.setSaveHandler([&](const IncidentReport &r) -> Result<IncidentReport> { ++calls; return r; });
        dialog.show();
        child<QPushButton>(&dialog, "incidentReportSavePushButton")->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(calls, 0);
        QVERIFY(child<QLabel>(&dialog, "incidentReportErrorLabel")->text().contains(QStringLiteral("before the incident")));
    }

    void aSummaryReportShowsOnlyItsOwnFields()
    {
        Incident incident = openIncident();
        incident.state = IncidentState::Closed;
        incident.closedAt = QDateTime(QDate(2026, 12, 4), QTime(18, 0), kShanghai);
        incident.lessons = QStringLiteral("Backups work");
        const Plan plan = demoPlan(OperatorProfile::CriticalInfrastructure);
        IncidentReportDialog dialog(plan, incident,
                                    IncidentReportDialog::newReportFor(incident, plan, IncidentReportKind::Summary, {}));
        QVERIFY(dialog.tabs()->isTabVisible(IncidentReportDialog::SummaryTab));
        QVERIFY(!dialog.tabs()->isTabVisible(IncidentReportDialog::FirstItemsTab));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "summaryLessonsPlainTextEdit")->toPlainText(), QStringLiteral("Backups work"));
        dialog.show();
        child<QPushButton>(&dialog, "incidentReportSavePushButton")->click();
        QVERIFY(dialog.isVisible()); // no cause yet
        QCOMPARE(dialog.tabs()->currentIndex(), int(IncidentReportDialog::SummaryTab));
    }

    void closingNeedsLessonsAndOwners()
    {
        CloseIncidentDialog dialog(demoPlan(OperatorProfile::CriticalInfrastructure), openIncident());
        QVERIFY(child<QLabel>(&dialog, "summaryDueLabel")->text().contains(QStringLiteral("2027-01-02 09:00")));
        int calls = 0;
        IncidentClosing stored;
        dialog.setSaveHandler([&](const IncidentClosing &closing) -> Result<Incident> {
            ++calls;
            stored = closing;
            return openIncident();
        });
        dialog.show();
        child<QPushButton>(&dialog, "closeIncidentOkPushButton")->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "closeIncidentErrorLabel")->text().contains(QStringLiteral("lessons")));
        child<QPlainTextEdit>(&dialog, "incidentLessonsPlainTextEdit")->setPlainText(QStringLiteral("Backups work"));
        CorrectiveAction action;
        action.description = QStringLiteral("Train the team");
        action.dueOn = QDate(2026, 12, 20);
        dialog.correctiveActionTable()->setActions({action});
        child<QPushButton>(&dialog, "closeIncidentOkPushButton")->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "closeIncidentErrorLabel")->text().contains(QStringLiteral("no owner")));
        QCOMPARE(calls, 0);
        action.owner = QStringLiteral("Li Na");
        dialog.correctiveActionTable()->setActions({action});
        child<QPushButton>(&dialog, "closeIncidentOkPushButton")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(calls, 1);
        QCOMPARE(stored.lessons, QStringLiteral("Backups work"));
        QCOMPARE(stored.correctiveActions.size(), 1);
        QCOMPARE(stored.closedAt, Clock::nowUtc());
    }
};

QTEST_MAIN(TestIncidentDialogs)
#include "TestIncidentDialogs.moc"

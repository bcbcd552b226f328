// The drill item dialog, its recurrence editor and the drill record dialog, driven through their
// widgets as a user would, without a database: the save handlers are test doubles.

#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "drills/DrillItemDialog.h"
#include "drills/DrillRecordDialog.h"
#include "drills/RecurrenceEditor.h"
#include "tables/CorrectiveActionTableWidget.h"
#include "tables/InjectTableWidget.h"
#include "tables/ObjectiveResultTableWidget.h"
#include "tables/ParticipantTableWidget.h"
#include "tables/TimelineTableWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <memory>

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << name;
    return found;
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

bool selectComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

DrillItem sampleItem()
{
    DrillItem item;
    item.id = 7;
    item.planId = 3;
    item.uid = QStringLiteral("drill-7@plandesk");
    item.title = QStringLiteral("Ransomware on the finance systems");
    item.purpose = QStringLiteral("Test the escalation to the leading group.");
    item.form = DrillForm::HandsOn;
    item.content = DrillContent::Special;
    item.scenario = QStringLiteral("Ransomware encrypts the file servers.");
    item.firstDate = QDate(2027, 3, 26);
    item.startTime = QTime(9, 30);
    item.durationMinutes = 90;
    item.place = QStringLiteral("Meeting room 3");
    item.objectives = {QStringLiteral("Isolate the servers within 30 minutes"),
                       QStringLiteral("Report to the regulator in time")};
    item.injects = {DrillInject{0, QStringLiteral("Files cannot be opened"), QStringLiteral("Call the duty officer")},
                    DrillInject{45, QStringLiteral("Ransom note found"), QStringLiteral("Escalate")}};
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 3;
    return item;
}

Plan samplePlan()
{
    Plan plan;
    plan.id = 3;
    plan.title = QStringLiteral("Cybersecurity incident emergency plan");
    plan.organisation = QStringLiteral("Example Power Co.");
    return plan;
}

} // namespace

class TestDrillDialogs : public QObject
{
    Q_OBJECT

private slots:
    void injectOffsetsReadAsTheDocumentsPrintThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("minutes");
        QTest::newRow("document form") << QStringLiteral("T+1:30") << 90;
        QTest::newRow("hours and minutes") << QStringLiteral("1 h 30") << 90;
        QTest::newRow("chinese") << QStringLiteral("1小时30分") << 90;
        QTest::newRow("hours") << QStringLiteral("2h") << 120;
        QTest::newRow("minutes") << QStringLiteral("T+45") << 45;
        QTest::newRow("plain") << QStringLiteral("90") << 90;
        QTest::newRow("nothing") << QStringLiteral("soon") << 0;
    }

    void injectOffsetsReadAsTheDocumentsPrintThem()
    {
        QFETCH(QString, typed);
        QFETCH(int, minutes);
        QCOMPARE(InjectTableWidget::offsetMinutes(typed), minutes);
        InjectTableWidget table;
        table.pasteText(typed + QStringLiteral("\tFiles cannot be opened\tCall the duty officer"));
        QCOMPARE(table.injects().size(), 1);
        QCOMPARE(table.injects().first().offsetMinutes, minutes);
    }

    void initTestCase();
    void init();
    void cleanup();

    void anchorsFollowTheFirstDate();
    void anchorHiddenWhereItDoesNotApply();
    void previewOfMonthlyFrom31January();
    void previewShowsTheRulesProblems();
    void itemDialogRefusesAnEndBeforeTheStart();
    void itemDialogKeepsOpenWhenSavingFails();
    void itemDialogRoundTrip();
    void newRecordIsPrefilledFromTheItem();
    void recordDialogShowsThePrefill();
    void pastedParticipantsAreTidiedAndChecked();
    void pastedHeaderRowIsNotAParticipant();
    void correctiveActionNeedsOwnerAndDueDate();
    void cancelAsksOnlyWhenChanged();
    void printButtonsAskForTheShownRecord();

private:
    // A message box nobody queued an answer for would block the test until its time-out: close it
    // and fail instead.
    QTimer m_dialogWatch;
    QString m_unexpectedDialog;
};

void TestDrillDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(LanguageManager::effectiveLanguage(), QStringLiteral("en"));
    LanguageManager::install(); // as main() does: English plural forms come from plandesk_en.qm
    m_dialogWatch.setInterval(200);
    connect(&m_dialogWatch, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            const auto *box = qobject_cast<QMessageBox *>(modal);
            m_unexpectedDialog = box ? box->text() : modal->objectName();
            modal->close();
        }
    });
}

void TestDrillDialogs::init()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    MessageBoxes::clearLastText();
    m_unexpectedDialog.clear();
    m_dialogWatch.start();
}

void TestDrillDialogs::cleanup()
{
    m_dialogWatch.stop();
    QVERIFY2(m_unexpectedDialog.isEmpty(), qPrintable(QStringLiteral("Unexpected dialog: ") + m_unexpectedDialog));
}

void TestDrillDialogs::anchorsFollowTheFirstDate()
{
    using Anchor = RecurrenceRule::MonthAnchor;
    RecurrenceEditor editor;
    editor.setFirstDate(QDate(2027, 3, 26)); // the last Friday of March 2027 (and its 4th)
    RecurrenceRule quarterly;
    quarterly.frequency = RecurrenceRule::Frequency::Quarterly;
    quarterly.anchor = Anchor::LastWeekdayOfMonth;
    quarterly.count = 8;
    editor.setRule(quarterly);
    auto *anchors = child<QComboBox>(&editor, QStringLiteral("recurrenceAnchorComboBox"));
    QVERIFY(anchors);
    QCOMPARE(editor.offeredAnchors(),
             (QList<Anchor>{Anchor::DayOfMonth, Anchor::WeekdayOfMonth, Anchor::LastWeekdayOfMonth}));
    QCOMPARE(comboTexts(anchors), (QStringList{QStringLiteral("on day 26"), QStringLiteral("on the 4th Friday"),
                                               QStringLiteral("on the last Friday")}));
    QCOMPARE(editor.rule(), quarterly);

    // A week earlier is the 3rd Friday, not the last: "the last Friday" is no longer offered, and
    // the rule falls back to the day of the month rather than move the first drill.
    QSignalSpy edited(&editor, &RecurrenceEditor::edited);
    editor.setFirstDate(QDate(2027, 3, 19));
    QCOMPARE(comboTexts(anchors), (QStringList{QStringLiteral("on day 19"), QStringLiteral("on the 3rd Friday")}));
    QCOMPARE(editor.rule().anchor, Anchor::DayOfMonth);
    QCOMPARE(edited.count(), 0);

    // The last day of a month offers "the last day of the month"; day 31 says it is shortened.
    auto *frequency = child<QComboBox>(&editor, QStringLiteral("recurrenceFrequencyComboBox"));
    QVERIFY(frequency);
    QVERIFY(selectComboData(frequency, int(RecurrenceRule::Frequency::Monthly)));
    QCOMPARE(edited.count(), 1);
    editor.setFirstDate(QDate(2027, 1, 31));
    QCOMPARE(comboTexts(anchors), (QStringList{QStringLiteral("on day 31 (the last day in shorter months)"),
                                               QStringLiteral("on the last Sunday"),
                                               QStringLiteral("on the last day of the month")}));
    anchors->setCurrentIndex(2);
    QCOMPARE(editor.rule().anchor, Anchor::LastDayOfMonth);
    QCOMPARE(edited.count(), 2);
    // Yearly on 31 January never meets a shorter January.
    QVERIFY(selectComboData(frequency, int(RecurrenceRule::Frequency::Yearly)));
    QCOMPARE(anchors->itemText(0), QStringLiteral("on day 31"));
    QCOMPARE(editor.rule().anchor, Anchor::LastDayOfMonth); // the choice stays while it is offered
}

void TestDrillDialogs::anchorHiddenWhereItDoesNotApply()
{
    RecurrenceEditor editor;
    editor.setFirstDate(QDate(2027, 3, 26));
    editor.setRule(RecurrenceRule()); // once
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *frequency = child<QComboBox>(&editor, QStringLiteral("recurrenceFrequencyComboBox"));
    auto *anchors = child<QComboBox>(&editor, QStringLiteral("recurrenceAnchorComboBox"));
    auto *unit = child<QComboBox>(&editor, QStringLiteral("recurrenceUnitComboBox"));
    auto *interval = child<QSpinBox>(&editor, QStringLiteral("recurrenceIntervalSpinBox"));
    auto *count = child<QSpinBox>(&editor, QStringLiteral("recurrenceCountSpinBox"));
    auto *until = child<QDateEdit>(&editor, QStringLiteral("recurrenceUntilDateEdit"));
    QVERIFY(frequency && anchors && unit && interval && count && until);

    QVERIFY(!anchors->isVisible());
    QVERIFY(!count->isVisible()); // a single drill has no end to choose
    QVERIFY(!interval->isVisible());
    QVERIFY(editor.offeredAnchors().isEmpty());
    QCOMPARE(editor.rule(), RecurrenceRule());

    QVERIFY(selectComboData(frequency, int(RecurrenceRule::Frequency::Custom)));
    QVERIFY(interval->isVisible());
    QVERIFY(count->isVisible());
    QVERIFY(selectComboData(unit, int(RecurrenceRule::Unit::Weeks)));
    QVERIFY(!anchors->isVisible());
    QVERIFY(selectComboData(unit, int(RecurrenceRule::Unit::Days)));
    QVERIFY(!anchors->isVisible());
    QVERIFY(selectComboData(unit, int(RecurrenceRule::Unit::Months)));
    QVERIFY(anchors->isVisible());
    interval->setValue(18);
    const RecurrenceRule rule = editor.rule();
    QCOMPARE(rule.frequency, RecurrenceRule::Frequency::Custom);
    QCOMPARE(rule.interval, 18);
    QCOMPARE(rule.unit, RecurrenceRule::Unit::Months);
    // Exactly one end: the count, as the count radio button is chosen.
    QVERIFY(rule.count > 0);
    QVERIFY(!rule.until.isValid());
    QVERIFY(!until->isEnabled());
}

void TestDrillDialogs::previewOfMonthlyFrom31January()
{
    RecurrenceEditor editor;
    editor.setFirstDate(QDate(2027, 1, 31));
    RecurrenceRule monthly;
    monthly.frequency = RecurrenceRule::Frequency::Monthly;
    monthly.count = 12;
    editor.setRule(monthly);
    const QString preview = editor.previewLabel()->text();
    QVERIFY2(preview.startsWith(monthly.describe(QDate(2027, 1, 31))), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("2027-01-31, 2027-02-28, 2027-03-31, 2027-04-30, …, 2027-12-31")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("12 dates in all")), qPrintable(preview));

    // The preview follows the count as it is typed.
    auto *count = child<QSpinBox>(&editor, QStringLiteral("recurrenceCountSpinBox"));
    QVERIFY(count);
    count->setValue(2);
    QVERIFY2(editor.previewLabel()->text().endsWith(QStringLiteral("2027-01-31, 2027-02-28 (2 dates in all)")),
             qPrintable(editor.previewLabel()->text()));
}

void TestDrillDialogs::previewShowsTheRulesProblems()
{
    RecurrenceEditor editor;
    editor.setFirstDate(QDate(2027, 3, 26));
    RecurrenceRule yearly;
    yearly.frequency = RecurrenceRule::Frequency::Yearly;
    yearly.until = QDate(2027, 1, 1);
    editor.setRule(yearly);
    QCOMPARE(editor.rule(), yearly);
    const QStringList problems = yearly.validationProblems(QDate(2027, 3, 26));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(editor.previewLabel()->text(), problems.join(QLatin1Char('\n')));
    QCOMPARE(editor.previewLabel()->palette().color(QPalette::WindowText), QColor(0xB0, 0x00, 0x20));

    auto *until = child<QDateEdit>(&editor, QStringLiteral("recurrenceUntilDateEdit"));
    QVERIFY(until);
    until->setDate(QDate(2029, 12, 31));
    QVERIFY2(editor.previewLabel()->text().contains(QStringLiteral("2027-03-26, 2028-03-26, 2029-03-26 (3 dates in all)")),
             qPrintable(editor.previewLabel()->text()));
    QVERIFY(editor.previewLabel()->palette().color(QPalette::WindowText) != QColor(0xB0, 0x00, 0x20));
}

void TestDrillDialogs::itemDialogRefusesAnEndBeforeTheStart()
{
    DrillItemDialog dialog(sampleItem());
    int saves = 0;
    dialog.setSaveHandler([&saves](const DrillItem &item) -> Result<DrillItem> {
        ++saves;
        return item;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *title = child<QLineEdit>(&dialog, QStringLiteral("drillTitleLineEdit"));
    auto *firstDate = child<QDateEdit>(&dialog, QStringLiteral("drillFirstDateEdit"));
    auto *untilRadio = child<QRadioButton>(&dialog, QStringLiteral("recurrenceUntilRadioButton"));
    auto *until = child<QDateEdit>(&dialog, QStringLiteral("recurrenceUntilDateEdit"));
    auto *buttons = child<QDialogButtonBox>(&dialog, QStringLiteral("drillItemDialogButtonBox"));
    QVERIFY(title && firstDate && untilRadio && until && buttons);
    QCOMPARE(firstDate->date(), QDate(2027, 3, 26));
    QCOMPARE(firstDate->displayFormat(), QStringLiteral("yyyy-MM-dd"));
    QVERIFY(firstDate->calendarPopup());

    title->clear();
    QTest::keyClicks(title, QStringLiteral("Ransomware, second round"));
    dialog.tabs()->setCurrentIndex(DrillItemDialog::RecurrenceTab);
    QTest::mouseClick(untilRadio, Qt::LeftButton);
    until->setDate(QDate(2027, 1, 15));
    dialog.tabs()->setCurrentIndex(DrillItemDialog::GeneralTab);

    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted (yet)
    QCOMPARE(saves, 0);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("2027-01-15, before it starts on 2027-03-26")),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.tabs()->currentIndex(), int(DrillItemDialog::RecurrenceTab)); // where the problem is
    QVERIFY(MessageBoxes::lastText().isEmpty()); // inline, not in a message box
    // Everything typed is still there.
    QCOMPARE(title->text(), QStringLiteral("Ransomware, second round"));
    QCOMPARE(until->date(), QDate(2027, 1, 15));
    QVERIFY(untilRadio->isChecked());
    QCOMPARE(dialog.item().recurrence.until, QDate(2027, 1, 15));

    // Fixing it clears the problem at once; OK then saves and closes.
    until->setDate(QDate(2029, 12, 31));
    QVERIFY(dialog.errorLabel()->isHidden());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.savedItem().title, QStringLiteral("Ransomware, second round"));
    QCOMPARE(dialog.savedItem().recurrence.until, QDate(2029, 12, 31));
    QCOMPARE(dialog.savedItem().recurrence.count, 0);
}

void TestDrillDialogs::itemDialogKeepsOpenWhenSavingFails()
{
    DrillItem item = sampleItem();
    item.id = 0;
    DrillItemDialog dialog(item);
    bool fail = true;
    dialog.setSaveHandler([&fail](const DrillItem &edited) -> Result<DrillItem> {
        if (fail)
            return Error{QStringLiteral("The database is locked.")};
        DrillItem stored = edited;
        stored.id = 42;
        return stored;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *place = child<QLineEdit>(&dialog, QStringLiteral("drillPlaceLineEdit"));
    QVERIFY(place);
    place->setText(QStringLiteral("Disaster recovery site"));

    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("The database is locked.")),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(place->text(), QStringLiteral("Disaster recovery site"));

    fail = false;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedItem().id, qint64(42));
    QCOMPARE(dialog.savedItem().place, QStringLiteral("Disaster recovery site"));
}

void TestDrillDialogs::itemDialogRoundTrip()
{
    // What the dialog is given comes back unchanged, ids and uid included, and nothing counts as changed.
    const DrillItem item = sampleItem();
    DrillItemDialog dialog(item);
    QCOMPARE(dialog.item(), item);
    QVERIFY(!dialog.hasChanges());

    // A special drill needs its scenario: the dialog says so and shows the Scenario tab.
    auto *scenario = child<QPlainTextEdit>(&dialog, QStringLiteral("drillScenarioPlainTextEdit"));
    auto *content = child<QComboBox>(&dialog, QStringLiteral("drillContentComboBox"));
    auto *zone = child<QComboBox>(&dialog, QStringLiteral("drillTimeZoneComboBox"));
    QVERIFY(scenario && content && zone);
    QCOMPARE(zone->currentText(), QStringLiteral("Asia/Shanghai"));
    scenario->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.tabs()->currentIndex(), int(DrillItemDialog::ScenarioTab));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("scenario")));
    // A comprehensive drill has none to give.
    QVERIFY(selectComboData(content, drillContentKey(DrillContent::Comprehensive)));
    QVERIFY(!scenario->isEnabled());
    QVERIFY(dialog.errorLabel()->isHidden());
    QVERIFY(dialog.hasChanges());
}

void TestDrillDialogs::newRecordIsPrefilledFromTheItem()
{
    const DrillItem item = sampleItem();
    const DrillRecord record = DrillRecordDialog::newRecordFor(item, QDate(2028, 3, 26));
    QCOMPARE(record.id, qint64(0));
    QCOMPARE(record.drillItemId, item.id);
    QCOMPARE(record.planId, item.planId);
    QCOMPARE(record.occurrenceDate, QDate(2028, 3, 26));
    QCOMPARE(record.heldOn, QDate(2028, 3, 26));
    QCOMPARE(record.startTime, QTime(9, 30));
    QCOMPARE(record.endTime, QTime(11, 0));
    QCOMPARE(record.place, item.place);
    QCOMPARE(record.objectives.size(), 2);
    QCOMPARE(record.objectives.at(0).objective, item.objectives.at(0));
    QCOMPARE(record.objectives.at(0).rating, ObjectiveRating::NotJudged);
    QCOMPARE(record.objectives.at(1).objective, item.objectives.at(1));
    QCOMPARE(record.timeline.size(), 2);
    QCOMPARE(record.timeline.at(0).time, QTime(9, 30));
    QCOMPARE(record.timeline.at(0).event, QStringLiteral("Files cannot be opened"));
    QCOMPARE(record.timeline.at(1).time, QTime(10, 15));
    QCOMPARE(record.timeline.at(1).event, QStringLiteral("Ransom note found"));
    QVERIFY(record.correctiveActions.isEmpty());
    QVERIFY(record.isValid());
}

void TestDrillDialogs::recordDialogShowsThePrefill()
{
    const DrillItem item = sampleItem();
    const DrillRecord prefilled = DrillRecordDialog::newRecordFor(item, QDate(2028, 3, 26));
    DrillRecordDialog dialog(samplePlan(), item, prefilled);
    auto *heldOn = child<QDateEdit>(&dialog, QStringLiteral("heldOnDateEdit"));
    auto *start = child<QTimeEdit>(&dialog, QStringLiteral("drillRecordStartTimeEdit"));
    auto *end = child<QTimeEdit>(&dialog, QStringLiteral("drillRecordEndTimeEdit"));
    auto *organiser = child<QLineEdit>(&dialog, QStringLiteral("organiserLineEdit"));
    auto *objectives = child<ObjectiveResultTableWidget>(&dialog, QStringLiteral("objectiveResultsTableWidget"));
    auto *timeline = child<TimelineTableWidget>(&dialog, QStringLiteral("timelineTableWidget"));
    QVERIFY(heldOn && start && end && organiser && objectives && timeline);
    QCOMPARE(heldOn->date(), QDate(2028, 3, 26));
    QCOMPARE(start->time(), QTime(9, 30));
    QCOMPARE(end->time(), QTime(11, 0));
    QCOMPARE(organiser->text(), QStringLiteral("Example Power Co.")); // a new record: the plan's organisation
    QCOMPARE(objectives->results(), prefilled.objectives);
    QCOMPARE(timeline->entries(), prefilled.timeline);
    QVERIFY(!dialog.hasChanges());
    DrillRecord expected = prefilled;
    expected.organiser = QStringLiteral("Example Power Co.");
    QCOMPARE(dialog.record(), expected);
}

void TestDrillDialogs::pastedParticipantsAreTidiedAndChecked()
{
    const DrillItem item = sampleItem();
    DrillRecordDialog dialog(samplePlan(), item, DrillRecordDialog::newRecordFor(item, QDate(2027, 3, 26)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(DrillRecordDialog::ParticipantsTab);
    auto *paste = child<QPushButton>(&dialog, QStringLiteral("pasteParticipantsPushButton"));
    QVERIFY(paste);
    QVERIFY(dialog.pasteMessageLabel()->isHidden());

    // As a spreadsheet copies a sign-in sheet: blank lines between blocks, and one person twice.
    QApplication::clipboard()->setText(QStringLiteral("Zhang Wei\tSecurity office\tLead\n"
                                                      "\t\t\n"
                                                      "Li Na\tIT department\tObserver\n"
                                                      "\n"
                                                      "zhang wei\tSecurity office\tPlayer\n"));
    QTest::mouseClick(paste, Qt::LeftButton);
    const QList<DrillParticipant> participants = dialog.participantTable()->participants();
    QCOMPARE(participants.size(), 3);
    QCOMPARE(dialog.participantTable()->rowCount(), 3); // the blank rows are gone, not merely ignored
    QCOMPARE(participants.at(1).name, QStringLiteral("Li Na"));
    QVERIFY(dialog.pasteMessageLabel()->isVisible());
    const QString message = dialog.pasteMessageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("2 blank row")) && message.contains(QStringLiteral("left out")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Zhang Wei (Security office) is listed more than once: rows 1, 3")),
             qPrintable(message));

    // Saving is refused while the duplicate is there.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("listed twice")), qPrintable(dialog.errorLabel()->text()));

    // A second paste goes below the list, whatever cell is current.
    dialog.participantTable()->setCurrentCell(0, 0);
    QApplication::clipboard()->setText(QStringLiteral("Wang Fang\tFinance\tPlayer\n"));
    QTest::mouseClick(paste, Qt::LeftButton);
    QCOMPARE(dialog.participantTable()->participants().size(), 4);
    QCOMPARE(dialog.participantTable()->participants().at(0).name, QStringLiteral("Zhang Wei"));
    QCOMPARE(dialog.participantTable()->participants().at(3).name, QStringLiteral("Wang Fang"));
}

void TestDrillDialogs::pastedHeaderRowIsNotAParticipant()
{
    const DrillItem item = sampleItem();
    DrillRecordDialog dialog(samplePlan(), item, DrillRecordDialog::newRecordFor(item, QDate(2027, 3, 26)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(DrillRecordDialog::ParticipantsTab);
    auto *paste = child<QPushButton>(&dialog, QStringLiteral("pasteParticipantsPushButton"));
    QVERIFY(paste);

    // A Chinese sign-in sheet with its header row, pasted in an English UI.
    QApplication::clipboard()->setText(QStringLiteral("姓名\t 单位 \t角色\n张伟\t安全办\t组长\n"));
    QTest::mouseClick(paste, Qt::LeftButton);
    QList<DrillParticipant> participants = dialog.participantTable()->participants();
    QCOMPARE(participants.size(), 1);
    QCOMPARE(participants.first().name, QStringLiteral("张伟"));
    QVERIFY2(dialog.pasteMessageLabel()->text().contains(QStringLiteral("header row")),
             qPrintable(dialog.pasteMessageLabel()->text()));

    // The table's own headings, whatever the case and spacing, with the sheet's empty cells.
    QApplication::clipboard()->setText(QStringLiteral("NAME\tDepartment\trole in the  drill\t\n"
                                                      "Li Na\tIT department\tObserver\tyes\n"));
    QTest::mouseClick(paste, Qt::LeftButton);
    participants = dialog.participantTable()->participants();
    QCOMPARE(participants.size(), 2);
    QCOMPARE(participants.at(1).name, QStringLiteral("Li Na"));

    // A first line that only looks a little like headings is a participant.
    QApplication::clipboard()->setText(QStringLiteral("Name\tFinance\tPlayer\n"));
    QTest::mouseClick(paste, Qt::LeftButton);
    participants = dialog.participantTable()->participants();
    QCOMPARE(participants.size(), 3);
    QCOMPARE(participants.at(2).department, QStringLiteral("Finance"));
}

void TestDrillDialogs::correctiveActionNeedsOwnerAndDueDate()
{
    const DrillItem item = sampleItem();
    DrillRecordDialog dialog(samplePlan(), item, DrillRecordDialog::newRecordFor(item, QDate(2027, 3, 26)));
    int saves = 0;
    dialog.setSaveHandler([&saves](const DrillRecord &record) -> Result<DrillRecord> {
        ++saves;
        DrillRecord stored = record;
        stored.id = 11;
        return stored;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QDialogButtonBox>(&dialog, QStringLiteral("drillRecordDialogButtonBox"));
    QVERIFY(save);

    // An action pasted in without owner or due date.
    dialog.tabs()->setCurrentIndex(DrillRecordDialog::CorrectiveActionsTab);
    dialog.correctiveActionTable()->pasteText(QStringLiteral("Patch the VPN gateway\n"));
    dialog.tabs()->setCurrentIndex(DrillRecordDialog::BasicsTab);
    QTest::mouseClick(save->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(saves, 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.tabs()->currentIndex(), int(DrillRecordDialog::CorrectiveActionsTab));
    const QString problems = dialog.errorLabel()->text();
    QVERIFY2(problems.contains(QStringLiteral("has no owner")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("has no due date")), qPrintable(problems));
    QVERIFY(MessageBoxes::lastText().isEmpty());
    QCOMPARE(dialog.correctiveActionTable()->actions().size(), 1); // kept as typed

    // With an owner and a due date it saves.
    dialog.correctiveActionTable()->pasteText(QStringLiteral("Patch the VPN gateway\tLiu Yang\t2027-04-30\n"));
    QVERIFY(dialog.errorLabel()->isHidden()); // rechecked as the table changed
    QTest::mouseClick(save->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedRecord().id, qint64(11));
    QCOMPARE(dialog.savedRecord().correctiveActions.size(), 1);
    QCOMPARE(dialog.savedRecord().correctiveActions.at(0).owner, QStringLiteral("Liu Yang"));
    QCOMPARE(dialog.savedRecord().correctiveActions.at(0).dueOn, QDate(2027, 4, 30));
}

void TestDrillDialogs::cancelAsksOnlyWhenChanged()
{
    const DrillItem item = sampleItem();
    const DrillRecord record = DrillRecordDialog::newRecordFor(item, QDate(2027, 3, 26));
    {
        DrillRecordDialog dialog(samplePlan(), item, record);
        dialog.show();
        dialog.reject();
        QVERIFY(MessageBoxes::lastText().isEmpty()); // nothing to lose, nothing asked
        QVERIFY(!dialog.isVisible());
    }
    DrillRecordDialog dialog(samplePlan(), item, record);
    int saves = 0;
    dialog.setSaveHandler([&saves](const DrillRecord &edited) -> Result<DrillRecord> {
        ++saves;
        return edited;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *recorder = child<QLineEdit>(&dialog, QStringLiteral("recorderLineEdit"));
    QVERIFY(recorder);
    QTest::keyClicks(recorder, QStringLiteral("Chen Jing"));

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    QVERIFY(!MessageBoxes::lastText().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(recorder->text(), QStringLiteral("Chen Jing"));

    MessageBoxes::setNextAnswer(QMessageBox::Save);
    dialog.reject();
    QCOMPARE(saves, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedRecord().recorder, QStringLiteral("Chen Jing"));

    DrillRecordDialog discarded(samplePlan(), item, record);
    discarded.show();
    child<QLineEdit>(&discarded, QStringLiteral("recorderLineEdit"))->setText(QStringLiteral("Chen Jing"));
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    discarded.reject();
    QCOMPARE(discarded.result(), int(QDialog::Rejected));
    QVERIFY(!discarded.isVisible());
}

void TestDrillDialogs::printButtonsAskForTheShownRecord()
{
    const DrillItem item = sampleItem();
    DrillRecordDialog dialog(samplePlan(), item, DrillRecordDialog::newRecordFor(item, QDate(2027, 3, 26)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy record(&dialog, &DrillRecordDialog::printRecordRequested);
    QSignalSpy summary(&dialog, &DrillRecordDialog::printSummaryRequested);
    QSignalSpy blank(&dialog, &DrillRecordDialog::printBlankFormRequested);
    auto *conclusion = child<QPlainTextEdit>(&dialog, QStringLiteral("conclusionPlainTextEdit"));
    QVERIFY(conclusion);
    conclusion->setPlainText(QStringLiteral("The response worked."));

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("printRecordPushButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("printSummaryPushButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("printBlankFormPushButton")), Qt::LeftButton);
    QCOMPARE(record.count(), 1);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(blank.count(), 1);
    QCOMPARE(record.first().first().value<DrillRecord>().conclusion, QStringLiteral("The response worked."));
    QCOMPARE(summary.first().first().value<DrillRecord>().conclusion, QStringLiteral("The response worked."));
    QVERIFY(dialog.isVisible()); // printing does not close the record
}

QTEST_MAIN(TestDrillDialogs)
#include "TestDrillDialogs.moc"

// The guided "New plan" wizard, driven through the real main window over a temporary database.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "core/compliance/CompletenessChecker.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "editor/PlanEditor.h"
#include "tables/ContactTableWidget.h"
#include "tables/LevelTableWidget.h"
#include "tables/ReportingTableWidget.h"
#include "wizard/PlanWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString kMarkup = QStringLiteral("<b>x</b> & <img src=file:///etc/passwd>");

// A main window over its own temporary database.
struct Fixture
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        if (!dir.isValid())
            return false;
        Result<void> opened = db.open(dir.filePath(QStringLiteral("t.sqlite")));
        if (!opened) {
            qWarning() << opened.errorMessage();
            return false;
        }
        window = std::make_unique<MainWindow>(db);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    PlanWizard *openWizard()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("newPlanAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *wizard = window->findChild<PlanWizard *>();
        if (wizard && !QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }
};

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << name;
    return found;
}

QString pageName(const PlanWizard *wizard)
{
    return wizard->currentPage() ? wizard->currentPage()->objectName() : QString();
}

QLabel *errorLabelOf(const PlanWizard *wizard)
{
    const QList<QLabel *> labels = wizard->currentPage()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("ErrorLabel")))
            return label;
    }
    return nullptr;
}

int columnOf(const QTableWidget *table, const QString &header)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column) && table->horizontalHeaderItem(column)->text() == header)
            return column;
    }
    return -1;
}

void setCell(QTableWidget *table, int row, const QString &header, const QString &text)
{
    const int column = columnOf(table, header);
    QVERIFY2(column >= 0, qPrintable(header));
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    item->setText(text);
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

// Names and phones for the rows the reference data marks required (the default rows come first).
void fillRequiredContacts(PlanWizard *wizard)
{
    auto *table = child<QTableWidget>(wizard, QStringLiteral("contactsTableWidget"));
    QVERIFY(table);
    const QList<ReferenceData::DefaultContact> &defaults = ReferenceData::builtIn().defaultContacts;
    QVERIFY(table->rowCount() >= defaults.size());
    for (qsizetype row = 0; row < defaults.size(); ++row) {
        if (!defaults.at(row).required)
            continue;
        setCell(table, int(row), QStringLiteral("Name"), QStringLiteral("Person %1").arg(row + 1));
        setCell(table, int(row), QStringLiteral("Mobile"), QStringLiteral("138-0000-%1").arg(row + 1, 4, 10, QLatin1Char('0')));
    }
}

// Next until the page `target`; fills the required contacts on the way. Fails if a page refuses.
void nextUntil(PlanWizard *wizard, const QString &target)
{
    for (int guard = 0; guard < 10 && pageName(wizard) != target; ++guard) {
        if (pageName(wizard) == QLatin1String("contactsPage")) {
            fillRequiredContacts(wizard);
            if (QTest::currentTestFailed())
                return;
        }
        const QString before = pageName(wizard);
        wizard->next();
        if (pageName(wizard) == before) {
            QLabel *label = errorLabelOf(wizard);
            QFAIL(qPrintable(QStringLiteral("stuck on %1: %2").arg(before, label ? label->text() : QString())));
        }
    }
    QCOMPARE(pageName(wizard), target);
}

QString bodyOf(const QList<Section> &sections, const QString &key)
{
    for (const Section &section : sections) {
        if (section.key == key)
            return section.body;
    }
    return QString();
}

} // namespace

class TestPlanWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endToEndFromMainWindow();
    void missingOrganisationBlocks();
    void cancelAsksBeforeDiscarding();
    void missingRequiredContactBlocks();
    void otherRequiredFieldsBlock();
    void profileDecidesReportingChain_data();
    void profileDecidesReportingChain();
    void editedReportingChainIsKept();
    void tablesAreRefilledAsAWhole();
    void markupIsStoredLiterally();
    void englishPlanHasEnglishDefaults();
    void failedSaveKeepsTheWizardOpen();
};

void TestPlanWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageManager::setChosenLanguage(QStringLiteral("en"));
}

void TestPlanWizard::endToEndFromMainWindow()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->objectName(), QStringLiteral("planWizard"));
    QVERIFY(wizard->minimumWidth() >= 900 && wizard->minimumHeight() >= 680);
    QCOMPARE(pageName(wizard), QStringLiteral("organisationPage"));

    const QString organisation = QStringLiteral("示例水务集团有限公司");
    auto *organisationEdit = child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit"));
    QVERIFY(organisationEdit);
    organisationEdit->setFocus();
    organisationEdit->insert(organisation);
    auto *titleEdit = child<QLineEdit>(wizard, QStringLiteral("titleLineEdit"));
    QVERIFY(titleEdit);
    // The title is proposed from the organisation until the user edits it.
    const QString language = child<QComboBox>(wizard, QStringLiteral("languageComboBox"))->currentData().toString();
    const QString expectedTitle = PlanFactory::defaultTitle(organisation, language, PlanKind::Comprehensive, QString());
    QCOMPARE(titleEdit->text(), expectedTitle);
    selectData(child<QComboBox>(wizard, QStringLiteral("profileComboBox")), QStringLiteral("cii"));
    selectData(child<QComboBox>(wizard, QStringLiteral("sectorComboBox")), QStringLiteral("water"));

    nextUntil(wizard, QStringLiteral("reviewPage"));
    if (QTest::currentTestFailed())
        return;

    // The review lists what the completeness check still finds missing, and the default dates.
    auto *missingList = child<QListWidget>(wizard, QStringLiteral("missingElementsListWidget"));
    QVERIFY(missingList);
    const Plan expected = wizard->plan();
    QCOMPARE(missingList->count(), CompletenessChecker().missingElements(expected, QStringLiteral("en")).size());
    QCOMPARE(child<QLabel>(wizard, QStringLiteral("reviewTitleLabel"))->text(), expectedTitle);
    QCOMPARE(child<QDateEdit>(wizard, QStringLiteral("effectiveDateEdit"))->date(), QDate::currentDate());
    QCOMPARE(child<QDateEdit>(wizard, QStringLiteral("nextReviewDateEdit"))->date(), QDate::currentDate().addYears(1));

    // The plan is complete: every skeleton section, the contacts, levels, categories and chain.
    const Plan defaults = PlanFactory().createDefault({organisation, language, OperatorProfile::CriticalInfrastructure,
                                                       QStringLiteral("water"), PlanKind::Comprehensive, QString()});
    QCOMPARE(expected.sections.size(), defaults.sections.size());
    QCOMPARE(expected.sections, defaults.sections); // nothing edited: the defaults exactly
    QCOMPARE(expected.levels, defaults.levels);
    QCOMPARE(expected.categories, defaults.categories);
    QCOMPARE(expected.reportingSteps, defaults.reportingSteps);
    QCOMPARE(expected.contacts.size(), defaults.contacts.size());
    QCOMPARE(expected.contacts.first().name, QStringLiteral("Person 1"));

    QPointer<PlanWizard> guard(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(guard.isNull());

    PlanRepository repository(fixture.db);
    Result<QList<PlanSummary>> plans = repository.listPlans();
    QVERIFY2(plans.ok(), qPrintable(plans.errorMessage()));
    QCOMPARE(plans.value().size(), 1);
    QCOMPARE(plans.value().first().title, expectedTitle);
    QCOMPARE(plans.value().first().organisation, organisation);
    QCOMPARE(fixture.window->editor()->plan().title, expectedTitle);
    const qint64 planId = plans.value().first().id;
    QCOMPARE(fixture.window->editor()->plan().id, planId);

    // It survives a restart.
    fixture.window.reset();
    fixture.db.close();
    Database reopened;
    Result<void> opened = reopened.open(fixture.dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Result<Plan> loaded = PlanRepository(reopened).load(planId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    const Plan &plan = loaded.value();
    QCOMPARE(plan.title, expectedTitle);
    QCOMPARE(plan.organisation, organisation);
    QCOMPARE(plan.profile, OperatorProfile::CriticalInfrastructure);
    QCOMPARE(plan.ciiSector, QStringLiteral("water"));
    QCOMPARE(plan.language, language);
    QCOMPARE(plan.sections, expected.sections);
    QCOMPARE(plan.contacts, expected.contacts);
    QCOMPARE(plan.reportingSteps, expected.reportingSteps);
    QCOMPARE(plan.levels, expected.levels);
    QCOMPARE(plan.effectiveOn, QDate::currentDate());
    QCOMPARE(plan.nextReviewOn, QDate::currentDate().addYears(1));
}

void TestPlanWizard::missingOrganisationBlocks()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);

    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("organisationPage"));
    QLabel *error = errorLabelOf(wizard);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("organisation")), qPrintable(error->text()));
    QCOMPARE(error->palette().color(QPalette::WindowText).red() > 150, true);

    // Blanks are not a name.
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("   "));
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("organisationPage"));

    // Once shown, the message follows the fields: fixing the name clears it before Next.
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    QVERIFY(!error->isVisible());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("scopePage"));
    QVERIFY(!error->isVisible());
}

void TestPlanWizard::cancelAsksBeforeDiscarding()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    MessageBoxes::clearLastText();
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    wizard->reject();
    QVERIFY(!MessageBoxes::lastText().isEmpty());
    QVERIFY(wizard->isVisible());
    QPointer<PlanWizard> guard(wizard);
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    wizard->reject();
    QTRY_VERIFY(guard.isNull());
    Result<QList<PlanSummary>> plans = PlanRepository(fixture.db).listPlans();
    QVERIFY(plans.ok());
    QVERIFY(plans.value().isEmpty());
}

void TestPlanWizard::missingRequiredContactBlocks()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    const QString language = child<QComboBox>(wizard, QStringLiteral("languageComboBox"))->currentData().toString();
    wizard->next();
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));

    // Untouched, the required rows have no names: the page says which.
    auto *table = child<QTableWidget>(wizard, QStringLiteral("contactsTableWidget"));
    QVERIFY(table);
    const QList<ReferenceData::DefaultContact> &defaults = ReferenceData::builtIn().defaultContacts;
    QCOMPARE(table->rowCount(), defaults.size());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));
    QLabel *error = errorLabelOf(wizard);
    QVERIFY(error && error->isVisible());
    for (const ReferenceData::DefaultContact &contact : defaults) {
        QCOMPARE(error->text().contains(contact.role.in(language)), contact.required);
    }

    fillRequiredContacts(wizard);
    int leaderRow = -1;
    for (qsizetype row = 0; row < defaults.size() && leaderRow < 0; ++row) {
        if (defaults.at(row).required)
            leaderRow = int(row);
    }
    QVERIFY(leaderRow >= 0);
    const QString leaderRole = defaults.at(leaderRow).role.in(language);
    // A required contact without a name.
    setCell(table, leaderRow, QStringLiteral("Name"), QString());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));
    QVERIFY2(error->text().contains(leaderRole), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
    // …and one with a name but no phone.
    setCell(table, leaderRow, QStringLiteral("Name"), QStringLiteral("Wang"));
    setCell(table, leaderRow, QStringLiteral("Mobile"), QString());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));
    QVERIFY2(error->text().contains(leaderRole) && error->text().contains(QStringLiteral("phone")),
             qPrintable(error->text()));
    setCell(table, leaderRow, QStringLiteral("Office phone"), QStringLiteral("010-1234"));

    // Required rows are the ones with a required role, shown in bold.
    auto *contacts = qobject_cast<ContactTableWidget *>(table);
    QVERIFY(contacts);
    for (qsizetype row = 0; row < defaults.size(); ++row)
        QCOMPARE(contacts->isRowEmphasised(int(row)), defaults.at(row).required);

    // A required row cannot be removed; an added one can, and an empty added row is not a contact.
    // The new row goes below the current one.
    table->setCurrentCell(leaderRow, 0);
    QVERIFY(!child<QPushButton>(wizard, QStringLiteral("removeContactButton"))->isEnabled());
    child<QPushButton>(wizard, QStringLiteral("addContactButton"))->click();
    QCOMPARE(table->rowCount(), defaults.size() + 1);
    const int addedRow = leaderRow + 1;
    QCOMPARE(table->currentRow(), addedRow);
    QCOMPARE(wizard->plan().contacts.size(), defaults.size());
    setCell(table, addedRow, QStringLiteral("Name"), QStringLiteral("Zhao"));
    QCOMPARE(wizard->plan().contacts.size(), defaults.size() + 1);
    QCOMPARE(wizard->plan().contacts.at(addedRow).name, QStringLiteral("Zhao"));
    QVERIFY(!contacts->isRowEmphasised(addedRow));
    QVERIFY(child<QPushButton>(wizard, QStringLiteral("removeContactButton"))->isEnabled());

    // Requiredness follows the role, not the position: the added row given the leader's role is
    // required too (it has a name but no phone), and cannot be removed.
    setCell(table, addedRow, QStringLiteral("Role"), leaderRole);
    QVERIFY(contacts->isRowEmphasised(addedRow));
    QVERIFY(!child<QPushButton>(wizard, QStringLiteral("removeContactButton"))->isEnabled());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));
    QVERIFY2(error->text().contains(leaderRole + QStringLiteral(": enter an office or mobile phone number.")),
             qPrintable(error->text()));
    QCOMPARE(table->currentRow(), addedRow);
    setCell(table, addedRow, QStringLiteral("Role"), QStringLiteral("Liaison"));
    QVERIFY(!contacts->isRowEmphasised(addedRow));
    QVERIFY2(!error->isVisible(), qPrintable(error->text())); // the shown message follows the table
    QVERIFY(child<QPushButton>(wizard, QStringLiteral("removeContactButton"))->isEnabled());
    child<QPushButton>(wizard, QStringLiteral("removeContactButton"))->click();
    QCOMPARE(table->rowCount(), defaults.size());

    // A required role that no row has any more still needs someone.
    setCell(table, leaderRow, QStringLiteral("Role"), QStringLiteral("Chief"));
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("contactsPage"));
    QCOMPARE(error->text(), leaderRole + QStringLiteral(": enter a name and an office or mobile phone number."));
    setCell(table, leaderRow, QStringLiteral("Role"), leaderRole);

    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("levelsPage"));
    const Plan plan = wizard->plan();
    QCOMPARE(plan.contacts.at(leaderRow).name, QStringLiteral("Wang"));
    QCOMPARE(plan.contacts.at(leaderRow).officePhone, QStringLiteral("010-1234"));
    QCOMPARE(plan.contacts.at(leaderRow).mobilePhone, QString());
}

void TestPlanWizard::otherRequiredFieldsBlock()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));

    // CII operator without a sector, special plan without a scenario, no title.
    selectData(child<QComboBox>(wizard, QStringLiteral("profileComboBox")), QStringLiteral("cii"));
    selectData(child<QComboBox>(wizard, QStringLiteral("kindComboBox")), QStringLiteral("special"));
    child<QLineEdit>(wizard, QStringLiteral("titleLineEdit"))->clear();
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("organisationPage"));
    QLabel *error = errorLabelOf(wizard);
    QVERIFY(error->text().contains(QStringLiteral("sector")));
    QVERIFY(error->text().contains(QStringLiteral("scenario")));
    QVERIFY(error->text().contains(QStringLiteral("title")));
    QVERIFY(!error->text().contains(QStringLiteral("organisation")));
    selectData(child<QComboBox>(wizard, QStringLiteral("sectorComboBox")), QStringLiteral("finance"));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("scenarioLineEdit")), QStringLiteral("Ransomware"));
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("organisationPage"));
    QVERIFY(error->text().contains(QStringLiteral("title")));
    QVERIFY(!error->text().contains(QStringLiteral("sector")));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("titleLineEdit")), QStringLiteral("Ransomware Plan"));
    nextUntil(wizard, QStringLiteral("levelsPage"));
    if (QTest::currentTestFailed())
        return;

    // Every level needs its criteria.
    auto *levels = child<QTableWidget>(wizard, QStringLiteral("levelsTableWidget"));
    QCOMPARE(levels->rowCount(), 4);
    const QString levelName = levels->item(2, columnOf(levels, QStringLiteral("Name")))->text();
    QCOMPARE(levelName, wizard->plan().levels.at(2).name);
    setCell(levels, 2, QStringLiteral("Criteria"), QStringLiteral("  "));
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("levelsPage"));
    QVERIFY2(errorLabelOf(wizard)->text().contains(levelName), qPrintable(errorLabelOf(wizard)->text()));
    setCell(levels, 2, QStringLiteral("Criteria"), QStringLiteral("Our own criteria"));
    nextUntil(wizard, QStringLiteral("responsePage"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard->plan().levels.at(2).criteria, QStringLiteral("Our own criteria"));

    // At least one reporting step with an authority.
    auto *reporting = child<QTableWidget>(wizard, QStringLiteral("reportingTableWidget"));
    for (int row = 0; row < reporting->rowCount(); ++row)
        setCell(reporting, row, QStringLiteral("Report to"), QString());
    wizard->next();
    QCOMPARE(pageName(wizard), QStringLiteral("responsePage"));
    QVERIFY2(errorLabelOf(wizard)->text().contains(QStringLiteral("authority")), qPrintable(errorLabelOf(wizard)->text()));
    setCell(reporting, 0, QStringLiteral("Report to"), QStringLiteral("Sector regulator"));
    nextUntil(wizard, QStringLiteral("reviewPage"));
    if (QTest::currentTestFailed())
        return;

    // The next review may not come before the effective date.
    auto *effective = child<QDateEdit>(wizard, QStringLiteral("effectiveDateEdit"));
    auto *nextReview = child<QDateEdit>(wizard, QStringLiteral("nextReviewDateEdit"));
    effective->setDate(QDate(2026, 3, 1));
    nextReview->setDate(QDate(2026, 2, 28));
    QPointer<PlanWizard> guard(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(wizard->isVisible());
    QCOMPARE(pageName(wizard), QStringLiteral("reviewPage"));
    QVERIFY2(errorLabelOf(wizard)->text().contains(QStringLiteral("review date")), qPrintable(errorLabelOf(wizard)->text()));
    nextReview->setDate(QDate(2027, 3, 1));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(guard.isNull());

    Result<QList<PlanSummary>> plans = PlanRepository(fixture.db).listPlans();
    QVERIFY(plans.ok());
    QCOMPARE(plans.value().size(), 1);
    Result<Plan> saved = PlanRepository(fixture.db).load(plans.value().first().id);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().title, QStringLiteral("Ransomware Plan"));
    QCOMPARE(saved.value().kind, PlanKind::Special);
    QCOMPARE(saved.value().scenario, QStringLiteral("Ransomware"));
    QCOMPARE(saved.value().ciiSector, QStringLiteral("finance"));
    QCOMPARE(saved.value().levels.at(2).criteria, QStringLiteral("Our own criteria"));
    QCOMPARE(saved.value().reportingSteps.first().authority, QStringLiteral("Sector regulator"));
    QCOMPARE(saved.value().effectiveOn, QDate(2026, 3, 1));
    QCOMPARE(saved.value().nextReviewOn, QDate(2027, 3, 1));
}

void TestPlanWizard::profileDecidesReportingChain_data()
{
    QTest::addColumn<QStringList>("profiles"); // chosen in this order; the last one counts
    QTest::addColumn<int>("firstDeadline");
    QTest::newRow("cii") << QStringList{QStringLiteral("cii")} << 60;
    QTest::newRow("central") << QStringList{QStringLiteral("central")} << 120;
    QTest::newRow("ordinary") << QStringList{QStringLiteral("ordinary")} << 240;
    QTest::newRow("cii then central") << QStringList{QStringLiteral("cii"), QStringLiteral("central")} << 120;
    QTest::newRow("central then ordinary")
        << QStringList{QStringLiteral("central"), QStringLiteral("ordinary")} << 240;
}

void TestPlanWizard::profileDecidesReportingChain()
{
    QFETCH(QStringList, profiles);
    QFETCH(int, firstDeadline);
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    auto *profileCombo = child<QComboBox>(wizard, QStringLiteral("profileComboBox"));
    // Start from a profile other than the target so that the change is what refills the table.
    selectData(profileCombo, profiles.last() == QLatin1String("cii") ? QStringLiteral("ordinary") : QStringLiteral("cii"));
    for (const QString &profile : std::as_const(profiles))
        selectData(profileCombo, profile);
    selectData(child<QComboBox>(wizard, QStringLiteral("sectorComboBox")), QStringLiteral("energy"));

    const QString language = child<QComboBox>(wizard, QStringLiteral("languageComboBox"))->currentData().toString();
    const OperatorProfile profile = operatorProfileFromKey(profiles.last()).value();
    const QList<ReportingStep> expected = PlanFactory().reportingStepsFor(profile, language);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.first().deadlineMinutes, firstDeadline); // the reference data agrees with REFERENCE.md §4

    const Plan plan = wizard->plan();
    QCOMPARE(plan.profile, profile);
    QCOMPARE(plan.reportingSteps, expected);
    QCOMPARE(plan.reportingSteps.first().deadlineMinutes, firstDeadline);

    nextUntil(wizard, QStringLiteral("responsePage"));
    if (QTest::currentTestFailed())
        return;
    auto *table = child<QTableWidget>(wizard, QStringLiteral("reportingTableWidget"));
    QCOMPARE(table->rowCount(), expected.size());
    QCOMPARE(table->item(0, columnOf(table, QStringLiteral("Report to")))->text(), expected.first().authority);
    QCOMPARE(table->item(0, columnOf(table, QStringLiteral("Deadline")))->data(Qt::EditRole).toInt(), firstDeadline);
}

void TestPlanWizard::editedReportingChainIsKept()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    nextUntil(wizard, QStringLiteral("responsePage"));
    if (QTest::currentTestFailed())
        return;
    auto *table = child<QTableWidget>(wizard, QStringLiteral("reportingTableWidget"));
    setCell(table, 0, QStringLiteral("Channel"), QStringLiteral("Our own hotline"));

    // Back to page 1, another profile: the edited chain stays, and a note offers the reset.
    while (pageName(wizard) != QLatin1String("organisationPage"))
        wizard->back();
    selectData(child<QComboBox>(wizard, QStringLiteral("profileComboBox")), QStringLiteral("central"));
    QCOMPARE(wizard->plan().reportingSteps.first().channel, QStringLiteral("Our own hotline"));
    QCOMPARE(wizard->plan().reportingSteps.first().deadlineMinutes, 240);
    nextUntil(wizard, QStringLiteral("responsePage"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(child<QLabel>(wizard, QStringLiteral("reportingNoticeLabel"))->isVisible());
    child<QPushButton>(wizard, QStringLiteral("resetReportingButton"))->click();
    QCOMPARE(wizard->plan().reportingSteps,
             PlanFactory().reportingStepsFor(OperatorProfile::CentralStateOrgan, wizard->plan().language));
    QVERIFY(!child<QLabel>(wizard, QStringLiteral("reportingNoticeLabel"))->isVisible());
}

void TestPlanWizard::tablesAreRefilledAsAWhole()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), QStringLiteral("Acme Ltd"));
    auto *languageCombo = child<QComboBox>(wizard, QStringLiteral("languageComboBox"));
    selectData(languageCombo, QStringLiteral("zh_CN"));
    auto *contacts = child<ContactTableWidget>(wizard, QStringLiteral("contactsTableWidget"));
    auto *levels = child<LevelTableWidget>(wizard, QStringLiteral("levelsTableWidget"));
    auto *responses = child<LevelTableWidget>(wizard, QStringLiteral("levelResponseTableWidget"));
    auto *reporting = child<ReportingTableWidget>(wizard, QStringLiteral("reportingTableWidget"));
    QVERIFY(contacts && levels && responses && reporting);
    PlanFactory factory;
    const QList<IncidentLevel> chineseLevels = factory.defaultLevels(QStringLiteral("zh_CN"));
    const QList<IncidentLevel> englishLevels = factory.defaultLevels(QStringLiteral("en"));
    QCOMPARE(contacts->contacts(), factory.defaultContacts(QStringLiteral("zh_CN")));
    QCOMPARE(levels->levels(), chineseLevels);
    QCOMPARE(responses->levels(), chineseLevels);

    // One criterion edited, then English: the untouched tables follow the language; the levels
    // table keeps all its criteria, while the names and colours, which are not the user's to
    // edit, follow.
    const QString ownCriteria = QStringLiteral("我们自己的分级标准");
    setCell(levels, 1, QStringLiteral("Criteria"), ownCriteria);
    selectData(languageCombo, QStringLiteral("en"));
    QCOMPARE(contacts->contacts(), factory.defaultContacts(QStringLiteral("en")));
    QCOMPARE(responses->levels(), englishLevels);
    QCOMPARE(reporting->steps(), factory.reportingStepsFor(OperatorProfile::Ordinary, QStringLiteral("en")));
    const QList<IncidentLevel> shown = levels->levels();
    QCOMPARE(shown.size(), englishLevels.size());
    for (qsizetype row = 0; row < shown.size(); ++row) {
        QCOMPARE(shown.at(row).name, englishLevels.at(row).name);
        QCOMPARE(shown.at(row).warningColour, englishLevels.at(row).warningColour);
        QCOMPARE(shown.at(row).criteria, row == 1 ? ownCriteria : chineseLevels.at(row).criteria);
    }
    Plan plan = wizard->plan();
    QCOMPARE(plan.levels.size(), englishLevels.size());
    QCOMPARE(plan.levels.at(0).name, englishLevels.at(0).name);
    QCOMPARE(plan.levels.at(0).criteria, chineseLevels.at(0).criteria);
    QCOMPARE(plan.levels.at(1).criteria, ownCriteria);
    QCOMPARE(plan.levels.at(0).response, englishLevels.at(0).response);

    // One contact edited, then Chinese again: the whole contacts table is kept, and its required
    // rows are still known by their (English) roles.
    setCell(contacts, 0, QStringLiteral("Name"), QStringLiteral("Wang"));
    selectData(languageCombo, QStringLiteral("zh_CN"));
    QList<Contact> expected = factory.defaultContacts(QStringLiteral("en"));
    expected[0].name = QStringLiteral("Wang");
    QCOMPARE(contacts->contacts(), expected);
    QCOMPARE(wizard->plan().contacts, expected);
    const QList<ReferenceData::DefaultContact> &defaults = ReferenceData::builtIn().defaultContacts;
    for (qsizetype row = 0; row < defaults.size(); ++row)
        QCOMPARE(contacts->isRowEmphasised(int(row)), defaults.at(row).required);
    QCOMPARE(responses->levels(), chineseLevels);
    QCOMPARE(levels->levels().at(0).name, chineseLevels.at(0).name);
    QCOMPARE(levels->levels().at(1).criteria, ownCriteria);

    // The wizard's level tables have their rows and names fixed: a paste fills only the criteria.
    QVERIFY(!(levels->item(0, LevelTableWidget::NameColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(levels->item(0, LevelTableWidget::CriteriaColumn)->flags() & Qt::ItemIsEditable);
    levels->setCurrentCell(0, LevelTableWidget::NameColumn);
    levels->pasteText(QStringLiteral("x\ty\tPasted\n").repeated(6));
    QCOMPARE(levels->rowCount(), chineseLevels.size());
    for (qsizetype row = 0; row < chineseLevels.size(); ++row) {
        QCOMPARE(levels->levels().at(row).name, chineseLevels.at(row).name);
        QCOMPARE(levels->levels().at(row).warningColour, chineseLevels.at(row).warningColour);
        QCOMPARE(wizard->plan().levels.at(row).criteria, QStringLiteral("Pasted"));
    }
}

void TestPlanWizard::markupIsStoredLiterally()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    auto *organisationEdit = child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit"));
    QTest::keyClicks(organisationEdit, kMarkup);
    QCOMPARE(organisationEdit->text(), kMarkup);
    nextUntil(wizard, QStringLiteral("responsePage"));
    if (QTest::currentTestFailed())
        return;
    auto *activation = child<QPlainTextEdit>(wizard, QStringLiteral("section_response_activation_PlainTextEdit"));
    QVERIFY(activation);
    activation->clear();
    QTest::keyClicks(activation, kMarkup);
    QCOMPARE(activation->toPlainText(), kMarkup);
    nextUntil(wizard, QStringLiteral("reviewPage"));
    if (QTest::currentTestFailed())
        return;
    auto *organisationLabel = child<QLabel>(wizard, QStringLiteral("reviewOrganisationLabel"));
    QCOMPARE(organisationLabel->textFormat(), Qt::PlainText);
    QCOMPARE(organisationLabel->text(), kMarkup);

    QPointer<PlanWizard> guard(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(guard.isNull());
    Result<QList<PlanSummary>> plans = PlanRepository(fixture.db).listPlans();
    QVERIFY(plans.ok());
    QCOMPARE(plans.value().size(), 1);
    Result<Plan> saved = PlanRepository(fixture.db).load(plans.value().first().id);
    QVERIFY(saved.ok());
    const Plan &plan = saved.value();
    QCOMPARE(plan.organisation, kMarkup);
    QVERIFY2(plan.title.startsWith(kMarkup) || plan.title.contains(kMarkup), qPrintable(plan.title));
    QCOMPARE(plan.sections.at(plan.sectionIndex(QStringLiteral("response.activation"))).body, kMarkup);
    // The organisation's name went into the default text as it was typed.
    const QString purpose = plan.sections.at(plan.sectionIndex(QStringLiteral("general.purpose"))).body;
    const QString expectedPurpose =
        PlanFactory().defaultSections(plan.language, kMarkup).at(plan.sectionIndex(QStringLiteral("general.purpose"))).body;
    QCOMPARE(purpose, expectedPurpose);
}

void TestPlanWizard::englishPlanHasEnglishDefaults()
{
    Fixture fixture;
    QVERIFY(fixture.open());
    PlanWizard *wizard = fixture.openWizard();
    QVERIFY(wizard);
    const QString organisation = QStringLiteral("Acme Ltd");
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("organisationLineEdit")), organisation);
    auto *languageCombo = child<QComboBox>(wizard, QStringLiteral("languageComboBox"));
    PlanFactory factory;

    // Chinese first, with one field edited by the user…
    selectData(languageCombo, QStringLiteral("zh_CN"));
    const QList<Section> chinese = factory.defaultSections(QStringLiteral("zh_CN"), organisation);
    auto *purpose = child<QPlainTextEdit>(wizard, QStringLiteral("section_general_purpose_PlainTextEdit"));
    auto *scope = child<QPlainTextEdit>(wizard, QStringLiteral("section_general_scope_PlainTextEdit"));
    QVERIFY(purpose && scope);
    QCOMPARE(scope->toPlainText(), bodyOf(chinese, QStringLiteral("general.scope")));
    QVERIFY(!scope->toPlainText().isEmpty());
    purpose->setPlainText(QStringLiteral("我们自己的编制目的。"));
    QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("titleLineEdit"))->text(),
             PlanFactory::defaultTitle(organisation, QStringLiteral("zh_CN"), PlanKind::Comprehensive, QString()));

    // …then English: every untouched section shows the English default, the edited one stays.
    selectData(languageCombo, QStringLiteral("en"));
    const QList<Section> english = factory.defaultSections(QStringLiteral("en"), organisation);
    QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("titleLineEdit"))->text(),
             PlanFactory::defaultTitle(organisation, QStringLiteral("en"), PlanKind::Comprehensive, QString()));
    int shown = 0;
    for (const Section &section : english) {
        auto *editor = wizard->findChild<QPlainTextEdit *>(
            QStringLiteral("section_%1_PlainTextEdit").arg(QString(section.key).replace(QLatin1Char('.'), QLatin1Char('_'))));
        if (!editor)
            continue;
        ++shown;
        if (section.key == QLatin1String("general.purpose"))
            QCOMPARE(editor->toPlainText(), QStringLiteral("我们自己的编制目的。"));
        else
            QCOMPARE(editor->toPlainText(), section.body);
        // Labelled with the section's title in the plan's language.
        QWidget *label = nullptr;
        for (QLabel *candidate : wizard->findChildren<QLabel *>()) {
            if (candidate->buddy() == editor)
                label = candidate;
        }
        QVERIFY2(label, qPrintable(section.key));
        QCOMPARE(static_cast<QLabel *>(label)->text(), section.title);
    }
    QVERIFY2(shown >= 30, qPrintable(QString::number(shown)));

    const Plan plan = wizard->plan();
    QCOMPARE(plan.language, QStringLiteral("en"));
    QCOMPARE(plan.sections.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(plan.sections.at(i).title, english.at(i).title);
        if (english.at(i).key != QLatin1String("general.purpose"))
            QCOMPARE(plan.sections.at(i).body, english.at(i).body);
    }
    QCOMPARE(plan.levels, factory.defaultLevels(QStringLiteral("en")));
    QCOMPARE(plan.reportingSteps, factory.reportingStepsFor(OperatorProfile::Ordinary, QStringLiteral("en")));
    QCOMPARE(plan.contacts.first().role, factory.defaultContacts(QStringLiteral("en")).first().role);
    QCOMPARE(plan.categories, factory.categoriesOf(plan.categorySetId, QStringLiteral("en")));
    QCOMPARE(plan.categorySetId, ReferenceData::builtIn().defaultCategorySet()->id);
}

void TestPlanWizard::failedSaveKeepsTheWizardOpen()
{
    PlanWizard wizard(QStringLiteral("zh_CN"));
    int saveAttempts = 0;
    bool diskFull = true;
    wizard.setSaveHandler([&](const Plan &plan) -> Result<Plan> {
        ++saveAttempts;
        if (diskFull)
            return Error{QStringLiteral("Could not save the plan: the disk is full.")};
        Plan stored = plan;
        stored.id = 42;
        return stored;
    });
    wizard.show();
    child<QLineEdit>(&wizard, QStringLiteral("organisationLineEdit"))->insert(QStringLiteral("示例能源有限公司"));
    nextUntil(&wizard, QStringLiteral("reviewPage"));
    if (QTest::currentTestFailed())
        return;

    const Plan entered = wizard.plan();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(saveAttempts, 1);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("disk is full")), qPrintable(MessageBoxes::lastText()));
    QCOMPARE(wizard.plan(), entered); // nothing the user entered is lost

    diskFull = false;
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(saveAttempts, 2);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.savedPlan().id, qint64(42));
    QCOMPARE(wizard.savedPlan().organisation, QStringLiteral("示例能源有限公司"));
}

QTEST_MAIN(TestPlanWizard)
#include "TestPlanWizard.moc"

#include "DrillItemDialog.h"

#include "DialogParts.h"
#include "RecurrenceEditor.h"
#include "core/Clock.h"
#include "tables/DrillTeamTableWidget.h"
#include "tables/InjectTableWidget.h"
#include "tables/TextListTableWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using DialogParts::formLayout;
using DialogParts::plainTextEdit;
using DialogParts::selectData;

namespace {
// A drill may run over several days (a hands-on exercise), but not for weeks.
constexpr int kMaximumDurationMinutes = 7 * 24 * 60;

// Zones offered besides the item's own and the system's: where PlanDesk's users mostly are, and UTC.
const char *const kCommonZones[] = {"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei",
                                    "Asia/Singapore", "Asia/Tokyo",   "UTC",        "Europe/London",
                                    "Europe/Berlin", "America/New_York"};

// DialogParts::tableWithButtons with the tables' tool tip, translated in this dialog's context.
QWidget *tableWithButtons(PlanTableWidget *table, const QString &caption, const QString &baseName,
                          const QString &addText, const QString &removeText, QWidget *parent)
{
    return DialogParts::tableWithButtons(table, caption, baseName, addText, removeText,
                                         DrillItemDialog::tr("Double-click a cell or press F2 to edit it. Rows copied "
                                                             "from a spreadsheet can be pasted with %1.")
                                             .arg(DialogParts::pasteShortcutText()),
                                         parent);
}

QString durationText(int minutes)
{
    if (minutes < 60)
        return QString();
    if (minutes % 60 == 0)
        return DrillItemDialog::tr("= %n hour(s)", nullptr, minutes / 60);
    return DrillItemDialog::tr("= %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}
} // namespace

DrillItemDialog::DrillItemDialog(const DrillItem &item, QWidget *parent)
    : ValidatingDialog(QStringLiteral("drillItemErrorLabel"), parent), m_item(item)
{
    setObjectName(QStringLiteral("drillItemDialog"));
    setWindowTitle(item.id == 0 ? tr("New Drill") : tr("Edit Drill"));
    setMinimumSize(820, 600);
    resize(1000, 700);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("drillItemTabWidget"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildOrganisationTab(), tr("&Organisation"));
    m_tabs->addTab(buildScenarioTab(), tr("&Scenario"));
    m_tabs->addTab(buildObjectivesTab(), tr("Ob&jectives"));
    m_recurrenceEditor = new RecurrenceEditor(m_tabs);
    auto *recurrencePage = new QWidget(m_tabs);
    recurrencePage->setObjectName(QStringLiteral("drillRecurrencePageWidget"));
    auto *recurrenceLayout = new QVBoxLayout(recurrencePage);
    recurrenceLayout->addWidget(m_recurrenceEditor);
    recurrenceLayout->addStretch(1);
    m_tabs->addTab(recurrencePage, tr("&Recurrence"));

    setSaveQuestion(tr("Save the drill?"), tr("The drill has been changed. Save the changes?"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("drillItemDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("drillItemOkPushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("drillItemCancelPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DrillItemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DrillItemDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(errorLabel());
    layout->addWidget(m_buttons);

    load(item);
    m_initialItem = this->item();

    // Every edit updates what depends on it and, while problems are shown, the problems.
    for (QLineEdit *edit : {m_titleEdit, m_placeEdit, m_departmentsEdit})
        connect(edit, &QLineEdit::textChanged, this, &DrillItemDialog::recheck);
    for (QPlainTextEdit *edit : {m_purposeEdit, m_participantsEdit, m_scenarioEdit, m_processEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &DrillItemDialog::recheck);
    for (QComboBox *combo : {m_formCombo, m_scopeCombo, m_timeZoneCombo, m_contentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabledFields();
            recheck();
        });
    connect(m_firstDateEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_recurrenceEditor->setFirstDate(date);
        recheck();
    });
    connect(m_startTimeEdit, &QTimeEdit::timeChanged, this, &DrillItemDialog::recheck);
    connect(m_durationSpin, &QSpinBox::valueChanged, this, [this] {
        updateDurationHint();
        recheck();
    });
    connect(m_budgetedCheck, &QCheckBox::toggled, this, &DrillItemDialog::recheck);
    for (PlanTableWidget *table : std::initializer_list<PlanTableWidget *>{m_teamTable, m_injectTable, m_objectiveTable,
                                                                          m_criteriaTable})
        connect(table, &PlanTableWidget::edited, this, &DrillItemDialog::recheck);
    connect(m_recurrenceEditor, &RecurrenceEditor::edited, this, &DrillItemDialog::recheck);

    m_titleEdit->setFocus(Qt::OtherFocusReason);
}

QWidget *DrillItemDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillGeneralPageWidget"));
    QFormLayout *form = formLayout();

    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(QStringLiteral("drillTitleLineEdit"));
    m_titleEdit->setMaxLength(200);
    m_titleEdit->setPlaceholderText(tr("e.g. Ransomware on the finance systems"));
    m_titleEdit->setToolTip(tr("The drill as the programme lists it (演练项目)."));
    form->addRow(tr("&Drill:"), m_titleEdit);

    m_purposeEdit = plainTextEdit(QStringLiteral("drillPurposePlainTextEdit"), 3, page);
    m_purposeEdit->setPlaceholderText(tr("What the drill is to test or train, and what it requires"));
    form->addRow(tr("&Purpose and requirements:"), m_purposeEdit);

    m_formCombo = new QComboBox(page);
    m_formCombo->setObjectName(QStringLiteral("drillFormComboBox"));
    for (DrillForm value : allDrillForms())
        m_formCombo->addItem(QCoreApplication::translate("DrillForm", drillFormSourceText(value)), drillFormKey(value));
    m_formCombo->setToolTip(tr("A tabletop exercise talks the scenario through; a hands-on drill works on real or "
                               "test systems; a demonstration drill shows a rehearsed response."));
    form->addRow(tr("&Form:"), m_formCombo);

    m_scopeCombo = new QComboBox(page);
    m_scopeCombo->setObjectName(QStringLiteral("drillScopeComboBox"));
    for (DrillScope value : allDrillScopes())
        m_scopeCombo->addItem(QCoreApplication::translate("DrillScope", drillScopeSourceText(value)),
                              drillScopeKey(value));
    form->addRow(tr("S&cope:"), m_scopeCombo);

    // Date, start and duration on one line: they are read together.
    m_firstDateEdit = DialogParts::dateEdit(QStringLiteral("drillFirstDateEdit"), page);
    m_firstDateEdit->setToolTip(tr("The planned date of the first drill; the recurrence counts from it."));
    m_startTimeEdit = new QTimeEdit(page);
    m_startTimeEdit->setObjectName(QStringLiteral("drillStartTimeEdit"));
    m_startTimeEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_durationSpin = new QSpinBox(page);
    m_durationSpin->setObjectName(QStringLiteral("drillDurationSpinBox"));
    m_durationSpin->setRange(5, kMaximumDurationMinutes);
    m_durationSpin->setSingleStep(15);
    m_durationSpin->setSuffix(tr(" min"));
    m_durationSpin->setToolTip(tr("How long the drill takes, in minutes."));
    m_durationHint = new QLabel(page);
    m_durationHint->setObjectName(QStringLiteral("drillDurationHintLabel"));
    m_durationHint->setForegroundRole(QPalette::PlaceholderText);
    auto *startLabel = new QLabel(tr("Star&t:"), page);
    startLabel->setBuddy(m_startTimeEdit);
    auto *durationLabel = new QLabel(tr("D&uration:"), page);
    durationLabel->setBuddy(m_durationSpin);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_firstDateEdit);
    whenRow->addSpacing(16);
    whenRow->addWidget(startLabel);
    whenRow->addWidget(m_startTimeEdit);
    whenRow->addSpacing(16);
    whenRow->addWidget(durationLabel);
    whenRow->addWidget(m_durationSpin);
    whenRow->addWidget(m_durationHint);
    whenRow->addStretch(1);
    auto *dateLabel = new QLabel(tr("First d&ate:"), page);
    dateLabel->setBuddy(m_firstDateEdit);
    form->addRow(dateLabel, whenRow);

    m_timeZoneCombo = new QComboBox(page);
    m_timeZoneCombo->setObjectName(QStringLiteral("drillTimeZoneComboBox"));
    m_timeZoneCombo->setToolTip(tr("The time zone of the date and start time, as calendars will show them."));
    m_timeZoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_timeZoneCombo);
    zoneRow->addStretch(1);
    auto *zoneLabel = new QLabel(tr("Time &zone:"), page);
    zoneLabel->setBuddy(m_timeZoneCombo);
    form->addRow(zoneLabel, zoneRow);

    m_placeEdit = new QLineEdit(page);
    m_placeEdit->setObjectName(QStringLiteral("drillPlaceLineEdit"));
    m_placeEdit->setMaxLength(200);
    m_placeEdit->setPlaceholderText(tr("e.g. Meeting room 3, or the disaster recovery site"));
    form->addRow(tr("P&lace:"), m_placeEdit);

    m_budgetedCheck = new QCheckBox(tr("The cost of the drill is in the &budget"), page);
    m_budgetedCheck->setObjectName(QStringLiteral("drillBudgetedCheckBox"));
    m_budgetedCheck->setToolTip(tr("Next year's drill programme should be budgeted when it is drawn up."));
    form->addRow(tr("Budget:"), m_budgetedCheck);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1); // the rows keep their height; the space left goes below them
    return page;
}

QWidget *DrillItemDialog::buildOrganisationTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillOrganisationPageWidget"));
    QFormLayout *form = formLayout();

    m_departmentsEdit = new QLineEdit(page);
    m_departmentsEdit->setObjectName(QStringLiteral("drillDepartmentsLineEdit"));
    m_departmentsEdit->setPlaceholderText(tr("e.g. IT department, security office, finance department"));
    m_departmentsEdit->setToolTip(tr("The organisations or departments taking part (参演机构或部门)."));
    form->addRow(tr("Participating &departments:"), m_departmentsEdit);

    m_participantsEdit = plainTextEdit(QStringLiteral("drillParticipantsPlainTextEdit"), 3, page);
    m_participantsEdit->setPlaceholderText(tr("Who is expected to take part; the sign-in sheet is kept in the record"));
    form->addRow(tr("Partic&ipants:"), m_participantsEdit);

    m_teamTable = new DrillTeamTableWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(tableWithButtons(m_teamTable, tr("Drill organisatio&n (teams, units and duties):"),
                                       QStringLiteral("DrillTeam"), tr("Add T&eam Member"), tr("Remove Team Member"),
                                       page),
                      1);
    return page;
}

QWidget *DrillItemDialog::buildScenarioTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillScenarioPageWidget"));
    QFormLayout *form = formLayout();

    m_contentCombo = new QComboBox(page);
    m_contentCombo->setObjectName(QStringLiteral("drillContentComboBox"));
    for (DrillContent value : allDrillContents())
        m_contentCombo->addItem(QCoreApplication::translate("DrillContent", drillContentSourceText(value)),
                                drillContentKey(value));
    m_contentCombo->setToolTip(tr("A comprehensive drill exercises the whole plan; a special drill one scenario or "
                                  "function."));
    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_contentCombo);
    contentRow->addStretch(1);
    auto *contentLabel = new QLabel(tr("&Content:"), page);
    contentLabel->setBuddy(m_contentCombo);
    form->addRow(contentLabel, contentRow);

    m_scenarioEdit = plainTextEdit(QStringLiteral("drillScenarioPlainTextEdit"), 3, page);
    form->addRow(tr("Sce&nario:"), m_scenarioEdit);

    m_processEdit = plainTextEdit(QStringLiteral("drillProcessPlainTextEdit"), 4, page);
    m_processEdit->setPlaceholderText(tr("The stages of the drill: briefing, injects, response, debriefing"));
    m_processEdit->setToolTip(tr("How the drill is run (演练过程安排), as the programme lists it."));
    form->addRow(tr("Course of the dri&ll:"), m_processEdit);

    m_injectTable = new InjectTableWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(tableWithButtons(m_injectTable, tr("&Injects (minutes after the start):"),
                                       QStringLiteral("Inject"), tr("&Add Inject"), tr("Remove Inject"), page),
                      1);
    return page;
}

QWidget *DrillItemDialog::buildObjectivesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillObjectivesPageWidget"));
    m_objectiveTable =
        new TextListTableWidget(QStringLiteral("drillObjectivesTableWidget"), tr("Objective"), page);
    m_criteriaTable =
        new TextListTableWidget(QStringLiteral("drillCriteriaTableWidget"), tr("Evaluation criterion"), page);
    auto *hint = new QLabel(tr("Each objective is judged in the drill record as met, partly met or not met."), page);
    hint->setObjectName(QStringLiteral("drillObjectivesHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *tables = new QHBoxLayout;
    tables->addWidget(tableWithButtons(m_objectiveTable, tr("Objecti&ves:"), QStringLiteral("DrillObjective"),
                                       tr("&Add Objective"), tr("Remove Objective"), page),
                      1);
    tables->addSpacing(12);
    tables->addWidget(tableWithButtons(m_criteriaTable, tr("&Evaluation criteria:"), QStringLiteral("DrillCriterion"),
                                       tr("Add &Criterion"), tr("Remove Criterion"), page),
                      1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addLayout(tables, 1);
    return page;
}

void DrillItemDialog::load(const DrillItem &item)
{
    m_titleEdit->setText(item.title);
    m_purposeEdit->setPlainText(item.purpose);
    selectData(m_formCombo, drillFormKey(item.form));
    selectData(m_scopeCombo, drillScopeKey(item.scope));
    m_firstDateEdit->setDate(item.firstDate.isValid() ? item.firstDate : Clock::today());
    m_startTimeEdit->setTime(item.startTime.isValid() ? item.startTime : QTime(9, 0));
    m_durationSpin->setValue(item.durationMinutes);

    // The item's zone first (kept even if this system does not know it), then the system's, then
    // the common ones.
    QList<QByteArray> zones{item.timeZoneId.isEmpty() ? DrillItem::defaultTimeZoneId() : item.timeZoneId};
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    if (!systemZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(systemZone))
        zones << systemZone;
    for (const char *zone : kCommonZones)
        if (QTimeZone::isTimeZoneIdAvailable(zone))
            zones << QByteArray(zone);
    m_timeZoneCombo->clear();
    for (const QByteArray &zone : std::as_const(zones)) {
        if (m_timeZoneCombo->findData(zone) >= 0)
            continue;
        m_timeZoneCombo->addItem(QString::fromLatin1(zone), zone);
        const QTimeZone timeZone(zone);
        if (timeZone.isValid())
            m_timeZoneCombo->setItemData(m_timeZoneCombo->count() - 1,
                                         timeZone.displayName(QTimeZone::StandardTime, QTimeZone::LongName),
                                         Qt::ToolTipRole);
    }
    m_timeZoneCombo->setCurrentIndex(0);

    m_placeEdit->setText(item.place);
    m_budgetedCheck->setChecked(item.budgeted);
    m_departmentsEdit->setText(item.departments);
    m_participantsEdit->setPlainText(item.participants);
    m_teamTable->setTeams(item.teams);
    selectData(m_contentCombo, drillContentKey(item.content));
    m_scenarioEdit->setPlainText(item.scenario);
    m_processEdit->setPlainText(item.process);
    m_injectTable->setInjects(item.injects);
    m_objectiveTable->setTexts(item.objectives);
    m_criteriaTable->setTexts(item.evaluationCriteria);
    m_recurrenceEditor->setFirstDate(m_firstDateEdit->date());
    m_recurrenceEditor->setRule(item.recurrence);
    updateDurationHint();
    updateEnabledFields();
}

DrillItem DrillItemDialog::item() const
{
    DrillItem item = m_item;
    item.title = m_titleEdit->text().trimmed();
    item.purpose = m_purposeEdit->toPlainText().trimmed();
    item.form = drillFormFromKey(m_formCombo->currentData().toString()).value_or(DrillForm::Tabletop);
    item.content = drillContentFromKey(m_contentCombo->currentData().toString()).value_or(DrillContent::Comprehensive);
    // A comprehensive drill has no scenario of its own; text left in the disabled field is not kept.
    item.scenario = item.content == DrillContent::Special ? m_scenarioEdit->toPlainText().trimmed() : QString();
    item.scope = drillScopeFromKey(m_scopeCombo->currentData().toString()).value_or(DrillScope::Organisation);
    item.firstDate = m_firstDateEdit->date();
    item.startTime = m_startTimeEdit->time();
    item.durationMinutes = m_durationSpin->value();
    item.timeZoneId = m_timeZoneCombo->currentData().toByteArray();
    item.place = m_placeEdit->text().trimmed();
    item.departments = m_departmentsEdit->text().trimmed();
    item.participants = m_participantsEdit->toPlainText().trimmed();
    item.process = m_processEdit->toPlainText().trimmed();
    item.budgeted = m_budgetedCheck->isChecked();
    item.teams = m_teamTable->teams();
    item.objectives = m_objectiveTable->texts();
    item.injects = m_injectTable->injects();
    item.evaluationCriteria = m_criteriaTable->texts();
    item.recurrence = m_recurrenceEditor->rule();
    return item;
}

bool DrillItemDialog::hasChanges() const
{
    return item() != m_initialItem;
}

void DrillItemDialog::commitPendingEdits()
{
    for (PlanTableWidget *table : std::initializer_list<PlanTableWidget *>{m_teamTable, m_injectTable, m_objectiveTable,
                                                                          m_criteriaTable})
        table->commitPendingEdit();
}

QStringList DrillItemDialog::validationProblems() const
{
    return item().validationProblems();
}

void DrillItemDialog::focusFirstProblem()
{
    const DrillItem item = this->item();
    auto show = [this](Tab tab, QWidget *field) {
        m_tabs->setCurrentIndex(tab);
        if (field)
            field->setFocus(Qt::OtherFocusReason);
    };
    // In the order DrillItem lists its problems.
    if (item.title.isEmpty())
        show(GeneralTab, m_titleEdit);
    else if (item.content == DrillContent::Special && item.scenario.isEmpty())
        show(ScenarioTab, m_scenarioEdit);
    else if (!item.recurrence.validationProblems(item.firstDate).isEmpty())
        show(RecurrenceTab, m_recurrenceEditor);
}

void DrillItemDialog::updateEnabledFields()
{
    const bool special = m_contentCombo->currentData().toString() == drillContentKey(DrillContent::Special);
    m_scenarioEdit->setEnabled(special);
    m_scenarioEdit->setPlaceholderText(special ? tr("The scenario the drill plays through, e.g. ransomware "
                                                    "encrypts the file servers on a Monday morning")
                                               : tr("Only a special drill has a scenario of its own."));
}

void DrillItemDialog::updateDurationHint()
{
    m_durationHint->setText(durationText(m_durationSpin->value()));
}

QString DrillItemDialog::save()
{
    DrillItem edited = item();
    if (m_saveHandler) {
        Result<DrillItem> saved = m_saveHandler(edited);
        if (!saved)
            return tr("The drill was not saved: %1").arg(saved.errorMessage());
        edited = saved.value();
    }
    m_savedItem = edited;
    return QString();
}

#include "DeclareIncidentDialog.h"

#include "DueReportText.h"
#include "IncidentWording.h"
#include "core/Clock.h"
#include "core/domain/DrillItem.h"
#include "core/incident/IncidentChecklist.h"
#include "core/incident/IncidentClassifier.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "drills/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLineEdit *numberEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    auto *validator = new QDoubleValidator(0, 1e15, 1, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    edit->setClearButtonEnabled(true);
    return edit;
}

template<typename T>
std::optional<T> numberIn(const QLineEdit *edit)
{
    bool ok = false;
    const double value = QLocale().toDouble(edit->text().trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return T(value);
}

} // namespace

DeclareIncidentDialog::DeclareIncidentDialog(const Plan &plan, QWidget *parent)
    : ValidatingDialog(QStringLiteral("declareIncidentErrorLabel"), parent), m_plan(plan)
{
    setObjectName(QStringLiteral("declareIncidentDialog"));
    setWindowTitle(tr("Declare an Incident — %1").arg(plan.title));
    setMinimumSize(760, 520);
    resize(1040, 660);

    auto *intro = wrappingLabel(QStringLiteral("declareIncidentIntroLabel"), this);
    intro->setText(tr("Declaring an incident activates the plan (Cybersecurity Law Art. 27; "
                      "Art. 25 before the 2025 amendment) and starts the reporting clock of the Measures for "
                      "Reporting Cybersecurity Incidents from the time of discovery."));

    auto *columns = new QWidget(this);
    auto *columnsLayout = new QHBoxLayout(columns);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(buildFactsColumn(), 1);
    columnsLayout->addWidget(buildLevelColumn(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("declareIncidentScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columns);

    auto *deadlineBox = new QGroupBox(tr("Reports due"), this);
    auto *deadlineLayout = new QVBoxLayout(deadlineBox);
    m_deadlineLabel = wrappingLabel(QStringLiteral("declareIncidentDeadlineLabel"), deadlineBox);
    deadlineLayout->addWidget(m_deadlineLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare Incident"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("declareIncidentOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(deadlineBox);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    setSaveQuestion(tr("Declare the incident?"), tr("The incident has not been declared yet. Declare it now?"));
    updateLevelCriteria();
    updateDeadlines();
    m_initial = incident();
}

QWidget *DeclareIncidentDialog::buildFactsColumn()
{
    auto *box = new QGroupBox(tr("What happened"));
    QFormLayout *form = DialogParts::formLayout();
    box->setLayout(form);

    m_drillCheck = new QCheckBox(tr("This is a d&rill: every printed page says 演练 (exercise)"), box);
    m_drillCheck->setObjectName(QStringLiteral("incidentDrillCheckBox"));
    form->addRow(m_drillCheck);

    m_zoneCombo = new QComboBox(box);
    m_zoneCombo->setObjectName(QStringLiteral("incidentTimeZoneComboBox"));
    QList<QByteArray> zones{DrillItem::defaultTimeZoneId(), QByteArrayLiteral("Asia/Shanghai"),
                            QTimeZone::systemTimeZoneId(), QByteArrayLiteral("UTC")};
    for (const QByteArray &zone : zones) {
        if (QTimeZone(zone).isValid() && m_zoneCombo->findData(zone) < 0)
            m_zoneCombo->addItem(QString::fromUtf8(zone), zone);
    }
    m_discoveredEdit = new QDateTimeEdit(box);
    m_discoveredEdit->setObjectName(QStringLiteral("incidentDiscoveredDateTimeEdit"));
    m_discoveredEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_discoveredEdit->setCalendarPopup(true);
    const QDateTime now = Clock::now().toTimeZone(QTimeZone(m_zoneCombo->currentData().toByteArray()));
    m_discoveredEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    auto *when = new QWidget(box);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_discoveredEdit, 1);
    whenLayout->addWidget(m_zoneCombo);
    auto *whenLabel = new QLabel(tr("Disco&vered at:"), box);
    whenLabel->setBuddy(m_discoveredEdit);
    form->addRow(whenLabel, when);

    m_placeEdit = new QLineEdit(box);
    m_placeEdit->setObjectName(QStringLiteral("incidentPlaceLineEdit"));
    m_placeEdit->setMaxLength(200);
    form->addRow(tr("&Place:"), m_placeEdit);

    m_systemsEdit = DialogParts::plainTextEdit(QStringLiteral("incidentSystemsPlainTextEdit"), 3, box);
    form->addRow(tr("Affected &systems:"), m_systemsEdit);

    m_categoryCombo = new QComboBox(box);
    m_categoryCombo->setObjectName(QStringLiteral("incidentCategoryComboBox"));
    for (const IncidentCategory &category : m_plan.categories)
        m_categoryCombo->addItem(QStringLiteral("%1 (%2)").arg(category.name, category.code), category.code);
    form->addRow(tr("Ca&tegory:"), m_categoryCombo);

    m_crimeCheck = new QCheckBox(tr("A &crime is suspected: tell the police promptly"), box);
    m_crimeCheck->setObjectName(QStringLiteral("incidentCrimeCheckBox"));
    form->addRow(m_crimeCheck);

    m_ciiSystemCheck = new QCheckBox(tr("C&II systems are affected (else the ordinary 4-hour route applies)"), box);
    m_ciiSystemCheck->setObjectName(QStringLiteral("incidentCiiSystemCheckBox"));
    m_ciiSystemCheck->setChecked(true);
    m_ciiSystemCheck->setVisible(m_plan.profile == OperatorProfile::CriticalInfrastructure);
    form->addRow(m_ciiSystemCheck);

    // The form keeps its natural height; the level column beside it may be taller.
    auto *column = new QWidget;
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(box);
    columnLayout->addStretch(1);

    for (QCheckBox *check : {m_drillCheck, m_crimeCheck, m_ciiSystemCheck})
        connect(check, &QCheckBox::toggled, this, [this] { updateDeadlines(); recheck(); });
    connect(m_discoveredEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { updateDeadlines(); recheck(); });
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this, [this] { updateDeadlines(); recheck(); });
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
    connect(m_placeEdit, &QLineEdit::textChanged, this, [this] { recheck(); });
    connect(m_systemsEdit, &QPlainTextEdit::textChanged, this, [this] { recheck(); });
    return column;
}

QWidget *DeclareIncidentDialog::buildLevelColumn()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *levelBox = new QGroupBox(tr("Level"), column);
    auto *levelLayout = new QVBoxLayout(levelBox);
    m_levelCombo = new QComboBox(levelBox);
    m_levelCombo->setObjectName(QStringLiteral("incidentLevelComboBox"));
    for (const IncidentLevel &level : m_plan.levels)
        m_levelCombo->addItem(IncidentWording::level(&m_plan, level.code), level.code);
    DialogParts::selectData(m_levelCombo, QStringLiteral("III"));
    auto *levelLabel = new QLabel(tr("&Level:"), levelBox);
    levelLabel->setBuddy(m_levelCombo);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(levelLabel);
    levelRow->addWidget(m_levelCombo, 1);
    levelLayout->addLayout(levelRow);
    m_criteriaLabel = wrappingLabel(QStringLiteral("incidentLevelCriteriaLabel"), levelBox);
    levelLayout->addWidget(m_criteriaLabel);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateLevelCriteria();
        updateDeadlines();
        recheck();
    });
    layout->addWidget(levelBox);

    auto *classifierBox = new QGroupBox(tr("Help me grade it"), column);
    classifierBox->setObjectName(QStringLiteral("incidentClassifierGroupBox"));
    // Wrapped labels stay outside the form: a spanning form row gives them one line's height.
    auto *classifierLayout = new QVBoxLayout(classifierBox);
    QFormLayout *form = DialogParts::formLayout();
    auto *hint = wrappingLabel(QStringLiteral("incidentClassifierHintLabel"), classifierBox);
    hint->setText(tr("Answer what is known (leave the rest empty); PlanDesk suggests the level the grading "
                     "annex's thresholds give. Harm to national security or to important data is not counted: "
                     "you decide."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    classifierLayout->addWidget(hint);
    classifierLayout->addLayout(form);
    m_fullOutageEdit = numberEdit(QStringLiteral("classifierFullOutageLineEdit"), classifierBox);
    form->addRow(tr("CII fully interrupted (hours):"), m_fullOutageEdit);
    m_mainFunctionOutageEdit = numberEdit(QStringLiteral("classifierMainFunctionOutageLineEdit"), classifierBox);
    form->addRow(tr("CII main function interrupted (hours):"), m_mainFunctionOutageEdit);
    m_peopleEdit = numberEdit(QStringLiteral("classifierPeopleLineEdit"), classifierBox);
    form->addRow(tr("People whose personal information leaked:"), m_peopleEdit);
    m_lossEdit = numberEdit(QStringLiteral("classifierLossLineEdit"), classifierBox);
    form->addRow(tr("Direct economic loss (yuan):"), m_lossEdit);
    auto *suggestButton = new QPushButton(tr("Su&ggest a Level"), classifierBox);
    suggestButton->setObjectName(QStringLiteral("classifierSuggestPushButton"));
    m_useSuggestionButton = new QPushButton(tr("&Use It"), classifierBox);
    m_useSuggestionButton->setObjectName(QStringLiteral("classifierUsePushButton"));
    m_useSuggestionButton->setEnabled(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(suggestButton);
    buttonRow->addWidget(m_useSuggestionButton);
    buttonRow->addStretch(1);
    classifierLayout->addLayout(buttonRow);
    m_suggestionLabel = wrappingLabel(QStringLiteral("classifierSuggestionLabel"), classifierBox);
    classifierLayout->addWidget(m_suggestionLabel);
    connect(suggestButton, &QPushButton::clicked, this, &DeclareIncidentDialog::suggestLevel);
    connect(m_useSuggestionButton, &QPushButton::clicked, this, &DeclareIncidentDialog::useSuggestedLevel);
    layout->addWidget(classifierBox);
    layout->addStretch(1);
    return column;
}

void DeclareIncidentDialog::setDrill(qint64 drillItemId, qint64 drillRecordId)
{
    m_drillItemId = drillItemId;
    m_drillRecordId = drillRecordId;
    m_drillCheck->setChecked(true);
    m_drillCheck->setEnabled(false);
    setWindowTitle(tr("Rehearse an Incident — %1").arg(m_plan.title));
    m_initial = incident();
}

void DeclareIncidentDialog::updateLevelCriteria()
{
    const QString code = m_levelCombo->currentData().toString();
    for (const IncidentLevel &level : m_plan.levels) {
        if (level.code == code) {
            //: The plan's grading criteria of the level chosen. %1 the criteria.
            m_criteriaLabel->setText(level.criteria.trimmed().isEmpty()
                                         ? tr("The plan gives no criteria for this level.")
                                         : tr("The plan's criteria: %1").arg(level.criteria.trimmed()));
            return;
        }
    }
    m_criteriaLabel->clear();
}

void DeclareIncidentDialog::suggestLevel()
{
    IncidentClassifier::Answers answers;
    answers.ciiFullOutageHours = numberIn<double>(m_fullOutageEdit);
    answers.ciiMainFunctionOutageHours = numberIn<double>(m_mainFunctionOutageEdit);
    answers.peopleAffected = numberIn<qint64>(m_peopleEdit);
    answers.directLossYuan = numberIn<qint64>(m_lossEdit);
    const IncidentClassifier::Suggestion suggestion =
        IncidentClassifier::suggest(answers, IncidentDeadlineRules::builtIn());
    m_suggestedLevel = suggestion.levelCode;
    const QString levelText = IncidentWording::level(&m_plan, m_suggestedLevel);
    m_suggestionLabel->setText(tr("Suggested: %1.").arg(levelText) + QLatin1Char('\n')
                               + suggestion.reasons.join(QLatin1Char('\n')));
    m_useSuggestionButton->setEnabled(m_levelCombo->findData(m_suggestedLevel) >= 0);
}

void DeclareIncidentDialog::useSuggestedLevel()
{
    DialogParts::selectData(m_levelCombo, m_suggestedLevel);
}

void DeclareIncidentDialog::updateDeadlines()
{
    const Incident current = incident();
    const IncidentDeadlines::Schedule schedule =
        IncidentDeadlines::compute(IncidentDeadlines::factsOf(current, m_plan.profile), IncidentDeadlineRules::builtIn());
    QStringList lines;
    if (!schedule.reportable)
        lines << IncidentDeadlines::nothingDueText();
    for (const DueReport &due : schedule.reports)
        lines << QStringLiteral("• ") + DueReportText::describe(due, current);
    m_deadlineLabel->setText(lines.join(QLatin1Char('\n')));
}

Incident DeclareIncidentDialog::incident() const
{
    Incident incident;
    incident.planId = m_plan.id;
    incident.drill = m_drillCheck->isChecked();
    incident.drillItemId = incident.drill ? m_drillItemId : 0;
    incident.drillRecordId = incident.drill ? m_drillRecordId : 0;
    incident.timeZoneId = m_zoneCombo->currentData().toByteArray();
    const QDateTime shown = m_discoveredEdit->dateTime();
    incident.discoveredAt = QDateTime(shown.date(), shown.time(), QTimeZone(incident.timeZoneId));
    incident.place = m_placeEdit->text().trimmed();
    incident.affectedSystems = m_systemsEdit->toPlainText().trimmed();
    incident.categoryCode = m_categoryCombo->currentData().toString();
    incident.levelCode = m_levelCombo->currentData().toString();
    incident.crimeSuspected = m_crimeCheck->isChecked();
    incident.ciiSystem = m_plan.profile != OperatorProfile::CriticalInfrastructure || m_ciiSystemCheck->isChecked();
    incident.checklist = IncidentChecklist::fromPlan(m_plan, incident.levelCode);
    return incident;
}

bool DeclareIncidentDialog::hasChanges() const
{
    Incident now = incident();
    Incident initial = m_initial;
    // The clock moves; what counts is what the user typed.
    return now.place != initial.place || now.affectedSystems != initial.affectedSystems
        || now.categoryCode != initial.categoryCode || now.levelCode != initial.levelCode
        || now.crimeSuspected != initial.crimeSuspected || now.drill != initial.drill
        || now.discoveredAt != initial.discoveredAt || now.ciiSystem != initial.ciiSystem;
}

QStringList DeclareIncidentDialog::validationProblems() const
{
    const Incident current = incident();
    QStringList problems;
    if (m_plan.categories.isEmpty())
        problems << tr("The plan lists no incident categories: add them in the plan first.");
    if (m_plan.levels.isEmpty())
        problems << tr("The plan defines no incident levels: add them in the plan first.");
    if (current.place.isEmpty())
        problems << tr("Say where the incident happened.");
    if (current.affectedSystems.isEmpty())
        problems << tr("Name the affected systems.");
    if (current.discoveredAt.isValid() && current.discoveredAt > Clock::nowUtc().addSecs(5 * 60))
        problems << tr("The time of discovery lies in the future.");
    for (const QString &problem : current.validationProblems()) {
        if (!problems.contains(problem))
            problems << problem;
    }
    return problems;
}

void DeclareIncidentDialog::focusFirstProblem()
{
    if (m_placeEdit->text().trimmed().isEmpty())
        m_placeEdit->setFocus();
    else if (m_systemsEdit->toPlainText().trimmed().isEmpty())
        m_systemsEdit->setFocus();
    else
        m_discoveredEdit->setFocus();
}

QString DeclareIncidentDialog::save()
{
    Incident incident = this->incident();
    incident.log.append(IncidentLogEntry{0, Clock::nowUtc(),
                                         incident.drill ? tr("Drill incident declared; plan activated.")
                                                        : tr("Incident declared; plan activated."),
                                         QString()});
    if (!m_saveHandler) {
        m_savedIncident = incident;
        return QString();
    }
    Result<Incident> saved = m_saveHandler(incident);
    if (!saved)
        return saved.errorMessage();
    m_savedIncident = saved.value();
    return QString();
}

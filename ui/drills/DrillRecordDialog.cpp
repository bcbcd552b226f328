#include "DrillRecordDialog.h"

#include "DialogParts.h"
#include "editor/OptionalDateEdit.h"
#include "tables/CorrectiveActionTableWidget.h"
#include "tables/ObjectiveResultTableWidget.h"
#include "tables/ParticipantTableWidget.h"
#include "tables/TextListTableWidget.h"
#include "tables/TimelineTableWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

using DialogParts::formLayout;
using DialogParts::plainTextEdit;
using DialogParts::problemLabel;

namespace {
QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(200);
    return edit;
}

QLabel *hintLabel(const QString &name, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// DialogParts::tableWithButtons with the tables' tool tip, translated in this dialog's context.
QWidget *tableWithButtons(PlanTableWidget *table, const QString &caption, const QString &baseName,
                          const QString &addText, const QString &removeText, QWidget *parent,
                          QPushButton *extra = nullptr)
{
    return DialogParts::tableWithButtons(table, caption, baseName, addText, removeText,
                                         DrillRecordDialog::tr("Double-click a cell or press F2 to edit it. Rows "
                                                               "copied from a spreadsheet can be pasted with %1.")
                                             .arg(DialogParts::pasteShortcutText()),
                                         parent, extra);
}

QTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}
} // namespace

DrillRecordDialog::DrillRecordDialog(const Plan &plan, const DrillItem &item, const DrillRecord &record, QWidget *parent)
    : ValidatingDialog(QStringLiteral("drillRecordErrorLabel"), parent), m_item(item), m_record(record)
{
    setObjectName(QStringLiteral("drillRecordDialog"));
    setWindowTitle(tr("Drill Record — %1").arg(item.title));
    setMinimumSize(820, 600);
    resize(1000, 700);

    // Which drill this records, above the tabs, so it stays in view on every tab.
    const QDate planned = record.occurrenceDate.isValid() ? record.occurrenceDate : record.heldOn;
    auto *header = new QLabel(tr("%1 — planned for %2").arg(item.title, planned.toString(Qt::ISODate)), this);
    header->setObjectName(QStringLiteral("drillRecordHeaderLabel"));
    header->setTextFormat(Qt::PlainText);
    header->setWordWrap(true);
    QFont headerFont = header->font();
    headerFont.setBold(true);
    header->setFont(headerFont);
    auto *planLabel = hintLabel(QStringLiteral("drillRecordPlanLabel"), tr("Plan: %1").arg(plan.title), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("drillRecordTabWidget"));
    m_tabs->addTab(buildBasicsTab(), tr("&Basics"));
    m_tabs->addTab(buildParticipantsTab(), tr("&Participants"));
    m_tabs->addTab(buildTimelineTab(), tr("Scenario && &timeline"));
    m_tabs->addTab(buildObjectivesTab(), tr("&Objectives"));
    m_tabs->addTab(buildFindingsTab(), tr("&Findings"));
    m_tabs->addTab(buildCorrectiveActionsTab(), tr("&Corrective actions"));
    m_tabs->addTab(buildRevisionTab(), tr("Plan re&vision"));

    setSaveQuestion(tr("Save the drill record?"), tr("The drill record has been changed. Save the changes?"));

    auto *printRecordButton = new QPushButton(tr("Print &Record…"), this);
    printRecordButton->setObjectName(QStringLiteral("printRecordPushButton"));
    printRecordButton->setToolTip(tr("Print the record (演练记录) as it is shown here."));
    auto *printSummaryButton = new QPushButton(tr("Print Su&mmary Report…"), this);
    printSummaryButton->setObjectName(QStringLiteral("printSummaryPushButton"));
    printSummaryButton->setToolTip(tr("Print the summary report (总结报告) as it is shown here."));
    auto *printBlankButton = new QPushButton(tr("Print B&lank Form…"), this);
    printBlankButton->setObjectName(QStringLiteral("printBlankFormPushButton"));
    printBlankButton->setToolTip(tr("Print an empty record form of this drill, to fill in by hand during the drill."));
    connect(printRecordButton, &QPushButton::clicked, this, [this] {
        commitPendingEdits();
        emit printRecordRequested(this->record());
    });
    connect(printSummaryButton, &QPushButton::clicked, this, [this] {
        commitPendingEdits();
        emit printSummaryRequested(this->record());
    });
    connect(printBlankButton, &QPushButton::clicked, this, &DrillRecordDialog::printBlankFormRequested);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("drillRecordDialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("drillRecordSavePushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("drillRecordCancelPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DrillRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DrillRecordDialog::reject);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(printRecordButton);
    buttonRow->addWidget(printSummaryButton);
    buttonRow->addWidget(printBlankButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(planLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(errorLabel());
    layout->addLayout(buttonRow);

    DrillRecord shown = record;
    // A new record is usually organised by the plan's organisation.
    if (shown.id == 0 && shown.organiser.isEmpty())
        shown.organiser = plan.organisation;
    load(shown);
    m_initialRecord = this->record();

    for (QLineEdit *edit : {m_placeEdit, m_organiserEdit, m_recorderEdit, m_responsibleEdit})
        connect(edit, &QLineEdit::textChanged, this, &DrillRecordDialog::recheck);
    for (QPlainTextEdit *edit : {m_scenarioEdit, m_overviewEdit, m_lessonsEdit, m_conclusionEdit, m_revisionNoteEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &DrillRecordDialog::recheck);
    connect(m_heldOnEdit, &QDateEdit::dateChanged, this, &DrillRecordDialog::recheck);
    for (QTimeEdit *edit : {m_startTimeEdit, m_endTimeEdit})
        connect(edit, &QTimeEdit::timeChanged, this, &DrillRecordDialog::recheck);
    for (PlanTableWidget *table : std::initializer_list<PlanTableWidget *>{
             m_participantTable, m_timelineTable, m_objectiveTable, m_problemTable, m_actionTable})
        connect(table, &PlanTableWidget::edited, this, &DrillRecordDialog::recheck);
    connect(m_revisionCheck, &QCheckBox::toggled, this, [this] {
        updateEnabledFields();
        recheck();
    });
    connect(m_revisedOnEdit, &OptionalDateEdit::dateEdited, this, &DrillRecordDialog::recheck);

    connect(m_participantTable, &ParticipantTableWidget::pasteChecked, this, &DrillRecordDialog::showPasteMessage);
    connect(m_participantTable, &PlanTableWidget::edited, this, [this] {
        // Once the user fixes what a paste found, the note goes; the blank rows it left out are old news.
        if (!m_pasteMessageLabel->isHidden())
            showPasteMessage(m_participantTable->duplicateMessages().join(QLatin1Char(' ')));
    });
}

DrillRecord DrillRecordDialog::newRecordFor(const DrillItem &item, const QDate &occurrenceDate)
{
    DrillRecord record;
    record.drillItemId = item.id;
    record.planId = item.planId;
    record.occurrenceDate = occurrenceDate;
    record.heldOn = occurrenceDate;
    record.startTime = item.startTime;
    if (item.startTime.isValid()) {
        // The planned end; a drill running past midnight is recorded as ending at 23:59 of the day.
        const int endMinute = qMin(item.startTime.msecsSinceStartOfDay() / 60000 + qMax(0, item.durationMinutes),
                                   23 * 60 + 59);
        record.endTime = QTime::fromMSecsSinceStartOfDay(endMinute * 60000);
    }
    record.place = item.place;
    record.scenarioAsRun = item.scenario;
    for (const QString &objective : item.objectives)
        record.objectives << ObjectiveResult{objective, ObjectiveRating::NotJudged, QString()};
    for (const DrillInject &inject : item.injects) {
        DrillTimelineEntry entry;
        entry.time = item.startTime.isValid() ? item.startTime.addSecs(qint64(inject.offsetMinutes) * 60) : QTime();
        entry.event = inject.description;
        record.timeline << entry;
    }
    return record;
}

QWidget *DrillRecordDialog::buildBasicsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordBasicsPageWidget"));
    QFormLayout *form = formLayout();

    m_heldOnEdit = DialogParts::dateEdit(QStringLiteral("heldOnDateEdit"), page);
    m_heldOnEdit->setToolTip(tr("The day the drill was actually held; it may differ from the planned date."));
    m_startTimeEdit = timeEdit(QStringLiteral("drillRecordStartTimeEdit"), page);
    m_endTimeEdit = timeEdit(QStringLiteral("drillRecordEndTimeEdit"), page);
    auto *startLabel = new QLabel(tr("From:"), page);
    startLabel->setBuddy(m_startTimeEdit);
    auto *endLabel = new QLabel(tr("to:"), page);
    endLabel->setBuddy(m_endTimeEdit);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_heldOnEdit);
    whenRow->addSpacing(16);
    whenRow->addWidget(startLabel);
    whenRow->addWidget(m_startTimeEdit);
    whenRow->addWidget(endLabel);
    whenRow->addWidget(m_endTimeEdit);
    whenRow->addStretch(1);
    auto *heldOnLabel = new QLabel(tr("&Held on:"), page);
    heldOnLabel->setBuddy(m_heldOnEdit);
    form->addRow(heldOnLabel, whenRow);

    m_placeEdit = lineEdit(QStringLiteral("drillRecordPlaceLineEdit"), page);
    form->addRow(tr("Plac&e:"), m_placeEdit);
    m_organiserEdit = lineEdit(QStringLiteral("organiserLineEdit"), page);
    m_organiserEdit->setToolTip(tr("The organisation or department that organised the drill."));
    form->addRow(tr("Or&ganiser:"), m_organiserEdit);
    m_recorderEdit = lineEdit(QStringLiteral("recorderLineEdit"), page);
    m_recorderEdit->setToolTip(tr("Who kept this record (记录人)."));
    form->addRow(tr("Recor&ded by:"), m_recorderEdit);
    m_responsibleEdit = lineEdit(QStringLiteral("responsibleLineEdit"), page);
    m_responsibleEdit->setToolTip(tr("Who answers for the drill and signs the record (负责人)."));
    form->addRow(tr("Respo&nsible:"), m_responsibleEdit);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *DrillRecordDialog::buildParticipantsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordParticipantsPageWidget"));
    auto *hint = hintLabel(QStringLiteral("participantsHintLabel"),
                           tr("The sign-in list. A list copied from a spreadsheet (name, department, role, signed "
                              "in) can be pasted: blank rows are left out and names listed twice are pointed out."),
                           page);
    m_participantTable = new ParticipantTableWidget(page);
    auto *pasteButton = new QPushButton(tr("Paste L&ist"), page);
    pasteButton->setObjectName(QStringLiteral("pasteParticipantsPushButton"));
    pasteButton->setToolTip(tr("Add the rows copied from a spreadsheet below the list."));
    connect(pasteButton, &QPushButton::clicked, this, &DrillRecordDialog::pasteParticipants);
    m_pasteMessageLabel = problemLabel(QStringLiteral("participantsPasteMessageLabel"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(tableWithButtons(m_participantTable, tr("Participa&nts:"), QStringLiteral("Participant"),
                                       tr("&Add Participant"), tr("R&emove Participant"), page, pasteButton),
                      1);
    layout->addWidget(m_pasteMessageLabel);
    return page;
}

QWidget *DrillRecordDialog::buildTimelineTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordTimelinePageWidget"));
    QFormLayout *form = formLayout();
    m_scenarioEdit = plainTextEdit(QStringLiteral("scenarioAsRunPlainTextEdit"), 4, page);
    m_scenarioEdit->setPlaceholderText(tr("The scenario as it was played, where it differed from the plan"));
    form->addRow(tr("Scenario as r&un:"), m_scenarioEdit);
    m_timelineTable = new TimelineTableWidget(page);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(tableWithButtons(m_timelineTable, tr("T&imeline (what happened, what was done, by whom):"),
                                       QStringLiteral("TimelineEntry"), tr("&Add Entry"), tr("R&emove Entry"), page),
                      1);
    return page;
}

QWidget *DrillRecordDialog::buildObjectivesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordObjectivesPageWidget"));
    auto *hint = hintLabel(QStringLiteral("objectivesHintLabel"),
                           tr("Judge each objective as met, partly met or not met, and say why in the comment. "
                              "Objectives are not scored or averaged."),
                           page);
    m_objectiveTable = new ObjectiveResultTableWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(tableWithButtons(m_objectiveTable, tr("Ob&jectives:"), QStringLiteral("ObjectiveResult"),
                                       tr("&Add Objective"), tr("R&emove Objective"), page),
                      1);
    return page;
}

QWidget *DrillRecordDialog::buildFindingsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordFindingsPageWidget"));
    m_problemTable = new TextListTableWidget(QStringLiteral("drillProblemsTableWidget"), tr("Problem found"), page);

    m_overviewEdit = plainTextEdit(QStringLiteral("overviewPlainTextEdit"), 0, page);
    m_overviewEdit->setPlaceholderText(tr("How the drill went, in a few sentences (演练概况)"));
    m_lessonsEdit = plainTextEdit(QStringLiteral("lessonsPlainTextEdit"), 0, page);
    m_lessonsEdit->setPlaceholderText(tr("What worked and what to do differently (经验教训)"));
    m_conclusionEdit = plainTextEdit(QStringLiteral("conclusionPlainTextEdit"), 0, page);
    m_conclusionEdit->setPlaceholderText(tr("The overall judgement and recommendations"));

    // The texts take the right half, one above the other, each with its caption.
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    const auto addText = [page, texts](const QString &caption, QPlainTextEdit *edit) {
        auto *label = new QLabel(caption, page);
        label->setBuddy(edit);
        texts->addWidget(label);
        texts->addWidget(edit, 1);
    };
    addText(tr("Overvie&w:"), m_overviewEdit);
    addText(tr("Lessons learne&d:"), m_lessonsEdit);
    addText(tr("Conclusio&n:"), m_conclusionEdit);

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(tableWithButtons(m_problemTable, tr("Problems fo&und:"), QStringLiteral("DrillProblem"),
                                       tr("&Add Problem"), tr("R&emove Problem"), page),
                      1);
    layout->addSpacing(12);
    layout->addLayout(texts, 1);
    return page;
}

QWidget *DrillRecordDialog::buildCorrectiveActionsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordCorrectiveActionsPageWidget"));
    auto *hint = hintLabel(QStringLiteral("correctiveActionsHintLabel"),
                           tr("Every corrective action needs an owner and a due date; it is tracked on the dashboard "
                              "until it is closed."),
                           page);
    m_actionTable = new CorrectiveActionTableWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(tableWithButtons(m_actionTable, tr("Corrective actions:"), QStringLiteral("CorrectiveAction"),
                                       tr("&Add Action"), tr("R&emove Action"), page),
                      1);
    return page;
}

QWidget *DrillRecordDialog::buildRevisionTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRecordRevisionPageWidget"));
    m_revisionCheck = new QCheckBox(tr("The plan must be revise&d"), page);
    m_revisionCheck->setObjectName(QStringLiteral("planRevisionRequiredCheckBox"));
    m_revisionCheck->setToolTip(tr("The drill showed that the plan itself must change (更新预案)."));
    m_revisionNoteEdit = plainTextEdit(QStringLiteral("planRevisionNotePlainTextEdit"), 5, page);
    m_revisionNoteEdit->setPlaceholderText(tr("What in the plan must change, and why"));
    m_revisedOnEdit = new OptionalDateEdit(QStringLiteral("planRevisedOn"), page);
    m_revisedOnEdit->setToolTip(tr("The day the revised plan was approved. Until it is set, the programme shows "
                                   "the revision as pending."));

    QFormLayout *form = formLayout();
    form->addRow(m_revisionCheck);
    form->addRow(tr("&What must change:"), m_revisionNoteEdit);
    auto *revisedLabel = new QLabel(tr("Revised o&n:"), page);
    revisedLabel->setBuddy(m_revisedOnEdit);
    form->addRow(revisedLabel, m_revisedOnEdit);
    form->addRow(hintLabel(QStringLiteral("planRevisionHintLabel"),
                           tr("Until the date of the revision is set, the drill programme and the dashboard show "
                              "the revision as pending."),
                           page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void DrillRecordDialog::load(const DrillRecord &record)
{
    m_heldOnEdit->setDate(record.heldOn.isValid() ? record.heldOn : record.occurrenceDate);
    m_startTimeEdit->setTime(record.startTime.isValid() ? record.startTime : QTime(0, 0));
    m_endTimeEdit->setTime(record.endTime.isValid() ? record.endTime : m_startTimeEdit->time());
    m_placeEdit->setText(record.place);
    m_organiserEdit->setText(record.organiser);
    m_recorderEdit->setText(record.recorder);
    m_responsibleEdit->setText(record.responsible);
    m_participantTable->setParticipants(record.participants);
    m_scenarioEdit->setPlainText(record.scenarioAsRun);
    m_timelineTable->setEntries(record.timeline);
    m_objectiveTable->setResults(record.objectives);
    m_problemTable->setTexts(record.problems);
    m_overviewEdit->setPlainText(record.overview);
    m_lessonsEdit->setPlainText(record.lessons);
    m_conclusionEdit->setPlainText(record.conclusion);
    m_actionTable->setActions(record.correctiveActions);
    m_revisionCheck->setChecked(record.planRevisionRequired);
    m_revisionNoteEdit->setPlainText(record.planRevisionNote);
    m_revisedOnEdit->setDate(record.planRevisedOn);
    updateEnabledFields();
}

DrillRecord DrillRecordDialog::record() const
{
    DrillRecord record = m_record;
    record.heldOn = m_heldOnEdit->date();
    record.startTime = m_startTimeEdit->time();
    record.endTime = m_endTimeEdit->time();
    record.place = m_placeEdit->text().trimmed();
    record.organiser = m_organiserEdit->text().trimmed();
    record.recorder = m_recorderEdit->text().trimmed();
    record.responsible = m_responsibleEdit->text().trimmed();
    record.participants = m_participantTable->participants();
    record.scenarioAsRun = m_scenarioEdit->toPlainText().trimmed();
    record.timeline = m_timelineTable->entries();
    record.objectives = m_objectiveTable->results();
    record.problems = m_problemTable->texts();
    record.overview = m_overviewEdit->toPlainText().trimmed();
    record.lessons = m_lessonsEdit->toPlainText().trimmed();
    record.conclusion = m_conclusionEdit->toPlainText().trimmed();
    record.correctiveActions = m_actionTable->actions();
    record.planRevisionRequired = m_revisionCheck->isChecked();
    // Without a revision to make, a note or date left in the disabled fields means nothing.
    record.planRevisionNote = record.planRevisionRequired ? m_revisionNoteEdit->toPlainText().trimmed() : QString();
    record.planRevisedOn = record.planRevisionRequired ? m_revisedOnEdit->date() : QDate();
    return record;
}

bool DrillRecordDialog::hasChanges() const
{
    return record() != m_initialRecord;
}

void DrillRecordDialog::commitPendingEdits()
{
    for (PlanTableWidget *table : std::initializer_list<PlanTableWidget *>{
             m_participantTable, m_timelineTable, m_objectiveTable, m_problemTable, m_actionTable})
        table->commitPendingEdit();
}

QStringList DrillRecordDialog::validationProblems() const
{
    return record().validationProblems();
}

void DrillRecordDialog::focusFirstProblem()
{
    const DrillRecord record = this->record();
    const auto participantProblem = std::any_of(record.participants.cbegin(), record.participants.cend(),
                                                [](const DrillParticipant &participant) {
                                                    return participant.name.isEmpty();
                                                })
                                    || !m_participantTable->duplicateMessages().isEmpty();
    const auto actionProblem = std::find_if(record.correctiveActions.cbegin(), record.correctiveActions.cend(),
                                            [](const CorrectiveAction &action) {
                                                return action.owner.isEmpty() || !action.dueOn.isValid();
                                            });
    if (participantProblem) {
        m_tabs->setCurrentIndex(ParticipantsTab);
        m_participantTable->setFocus(Qt::OtherFocusReason);
    } else if (actionProblem != record.correctiveActions.cend()) {
        m_tabs->setCurrentIndex(CorrectiveActionsTab);
        m_actionTable->setFocus(Qt::OtherFocusReason);
    }
}

void DrillRecordDialog::showPasteMessage(const QString &message)
{
    m_pasteMessageLabel->setText(message);
    m_pasteMessageLabel->setVisible(!message.isEmpty());
}

void DrillRecordDialog::pasteParticipants()
{
    const QClipboard *clipboard = QApplication::clipboard();
    const QString text = clipboard ? clipboard->text() : QString();
    if (text.trimmed().isEmpty()) {
        showPasteMessage(tr("The clipboard holds no text to paste. Copy the rows in the spreadsheet first."));
        return;
    }
    // The list is added below the rows there are, whatever cell is current. (A blank row this
    // leaves is removed by the paste's own tidying.)
    m_participantTable->commitPendingEdit();
    if (m_participantTable->rowCount() > 0) {
        m_participantTable->setCurrentCell(m_participantTable->rowCount() - 1, 0);
        m_participantTable->addRow();
        m_participantTable->setCurrentCell(m_participantTable->rowCount() - 1, 0);
    }
    showPasteMessage(QString());
    m_participantTable->pasteText(text);
    m_participantTable->setFocus(Qt::OtherFocusReason);
}

void DrillRecordDialog::updateEnabledFields()
{
    const bool required = m_revisionCheck->isChecked();
    m_revisionNoteEdit->setEnabled(required);
    m_revisedOnEdit->setEnabled(required);
}

QString DrillRecordDialog::save()
{
    DrillRecord edited = record();
    if (m_saveHandler) {
        Result<DrillRecord> saved = m_saveHandler(edited);
        if (!saved)
            return tr("The drill record was not saved: %1").arg(saved.errorMessage());
        edited = saved.value();
    }
    m_savedRecord = edited;
    return QString();
}

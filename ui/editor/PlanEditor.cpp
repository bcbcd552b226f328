#include "PlanEditor.h"

#include "CompletenessPanel.h"
#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "PlanDeletion.h"
#include "PlanDetailsForm.h"
#include "PlanEditCommand.h"
#include "SectionEditorWidget.h"
#include "SectionTreeWidget.h"
#include "UndoShortcutFilter.h"
#include "core/compliance/CompletenessChecker.h"
#include "core/reference/PlanFactory.h"
#include "core/reference/ReferenceData.h"
#include "core/storage/PlanRepository.h"
#include "tables/CategoryTableWidget.h"
#include "tables/ContactTableWidget.h"
#include "tables/LevelTableWidget.h"
#include "tables/ReportingTableWidget.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Tab { SectionTab, DetailsTab, ContactsTab, LevelsTab, CategoriesTab, ReportingTab };

QAction *makeAction(const QString &text, const QString &name, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    return action;
}

QToolButton *makeToolButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel *introLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

class PlanEditor::Private
{
public:
    Private(PlanEditor *editor, PlanRepository &repo) : q(editor), repository(repo) {}

    void buildUi();
    QWidget *buildSectionPane();
    QWidget *tablePage(PlanTableWidget *table, QLabel *intro, const QString &baseName, const QString &addText,
                       const QString &removeText, QWidget *extra = nullptr);

    void setLoadedPlan(const Plan &loaded);
    void showNoPlan();
    // Pushes an undoable change from the current plan to `after`.
    void commit(const Plan &after, const QString &text, const QString &mergeKey, PlanEditCommand::Focus before,
                PlanEditCommand::Focus afterFocus, bool widgetsShowIt);
    void commit(const Plan &after, const QString &text, const QString &mergeKey, PlanEditCommand::Focus focus,
                bool widgetsShowIt)
    {
        commit(after, text, mergeKey, focus, focus, widgetsShowIt);
    }
    // Shows `next` (called by the undo commands).
    void apply(const Plan &next, const PlanEditCommand::Focus &focus, bool widgetsShowIt);
    void showCurrentSection();
    void refreshCompleteness();
    void updateSectionActions();
    void updateHeader();
    void commitPendingEdits();

    void addSection(bool subsection);
    void removeSection();
    void moveSection(int direction);
    void renameSection();
    void activateMissingElement(const QString &requirementId, const QString &sectionKey);
    void resetReportingChain();

    bool save();
    bool maybeSave();
    void deletePlan();

    PlanEditor *q;
    PlanRepository &repository;
    const QString uiLanguage = LanguageManager::effectiveLanguage();
    Plan plan;
    bool hasPlan = false;
    // What other parts of PlanDesk found missing (a drill that requires a revision of the plan).
    QList<MissingElement> externalFindings;
    bool applying = false;
    int shownSectionIndex = -1;
    int mergeGeneration = 0;

    QUndoStack *undoStack = nullptr;
    QAction *saveAction = nullptr;
    QAction *undoAction = nullptr;
    QAction *redoAction = nullptr;
    QAction *deleteAction = nullptr;
    QAction *exportPdfAction = nullptr;
    QAction *printPreviewAction = nullptr;
    QAction *closeAction = nullptr;
    QAction *addSectionAction = nullptr;
    QAction *addSubsectionAction = nullptr;
    QAction *removeSectionAction = nullptr;
    QAction *moveUpAction = nullptr;
    QAction *moveDownAction = nullptr;
    QAction *renameAction = nullptr;

    QLabel *planTitleLabel = nullptr;
    QLabel *modifiedLabel = nullptr;
    // A widget on a tool bar is shown or hidden through the action that wraps it.
    QAction *modifiedLabelAction = nullptr;
    QSplitter *splitter = nullptr;
    SectionTreeWidget *tree = nullptr;
    QTabWidget *tabs = nullptr;
    SectionEditorWidget *sectionEditor = nullptr;
    PlanDetailsForm *details = nullptr;
    ContactTableWidget *contacts = nullptr;
    LevelTableWidget *levels = nullptr;
    CategoryTableWidget *categories = nullptr;
    QLabel *categorySetLabel = nullptr;
    ReportingTableWidget *reporting = nullptr;
    CompletenessPanel *completeness = nullptr;
};

void PlanEditor::Private::buildUi()
{
    undoStack = new QUndoStack(q);
    undoStack->setObjectName(QStringLiteral("planUndoStack"));

    saveAction = makeAction(PlanEditor::tr("&Save"), QStringLiteral("savePlanAction"), q);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(PlanEditor::tr("Save the plan (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    undoAction = undoStack->createUndoAction(q, PlanEditor::tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction = undoStack->createRedoAction(q, PlanEditor::tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Y as well as the platform's Redo (Ctrl+Shift+Z on Linux): officers coming from office
    // suites press Ctrl+Y.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(UndoShortcutFilter::kRedoAlternative))
        redoKeys << UndoShortcutFilter::kRedoAlternative;
    redoAction->setShortcuts(redoKeys);
    exportPdfAction = makeAction(PlanEditor::tr("&Export as PDF…"), QStringLiteral("editorExportPdfAction"), q);
    printPreviewAction = makeAction(PlanEditor::tr("Print Pre&view…"), QStringLiteral("editorPrintPreviewAction"), q);
    deleteAction = makeAction(PlanEditor::tr("&Delete Plan…"), QStringLiteral("editorDeletePlanAction"), q);
    closeAction = makeAction(PlanEditor::tr("&Back to Plans"), QStringLiteral("backToPlansAction"), q);
    closeAction->setToolTip(PlanEditor::tr("Back to the list of plans"));
    // The window puts these actions in its menus as well; their shortcuts only act while the editor
    // (or one of its fields) has the focus, so that they never clash with the window's own.
    for (QAction *action : {saveAction, undoAction, redoAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    q->addActions({saveAction, undoAction, redoAction});

    auto *toolBar = new QToolBar(PlanEditor::tr("Plan"), q);
    toolBar->setObjectName(QStringLiteral("editorToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(closeAction);
    toolBar->addSeparator();
    toolBar->addAction(saveAction);
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(exportPdfAction);
    toolBar->addAction(printPreviewAction);
    toolBar->addSeparator();
    toolBar->addAction(deleteAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    modifiedLabel = new QLabel(PlanEditor::tr("Unsaved changes"), toolBar);
    modifiedLabel->setObjectName(QStringLiteral("unsavedChangesLabel"));
    modifiedLabel->setTextFormat(Qt::PlainText);
    QFont modifiedFont = modifiedLabel->font();
    modifiedFont.setItalic(true);
    modifiedLabel->setFont(modifiedFont);
    modifiedLabel->setContentsMargins(0, 0, 8, 0);
    modifiedLabelAction = toolBar->addWidget(modifiedLabel);

    planTitleLabel = new QLabel(q);
    planTitleLabel->setObjectName(QStringLiteral("planTitleLabel"));
    planTitleLabel->setTextFormat(Qt::PlainText);
    planTitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = planTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    planTitleLabel->setFont(titleFont);

    // Centre: one tab per part of the plan.
    tabs = new QTabWidget(q);
    tabs->setObjectName(QStringLiteral("editorTabWidget"));
    tabs->setDocumentMode(true);
    tabs->setUsesScrollButtons(true);
    sectionEditor = new SectionEditorWidget(tabs);
    tabs->addTab(sectionEditor, PlanEditor::tr("Section"));
    details = new PlanDetailsForm(uiLanguage, tabs);
    tabs->addTab(details, PlanEditor::tr("Plan details"));

    contacts = new ContactTableWidget(tabs);
    tabs->addTab(tablePage(contacts,
                           introLabel(PlanEditor::tr("The emergency organisation: leading group, office, technical support "
                                                     "team, departments and outside contacts. Give every key person a "
                                                     "phone that is answered day and night, and a deputy."),
                                      tabs),
                           QStringLiteral("Contact"), PlanEditor::tr("Add person"), PlanEditor::tr("Remove person")),
                 PlanEditor::tr("Organisation && contacts"));

    levels = new LevelTableWidget(tabs);
    tabs->addTab(tablePage(levels,
                           introLabel(PlanEditor::tr("Incidents are graded by the importance of the system, the loss and "
                                                     "the social impact. Set the criteria and the response at each level."),
                                      tabs),
                           QStringLiteral("Level"), PlanEditor::tr("Add level"), PlanEditor::tr("Remove level")),
                 PlanEditor::tr("Levels"));

    categories = new CategoryTableWidget(tabs);
    categorySetLabel = introLabel(QString(), tabs);
    categorySetLabel->setObjectName(QStringLiteral("categorySetLabel"));
    tabs->addTab(tablePage(categories, categorySetLabel, QStringLiteral("Category"), PlanEditor::tr("Add category"),
                           PlanEditor::tr("Remove category")),
                 PlanEditor::tr("Categories"));

    reporting = new ReportingTableWidget(tabs);
    const ReferenceData &reference = ReferenceData::builtIn();
    auto *reportingIntro = introLabel(
        PlanEditor::tr("Who is told, by when (counted from discovery), how and what. %1")
            .arg(reference.minimumReportContent.in(uiLanguage)),
        tabs);
    reportingIntro->setObjectName(QStringLiteral("reportingIntroLabel"));
    auto *resetReportingButton = new QPushButton(PlanEditor::tr("Use the Default Chain for the Operator Profile"), tabs);
    resetReportingButton->setObjectName(QStringLiteral("resetReportingPushButton"));
    resetReportingButton->setToolTip(
        PlanEditor::tr("Replace the chain with the deadlines that apply to the plan's operator profile (%1)")
            .arg(reference.reportingSource.in(uiLanguage)));
    QObject::connect(resetReportingButton, &QPushButton::clicked, q, [this] { resetReportingChain(); });
    tabs->addTab(tablePage(reporting, reportingIntro, QStringLiteral("ReportingStep"), PlanEditor::tr("Add step"),
                           PlanEditor::tr("Remove step"), resetReportingButton),
                 PlanEditor::tr("Reporting chain"));

    completeness = new CompletenessPanel(q);

    // Left: the outline above what is still missing; centre: the tabs, which get the most room
    // because the tables need it.
    auto *leftSplitter = new QSplitter(Qt::Vertical, q);
    leftSplitter->setObjectName(QStringLiteral("outlineSplitter"));
    leftSplitter->setChildrenCollapsible(false);
    leftSplitter->addWidget(buildSectionPane());
    leftSplitter->addWidget(completeness);
    // The outline is what the officer works in; the missing list is usually short.
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 1);
    leftSplitter->setSizes({520, 200});

    splitter = new QSplitter(Qt::Horizontal, q);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(leftSplitter);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 860});

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(planTitleLabel);
    layout->addWidget(splitter, 1);

    // Wiring: every user edit becomes one undoable command.
    QObject::connect(tree, &SectionTreeWidget::currentSectionChanged, q, [this] {
        ++mergeGeneration;
        showCurrentSection();
        updateSectionActions();
    });
    QObject::connect(sectionEditor, &SectionEditorWidget::titleEdited, q, [this](const QString &title) {
        const int index = shownSectionIndex;
        if (index < 0 || index >= plan.sections.size())
            return;
        Plan after = plan;
        after.sections[index].title = title;
        commit(after, PlanEditor::tr("Rename Section"), QStringLiteral("title/%1").arg(index), {index, SectionTab},
               true);
    });
    QObject::connect(sectionEditor, &SectionEditorWidget::bodyEdited, q, [this](const QString &body) {
        const int index = shownSectionIndex;
        if (index < 0 || index >= plan.sections.size())
            return;
        Plan after = plan;
        after.sections[index].body = body;
        commit(after, PlanEditor::tr("Edit Section Text"), QStringLiteral("body/%1").arg(index), {index, SectionTab},
               true);
    });
    QObject::connect(details, &PlanDetailsForm::edited, q, [this](const QString &field) {
        Plan after = plan;
        details->applyTo(after);
        commit(after, PlanEditor::tr("Edit Plan Details"), QStringLiteral("details/") + field, {-1, DetailsTab}, true);
    });
    QObject::connect(contacts, &PlanTableWidget::edited, q, [this] {
        Plan after = plan;
        after.contacts = contacts->contacts();
        commit(after, PlanEditor::tr("Edit Contacts"), QString(), {-1, ContactsTab}, true);
    });
    QObject::connect(levels, &PlanTableWidget::edited, q, [this] {
        Plan after = plan;
        after.levels = levels->levels();
        commit(after, PlanEditor::tr("Edit Levels"), QString(), {-1, LevelsTab}, true);
    });
    QObject::connect(categories, &PlanTableWidget::edited, q, [this] {
        Plan after = plan;
        after.categories = categories->categories();
        commit(after, PlanEditor::tr("Edit Categories"), QString(), {-1, CategoriesTab}, true);
    });
    QObject::connect(reporting, &PlanTableWidget::edited, q, [this] {
        Plan after = plan;
        after.reportingSteps = reporting->steps();
        commit(after, PlanEditor::tr("Edit Reporting Chain"), QString(), {-1, ReportingTab}, true);
    });
    QObject::connect(completeness, &CompletenessPanel::elementActivated, q,
                     [this](const QString &id, const QString &key) { activateMissingElement(id, key); });

    QObject::connect(undoStack, &QUndoStack::cleanChanged, q, [this](bool clean) {
        updateHeader();
        emit q->modifiedChanged(!clean);
    });
    QObject::connect(saveAction, &QAction::triggered, q, [this] { save(); });
    QObject::connect(deleteAction, &QAction::triggered, q, [this] { deletePlan(); });
    QObject::connect(exportPdfAction, &QAction::triggered, q, [this] {
        commitPendingEdits();
        emit q->exportPdfRequested();
    });
    QObject::connect(printPreviewAction, &QAction::triggered, q, [this] {
        commitPendingEdits();
        emit q->printPreviewRequested();
    });
    QObject::connect(closeAction, &QAction::triggered, q, [this] {
        if (maybeSave())
            emit q->closeRequested();
    });

    auto *shortcutFilter = new UndoShortcutFilter(q);
    shortcutFilter->install(q);
    showNoPlan();
}

QWidget *PlanEditor::Private::buildSectionPane()
{
    auto *pane = new QWidget(q);
    pane->setObjectName(QStringLiteral("sectionPaneWidget"));
    auto *heading = new QLabel(PlanEditor::tr("Outline"), pane);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    tree = new SectionTreeWidget(pane);
    heading->setBuddy(tree);

    addSectionAction = makeAction(PlanEditor::tr("Add Section"), QStringLiteral("addSectionAction"), q);
    addSectionAction->setToolTip(PlanEditor::tr("Add a section after the selected one, at the same level"));
    addSubsectionAction = makeAction(PlanEditor::tr("Add Subsection"), QStringLiteral("addSubsectionAction"), q);
    addSubsectionAction->setToolTip(PlanEditor::tr("Add a section inside the selected one"));
    renameAction = makeAction(PlanEditor::tr("Rename"), QStringLiteral("renameSectionAction"), q);
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setToolTip(PlanEditor::tr("Edit the title of the selected section (F2)"));
    moveUpAction = makeAction(PlanEditor::tr("Move Up"), QStringLiteral("moveSectionUpAction"), q);
    moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    moveDownAction = makeAction(PlanEditor::tr("Move Down"), QStringLiteral("moveSectionDownAction"), q);
    moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    removeSectionAction = makeAction(PlanEditor::tr("Remove…"), QStringLiteral("removeSectionAction"), q);
    removeSectionAction->setShortcut(QKeySequence::Delete);
    removeSectionAction->setToolTip(PlanEditor::tr("Remove the selected section and its subsections"));
    for (QAction *action : {addSectionAction, addSubsectionAction, renameAction, moveUpAction, moveDownAction,
                            removeSectionAction})
        action->setShortcutContext(Qt::WidgetShortcut);
    tree->addActions({renameAction, moveUpAction, moveDownAction, removeSectionAction});

    QObject::connect(addSectionAction, &QAction::triggered, q, [this] { addSection(false); });
    QObject::connect(addSubsectionAction, &QAction::triggered, q, [this] { addSection(true); });
    QObject::connect(renameAction, &QAction::triggered, q, [this] { renameSection(); });
    QObject::connect(moveUpAction, &QAction::triggered, q, [this] { moveSection(-1); });
    QObject::connect(moveDownAction, &QAction::triggered, q, [this] { moveSection(+1); });
    QObject::connect(removeSectionAction, &QAction::triggered, q, [this] { removeSection(); });
    QObject::connect(tree, &QTreeWidget::itemDoubleClicked, q, [this] {
        tabs->setCurrentIndex(SectionTab);
        sectionEditor->bodyEdit()->setFocus();
    });

    auto *buttons = new QGridLayout;
    buttons->setSpacing(4);
    buttons->addWidget(makeToolButton(addSectionAction, QStringLiteral("addSectionToolButton"), pane), 0, 0);
    buttons->addWidget(makeToolButton(addSubsectionAction, QStringLiteral("addSubsectionToolButton"), pane), 0, 1);
    buttons->addWidget(makeToolButton(renameAction, QStringLiteral("renameSectionToolButton"), pane), 0, 2);
    buttons->addWidget(makeToolButton(moveUpAction, QStringLiteral("moveSectionUpToolButton"), pane), 1, 0);
    buttons->addWidget(makeToolButton(moveDownAction, QStringLiteral("moveSectionDownToolButton"), pane), 1, 1);
    buttons->addWidget(makeToolButton(removeSectionAction, QStringLiteral("removeSectionToolButton"), pane), 1, 2);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(tree, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget *PlanEditor::Private::tablePage(PlanTableWidget *table, QLabel *intro, const QString &baseName,
                                        const QString &addText, const QString &removeText, QWidget *extra)
{
    auto *page = new QWidget(tabs);
    page->setObjectName(baseName.at(0).toLower() + baseName.mid(1) + QStringLiteral("PageWidget"));
    auto *addButton = new QPushButton(addText, page);
    addButton->setObjectName(QStringLiteral("add") + baseName + QStringLiteral("PushButton"));
    auto *removeButton = new QPushButton(removeText, page);
    removeButton->setObjectName(QStringLiteral("remove") + baseName + QStringLiteral("PushButton"));
    QObject::connect(addButton, &QPushButton::clicked, table, [table] {
        table->addRow();
        table->setFocus();
    });
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] { table->removeSelectedRows(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    if (extra)
        buttons->addWidget(extra);
    auto *pasteHint = new QLabel(PlanEditor::tr("Tip: rows copied from a spreadsheet can be pasted with %1.")
                                     .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)),
                                 page);
    pasteHint->setTextFormat(Qt::PlainText);
    pasteHint->setEnabled(false);

    auto *layout = new QVBoxLayout(page);
    intro->setParent(page);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    layout->addWidget(pasteHint);
    return page;
}

void PlanEditor::Private::setLoadedPlan(const Plan &loaded)
{
    undoStack->clear();
    plan = loaded;
    hasPlan = true;
    ++mergeGeneration;
    {
        const QScopedValueRollback<bool> guard(applying, true);
        tree->setSections(plan.sections, plan.language);
        tree->setCurrentSectionIndex(plan.sections.isEmpty() ? -1 : 0);
        showCurrentSection();
        details->setPlan(plan);
        contacts->setContacts(plan.contacts);
        levels->setLevels(plan.levels);
        categories->setCategories(plan.categories);
        reporting->setSteps(plan.reportingSteps);
    }
    const ReferenceData::CategorySet *set = ReferenceData::builtIn().categorySet(plan.categorySetId);
    categorySetLabel->setText(set ? PlanEditor::tr("Categories taken from: %1 (%2)")
                                        .arg(set->name.in(uiLanguage), set->source.in(uiLanguage))
                                  : PlanEditor::tr("The incident categories the plan lists."));
    tabs->setCurrentIndex(SectionTab);
    q->setEnabled(true);
    for (QAction *action : {saveAction, deleteAction, exportPdfAction, printPreviewAction})
        action->setEnabled(true);
    refreshCompleteness();
    updateSectionActions();
    updateHeader();
}

void PlanEditor::Private::showNoPlan()
{
    undoStack->clear();
    plan = Plan();
    hasPlan = false;
    {
        const QScopedValueRollback<bool> guard(applying, true);
        tree->setSections({}, plan.language);
        showCurrentSection();
        details->setPlan(plan);
        contacts->setContacts({});
        levels->setLevels({});
        categories->setCategories({});
        reporting->setSteps({});
    }
    completeness->setMissingElements({});
    tree->setMissingElements({});
    for (QAction *action : {deleteAction, exportPdfAction, printPreviewAction})
        action->setEnabled(false);
    updateSectionActions();
    updateHeader();
}

void PlanEditor::Private::commit(const Plan &after, const QString &text, const QString &mergeKey,
                                 PlanEditCommand::Focus focusBefore, PlanEditCommand::Focus focusAfter,
                                 bool widgetsShowIt)
{
    if (applying || !hasPlan || after == plan)
        return;
    const QString key = mergeKey.isEmpty() ? QString() : mergeKey + QLatin1Char('#') + QString::number(mergeGeneration);
    undoStack->push(new PlanEditCommand(plan, after, text, key, focusBefore, focusAfter, widgetsShowIt,
                                        [this](const Plan &next, const PlanEditCommand::Focus &focus, bool current) {
                                            apply(next, focus, current);
                                        }));
}

void PlanEditor::Private::apply(const Plan &next, const PlanEditCommand::Focus &focus, bool widgetsShowIt)
{
    const Plan previous = plan;
    plan = next;
    if (widgetsShowIt) {
        // The field the user typed in shows the change; the outline shows titles, so keep it in step.
        const QScopedValueRollback<bool> guard(applying, true);
        tree->setSections(plan.sections, plan.language);
    } else {
        // Undo or redo, or a change made through a button: show the stored plan again.
        ++mergeGeneration;
        const QScopedValueRollback<bool> guard(applying, true);
        const int count = int(plan.sections.size());
        int index = focus.sectionIndex >= 0 ? focus.sectionIndex : tree->currentSectionIndex();
        index = count == 0 ? -1 : qBound(0, index, count - 1);
        tree->setSections(plan.sections, plan.language);
        tree->setCurrentSectionIndex(index);
        if (index != shownSectionIndex || previous.sections.size() != plan.sections.size())
            showCurrentSection();
        else if (index >= 0)
            sectionEditor->showTexts(plan.sections.at(index).title, plan.sections.at(index).body);
        if (PlanDetailsForm::detailsDiffer(previous, plan))
            details->setPlan(plan);
        if (previous.contacts != plan.contacts)
            contacts->setContacts(plan.contacts);
        if (previous.levels != plan.levels)
            levels->setLevels(plan.levels);
        if (previous.categories != plan.categories)
            categories->setCategories(plan.categories);
        if (previous.reportingSteps != plan.reportingSteps)
            reporting->setSteps(plan.reportingSteps);
        if (focus.tabIndex >= 0)
            tabs->setCurrentIndex(focus.tabIndex);
    }
    refreshCompleteness();
    updateSectionActions();
    updateHeader();
}

void PlanEditor::Private::showCurrentSection()
{
    const int index = tree->currentSectionIndex();
    const bool valid = index >= 0 && index < plan.sections.size();
    shownSectionIndex = valid ? index : -1;
    const QString number = valid ? SectionTreeWidget::numbering(plan.sections, plan.language).at(index) : QString();
    sectionEditor->setSection(valid ? &plan.sections.at(index) : nullptr, number);
}

void PlanEditor::Private::refreshCompleteness()
{
    if (!hasPlan)
        return;
    const QList<MissingElement> missing = CompletenessChecker().missingElements(plan, uiLanguage);
    tree->setMissingElements(missing);
    completeness->setMissingElements(missing + externalFindings);
}

void PlanEditor::Private::updateSectionActions()
{
    const int index = tree->currentSectionIndex();
    const bool valid = hasPlan && index >= 0 && index < plan.sections.size();
    addSectionAction->setEnabled(hasPlan);
    addSubsectionAction->setEnabled(valid);
    renameAction->setEnabled(valid);
    removeSectionAction->setEnabled(valid);
    bool canMoveUp = false;
    bool canMoveDown = false;
    if (valid) {
        const int depth = plan.sections.at(index).depth;
        for (int i = index - 1; i >= 0 && plan.sections.at(i).depth >= depth; --i) {
            if (plan.sections.at(i).depth == depth) {
                canMoveUp = true;
                break;
            }
        }
        const int end = SectionTreeWidget::subtreeEnd(plan.sections, index);
        canMoveDown = end < plan.sections.size() && plan.sections.at(end).depth == depth;
    }
    moveUpAction->setEnabled(canMoveUp);
    moveDownAction->setEnabled(canMoveDown);
}

void PlanEditor::Private::updateHeader()
{
    planTitleLabel->setText(hasPlan ? (plan.title.trimmed().isEmpty() ? PlanEditor::tr("(untitled plan)") : plan.title)
                                    : QString());
    modifiedLabelAction->setVisible(hasPlan && !undoStack->isClean());
}

void PlanEditor::Private::commitPendingEdits()
{
    for (PlanTableWidget *table : std::initializer_list<PlanTableWidget *>{contacts, levels, categories, reporting})
        table->commitPendingEdit();
}

void PlanEditor::Private::addSection(bool subsection)
{
    if (!hasPlan)
        return;
    const int current = tree->currentSectionIndex();
    if (subsection && current < 0)
        return;
    Section section;
    section.title = subsection ? PlanEditor::tr("New subsection") : PlanEditor::tr("New section");
    int at = int(plan.sections.size());
    if (current >= 0 && current < plan.sections.size()) {
        at = SectionTreeWidget::subtreeEnd(plan.sections, current);
        section.depth = plan.sections.at(current).depth + (subsection ? 1 : 0);
    }
    Plan after = plan;
    after.sections.insert(at, section);
    commit(after, subsection ? PlanEditor::tr("Add Subsection") : PlanEditor::tr("Add Section"), QString(),
           {current, SectionTab}, {at, SectionTab}, false);
    renameSection();
}

void PlanEditor::Private::removeSection()
{
    const int index = tree->currentSectionIndex();
    if (!hasPlan || index < 0 || index >= plan.sections.size())
        return;
    const int end = SectionTreeWidget::subtreeEnd(plan.sections, index);
    const int subsections = end - index - 1;
    // Whole sentences per case, so that each language can word and punctuate them itself.
    const QString title = plan.sections.at(index).title;
    const QString question =
        subsections == 0
            ? PlanEditor::tr("Remove the section \"%1\"? You can undo this until you leave the editor.").arg(title)
            : PlanEditor::tr("Remove the section \"%1\" with its %n subsection(s)? You can undo this until you "
                             "leave the editor.",
                             nullptr, subsections)
                  .arg(title);
    if (MessageBoxes::question(q, PlanEditor::tr("Remove section"), question, QMessageBox::Yes | QMessageBox::Cancel,
                               QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    Plan after = plan;
    after.sections.remove(index, end - index);
    commit(after, PlanEditor::tr("Remove Section"), QString(), {index, SectionTab},
           {qMin(index, int(after.sections.size()) - 1), SectionTab}, false);
}

void PlanEditor::Private::moveSection(int direction)
{
    const int index = tree->currentSectionIndex();
    if (!hasPlan || index < 0 || index >= plan.sections.size())
        return;
    const QList<Section> &sections = plan.sections;
    const int depth = sections.at(index).depth;
    const int end = SectionTreeWidget::subtreeEnd(sections, index);
    Plan after = plan;
    int newIndex = -1;
    if (direction < 0) {
        int previous = index - 1;
        while (previous >= 0 && sections.at(previous).depth > depth)
            --previous;
        if (previous < 0 || sections.at(previous).depth != depth)
            return;
        // [previous, index) and [index, end) change places.
        after.sections = sections.mid(0, previous) + sections.mid(index, end - index)
                         + sections.mid(previous, index - previous) + sections.mid(end);
        newIndex = previous;
    } else {
        if (end >= sections.size() || sections.at(end).depth != depth)
            return;
        const int nextEnd = SectionTreeWidget::subtreeEnd(sections, end);
        after.sections = sections.mid(0, index) + sections.mid(end, nextEnd - end) + sections.mid(index, end - index)
                         + sections.mid(nextEnd);
        newIndex = index + (nextEnd - end);
    }
    commit(after, PlanEditor::tr("Move Section"), QString(), {index, -1}, {newIndex, -1}, false);
    tree->setFocus();
}

void PlanEditor::Private::renameSection()
{
    if (shownSectionIndex < 0)
        return;
    tabs->setCurrentIndex(SectionTab);
    sectionEditor->titleEdit()->setFocus(Qt::ShortcutFocusReason);
    sectionEditor->titleEdit()->selectAll();
}

void PlanEditor::Private::activateMissingElement(const QString &requirementId, const QString &sectionKey)
{
    if (!sectionKey.isEmpty()) {
        const int index = plan.sectionIndex(sectionKey);
        if (index >= 0) {
            tree->setCurrentSectionIndex(index);
            ++mergeGeneration;
            showCurrentSection();
            updateSectionActions();
            tabs->setCurrentIndex(SectionTab);
            sectionEditor->bodyEdit()->setFocus(Qt::OtherFocusReason);
            return;
        }
        // A required section that was deleted comes back with its default text, in its place in
        // the skeleton (undoable like any other edit).
        Plan after = plan;
        const int added = PlanFactory().insertDefaultSection(after, sectionKey);
        if (added >= 0) {
            commit(after, PlanEditor::tr("Add Section"), QString(), {tree->currentSectionIndex(), SectionTab},
                   {added, SectionTab}, false);
            sectionEditor->bodyEdit()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
        if (requirement.id != requirementId)
            continue;
        const QString &check = requirement.check;
        if (check == QLatin1String("contacts"))
            tabs->setCurrentIndex(ContactsTab);
        else if (check == QLatin1String("levels") || check == QLatin1String("level-response"))
            tabs->setCurrentIndex(LevelsTab);
        else if (check == QLatin1String("reporting"))
            tabs->setCurrentIndex(ReportingTab);
        else if (check == QLatin1String("review-date") || check == QLatin1String("approver"))
            tabs->setCurrentIndex(DetailsTab);
        return;
    }
}

void PlanEditor::Private::resetReportingChain()
{
    if (!hasPlan)
        return;
    Plan after = plan;
    after.reportingSteps = PlanFactory().reportingStepsFor(plan.profile, plan.language);
    commit(after, PlanEditor::tr("Use Default Reporting Chain"), QString(), {-1, ReportingTab}, false);
}

bool PlanEditor::Private::save()
{
    if (!hasPlan)
        return false;
    commitPendingEdits();
    const QStringList problems = plan.validationProblems();
    if (!problems.isEmpty()) {
        MessageBoxes::warning(q, PlanEditor::tr("The plan cannot be saved yet"),
                              PlanEditor::tr("Please correct the following first:") + QStringLiteral("\n\n• ")
                                  + problems.join(QStringLiteral("\n• ")));
        return false;
    }
    Result<Plan> saved = repository.save(plan);
    if (!saved) {
        MessageBoxes::warning(q, PlanEditor::tr("The plan was not saved"),
                              saved.errorMessage() + QStringLiteral("\n\n")
                                  + PlanEditor::tr("Your changes are still in the editor; nothing was lost."));
        return false;
    }
    plan.id = saved.value().id;
    plan.createdAt = saved.value().createdAt;
    plan.updatedAt = saved.value().updatedAt;
    undoStack->setClean();
    updateHeader();
    emit q->planSaved(plan.id);
    return true;
}

bool PlanEditor::Private::maybeSave()
{
    commitPendingEdits();
    if (!hasPlan || undoStack->isClean())
        return true;
    const QMessageBox::StandardButton answer = MessageBoxes::question(
        q, PlanEditor::tr("Unsaved changes"),
        PlanEditor::tr("The plan \"%1\" has changes that are not saved. Save them now?").arg(plan.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard: {
        // Drop the changes: show the plan as it is stored.
        const qint64 id = plan.id;
        if (id == 0 || !q->openPlan(id))
            showNoPlan();
        return true;
    }
    default:
        return false;
    }
}

void PlanEditor::Private::deletePlan()
{
    if (!hasPlan)
        return;
    const qint64 id = plan.id;
    if (!PlanDeletion::confirmAndDelete(q, repository, id, plan.title))
        return;
    showNoPlan();
    emit q->planDeleted(id);
}

PlanEditor::PlanEditor(PlanRepository &repository, QWidget *parent) : QWidget(parent), d(new Private(this, repository))
{
    setObjectName(QStringLiteral("planEditor"));
    d->buildUi();
}

PlanEditor::~PlanEditor()
{
    // The children's signals reach into d; let them go first.
    d->undoStack->clear();
    const QList<QWidget *> children = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    delete d;
}

bool PlanEditor::openPlan(qint64 planId)
{
    Result<Plan> loaded = d->repository.load(planId);
    if (!loaded) {
        MessageBoxes::warning(this, tr("The plan could not be opened"), loaded.errorMessage());
        return false;
    }
    d->setLoadedPlan(loaded.value());
    return true;
}

void PlanEditor::setExternalFindings(const QList<MissingElement> &findings)
{
    d->externalFindings = findings;
    d->refreshCompleteness();
}

Plan PlanEditor::plan() const
{
    return d->plan;
}

bool PlanEditor::isModified() const
{
    return d->hasPlan && !d->undoStack->isClean();
}

QUndoStack *PlanEditor::undoStack() const
{
    return d->undoStack;
}

bool PlanEditor::save()
{
    return d->save();
}

bool PlanEditor::maybeSave()
{
    return d->maybeSave();
}

QAction *PlanEditor::saveAction() const
{
    return d->saveAction;
}

QAction *PlanEditor::undoAction() const
{
    return d->undoAction;
}

QAction *PlanEditor::redoAction() const
{
    return d->redoAction;
}

QAction *PlanEditor::deleteAction() const
{
    return d->deleteAction;
}

QAction *PlanEditor::exportPdfAction() const
{
    return d->exportPdfAction;
}

QAction *PlanEditor::printPreviewAction() const
{
    return d->printPreviewAction;
}

QAction *PlanEditor::closeAction() const
{
    return d->closeAction;
}

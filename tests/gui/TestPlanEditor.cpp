// The plan editor driven like a user drives it: typing into its fields, clicking its buttons and
// answering its questions through the MessageBoxes seam, over a real database in a temporary folder.
#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "core/compliance/CompletenessChecker.h"
#include "core/reference/PlanFactory.h"
#include "core/reference/ReferenceData.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "editor/PlanEditor.h"
#include "editor/CompletenessPanel.h"
#include "editor/SectionTreeWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QToolButton>
#include <QToolTip>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <algorithm>
#include <memory>

class TestPlanEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editSectionBodyUndoRedo();
    void keyboardUndoUsesTheEditorStack();
    void saveWritesToTheDatabase();
    void unsavedChangesPrompt();
    void backToPlansAsksFirst();
    void completenessPanelFollowsTheText();
    void completenessDrillItemOnlyForCii();
    void outlineMarksEmptyAndMissingSections();
    void addContactRowThenUndo();
    void pasteContactRowsFromSpreadsheet();
    void tableKeysMoveBetweenCells();
    void editDetailsUndoAndStatusTranslation();
    void sectionTreeAddMoveRemove();
    void deleteAsksForConfirmation();
    void saveFailureKeepsTheEdits();
    void storageFailureKeepsTheEdits();
    void markupIsPlainText();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }
    // Selects the section with this skeleton key in the tree, as a click would.
    bool selectSection(const QString &key);
    Plan storedPlan() const;
    QStringList completenessTexts() const;
    // The panel lists exactly what the checker finds, or says that nothing is missing.
    bool panelMatchesChecker() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlanRepository> m_repository;
    std::unique_ptr<PlanEditor> m_editor;
    Plan m_stored;
    QString m_language;
    // A message box nobody queued an answer for would block the test until its time-out: close it
    // and fail instead.
    QTimer m_dialogWatch;
    QString m_unexpectedDialog;
};

void TestPlanEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_language = LanguageManager::effectiveLanguage();
    QCOMPARE(m_language, QStringLiteral("en")); // the UI of these tests is English
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

void TestPlanEditor::init()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    MessageBoxes::clearLastText();
    m_unexpectedDialog.clear();
    m_dialogWatch.start();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Result<void> opened = m_database->open(m_dir->filePath(QStringLiteral("plans.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_repository = std::make_unique<PlanRepository>(*m_database);
    const Result<Plan> saved = m_repository->save(PlanFactory().createDemo());
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    m_stored = saved.value();

    m_editor = std::make_unique<PlanEditor>(*m_repository);
    m_editor->resize(1200, 800);
    QVERIFY(m_editor->openPlan(m_stored.id));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QVERIFY(!m_editor->isModified());
    QCOMPARE(m_editor->plan().sections, m_stored.sections);
}

void TestPlanEditor::cleanup()
{
    m_dialogWatch.stop();
    QVERIFY2(m_unexpectedDialog.isEmpty(), qPrintable(QStringLiteral("Unexpected dialog: ") + m_unexpectedDialog));
    m_editor.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestPlanEditor::selectSection(const QString &key)
{
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    const int index = m_editor->plan().sectionIndex(key);
    if (!tree || index < 0)
        return false;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toInt() == index) {
            tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

Plan TestPlanEditor::storedPlan() const
{
    const Result<Plan> loaded = PlanRepository(*m_database).load(m_stored.id);
    return loaded.ok() ? loaded.value() : Plan();
}

QStringList TestPlanEditor::completenessTexts() const
{
    QStringList texts;
    auto *list = child<QListWidget>(QStringLiteral("completenessListWidget"));
    for (int row = 0; list && row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

bool TestPlanEditor::panelMatchesChecker() const
{
    const QList<MissingElement> expected = CompletenessChecker().missingElements(m_editor->plan(), m_language);
    const QStringList texts = completenessTexts();
    if (expected.isEmpty())
        return texts.size() == 1 && texts.first().startsWith(QStringLiteral("Nothing is missing"));
    if (texts.size() != expected.size())
        return false;
    for (qsizetype row = 0; row < expected.size(); ++row) {
        if (!texts.at(row).contains(expected.at(row).description) || !texts.at(row).contains(expected.at(row).clause))
            return false;
    }
    return true;
}

void TestPlanEditor::editSectionBodyUndoRedo()
{
    QVERIFY(selectSection(QStringLiteral("response.activation")));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    QVERIFY(body);
    const int index = m_editor->plan().sectionIndex(QStringLiteral("response.activation"));
    const QString oldText = m_stored.sections.at(index).body;
    QVERIFY(!oldText.isEmpty());
    QCOMPARE(body->toPlainText(), oldText);

    QSignalSpy modifiedSpy(m_editor.get(), &PlanEditor::modifiedChanged);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Extra text"));
    const QString newText = oldText + QStringLiteral(" Extra text");
    QCOMPARE(m_editor->plan().sections.at(index).body, newText);
    QVERIFY(m_editor->isModified());
    QCOMPARE(modifiedSpy.count(), 1);
    QCOMPARE(modifiedSpy.first().first().toBool(), true);
    // Typing is one step to undo, not one per character.
    QCOMPARE(m_editor->undoStack()->count(), 1);

    m_editor->undoAction()->trigger();
    QCOMPARE(body->toPlainText(), oldText);
    QCOMPARE(m_editor->plan().sections.at(index).body, oldText);
    QVERIFY(!m_editor->isModified());

    m_editor->redoAction()->trigger();
    QCOMPARE(body->toPlainText(), newText);
    QCOMPARE(m_editor->plan().sections.at(index).body, newText);
    QVERIFY(m_editor->isModified());

    // Undo shows the section it changes, even when another one is selected meanwhile.
    QVERIFY(selectSection(QStringLiteral("general.purpose")));
    m_editor->undoAction()->trigger();
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toInt(), index);
    QCOMPARE(body->toPlainText(), oldText);
}

void TestPlanEditor::keyboardUndoUsesTheEditorStack()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QVERIFY(selectSection(QStringLiteral("general.scope")));
    const int index = m_editor->plan().sectionIndex(QStringLiteral("general.scope"));
    auto *title = child<QLineEdit>(QStringLiteral("sectionTitleLineEdit"));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" A"));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" B"));
    QCOMPARE(m_editor->undoStack()->count(), 2);

    // Ctrl+Z in the title field undoes the body edit (the editor's last step), not the field's own typing.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->plan().sections.at(index).body, m_stored.sections.at(index).body);
    QCOMPARE(m_editor->plan().sections.at(index).title, m_stored.sections.at(index).title + QStringLiteral(" A"));
    QCOMPARE(title->text(), m_stored.sections.at(index).title + QStringLiteral(" A"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), m_stored.sections.at(index).title);
    QVERIFY(!m_editor->isModified());
    // Further Ctrl+Z with nothing left to undo leaves the field alone.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), m_stored.sections.at(index).title);
    QVERIFY(!m_editor->isModified());
}

void TestPlanEditor::saveWritesToTheDatabase()
{
    QSignalSpy savedSpy(m_editor.get(), &PlanEditor::planSaved);
    auto *tabs = child<QTabWidget>(QStringLiteral("editorTabWidget"));
    auto *details = child<QWidget>(QStringLiteral("planDetailsForm"));
    QVERIFY(tabs && details);
    tabs->setCurrentWidget(details);
    auto *title = child<QLineEdit>(QStringLiteral("planTitleLineEdit"));
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Revised plan"));
    QVERIFY(selectSection(QStringLiteral("response.handling")));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Isolate the host."));
    QVERIFY(m_editor->isModified());

    QVERIFY(m_editor->save());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(savedSpy.first().first().toLongLong(), m_stored.id);

    // Read the file back through a fresh connection.
    const QString path = m_database->path();
    const Plan edited = m_editor->plan();
    m_editor.reset();
    m_repository.reset();
    m_database.reset();
    Database reopened;
    QVERIFY(reopened.open(path).ok());
    const Result<Plan> loaded = PlanRepository(reopened).load(m_stored.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().title, QStringLiteral("Revised plan"));
    const int index = edited.sectionIndex(QStringLiteral("response.handling"));
    QCOMPARE(loaded.value().sections.at(index).body,
             m_stored.sections.at(index).body + QStringLiteral(" Isolate the host."));
    QCOMPARE(loaded.value().sections, edited.sections);
    QCOMPARE(loaded.value().contacts, edited.contacts);
    QCOMPARE(loaded.value().levels, edited.levels);
    QCOMPARE(loaded.value().reportingSteps, edited.reportingSteps);
    QVERIFY(loaded.value().sections != m_stored.sections);
}

void TestPlanEditor::unsavedChangesPrompt()
{
    QVERIFY(selectSection(QStringLiteral("response.remedial")));
    const int index = m_editor->plan().sectionIndex(QStringLiteral("response.remedial"));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Restore from backup."));
    const QString changed = m_stored.sections.at(index).body + QStringLiteral(" Restore from backup.");

    // Cancel: nothing happens, the changes stay.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_editor->maybeSave());
    QVERIFY(MessageBoxes::lastText().contains(m_stored.title));
    QVERIFY(m_editor->isModified());
    QCOMPARE(m_editor->plan().sections.at(index).body, changed);
    QCOMPARE(body->toPlainText(), changed);

    // Discard: the changes go, the database is untouched.
    MessageBoxes::clearLastText();
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_editor->maybeSave());
    QVERIFY(!MessageBoxes::lastText().isEmpty());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(m_editor->plan().sections, m_stored.sections);
    QCOMPARE(storedPlan().sections, m_stored.sections);
    QCOMPARE(m_editor->undoStack()->count(), 0);

    // Save: the changes are written.
    QVERIFY(selectSection(QStringLiteral("response.remedial")));
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Restore from backup."));
    MessageBoxes::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_editor->maybeSave());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(storedPlan().sections.at(index).body, changed);

    // Nothing to save: no question at all.
    MessageBoxes::clearLastText();
    QVERIFY(m_editor->maybeSave());
    QVERIFY(MessageBoxes::lastText().isEmpty());
}

void TestPlanEditor::backToPlansAsksFirst()
{
    QSignalSpy closeSpy(m_editor.get(), &PlanEditor::closeRequested);
    QAction *back = m_editor->closeAction();
    QCOMPARE(back->objectName(), QStringLiteral("backToPlansAction"));
    QVERIFY(selectSection(QStringLiteral("general.purpose")));
    QTest::keyClicks(child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit")), QStringLiteral("x"));

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    back->trigger();
    QCOMPARE(closeSpy.count(), 0);
    QVERIFY(m_editor->isModified());

    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    back->trigger();
    QCOMPARE(closeSpy.count(), 1);
    QVERIFY(!m_editor->isModified());
}

void TestPlanEditor::completenessPanelFollowsTheText()
{
    // The clause and the description come from the reference data, in the UI language.
    const ReferenceData::Requirement *activation = nullptr;
    for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
        if (requirement.check == QLatin1String("section:response.activation"))
            activation = &requirement;
    }
    QVERIFY(activation);
    const QString clause = activation->clause.in(m_language);
    QVERIFY(!clause.isEmpty());

    auto *list = child<QListWidget>(QStringLiteral("completenessListWidget"));
    auto *titleLabel = child<QLabel>(QStringLiteral("completenessTitleLabel"));
    QVERIFY(list && titleLabel);
    const auto mentionsActivation = [&] {
        for (const QString &text : completenessTexts()) {
            if (text.contains(activation->description.in(m_language)) && text.contains(clause))
                return true;
        }
        return false;
    };
    QVERIFY(!mentionsActivation());

    QVERIFY(selectSection(QStringLiteral("response.activation")));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Delete);
    QVERIFY(body->toPlainText().isEmpty());
    QVERIFY(mentionsActivation());

    // The panel says exactly what the checker says.
    const QList<MissingElement> expected = CompletenessChecker().missingElements(m_editor->plan(), m_language);
    QCOMPARE(list->count(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QVERIFY(list->item(row)->text().contains(expected.at(row).description));
        QVERIFY(list->item(row)->text().contains(expected.at(row).clause));
    }
    QCOMPARE(titleLabel->text(), expected.size() == 1 ? QStringLiteral("Still missing: 1 element")
                                                      : QStringLiteral("Still missing: %1 elements").arg(expected.size()));

    // Double-clicking the item goes to the section.
    auto *tabs = child<QTabWidget>(QStringLiteral("editorTabWidget"));
    QVERIFY(selectSection(QStringLiteral("general.purpose")));
    tabs->setCurrentIndex(2);
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(activation->description.in(m_language)))
            item = list->item(row);
    }
    QVERIFY(item);
    list->scrollToItem(item);
    QCoreApplication::processEvents(); // the list lays its items out lazily
    QVERIFY(list->viewport()->rect().contains(list->visualItemRect(item).center()));
    // A double click as the window system delivers it: press, release, press, double click, release.
    const QPoint centre = list->visualItemRect(item).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(tabs->currentIndex(), 0);
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toInt(),
             m_editor->plan().sectionIndex(QStringLiteral("response.activation")));

    // Writing the text again makes the item go away.
    QTest::keyClicks(body, QStringLiteral("The leading group activates the plan."));
    QVERIFY(!mentionsActivation());
    QVERIFY(panelMatchesChecker());
}

void TestPlanEditor::completenessDrillItemOnlyForCii()
{
    const ReferenceData::Requirement *drills = nullptr;
    for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
        if (requirement.check == QLatin1String("section:prevention.drills"))
            drills = &requirement;
    }
    QVERIFY(drills);
    QVERIFY(drills->ciiOnly);
    const QString drillText = drills->description.in(m_language);
    const auto mentionsDrills = [&] {
        const QStringList texts = completenessTexts();
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(drillText); });
    };

    QCOMPARE(m_editor->plan().profile, OperatorProfile::CriticalInfrastructure);
    QVERIFY(selectSection(QStringLiteral("prevention.drills")));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Backspace);
    QVERIFY(m_editor->plan().sections.at(m_editor->plan().sectionIndex(QStringLiteral("prevention.drills"))).body.isEmpty());
    QVERIFY(mentionsDrills());

    // An ordinary network operator has no Art. 36 (old Art. 34) duty to drill.
    auto *profile = child<QComboBox>(QStringLiteral("operatorProfileComboBox"));
    QVERIFY(profile);
    profile->setCurrentIndex(profile->findData(operatorProfileKey(OperatorProfile::Ordinary)));
    QCOMPARE(m_editor->plan().profile, OperatorProfile::Ordinary);
    QVERIFY(!mentionsDrills());
    QVERIFY(panelMatchesChecker());

    // Undo brings the CII profile, and the drill item, back.
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().profile, OperatorProfile::CriticalInfrastructure);
    QCOMPARE(profile->currentData().toString(), operatorProfileKey(OperatorProfile::CriticalInfrastructure));
    QVERIFY(mentionsDrills());
    QVERIFY(panelMatchesChecker());
}

void TestPlanEditor::outlineMarksEmptyAndMissingSections()
{
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    auto *list = child<QListWidget>(QStringLiteral("completenessListWidget"));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    QVERIFY(tree && list && body);
    const auto itemFor = [&](const QString &key) -> QTreeWidgetItem * {
        const int index = m_editor->plan().sectionIndex(key);
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toInt() == index)
                return *it;
        }
        return nullptr;
    };
    const auto markOf = [&](const QString &key) {
        QTreeWidgetItem *item = itemFor(key);
        return item ? item->data(0, SectionTreeWidget::MarkRole).toInt() : -1;
    };
    const ReferenceData::Requirement *grading = nullptr;
    for (const ReferenceData::Requirement &requirement : ReferenceData::builtIn().requirements) {
        if (requirement.check == QLatin1String("section:warning.grading"))
            grading = &requirement;
    }
    QVERIFY(grading);
    const QString clause = grading->clause.in(m_language);
    QCOMPARE(markOf(QStringLiteral("warning.grading")), int(SectionTreeWidget::NoMark));
    QCOMPARE(markOf(QStringLiteral("warning")), int(SectionTreeWidget::NoMark)); // a chapter is a heading

    // 预警分级 with only spaces left: marked in the outline with what is missing and the clause, and listed.
    QVERIFY(selectSection(QStringLiteral("warning.grading")));
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("   "));
    QCOMPARE(markOf(QStringLiteral("warning.grading")), int(SectionTreeWidget::RequiredMark));
    QTreeWidgetItem *item = itemFor(QStringLiteral("warning.grading"));
    QVERIFY(!item->icon(0).isNull());
    QVERIFY2(item->toolTip(0).contains(clause.toHtmlEscaped()), qPrintable(item->toolTip(0)));
    QVERIFY(item->toolTip(0).contains(QStringLiteral("no text yet")));
    QVERIFY(panelMatchesChecker());
    QVERIFY(completenessTexts().join(QLatin1Char('\n')).contains(clause));

    // A section no rule asks for is greyed when empty, without a warning.
    QVERIFY(selectSection(QStringLiteral("prevention.awareness")));
    body->selectAll();
    QTest::keyClick(body, Qt::Key_Delete);
    QCOMPARE(markOf(QStringLiteral("prevention.awareness")), int(SectionTreeWidget::EmptyMark));
    QVERIFY(itemFor(QStringLiteral("prevention.awareness"))->icon(0).isNull());
    QTest::keyClicks(body, QStringLiteral("Posters."));
    QCOMPARE(markOf(QStringLiteral("prevention.awareness")), int(SectionTreeWidget::NoMark));

    // Deleted: the chapter it belongs in says so, and the panel names the section.
    QVERIFY(selectSection(QStringLiteral("warning.grading")));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("removeSectionToolButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().sectionIndex(QStringLiteral("warning.grading")), -1);
    QCOMPARE(markOf(QStringLiteral("warning")), int(SectionTreeWidget::RequiredMark));
    QString gradingTitle; // the skeleton's title, in the plan's language
    for (const ReferenceData::SkeletonSection &section : ReferenceData::builtIn().skeleton) {
        if (section.key == QLatin1String("warning.grading"))
            gradingTitle = section.title.in(m_editor->plan().language);
    }
    QVERIFY(!gradingTitle.isEmpty());
    QVERIFY2(itemFor(QStringLiteral("warning"))->toolTip(0).contains(gradingTitle),
             qPrintable(itemFor(QStringLiteral("warning"))->toolTip(0)));
    QListWidgetItem *missing = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(CompletenessPanel::SectionKeyRole).toString() == QLatin1String("warning.grading"))
            missing = list->item(row);
    }
    QVERIFY(missing);
    QVERIFY2(missing->text().contains(QStringLiteral("\"%1\" is missing").arg(gradingTitle)), qPrintable(missing->text()));
    QVERIFY(missing->text().contains(clause));

    // Activating it puts the section back with its default text, in its place, selected; undo removes it again.
    emit list->itemActivated(missing);
    const int index = m_editor->plan().sectionIndex(QStringLiteral("warning.grading"));
    QCOMPARE(index, m_stored.sectionIndex(QStringLiteral("warning.grading")));
    QCOMPARE(m_editor->plan().sections.at(index).depth, 1);
    QVERIFY(!m_editor->plan().sections.at(index).body.trimmed().isEmpty());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toInt(), index);
    QCOMPARE(body->toPlainText(), m_editor->plan().sections.at(index).body);
    QCOMPARE(markOf(QStringLiteral("warning")), int(SectionTreeWidget::NoMark));
    QVERIFY(panelMatchesChecker());
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().sectionIndex(QStringLiteral("warning.grading")), -1);
}

void TestPlanEditor::addContactRowThenUndo()
{
    auto *table = child<QTableWidget>(QStringLiteral("contactsTableWidget"));
    auto *addButton = child<QPushButton>(QStringLiteral("addContactPushButton"));
    QVERIFY(table && addButton);
    child<QTabWidget>(QStringLiteral("editorTabWidget"))->setCurrentIndex(2);
    const int rows = table->rowCount();
    QCOMPARE(rows, m_stored.contacts.size());
    table->setCurrentCell(rows - 1, 2);

    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows + 1);
    QCOMPARE(m_editor->plan().contacts.size(), rows + 1);
    const int newRow = rows;
    QCOMPARE(table->currentRow(), newRow);

    // Type a name into the new row's name cell, as a user would.
    const int nameColumn = 2;
    table->setCurrentCell(newRow, nameColumn);
    table->editItem(table->item(newRow, nameColumn));
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Zhang San"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits the cell from a queued call, as it does for a real key press.
    QTRY_COMPARE(m_editor->plan().contacts.at(newRow).name, QStringLiteral("Zhang San"));
    QCOMPARE(table->item(newRow, nameColumn)->text(), QStringLiteral("Zhang San"));

    m_editor->undoAction()->trigger();
    QCOMPARE(table->rowCount(), rows + 1);
    QVERIFY(m_editor->plan().contacts.at(newRow).name.isEmpty());
    m_editor->undoAction()->trigger();
    QCOMPARE(table->rowCount(), rows);
    QCOMPARE(m_editor->plan().contacts, m_stored.contacts);
    QVERIFY(!m_editor->isModified());

    m_editor->redoAction()->trigger();
    m_editor->redoAction()->trigger();
    QCOMPARE(table->rowCount(), rows + 1);
    QCOMPARE(table->item(newRow, nameColumn)->text(), QStringLiteral("Zhang San"));

    // Removing a row is one step too.
    table->setCurrentCell(0, nameColumn);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeContactPushButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().contacts.size(), rows);
    QCOMPARE(m_editor->plan().contacts.first(), m_stored.contacts.at(1));
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().contacts.first(), m_stored.contacts.first());
}

void TestPlanEditor::pasteContactRowsFromSpreadsheet()
{
    auto *table = child<QTableWidget>(QStringLiteral("contactsTableWidget"));
    child<QTabWidget>(QStringLiteral("editorTabWidget"))->setCurrentIndex(2);
    const int rows = table->rowCount();
    table->setCurrentCell(rows - 1, 0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addContactPushButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().contacts.size(), rows + 1);

    // Two rows copied from a spreadsheet, pasted into the new row's first cell: the second is appended.
    table->setCurrentCell(rows, 0);
    QApplication::clipboard()->setText(
        QStringLiteral("Emergency office\tDuty officer\t李四\tKeeps the log\t010-1234\t13800000000\t王五\tyes\r\n"
                       "External contact\tPolice\t网警\t\t110\t\t\t\r\n"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(table->rowCount(), rows + 2);
    const QList<Contact> contacts = m_editor->plan().contacts;
    QCOMPARE(contacts.size(), rows + 2);
    QCOMPARE(contacts.at(rows).team, ContactTeam::Office);
    QCOMPARE(contacts.at(rows).role, QStringLiteral("Duty officer"));
    QCOMPARE(contacts.at(rows).name, QStringLiteral("李四"));
    QCOMPARE(contacts.at(rows).officePhone, QStringLiteral("010-1234"));
    QCOMPARE(contacts.at(rows).deputy, QStringLiteral("王五"));
    QVERIFY(contacts.at(rows).onDuty24h);
    QCOMPARE(contacts.at(rows + 1).team, ContactTeam::External);
    QCOMPARE(contacts.at(rows + 1).officePhone, QStringLiteral("110"));
    QVERIFY(!contacts.at(rows + 1).onDuty24h);
    // The whole paste is one step.
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().contacts.size(), rows + 1);
    QCOMPARE(table->rowCount(), rows + 1);
    QVERIFY(m_editor->plan().contacts.at(rows).name.isEmpty());
}

void TestPlanEditor::tableKeysMoveBetweenCells()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto *table = child<QTableWidget>(QStringLiteral("contactsTableWidget"));
    auto *addButton = child<QPushButton>(QStringLiteral("addContactPushButton"));
    QVERIFY(table && addButton);
    child<QTabWidget>(QStringLiteral("editorTabWidget"))->setCurrentIndex(2);
    const int rows = table->rowCount();
    table->setCurrentCell(rows - 1, 0);
    QSignalSpy added(addButton, &QPushButton::clicked);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    const int row = rows; // after the current row, the last one

    // The new row is being edited in its first text column (Role; Team holds the row above's team).
    QCOMPARE(table->currentRow(), row);
    QCOMPARE(table->currentColumn(), 1);
    // The open editor of a cell is its index widget.
    QTRY_VERIFY(table->indexWidget(table->currentIndex()));
    auto focusedEditorAt = [table](int column) -> QWidget * {
        QWidget *focus = QApplication::focusWidget();
        QWidget *editor = table->indexWidget(table->currentIndex());
        if (!focus || !editor || table->currentColumn() != column)
            return nullptr;
        return editor == focus || editor->isAncestorOf(focus) ? focus : nullptr;
    };
    QVERIFY(qobject_cast<QLineEdit *>(focusedEditorAt(1)));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Duty officer"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QLineEdit *>(focusedEditorAt(2)));
    QCOMPARE(m_editor->plan().contacts.at(row).role, QStringLiteral("Duty officer"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Li Si"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);

    // The multi-line cell: Shift+Enter is a new line, Tab commits and goes on to the next cell.
    auto *duties = qobject_cast<QPlainTextEdit *>(focusedEditorAt(3));
    QVERIFY(duties);
    QTest::keyClicks(duties, QStringLiteral("Keeps the log"));
    QTest::keyClick(duties, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(duties, QStringLiteral("and the roster"));
    QCOMPARE(duties->toPlainText(), QStringLiteral("Keeps the log\nand the roster"));
    QTest::keyClick(duties, Qt::Key_Tab);
    QWidget *phone = focusedEditorAt(4);
    QVERIFY2(qobject_cast<QLineEdit *>(phone), QApplication::focusWidget()
                                                  ? qPrintable(QApplication::focusWidget()->objectName())
                                                  : "no focus");
    QCOMPARE(m_editor->plan().contacts.at(row).duties, QStringLiteral("Keeps the log\nand the roster"));
    // A space typed now goes into the cell, never onto a button.
    QTest::keyClick(phone, Qt::Key_Space);
    QCOMPARE(added.count(), 1);
    QCOMPARE(table->rowCount(), rows + 1);

    // Shift+Tab goes back into the multi-line cell; Enter commits it and ends the editing.
    QTest::keyClick(phone, Qt::Key_Backtab, Qt::ShiftModifier);
    duties = qobject_cast<QPlainTextEdit *>(focusedEditorAt(3));
    QVERIFY(duties);
    QCOMPARE(duties->toPlainText(), QStringLiteral("Keeps the log\nand the roster"));
    QTest::keyClicks(duties, QStringLiteral(" daily"));
    QTest::keyClick(duties, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
    QCOMPARE(m_editor->plan().contacts.at(row).duties, QStringLiteral("Keeps the log\nand the roster daily"));
    QCOMPARE(m_editor->plan().contacts.at(row).name, QStringLiteral("Li Si"));
    QCOMPARE(added.count(), 1);
    QCOMPARE(table->rowCount(), rows + 1);
}

void TestPlanEditor::editDetailsUndoAndStatusTranslation()
{
    auto *status = child<QComboBox>(QStringLiteral("planStatusComboBox"));
    auto *approver = child<QLineEdit>(QStringLiteral("approverLineEdit"));
    QVERIFY(status && approver);
    QStringList expected;
    for (PlanStatus s : allPlanStatuses())
        expected << QCoreApplication::translate("PlanStatus", planStatusSourceText(s));
    QStringList shown;
    for (int i = 0; i < status->count(); ++i)
        shown << status->itemText(i);
    QCOMPARE(shown, expected);

    status->setCurrentIndex(status->findData(planStatusKey(PlanStatus::Approved)));
    QCOMPARE(m_editor->plan().status, PlanStatus::Approved);
    QTest::keyClicks(approver, QStringLiteral("Director Wang"));
    QCOMPARE(m_editor->plan().approver, QStringLiteral("Director Wang"));
    QCOMPARE(m_editor->undoStack()->count(), 2);
    m_editor->undoAction()->trigger();
    QVERIFY(approver->text().isEmpty());
    QCOMPARE(m_editor->plan().status, PlanStatus::Approved);
    m_editor->undoAction()->trigger();
    QCOMPARE(status->currentData().toString(), planStatusKey(m_stored.status));
    QVERIFY(!m_editor->isModified());
}

void TestPlanEditor::sectionTreeAddMoveRemove()
{
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    auto *title = child<QLineEdit>(QStringLiteral("sectionTitleLineEdit"));
    QVERIFY(tree && title);
    const int count = int(m_stored.sections.size());
    QVERIFY(selectSection(QStringLiteral("general")));
    const int generalEnd = m_stored.sectionIndex(QStringLiteral("organisation"));

    // A subsection goes at the end of the chapter, one level down, and its title is ready to type over.
    QTest::mouseClick(child<QToolButton>(QStringLiteral("addSubsectionToolButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().sections.size(), count + 1);
    QCOMPARE(m_editor->plan().sections.at(generalEnd).depth, 1);
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toInt(), generalEnd);
    QTest::keyClicks(title, QStringLiteral("Definitions"));
    QCOMPARE(m_editor->plan().sections.at(generalEnd).title, QStringLiteral("Definitions"));
    QVERIFY(tree->currentItem()->text(0).endsWith(QStringLiteral("Definitions")));
    QVERIFY(m_editor->plan().isValid());

    // Move it up one place, then undo the move.
    QTest::mouseClick(child<QToolButton>(QStringLiteral("moveSectionUpToolButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().sections.at(generalEnd - 1).title, QStringLiteral("Definitions"));
    QCOMPARE(m_editor->plan().sections.at(generalEnd).key, m_stored.sections.at(generalEnd - 1).key);
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().sections.at(generalEnd).title, QStringLiteral("Definitions"));

    // Move a whole chapter down past the next one: its subsections travel with it.
    QVERIFY(selectSection(QStringLiteral("warning")));
    const int warningIndex = m_stored.sectionIndex(QStringLiteral("warning")) + 1;
    QTest::mouseClick(child<QToolButton>(QStringLiteral("moveSectionDownToolButton")), Qt::LeftButton);
    const Plan moved = m_editor->plan();
    QVERIFY(moved.isValid());
    QCOMPARE(moved.sections.at(warningIndex).key, QStringLiteral("response"));
    QVERIFY(moved.sectionIndex(QStringLiteral("warning")) > moved.sectionIndex(QStringLiteral("response.end")));
    QCOMPARE(moved.sectionIndex(QStringLiteral("warning.grading")), moved.sectionIndex(QStringLiteral("warning")) + 1);

    // Removing asks first; Cancel keeps it.
    QVERIFY(selectSection(QStringLiteral("investigation")));
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("removeSectionToolButton")), Qt::LeftButton);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("subsection")));
    QVERIFY(m_editor->plan().sectionIndex(QStringLiteral("investigation")) >= 0);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QToolButton>(QStringLiteral("removeSectionToolButton")), Qt::LeftButton);
    QCOMPARE(m_editor->plan().sectionIndex(QStringLiteral("investigation")), -1);
    QCOMPARE(m_editor->plan().sectionIndex(QStringLiteral("investigation.assessment")), -1);

    // Everything undoes back to the stored plan.
    while (m_editor->undoStack()->canUndo())
        m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->plan().sections, m_stored.sections);
    QCOMPARE(tree->topLevelItemCount(), 9);
    QVERIFY(!m_editor->isModified());
}

void TestPlanEditor::deleteAsksForConfirmation()
{
    QSignalSpy deletedSpy(m_editor.get(), &PlanEditor::planDeleted);
    QAction *remove = m_editor->deleteAction();
    QCOMPARE(remove->objectName(), QStringLiteral("editorDeletePlanAction"));

    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    remove->trigger();
    QVERIFY(MessageBoxes::lastText().contains(m_stored.title));
    QCOMPARE(deletedSpy.count(), 0);
    QVERIFY(m_repository->load(m_stored.id).ok());

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    QCOMPARE(deletedSpy.count(), 1);
    QCOMPARE(deletedSpy.first().first().toLongLong(), m_stored.id);
    QVERIFY(!m_repository->load(m_stored.id).ok());
    QVERIFY(m_repository->listPlans().value().isEmpty());
    QVERIFY(!m_editor->isModified());
}

void TestPlanEditor::saveFailureKeepsTheEdits()
{
    child<QTabWidget>(QStringLiteral("editorTabWidget"))->setCurrentIndex(1);
    auto *title = child<QLineEdit>(QStringLiteral("planTitleLineEdit"));
    QCOMPARE(title->text(), m_stored.title);
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(m_editor->plan().title.isEmpty());
    QVERIFY(m_editor->isModified());

    MessageBoxes::clearLastText();
    QSignalSpy savedSpy(m_editor.get(), &PlanEditor::planSaved);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_editor->save());
    QCOMPARE(savedSpy.count(), 0);
    const QStringList problems = m_editor->plan().validationProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("title")));
    QVERIFY2(MessageBoxes::lastText().contains(problems.first()), qPrintable(MessageBoxes::lastText()));
    QVERIFY(m_editor->isModified());
    QVERIFY(title->text().isEmpty());
    QCOMPARE(storedPlan().title, m_stored.title);

    // Put a title back and the same edits save.
    QTest::keyClicks(title, QStringLiteral("Plan with a new title"));
    QVERIFY(m_editor->save());
    QCOMPARE(storedPlan().title, QStringLiteral("Plan with a new title"));
}

void TestPlanEditor::storageFailureKeepsTheEdits()
{
    QVERIFY(selectSection(QStringLiteral("general.purpose")));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Kept."));
    // Someone removes the plan behind the editor's back: the database refuses the update.
    QVERIFY(PlanRepository(*m_database).remove(m_stored.id).ok());
    MessageBoxes::clearLastText();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_editor->save());
    QVERIFY2(MessageBoxes::lastText().contains(QString::number(m_stored.id)), qPrintable(MessageBoxes::lastText()));
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->plan().sections.at(m_stored.sectionIndex(QStringLiteral("general.purpose")))
                .body.endsWith(QStringLiteral(" Kept.")));
    QVERIFY(body->toPlainText().endsWith(QStringLiteral(" Kept.")));
}

void TestPlanEditor::markupIsPlainText()
{
    const QString markup = QStringLiteral("<b>x</b> & <img src=x>");
    QVERIFY(selectSection(QStringLiteral("general.scope")));
    const int index = m_stored.sectionIndex(QStringLiteral("general.scope"));
    auto *title = child<QLineEdit>(QStringLiteral("sectionTitleLineEdit"));
    auto *body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    title->selectAll();
    QTest::keyClicks(title, markup);
    body->selectAll();
    QTest::keyClicks(body, markup);
    QCOMPARE(m_editor->plan().sections.at(index).title, markup);
    QCOMPARE(m_editor->plan().sections.at(index).body, markup);
    auto *tree = child<QTreeWidget>(QStringLiteral("sectionTreeWidget"));
    QVERIFY(tree->currentItem()->text(0).endsWith(markup));
    QVERIFY(m_editor->save());

    const Plan stored = storedPlan();
    QCOMPARE(stored.sections.at(index).title, markup);
    QCOMPARE(stored.sections.at(index).body, markup);

    // Open it again: the fields show the characters as typed.
    QVERIFY(m_editor->openPlan(m_stored.id));
    QVERIFY(selectSection(QStringLiteral("general.scope")));
    QCOMPARE(title->text(), markup);
    QCOMPARE(body->toPlainText(), markup);
    QVERIFY(tree->currentItem()->text(0).endsWith(markup));

    // Tool tips are rich text: the ones that show typed text must carry it escaped.
    const QString treeTip = tree->currentItem()->toolTip(0);
    QVERIFY2(treeTip.contains(markup.toHtmlEscaped()) && !treeTip.contains(markup), qPrintable(treeTip));

    // A long cell shows in full in its tool tip, escaped, with the text it holds now.
    auto *contacts = child<QTableWidget>(QStringLiteral("contactsTableWidget"));
    const QString longDuties = markup + QStringLiteral(" — duties long enough to need a tool tip");
    contacts->item(0, 3)->setData(Qt::EditRole, longDuties); // as the cell editor writes it
    const QRect cell = contacts->visualItemRect(contacts->item(0, 3));
    QHelpEvent help(QEvent::ToolTip, cell.center(), contacts->viewport()->mapToGlobal(cell.center()));
    QVERIFY(contacts->itemDelegate()->helpEvent(&help, contacts, QStyleOptionViewItem(), contacts->model()->index(0, 3)));
    QVERIFY2(QToolTip::text().contains(longDuties.toHtmlEscaped()), qPrintable(QToolTip::text()));
    QVERIFY2(!QToolTip::text().contains(markup), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

QTEST_MAIN(TestPlanEditor)
#include "TestPlanEditor.moc"

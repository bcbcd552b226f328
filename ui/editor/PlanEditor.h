#pragma once

#include "core/compliance/MissingElement.h"

#include "core/domain/Plan.h"

#include <QWidget>

class PlanRepository;
class QUndoStack;
class QAction;

// Edits one plan: the section tree with an editor for each section, the plan's details (title,
// organisation, profile, status, dates…), the contact table, the level table, categories and the
// reporting chain, with a completeness panel that names the clause behind every missing part.
// Every change is undoable; nothing is written until save().
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanEditor(PlanRepository &repository, QWidget *parent = nullptr);
    ~PlanEditor() override;

    // Loads the plan from the repository; shows the error and returns false on failure.
    bool openPlan(qint64 planId);
    Plan plan() const;
    // Findings from outside the plan's own text (drill records that require a revision), listed in
    // the completeness panel after the checker's own until they are cleared.
    void setExternalFindings(const QList<MissingElement> &findings);
    bool isModified() const;
    QUndoStack *undoStack() const;

    // Writes the plan in one transaction; shows the error and returns false on failure.
    bool save();
    // If modified, asks Save / Discard / Cancel; returns false if the user cancelled (or saving failed).
    bool maybeSave();

    // Actions for the window's menus (they also sit on the editor's own toolbar).
    QAction *saveAction() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    QAction *deleteAction() const;
    QAction *exportPdfAction() const;
    QAction *printPreviewAction() const;
    QAction *closeAction() const;

signals:
    void planSaved(qint64 planId);
    void planDeleted(qint64 planId);
    void modifiedChanged(bool modified);
    // "Back to the plan list"; emitted only after maybeSave() agreed.
    void closeRequested();
    // The window exports / previews the current (possibly unsaved) plan().
    void exportPdfRequested();
    void printPreviewRequested();

private:
    class Private;
    Private *d;
};

#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;

// A dialog that edits one thing and checks it before it is saved. OK (or Save) first checks what
// the dialog shows: the problems are listed in red in errorLabel() and the dialog stays open with
// everything entered. Then the subclass saves it, and a failed save keeps the dialog open with the
// reason shown the same way. Cancel asks Save / Discard / Cancel if anything was changed.
// While problems are shown, recheck() (connected to every edit) keeps the list up to date.
class ValidatingDialog : public QDialog
{
    Q_OBJECT

public:
    // The subclass places errorLabel() in its layout; `errorLabelName` is its object name.
    explicit ValidatingDialog(const QString &errorLabelName, QWidget *parent = nullptr);

    QLabel *errorLabel() const { return m_errorLabel; }
    // Whether the user changed anything.
    virtual bool hasChanges() const = 0;

    // Validates and saves; stays open on a problem or a failed save.
    void accept() override;
    // Asks before throwing away changes (Save / Discard / Cancel).
    void reject() override;

protected:
    // The question Cancel asks when something was changed, already translated.
    void setSaveQuestion(const QString &title, const QString &text);

    // Ends any edit still open in a table, so that it counts.
    virtual void commitPendingEdits() = 0;
    // What is wrong with what the dialog shows, one translated sentence each.
    virtual QStringList validationProblems() const = 0;
    // Shows the tab and the field of the first problem.
    virtual void focusFirstProblem() = 0;
    // Saves what the dialog shows (once it is valid); returns why it was not saved, as one
    // translated sentence, or an empty string.
    virtual QString save() = 0;

    void showProblems(const QStringList &problems);
    // Updates the problems while they are shown.
    void recheck();

private:
    QLabel *m_errorLabel = nullptr;
    QString m_saveQuestionTitle;
    QString m_saveQuestionText;
};

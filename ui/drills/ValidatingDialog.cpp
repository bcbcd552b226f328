#include "ValidatingDialog.h"

#include "DialogParts.h"
#include "MessageBoxes.h"

#include <QLabel>

ValidatingDialog::ValidatingDialog(const QString &errorLabelName, QWidget *parent)
    : QDialog(parent), m_errorLabel(DialogParts::problemLabel(errorLabelName, this))
{
}

void ValidatingDialog::setSaveQuestion(const QString &title, const QString &text)
{
    m_saveQuestionTitle = title;
    m_saveQuestionText = text;
}

void ValidatingDialog::showProblems(const QStringList &problems)
{
    m_errorLabel->setText(problems.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!problems.isEmpty());
}

void ValidatingDialog::recheck()
{
    // Only while problems are shown: a fixed field stops being reported as soon as it is fixed.
    if (!m_errorLabel->isHidden())
        showProblems(validationProblems());
}

void ValidatingDialog::accept()
{
    commitPendingEdits();
    const QStringList found = validationProblems();
    if (!found.isEmpty()) {
        showProblems(found);
        focusFirstProblem();
        return; // stay open: nothing the user entered is lost
    }
    const QString failure = save();
    if (!failure.isEmpty()) {
        showProblems({failure});
        return;
    }
    showProblems({});
    QDialog::accept();
}

void ValidatingDialog::reject()
{
    commitPendingEdits();
    if (hasChanges()) {
        switch (MessageBoxes::question(this, m_saveQuestionTitle, m_saveQuestionText,
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save)) {
        case QMessageBox::Save: accept(); return;
        case QMessageBox::Discard: break;
        default: return;
        }
    }
    QDialog::reject();
}

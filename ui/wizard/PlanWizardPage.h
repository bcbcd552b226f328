#pragma once

#include "core/domain/Plan.h"

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QScrollArea;

// A page of the PlanWizard. Each page shows a part of the plan: it is refilled from the defaults
// where the user has not edited it, and writes its part into the plan the wizard builds.
// The page's content scrolls, so that long pages are never clipped; beneath it a red label says
// what is missing when the page refuses to go on.
class PlanWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    // `name` gives the object names: "<name>Page" and "<name>ErrorLabel".
    explicit PlanWizardPage(const QString &name, QWidget *parent = nullptr);

    // The defaults for the current language, organisation and profile. A field still showing the
    // default it was last filled with takes the new default; a field the user changed keeps its text.
    // A table counts as one field: it is refilled only while the user has changed none of its cells.
    virtual void setDefaults(const Plan &defaults) = 0;
    // Overlays this page's edits on `plan`.
    virtual void applyTo(Plan &plan) const = 0;

    QLabel *errorLabel() const { return m_errorLabel; }

protected:
    // The widget that scrolls; subclasses lay out their fields in it.
    QWidget *content() const { return m_content; }
    // Shows the problems in the error label (or hides it when there are none); true if none.
    bool reportProblems(const QStringList &problems);
    // While the page shows problems, shows the current ones: a fixed field stops being reported
    // as soon as it is fixed, not only at the next Next.
    void recheck();
    // What is missing now, in the UI language; empty if the page may go on.
    virtual QStringList problems() const { return {}; }
    // Scrolls `widget` into view and gives it the focus.
    void focusField(QWidget *widget);

private:
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_errorLabel = nullptr;
};

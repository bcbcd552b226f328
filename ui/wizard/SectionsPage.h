#pragma once

#include "PlanWizardPage.h"

class SectionEditorGroup;

// A page that only edits sections of the plan: scope and principles, monitoring and warning,
// investigation / prevention / safeguards / supplementary provisions.
class SectionsPage : public PlanWizardPage
{
    Q_OBJECT

public:
    SectionsPage(const QString &name, const QStringList &sectionKeys, QWidget *parent = nullptr);

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;

    SectionEditorGroup *sections() const { return m_sections; }

private:
    SectionEditorGroup *m_sections = nullptr;
};

#include "SectionsPage.h"

#include "SectionEditorGroup.h"

#include <QVBoxLayout>

SectionsPage::SectionsPage(const QString &name, const QStringList &sectionKeys, QWidget *parent)
    : PlanWizardPage(name, parent)
{
    auto *layout = new QVBoxLayout(content());
    m_sections = new SectionEditorGroup(sectionKeys, content());
    layout->addWidget(m_sections);
    layout->addStretch(1);
}

void SectionsPage::setDefaults(const Plan &defaults)
{
    m_sections->setDefaults(defaults.sections);
}

void SectionsPage::applyTo(Plan &plan) const
{
    m_sections->applyTo(plan.sections);
}

#pragma once

#include "PlanWizardPage.h"
#include "core/reference/PlanFactory.h"

class QComboBox;
class QLineEdit;
class QLabel;

// Page 1: the organisation, the plan's title and language, the operator profile (which decides
// the reporting chain), the plan kind with its scenario and the confidentiality mark.
class OrganisationPage : public PlanWizardPage
{
    Q_OBJECT

public:
    OrganisationPage(const ReferenceData &data, const QString &planLanguage, const QString &uiLanguage,
                     QWidget *parent = nullptr);

    PlanFactory::Basics basics() const;

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

signals:
    // Organisation, language, profile, sector, kind or scenario changed: later pages refill.
    void basicsChanged();

protected:
    QStringList problems() const override;

private:
    QStringList checkFields(QWidget **firstField) const;
    void onBasicsEdited();
    void updateEnabledFields();

    const ReferenceData &m_data;
    const QString m_uiLanguage;
    QLineEdit *m_organisationEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QComboBox *m_sectorCombo = nullptr;
    QLabel *m_profileHint = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_scenarioEdit = nullptr;
    QLineEdit *m_confidentialityEdit = nullptr;
    // The title last proposed; while the title field still shows it, it follows the organisation.
    QString m_proposedTitle;
};

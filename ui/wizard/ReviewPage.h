#pragma once

#include "PlanWizardPage.h"

#include <functional>

class QDateEdit;
class QLabel;
class QListWidget;

// Page 8: a summary of the plan, what the law still asks for (CompletenessChecker, with the
// clause behind each element), and the effective and next review dates.
class ReviewPage : public PlanWizardPage
{
    Q_OBJECT

public:
    // `currentPlan` gives the plan as the wizard's pages describe it right now.
    ReviewPage(std::function<Plan()> currentPlan, const QString &uiLanguage, QWidget *parent = nullptr);

    void initializePage() override;
    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

protected:
    QStringList problems() const override;

private:
    void refresh();

    std::function<Plan()> m_currentPlan;
    QString m_uiLanguage;
    QLabel *m_titleValue = nullptr;
    QLabel *m_organisationValue = nullptr;
    QLabel *m_profileValue = nullptr;
    QLabel *m_sectionsValue = nullptr;
    QLabel *m_contactsValue = nullptr;
    QLabel *m_reportingValue = nullptr;
    QLabel *m_missingSummary = nullptr;
    QListWidget *m_missingList = nullptr;
    QDateEdit *m_effectiveEdit = nullptr;
    QDateEdit *m_nextReviewEdit = nullptr;
    bool m_datesSet = false;
};

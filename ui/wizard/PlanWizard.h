#pragma once

#include "core/domain/Plan.h"
#include "core/reference/PlanFactory.h"

#include "core/Result.h"

#include <QList>
#include <functional>
#include <QWizard>

class ContactsPage;
class LevelsPage;
class OrganisationPage;
class PlanWizardPage;
class ResponsePage;
class ReviewPage;
class SectionsPage;

// "New plan (guided)": asks, page by page, for the organisation and its operator profile; scope
// and principles; the emergency organisation and contacts; categories and levels; monitoring and
// warning; response, activation and reporting; investigation, recovery, prevention and
// safeguards; and shows a review. Every page arrives prefilled with the default text of the
// reference data in the plan's language; a page with a required field missing says what is
// missing and does not go on. Finishing hands plan() to the save handler the caller set; if saving
// fails, the wizard stays open with everything entered and says why.
class PlanWizard : public QWizard
{
    Q_OBJECT

public:
    // `planLanguage` is the initial document language ("zh_CN" or "en"), normally the UI's.
    explicit PlanWizard(const QString &planLanguage, QWidget *parent = nullptr);
    ~PlanWizard() override;

    // The plan as the pages describe it; complete once the wizard is accepted.
    Plan plan() const;

    // Called on Finish; returns the error that keeps the wizard open, or nothing on success.
    using SaveHandler = std::function<Result<Plan>(const Plan &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // The plan as stored by the save handler (with its id), once the wizard was accepted.
    const Plan &savedPlan() const { return m_savedPlan; }

    // Saves through the handler before closing, so that a failed save loses nothing.
    void accept() override;
    // Asks before throwing away what the user entered.
    void reject() override;

private:
    void refillDefaults();

    SaveHandler m_saveHandler;
    Plan m_savedPlan;
    const ReferenceData &m_data;
    PlanFactory m_factory;
    OrganisationPage *m_organisationPage = nullptr;
    SectionsPage *m_scopePage = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    LevelsPage *m_levelsPage = nullptr;
    SectionsPage *m_warningPage = nullptr;
    ResponsePage *m_responsePage = nullptr;
    SectionsPage *m_preventionPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    QList<PlanWizardPage *> m_pages;
    Plan m_initialPlan; // to tell whether there is anything to lose on Cancel
};

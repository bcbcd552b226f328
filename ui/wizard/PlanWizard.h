#pragma once

#include "core/domain/Plan.h"

#include <QWizard>

// "New plan (guided)": asks, page by page, for the organisation and its operator profile; scope
// and principles; the emergency organisation and contacts; categories and levels; monitoring and
// warning; response, activation and reporting; investigation, recovery, prevention and
// safeguards; and shows a review. Every page arrives prefilled with the default text of the
// reference data in the plan's language; a page with a required field missing says what is
// missing and does not go on. The plan is not saved here: the caller saves plan() on accept.
class PlanWizard : public QWizard
{
    Q_OBJECT

public:
    // `planLanguage` is the initial document language ("zh_CN" or "en"), normally the UI's.
    explicit PlanWizard(const QString &planLanguage, QWidget *parent = nullptr);
    ~PlanWizard() override;

    // The plan as the pages describe it; complete once the wizard is accepted.
    Plan plan() const;
};

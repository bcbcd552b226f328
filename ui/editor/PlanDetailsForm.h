#pragma once

#include "core/domain/Plan.h"

#include <QWidget>

class OptionalDateEdit;
class QComboBox;
class QLineEdit;

// The plan's particulars: title, organisation, operator profile, kind, version, approval state,
// dates and confidentiality mark. It shows a plan and writes its fields back into one; it emits
// `edited` with the name of the field the user changed.
class PlanDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailsForm(const QString &uiLanguage, QWidget *parent = nullptr);

    // Shows the plan's details without emitting `edited`.
    void setPlan(const Plan &plan);
    // Writes the fields this form shows into `plan`, leaving every other part alone.
    void applyTo(Plan &plan) const;

    // The fields the details form covers differ between the two plans.
    static bool detailsDiffer(const Plan &a, const Plan &b);

signals:
    void edited(const QString &field);

private:
    void updateEnabledFields();

    QLineEdit *m_titleEdit;
    QLineEdit *m_organisationEdit;
    QLineEdit *m_languageEdit;
    QComboBox *m_profileCombo;
    QComboBox *m_sectorCombo;
    QComboBox *m_kindCombo;
    QLineEdit *m_scenarioEdit;
    QLineEdit *m_versionEdit;
    QComboBox *m_statusCombo;
    QLineEdit *m_approverEdit;
    OptionalDateEdit *m_approvedOnEdit;
    OptionalDateEdit *m_publishedOnEdit;
    OptionalDateEdit *m_effectiveOnEdit;
    OptionalDateEdit *m_nextReviewOnEdit;
    QLineEdit *m_confidentialityEdit;
    bool m_setting = false;
};

#pragma once

#include "core/Result.h"
#include "core/domain/Plan.h"
#include "core/exchange/Template.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

// What a plan made from a template still needs: the organisation it is for (the template has
// {{organisation}} where its name goes), its title, the operator it is for (a template is written
// for one; a CII operator may start from a special plan written for ordinary operators) and the
// CII sector for an operator of critical information infrastructure. The reporting chain follows the
// operator chosen: when it is not the template's, the chain comes from the reporting rules, and
// the dialog says so before the plan is made. The plan is created and saved when the user
// confirms; a failed save keeps the dialog open with everything entered.
class NewPlanFromTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<Result<Plan>(const Plan &)>;

    // `organisation`: proposed, e.g. the organisation of the user's other plans.
    NewPlanFromTemplateDialog(const Template &templ, const QString &organisation, const QString &uiLanguage,
                              QWidget *parent = nullptr);

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    const Plan &savedPlan() const { return m_savedPlan; }

    QLineEdit *organisationEdit() const { return m_organisationEdit; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QComboBox *sectorCombo() const { return m_sectorCombo; }
    QComboBox *profileCombo() const { return m_profileCombo; }
    QLabel *reportingHintLabel() const { return m_reportingHint; }

    void accept() override;

private:
    QString proposedTitle() const;
    void onOrganisationEdited();
    // The sector is asked for a CII operator only; the hint says when the reporting chain is not the
    // template's.
    void onProfileChanged();
    OperatorProfile chosenProfile() const;

    Template m_template;
    SaveHandler m_saveHandler;
    Plan m_savedPlan;
    QString m_proposedTitle;
    QLineEdit *m_organisationEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_sectorCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_sectorLabel = nullptr;
    QLabel *m_reportingHint = nullptr;
};

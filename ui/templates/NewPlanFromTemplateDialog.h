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
// {{organisation}} where its name goes), its title, and the CII sector when the template is for an
// operator of critical information infrastructure. The plan is created and saved when the user
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

    void accept() override;

private:
    QString proposedTitle() const;
    void onOrganisationEdited();

    Template m_template;
    SaveHandler m_saveHandler;
    Plan m_savedPlan;
    QString m_proposedTitle;
    QLineEdit *m_organisationEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QComboBox *m_sectorCombo = nullptr;
};

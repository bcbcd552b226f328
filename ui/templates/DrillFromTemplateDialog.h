#pragma once

#include "core/Result.h"
#include "core/domain/DrillItem.h"
#include "core/domain/PlanSummary.h"
#include "core/exchange/Template.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;

// Adds a drill scenario to a plan's drill programme: which plan, and the date it is first held (a
// template has no dates). The drill happens once; a recurrence, the time and the place are set in
// the programme afterwards. Saved when the user confirms; a failed save keeps the dialog open.
class DrillFromTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<Result<DrillItem>(const DrillItem &)>;

    // `plans` must not be empty; `planId` is preselected if it is one of them.
    DrillFromTemplateDialog(const Template &templ, const QList<PlanSummary> &plans, qint64 planId,
                            QWidget *parent = nullptr);

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    const DrillItem &savedItem() const { return m_savedItem; }

    QComboBox *planCombo() const { return m_planCombo; }
    QDateEdit *firstDateEdit() const { return m_firstDateEdit; }

    void accept() override;

private:
    Template m_template;
    QList<PlanSummary> m_plans;
    SaveHandler m_saveHandler;
    DrillItem m_savedItem;
    QComboBox *m_planCombo = nullptr;
    QDateEdit *m_firstDateEdit = nullptr;
};

#pragma once

#include "PlanWizardPage.h"

class LevelTableWidget;
class QLabel;
class QPushButton;
class ReportingTableWidget;
class SectionEditorGroup;

// Page 6: activation, handling, remedial measures and end of the emergency, the response
// procedure of each level, and the reporting chain. The chain is prefilled from the operator
// profile and follows it (and the plan language) until the user edits it; after that a note
// offers to reset it.
class ResponsePage : public PlanWizardPage
{
    Q_OBJECT

public:
    explicit ResponsePage(QWidget *parent = nullptr);

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

protected:
    QStringList problems() const override;

private:
    QList<ReportingStep> reportingSteps(bool skipEmpty) const;
    void fillReporting(const QList<ReportingStep> &steps);
    void resetReporting();
    void updateReportingNotice();
    void updateButtons();

    SectionEditorGroup *m_activation = nullptr;
    SectionEditorGroup *m_handling = nullptr;
    SectionEditorGroup *m_reporting = nullptr;
    LevelTableWidget *m_levelResponseTable = nullptr;
    ReportingTableWidget *m_reportingTable = nullptr;
    QLabel *m_reportingNotice = nullptr;
    QPushButton *m_addStepButton = nullptr;
    QPushButton *m_removeStepButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QStringList m_filledResponses;       // the default responses the level table was last filled with
    QList<ReportingStep> m_filledSteps;  // what the chain was last filled with
    QList<ReportingStep> m_defaultSteps; // the chain of the current profile and language
};

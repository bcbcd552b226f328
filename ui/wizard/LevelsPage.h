#pragma once

#include "PlanWizardPage.h"
#include "core/reference/PlanFactory.h"

class QComboBox;
class QLabel;
class QTableWidget;
class SectionEditorGroup;

// Page 4: the incident category set (shown read-only, as the reference data defines it) and the
// four incident levels with their warning colours and editable criteria.
class LevelsPage : public PlanWizardPage
{
    Q_OBJECT

public:
    enum LevelColumn { LevelNameColumn, WarningColourColumn, CriteriaColumn, LevelColumnCount };

    LevelsPage(const PlanFactory &factory, const ReferenceData &data, const QString &uiLanguage,
               QWidget *parent = nullptr);

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

protected:
    QStringList problems() const override;

private:
    void showCategories();

    const PlanFactory &m_factory;
    const ReferenceData &m_data;
    QString m_language = QStringLiteral("zh_CN");
    QComboBox *m_categorySetCombo = nullptr;
    QLabel *m_categorySourceLabel = nullptr;
    QTableWidget *m_categoriesTable = nullptr;
    QTableWidget *m_levelsTable = nullptr;
    SectionEditorGroup *m_sections = nullptr;
    QString m_uiLanguage;
};

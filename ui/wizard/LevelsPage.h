#pragma once

#include "PlanWizardPage.h"
#include "core/reference/PlanFactory.h"

class CategoryTableWidget;
class LevelTableWidget;
class QComboBox;
class QLabel;
class SectionEditorGroup;

// Page 4: the incident category set (shown read-only, as the reference data defines it) and the
// four incident levels with their warning colours and editable criteria.
class LevelsPage : public PlanWizardPage
{
    Q_OBJECT

public:
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
    CategoryTableWidget *m_categoriesTable = nullptr;
    LevelTableWidget *m_levelsTable = nullptr;
    SectionEditorGroup *m_sections = nullptr;
    QString m_uiLanguage;
    QStringList m_filledCriteria; // the default criteria the table was last filled with
};

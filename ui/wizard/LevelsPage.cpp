#include "LevelsPage.h"

#include "SectionEditorGroup.h"
#include "tables/CategoryTableWidget.h"
#include "tables/LevelTableWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QStringList criteriaOf(const QList<IncidentLevel> &levels)
{
    QStringList criteria;
    for (const IncidentLevel &level : levels)
        criteria << level.criteria;
    return criteria;
}
} // namespace

LevelsPage::LevelsPage(const PlanFactory &factory, const ReferenceData &data, const QString &uiLanguage,
                       QWidget *parent)
    : PlanWizardPage(QStringLiteral("levels"), parent), m_factory(factory), m_data(data), m_uiLanguage(uiLanguage)
{
    setTitle(tr("Incident categories and levels"));
    setSubTitle(tr("How incidents are classified and graded. The criteria decide which response level applies "
                   "and whether an incident must be reported."));

    auto *layout = new QVBoxLayout(content());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_categorySetCombo = new QComboBox(content());
    m_categorySetCombo->setObjectName(QStringLiteral("categorySetComboBox"));
    m_categorySetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categorySetCombo->setMinimumContentsLength(30);
    for (const ReferenceData::CategorySet &set : m_data.categorySets)
        m_categorySetCombo->addItem(set.name.in(m_uiLanguage), set.id);
    if (const ReferenceData::CategorySet *set = m_data.defaultCategorySet())
        m_categorySetCombo->setCurrentIndex(m_categorySetCombo->findData(set->id));
    form->addRow(tr("Category &set:"), m_categorySetCombo);
    layout->addLayout(form);

    m_categorySourceLabel = new QLabel(content());
    m_categorySourceLabel->setObjectName(QStringLiteral("categorySourceLabel"));
    m_categorySourceLabel->setTextFormat(Qt::PlainText);
    m_categorySourceLabel->setWordWrap(true);
    m_categorySourceLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_categorySourceLabel);

    // The categories come with the chosen set, as the reference data defines them: nothing to edit.
    m_categoriesTable = new CategoryTableWidget(content());
    m_categoriesTable->setAccessibleName(tr("Incident categories"));
    for (int column = 0; column < m_categoriesTable->columnCount(); ++column)
        m_categoriesTable->setColumnReadOnly(column);
    m_categoriesTable->setRowCountFixed(true);
    m_categoriesTable->setShowsAllRows(true); // the page scrolls, not the table
    m_categoriesTable->setTabKeyNavigation(false);
    m_categoriesTable->verticalHeader()->setVisible(false);
    layout->addWidget(m_categoriesTable);

    auto *levelsLabel = new QLabel(tr("Incident &levels:"), content());
    layout->addSpacing(6);
    layout->addWidget(levelsLabel);
    // The levels are fixed by the reference data; this page edits their criteria, the response
    // page their response.
    m_levelsTable = new LevelTableWidget(content());
    levelsLabel->setBuddy(m_levelsTable);
    for (int column : {LevelTableWidget::CodeColumn, LevelTableWidget::NameColumn, LevelTableWidget::ColourColumn})
        m_levelsTable->setColumnReadOnly(column);
    m_levelsTable->setColumnHidden(LevelTableWidget::ResponseColumn, true);
    m_levelsTable->setRowCountFixed(true);
    m_levelsTable->setShowsAllRows(true);
    m_levelsTable->setTabKeyNavigation(false);
    m_levelsTable->verticalHeader()->setVisible(false);
    layout->addWidget(m_levelsTable);

    layout->addSpacing(6);
    m_sections = new SectionEditorGroup({QStringLiteral("general.grading")}, content());
    layout->addWidget(m_sections);
    layout->addStretch(1);

    connect(m_categorySetCombo, &QComboBox::currentIndexChanged, this, &LevelsPage::showCategories);
    connect(m_levelsTable, &LevelTableWidget::edited, this, &LevelsPage::recheck);
}

void LevelsPage::showCategories()
{
    const QString setId = m_categorySetCombo->currentData().toString();
    m_categoriesTable->setCategories(m_factory.categoriesOf(setId, m_language));
    const ReferenceData::CategorySet *set = m_data.categorySet(setId);
    m_categorySourceLabel->setText(set ? tr("Source: %1").arg(set->source.in(m_uiLanguage)) : QString());
}

void LevelsPage::setDefaults(const Plan &defaults)
{
    m_language = defaults.language;
    showCategories();
    m_sections->setDefaults(defaults.sections);

    // The levels' names and colours are not the user's to change: they always follow the plan's
    // language. The criteria follow it while they are exactly what the table was last filled
    // with; once the user has edited any of them, all of them are kept.
    QList<IncidentLevel> levels = defaults.levels;
    const QList<IncidentLevel> shown = m_levelsTable->levels();
    if (criteriaOf(shown) == m_filledCriteria) {
        m_filledCriteria = criteriaOf(levels);
    } else {
        for (qsizetype row = 0; row < levels.size() && row < shown.size(); ++row)
            levels[row].criteria = shown.at(row).criteria;
    }
    m_levelsTable->setLevels(levels);
}

void LevelsPage::applyTo(Plan &plan) const
{
    m_sections->applyTo(plan.sections);
    const QString setId = m_categorySetCombo->currentData().toString();
    plan.categorySetId = setId;
    plan.categories = m_factory.categoriesOf(setId, plan.language);
    const QList<IncidentLevel> levels = m_levelsTable->levels();
    for (qsizetype row = 0; row < plan.levels.size() && row < levels.size(); ++row)
        plan.levels[row].criteria = levels.at(row).criteria.trimmed();
}

QStringList LevelsPage::problems() const
{
    QStringList problems;
    for (const IncidentLevel &level : m_levelsTable->levels()) {
        if (level.criteria.trimmed().isEmpty())
            problems << tr("Enter the criteria of the level \"%1\".").arg(level.name);
    }
    return problems;
}

bool LevelsPage::validatePage()
{
    m_levelsTable->commitPendingEdit();
    const QList<IncidentLevel> levels = m_levelsTable->levels();
    for (int row = 0; row < levels.size(); ++row) {
        if (levels.at(row).criteria.trimmed().isEmpty()) {
            m_levelsTable->setCurrentCell(row, LevelTableWidget::CriteriaColumn);
            focusField(m_levelsTable);
            break;
        }
    }
    return reportProblems(problems());
}

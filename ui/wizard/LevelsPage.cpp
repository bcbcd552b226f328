#include "LevelsPage.h"

#include "AutoHeightTableWidget.h"
#include "MultiLineTextDelegate.h"
#include "SectionEditorGroup.h"
#include "TableCells.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// The level's warning colour as the cell's background, with text that stays readable on it.
void tint(QTableWidgetItem *item, const QString &colourHex)
{
    const QColor colour = QColor::fromString(colourHex);
    if (!colour.isValid())
        return;
    item->setBackground(colour);
    const double luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF();
    item->setForeground(luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
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

    m_categoriesTable = new AutoHeightTableWidget(0, 3, content());
    m_categoriesTable->setObjectName(QStringLiteral("categoriesTableWidget"));
    m_categoriesTable->setAccessibleName(tr("Incident categories"));
    m_categoriesTable->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Description")});
    m_categoriesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoriesTable->setTabKeyNavigation(false);
    m_categoriesTable->verticalHeader()->setVisible(false);
    m_categoriesTable->setColumnWidth(0, 70);
    m_categoriesTable->setColumnWidth(1, 200);
    m_categoriesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_categoriesTable);

    auto *levelsLabel = new QLabel(tr("Incident &levels:"), content());
    layout->addSpacing(6);
    layout->addWidget(levelsLabel);
    m_levelsTable = new AutoHeightTableWidget(0, LevelColumnCount, content());
    m_levelsTable->setObjectName(QStringLiteral("levelsTableWidget"));
    levelsLabel->setBuddy(m_levelsTable);
    m_levelsTable->setHorizontalHeaderLabels({tr("Level"), tr("Warning colour"), tr("Criteria")});
    m_levelsTable->setItemDelegateForColumn(CriteriaColumn, new MultiLineTextDelegate(m_levelsTable));
    m_levelsTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_levelsTable->setTabKeyNavigation(false);
    m_levelsTable->verticalHeader()->setVisible(false);
    m_levelsTable->setColumnWidth(LevelNameColumn, 170);
    m_levelsTable->setColumnWidth(WarningColourColumn, 110);
    m_levelsTable->horizontalHeader()->setSectionResizeMode(CriteriaColumn, QHeaderView::Stretch);
    layout->addWidget(m_levelsTable);

    layout->addSpacing(6);
    m_sections = new SectionEditorGroup({QStringLiteral("general.grading")}, content());
    layout->addWidget(m_sections);
    layout->addStretch(1);

    connect(m_categorySetCombo, &QComboBox::currentIndexChanged, this, &LevelsPage::showCategories);
    connect(m_levelsTable, &QTableWidget::itemChanged, this, &LevelsPage::recheck);
}

void LevelsPage::showCategories()
{
    const QString setId = m_categorySetCombo->currentData().toString();
    const QList<IncidentCategory> categories = m_factory.categoriesOf(setId, m_language);
    m_categoriesTable->setRowCount(0);
    for (const IncidentCategory &category : categories) {
        const int row = m_categoriesTable->rowCount();
        m_categoriesTable->insertRow(row);
        m_categoriesTable->setItem(row, 0, TableCells::readOnly(category.code));
        m_categoriesTable->setItem(row, 1, TableCells::readOnly(category.name));
        m_categoriesTable->setItem(row, 2, TableCells::readOnly(category.description));
    }
    const ReferenceData::CategorySet *set = m_data.categorySet(setId);
    m_categorySourceLabel->setText(set ? tr("Source: %1").arg(set->source.in(m_uiLanguage)) : QString());
}

void LevelsPage::setDefaults(const Plan &defaults)
{
    m_language = defaults.language;
    showCategories();
    m_sections->setDefaults(defaults.sections);

    if (m_levelsTable->rowCount() != defaults.levels.size()) {
        m_levelsTable->setRowCount(0);
        for (const IncidentLevel &level : defaults.levels) {
            const int row = m_levelsTable->rowCount();
            m_levelsTable->insertRow(row);
            m_levelsTable->setItem(row, LevelNameColumn, TableCells::readOnly(level.name));
            m_levelsTable->setItem(row, WarningColourColumn, TableCells::readOnly(level.warningColour));
            m_levelsTable->setItem(row, CriteriaColumn, TableCells::withDefault(level.criteria));
        }
    }
    for (int row = 0; row < defaults.levels.size(); ++row) {
        const IncidentLevel &level = defaults.levels.at(row);
        m_levelsTable->item(row, LevelNameColumn)->setText(level.name);
        QTableWidgetItem *colour = m_levelsTable->item(row, WarningColourColumn);
        colour->setText(level.warningColour);
        tint(colour, level.colourHex);
        TableCells::refill(m_levelsTable->item(row, CriteriaColumn), level.criteria);
    }
}

void LevelsPage::applyTo(Plan &plan) const
{
    m_sections->applyTo(plan.sections);
    const QString setId = m_categorySetCombo->currentData().toString();
    plan.categorySetId = setId;
    plan.categories = m_factory.categoriesOf(setId, plan.language);
    for (int row = 0; row < plan.levels.size() && row < m_levelsTable->rowCount(); ++row)
        plan.levels[row].criteria = TableCells::text(m_levelsTable, row, CriteriaColumn).trimmed();
}

QStringList LevelsPage::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_levelsTable->rowCount(); ++row) {
        if (TableCells::text(m_levelsTable, row, CriteriaColumn).trimmed().isEmpty())
            problems << tr("Enter the criteria of the level \"%1\".").arg(TableCells::text(m_levelsTable, row, LevelNameColumn));
    }
    return problems;
}

bool LevelsPage::validatePage()
{
    for (int row = 0; row < m_levelsTable->rowCount(); ++row) {
        if (TableCells::text(m_levelsTable, row, CriteriaColumn).trimmed().isEmpty()) {
            m_levelsTable->setCurrentCell(row, CriteriaColumn);
            focusField(m_levelsTable);
            break;
        }
    }
    return reportProblems(problems());
}

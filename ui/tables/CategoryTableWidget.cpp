#include "CategoryTableWidget.h"

CategoryTableWidget::CategoryTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("categoriesTableWidget"),
                      {{tr("Code"), ColumnKind::Text, 90},
                       {tr("Name"), ColumnKind::Text, 170},
                       {tr("Description"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<IncidentCategory> CategoryTableWidget::categories() const
{
    QList<IncidentCategory> categories;
    for (int row = 0; row < rowCount(); ++row)
        categories << IncidentCategory{cellText(row, CodeColumn), cellText(row, NameColumn),
                                       cellText(row, DescriptionColumn)};
    return categories;
}

void CategoryTableWidget::setCategories(const QList<IncidentCategory> &categories)
{
    beginLoading(int(categories.size()));
    for (int row = 0; row < categories.size(); ++row) {
        setCellText(row, CodeColumn, categories.at(row).code);
        setCellText(row, NameColumn, categories.at(row).name);
        setCellText(row, DescriptionColumn, categories.at(row).description);
    }
    endLoading();
}

#include "LevelTableWidget.h"

#include <QColor>

namespace {
// The tint the document uses for the level travels with the row, unseen.
constexpr int kColourHexRole = Qt::UserRole + 1;
}

LevelTableWidget::LevelTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("levelsTableWidget"),
                      {{tr("Level"), ColumnKind::Text, 60},
                       {tr("Name"), ColumnKind::Text, 100},
                       {tr("Warning colour"), ColumnKind::Text, 110},
                       {tr("Criteria"), ColumnKind::MultiLineText, 0},
                       {tr("Response"), ColumnKind::MultiLineText, 0}},
                      parent)
{
}

QList<IncidentLevel> LevelTableWidget::levels() const
{
    QList<IncidentLevel> levels;
    for (int row = 0; row < rowCount(); ++row) {
        IncidentLevel level;
        level.code = cellText(row, CodeColumn);
        level.name = cellText(row, NameColumn);
        level.warningColour = cellText(row, ColourColumn);
        level.colourHex = cellData(row, CodeColumn, kColourHexRole).toString();
        level.criteria = cellText(row, CriteriaColumn);
        level.response = cellText(row, ResponseColumn);
        levels << level;
    }
    return levels;
}

void LevelTableWidget::setLevels(const QList<IncidentLevel> &levels)
{
    beginLoading(int(levels.size()));
    for (int row = 0; row < levels.size(); ++row) {
        const IncidentLevel &level = levels.at(row);
        setCellText(row, CodeColumn, level.code);
        setCellData(row, CodeColumn, kColourHexRole, level.colourHex);
        setCellText(row, NameColumn, level.name);
        setCellText(row, ColourColumn, level.warningColour);
        const QColor colour = QColor::fromString(level.colourHex);
        setCellData(row, ColourColumn, Qt::DecorationRole, colour.isValid() ? QVariant(colour) : QVariant());
        setCellText(row, CriteriaColumn, level.criteria);
        setCellText(row, ResponseColumn, level.response);
    }
    endLoading();
}

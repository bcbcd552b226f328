#include "TextListTableWidget.h"

TextListTableWidget::TextListTableWidget(const QString &objectName, const QString &header, QWidget *parent)
    : PlanTableWidget(objectName, {{header, ColumnKind::MultiLineText, 0}}, parent)
{
}

QStringList TextListTableWidget::texts() const
{
    QStringList texts;
    for (int row = 0; row < rowCount(); ++row) {
        const QString text = cellText(row, 0).trimmed();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

void TextListTableWidget::setTexts(const QStringList &texts)
{
    beginLoading(int(texts.size()));
    for (int row = 0; row < texts.size(); ++row)
        setCellText(row, 0, texts.at(row));
    endLoading();
}

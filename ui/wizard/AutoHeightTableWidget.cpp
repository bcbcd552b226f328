#include "AutoHeightTableWidget.h"

#include <QHeaderView>
#include <QScrollBar>

AutoHeightTableWidget::AutoHeightTableWidget(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
    connect(model(), &QAbstractItemModel::rowsInserted, this, [this] { updateGeometry(); });
    connect(model(), &QAbstractItemModel::rowsRemoved, this, [this] { updateGeometry(); });
}

QSize AutoHeightTableWidget::sizeHint() const
{
    QSize hint = QTableWidget::sizeHint();
    int height = 2 * frameWidth() + horizontalHeader()->height() + verticalHeader()->length();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->height();
    // An empty table still shows one row's worth of space to drop the eye on.
    if (rowCount() == 0)
        height += verticalHeader()->defaultSectionSize();
    hint.setHeight(height);
    return hint;
}

QSize AutoHeightTableWidget::minimumSizeHint() const
{
    return QSize(QTableWidget::minimumSizeHint().width(), sizeHint().height());
}

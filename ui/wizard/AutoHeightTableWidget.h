#pragma once

#include <QTableWidget>

// A table on a scrolling wizard page: its rows grow to show their whole (wrapped) text, and the
// table asks for the height of all its rows, so that the page scrolls rather than a small
// window into the table.
class AutoHeightTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    AutoHeightTableWidget(int rows, int columns, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

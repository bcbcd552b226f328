#pragma once

#include "PlanTableWidget.h"

#include <QStringList>

// A one-column list of texts (objectives, evaluation criteria, problems found) with the tables'
// add, remove and paste.
class TextListTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    TextListTableWidget(const QString &objectName, const QString &header, QWidget *parent = nullptr);

    // The non-blank texts, trimmed, in order.
    QStringList texts() const;
    void setTexts(const QStringList &texts);
};

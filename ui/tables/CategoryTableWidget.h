#pragma once

#include "PlanTableWidget.h"
#include "core/domain/IncidentCategory.h"

// The incident categories the plan lists (恶意程序事件, 网络攻击事件, …).
class CategoryTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, DescriptionColumn };

    explicit CategoryTableWidget(QWidget *parent = nullptr);

    QList<IncidentCategory> categories() const;
    void setCategories(const QList<IncidentCategory> &categories);
};

#pragma once

#include "PlanTableWidget.h"
#include "core/domain/ReportingStep.h"

// The reporting chain: to whom, by when (minutes from discovery), when it applies, how, what to say.
class ReportingTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { AuthorityColumn, DeadlineColumn, ConditionColumn, ChannelColumn, ContentColumn };

    explicit ReportingTableWidget(QWidget *parent = nullptr);

    QList<ReportingStep> steps() const;
    void setSteps(const QList<ReportingStep> &steps);
};

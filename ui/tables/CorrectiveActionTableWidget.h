#pragma once

#include "PlanTableWidget.h"
#include "core/domain/CorrectiveAction.h"

// The corrective actions after a drill: what, who, by when, where it stands. Each row keeps the
// stored action's id, so that saving updates the action instead of replacing it.
class CorrectiveActionTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, OwnerColumn, DueColumn, StateColumn, ClosedColumn, NoteColumn };

    explicit CorrectiveActionTableWidget(QWidget *parent = nullptr);

    QList<CorrectiveAction> actions() const; // blank rows left out
    void setActions(const QList<CorrectiveAction> &actions);

protected:
    void initialiseRow(int row) override;
};

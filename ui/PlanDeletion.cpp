#include "PlanDeletion.h"

#include "MessageBoxes.h"
#include "core/storage/PlanRepository.h"

bool PlanDeletion::confirmAndDelete(QWidget *parent, PlanRepository &repository, qint64 planId, const QString &title)
{
    if (MessageBoxes::question(parent, tr("Delete plan"),
                               tr("Delete the plan \"%1\" with all its sections and contacts? This cannot be undone.")
                                   .arg(title),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    if (Result<void> removed = repository.remove(planId); !removed) {
        MessageBoxes::warning(parent, tr("The plan was not deleted"), removed.errorMessage());
        return false;
    }
    return true;
}

#include "PlanDeletion.h"

#include "MessageBoxes.h"
#include "core/storage/PlanRepository.h"

#include <QLocale>
#include <QStringList>

QString PlanDeletion::question(const QString &title, const PlanDrillCounts &counts)
{
    QString text = tr("Delete the plan \"%1\" with all its sections and contacts? This cannot be undone.").arg(title);
    QStringList parts;
    if (counts.drillItems > 0)
        parts << tr("%n drill item(s)", nullptr, counts.drillItems);
    if (counts.cancellations > 0)
        parts << tr("%n cancelled drill date(s)", nullptr, counts.cancellations);
    if (counts.records > 0)
        parts << tr("%n drill record(s)", nullptr, counts.records);
    if (counts.correctiveActions > 0)
        parts << tr("%n corrective action(s)", nullptr, counts.correctiveActions);
    if (counts.incidents > 0)
        parts << tr("%n incident(s) with their reports", nullptr, counts.incidents);
    if (!parts.isEmpty())
        //: Delete plan: %1 lists what else goes, e.g. "3 drill items and 2 drill records".
        text += QStringLiteral("\n\n") + tr("This also deletes its %1.").arg(QLocale().createSeparatedList(parts));
    return text;
}

bool PlanDeletion::confirmAndDelete(QWidget *parent, PlanRepository &repository, qint64 planId, const QString &title)
{
    // The drill records and the incident reports are the evidence inspectors ask for: say that they go too.
    Result<PlanDrillCounts> counts = repository.drillCounts(planId);
    if (!counts) {
        MessageBoxes::warning(parent, tr("The plan was not deleted"), counts.errorMessage());
        return false;
    }
    if (MessageBoxes::question(parent, tr("Delete plan"), question(title, counts.value()),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    if (Result<void> removed = repository.remove(planId); !removed) {
        MessageBoxes::warning(parent, tr("The plan was not deleted"), removed.errorMessage());
        return false;
    }
    return true;
}

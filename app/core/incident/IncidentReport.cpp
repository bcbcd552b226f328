#include "IncidentReport.h"

QStringList IncidentReport::validationProblems() const
{
    QStringList problems;
    if (factsUnclear && kind != IncidentReportKind::Initial)
        problems << tr("Only a first report may leave items 3 to 8 for later.");
    if (sentAt.isValid() && issuedBy.trimmed().isEmpty())
        problems << tr("A report that was sent must name who issued it (签发人).");
    if (sentAt.isValid() && issuedAt.isValid() && sentAt < issuedAt)
        problems << tr("A report cannot be sent before it was issued.");
    return problems;
}

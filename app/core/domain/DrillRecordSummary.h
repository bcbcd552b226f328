#pragma once

#include <QDate>
#include <QString>

// One line of a list of drill records.
struct DrillRecordSummary
{
    qint64 id = 0;
    qint64 drillItemId = 0;
    qint64 planId = 0;
    QString drillTitle;
    QDate occurrenceDate;
    QDate heldOn;
    int openCorrectiveActions = 0;
    bool planRevisionPending = false;

    friend bool operator==(const DrillRecordSummary &, const DrillRecordSummary &) = default;
};

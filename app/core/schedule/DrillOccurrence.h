#pragma once

#include "../domain/DrillContent.h"
#include "../domain/DrillForm.h"
#include "OccurrenceState.h"

#include <QDate>
#include <QString>
#include <QTime>

// One planned date of a drill item, with its state on the day it was computed for.
struct DrillOccurrence
{
    qint64 drillItemId = 0;
    qint64 planId = 0;
    QString planTitle;
    QString itemTitle;
    DrillContent content = DrillContent::Comprehensive;
    DrillForm form = DrillForm::Tabletop;
    QDate date;   // planned date: with the item id, what identifies the occurrence
    QTime time;
    int sequence = 0; // 1 for the first occurrence of the item
    OccurrenceState state = OccurrenceState::Planned;
    QString cancellationReason;
    qint64 recordId = 0; // the record, when Done

    friend bool operator==(const DrillOccurrence &, const DrillOccurrence &) = default;
};

#pragma once

#include "core/schedule/DrillOccurrence.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

// Drill occurrences as a table: date, time, drill, plan, form, state (coloured) and a note (the
// reason of a cancellation). Used by the programme page's list and by tests.
class DrillOccurrenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TimeColumn, DrillColumn, PlanColumn, FormColumn, StateColumn, NoteColumn, ColumnCount };

    explicit DrillOccurrenceModel(QObject *parent = nullptr);

    void setOccurrences(const QList<DrillOccurrence> &occurrences);
    const DrillOccurrence *occurrenceAt(int row) const;
    int rowOf(qint64 drillItemId, const QDate &date) const;

    // The colour the calendar and the list use for a state.
    static QColor stateColour(OccurrenceState state);
    static QString stateText(OccurrenceState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DrillOccurrence> m_occurrences;
};

#include "DrillOccurrenceModel.h"

#include <QCoreApplication>
#include <QFont>

DrillOccurrenceModel::DrillOccurrenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillOccurrenceModel::setOccurrences(const QList<DrillOccurrence> &occurrences)
{
    beginResetModel();
    m_occurrences = occurrences;
    endResetModel();
}

const DrillOccurrence *DrillOccurrenceModel::occurrenceAt(int row) const
{
    return row >= 0 && row < m_occurrences.size() ? &m_occurrences.at(row) : nullptr;
}

int DrillOccurrenceModel::rowOf(qint64 drillItemId, const QDate &date) const
{
    for (int row = 0; row < m_occurrences.size(); ++row) {
        if (m_occurrences.at(row).drillItemId == drillItemId && m_occurrences.at(row).date == date)
            return row;
    }
    return -1;
}

QColor DrillOccurrenceModel::stateColour(OccurrenceState state)
{
    switch (state) {
    case OccurrenceState::Overdue: return QColor(0xC0, 0x20, 0x20);
    case OccurrenceState::DueSoon: return QColor(0xB3, 0x6B, 0x00);
    case OccurrenceState::Done: return QColor(0x1E, 0x7B, 0x34);
    case OccurrenceState::Cancelled: return QColor(0x80, 0x80, 0x80);
    case OccurrenceState::Planned: break;
    }
    return QColor(0x1F, 0x4E, 0x9A);
}

QString DrillOccurrenceModel::stateText(OccurrenceState state)
{
    return QCoreApplication::translate("OccurrenceState", occurrenceStateSourceText(state));
}

int DrillOccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occurrences.size());
}

int DrillOccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillOccurrenceModel::data(const QModelIndex &index, int role) const
{
    const DrillOccurrence *occurrence = occurrenceAt(index.row());
    if (!occurrence)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn: return occurrence->date.toString(Qt::ISODate);
        case TimeColumn: return occurrence->time.toString(QStringLiteral("HH:mm"));
        case DrillColumn: return occurrence->itemTitle;
        case PlanColumn: return occurrence->planTitle;
        case FormColumn:
            return tr("%1, %2").arg(QCoreApplication::translate("DrillForm", drillFormSourceText(occurrence->form)),
                                    QCoreApplication::translate("DrillContent", drillContentSourceText(occurrence->content)));
        case StateColumn: return stateText(occurrence->state);
        case NoteColumn: return occurrence->cancellationReason;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColour(occurrence->state);
    if (role == Qt::FontRole && index.column() == StateColumn && occurrence->state == OccurrenceState::Overdue) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant DrillOccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case TimeColumn: return tr("Time");
    case DrillColumn: return tr("Drill");
    case PlanColumn: return tr("Plan");
    case FormColumn: return tr("Form");
    case StateColumn: return tr("State");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

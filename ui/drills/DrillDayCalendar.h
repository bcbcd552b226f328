#pragma once

#include <QCalendarWidget>
#include <QHash>
#include <QStringList>

// One month of the drill calendar. It paints its days itself, so that only a day with drills is
// filled with a drill colour (taken from its date text format) and the selected day is marked by
// a frame, never by a fill that could be taken for a drill. A month calendar large enough also
// writes the names of the day's drills into the cell. It remembers where it painted each day, so
// that a tool tip can name the drills of the day under the mouse.
class DrillDayCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit DrillDayCalendar(QWidget *parent = nullptr);

    // The lines shown in a day's cell (when there is room) and in its tool tip, one per drill.
    void setDayLines(const QHash<QDate, QStringList> &lines);
    QStringList dayLines(const QDate &date) const { return m_dayLines.value(date); }
    // The tool tip of the day: its date and its drills ("" for a day without drills).
    QString toolTipFor(const QDate &date) const;
    // Whether the selected day is framed; in the year view only the month holding it is.
    void setShowsSelection(bool shows);
    bool showsSelection() const { return m_showsSelection; }
    void setShowsNames(bool shows) { m_showsNames = shows; }
    // The day painted at `position` of the calendar's day grid (its view's viewport), if any.
    QDate dateAt(const QPoint &position) const;
    QWidget *dayGrid() const { return m_grid; }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QDate, QStringList> m_dayLines;
    bool m_showsSelection = true;
    bool m_showsNames = false;
    QWidget *m_grid = nullptr;
    mutable QHash<QDate, QRect> m_paintedCells;
};

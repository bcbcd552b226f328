#pragma once

#include "core/schedule/DrillOccurrence.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class DrillDayCalendar;
class QCalendarWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QButtonGroup;

// The drills of one year on a calendar, a month at a time or the whole year at once. A day with a
// drill is coloured by the state of its most pressing occurrence (overdue, due soon, planned,
// done, cancelled) and names them in its tool tip; the month view writes the names into the cells
// when they fit and lists the selected day's drills beside the month. Clicking a day selects it;
// the selection is a frame, and in the year view only the month holding it shows it.
class DrillCalendarWidget : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Year };

    explicit DrillCalendarWidget(QWidget *parent = nullptr);

    void setYear(int year);
    void setOccurrences(const QList<DrillOccurrence> &occurrences);
    void setView(View view);
    QCalendarWidget *monthCalendar() const;
    DrillDayCalendar *monthDayCalendar() const { return m_monthCalendar; }
    DrillDayCalendar *yearCalendar(int month) const { return m_yearCalendars.value(month - 1); }
    // The drills of the selected day, beside the month (one line each: name and state).
    QListWidget *dayList() const { return m_dayList; }
    QDate selectedDate() const { return m_selectedDate; }
    // Shows the month of `date` and selects the day.
    void showDate(const QDate &date);

signals:
    void dateSelected(const QDate &date);

private:
    void applyFormats(DrillDayCalendar *calendar);
    void select(const QDate &date);
    void refreshDayList();

    int m_year = 0;
    QList<DrillOccurrence> m_occurrences;
    QDate m_selectedDate;
    QHash<QDate, QStringList> m_dayLines;
    DrillDayCalendar *m_monthCalendar = nullptr;
    QList<DrillDayCalendar *> m_yearCalendars;
    QLabel *m_dayTitle = nullptr;
    QListWidget *m_dayList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
};

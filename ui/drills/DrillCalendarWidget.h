#pragma once

#include "core/schedule/DrillOccurrence.h"

#include <QList>
#include <QWidget>

class QCalendarWidget;
class QStackedWidget;
class QButtonGroup;

// The drills of one year on a calendar, a month at a time or the whole year at once. A day with a
// drill is coloured by the state of its most pressing occurrence (overdue, due soon, planned,
// done, cancelled); clicking a day selects it.
class DrillCalendarWidget : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Year };

    explicit DrillCalendarWidget(QWidget *parent = nullptr);

    void setYear(int year);
    void setOccurrences(const QList<DrillOccurrence> &occurrences);
    void setView(View view);
    QCalendarWidget *monthCalendar() const { return m_monthCalendar; }
    // Shows the month of `date` and selects the day.
    void showDate(const QDate &date);

signals:
    void dateSelected(const QDate &date);

private:
    void applyFormats(QCalendarWidget *calendar);

    int m_year = 0;
    QList<DrillOccurrence> m_occurrences;
    QCalendarWidget *m_monthCalendar = nullptr;
    QList<QCalendarWidget *> m_yearCalendars;
    QStackedWidget *m_stack = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
};

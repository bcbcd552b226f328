#include "DrillCalendarWidget.h"

#include "DrillOccurrenceModel.h"
#include "core/Clock.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace {
// The lower, the more pressing: what a day with several drills is coloured by.
int urgency(OccurrenceState state)
{
    switch (state) {
    case OccurrenceState::Overdue: return 0;
    case OccurrenceState::DueSoon: return 1;
    case OccurrenceState::Planned: return 2;
    case OccurrenceState::Done: return 3;
    case OccurrenceState::Cancelled: return 4;
    }
    return 5;
}
} // namespace

DrillCalendarWidget::DrillCalendarWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drillCalendarWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *viewRow = new QHBoxLayout;
    m_viewButtons = new QButtonGroup(this);
    auto *monthButton = new QRadioButton(tr("&Month"), this);
    monthButton->setObjectName(QStringLiteral("calendarMonthRadioButton"));
    auto *yearButton = new QRadioButton(tr("&Year"), this);
    yearButton->setObjectName(QStringLiteral("calendarYearRadioButton"));
    m_viewButtons->addButton(monthButton, int(View::Month));
    m_viewButtons->addButton(yearButton, int(View::Year));
    monthButton->setChecked(true);
    viewRow->addWidget(monthButton);
    viewRow->addWidget(yearButton);
    viewRow->addStretch();
    // A legend, so that colours are never the only carrier of meaning.
    for (OccurrenceState state : {OccurrenceState::Overdue, OccurrenceState::DueSoon, OccurrenceState::Planned,
                                  OccurrenceState::Done, OccurrenceState::Cancelled}) {
        auto *legend = new QLabel(DrillOccurrenceModel::stateText(state), this);
        legend->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 1px 6px; border-radius: 3px; }")
                                  .arg(DrillOccurrenceModel::stateColour(state).name()));
        viewRow->addWidget(legend);
    }
    layout->addLayout(viewRow);

    m_stack = new QStackedWidget(this);
    m_monthCalendar = new QCalendarWidget(m_stack);
    m_monthCalendar->setObjectName(QStringLiteral("drillMonthCalendarWidget"));
    m_monthCalendar->setGridVisible(true);
    m_monthCalendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_monthCalendar->setFirstDayOfWeek(Qt::Monday);
    // Clicked only: a double-click also emits activated, and one choice should select once.
    connect(m_monthCalendar, &QCalendarWidget::clicked, this, &DrillCalendarWidget::dateSelected);
    m_stack->addWidget(m_monthCalendar);

    auto *yearPage = new QWidget(m_stack);
    auto *grid = new QGridLayout(yearPage);
    grid->setSpacing(6);
    for (int month = 1; month <= 12; ++month) {
        auto *calendar = new QCalendarWidget(yearPage);
        calendar->setObjectName(QStringLiteral("drillYearCalendar%1").arg(month));
        calendar->setNavigationBarVisible(false);
        calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        calendar->setHorizontalHeaderFormat(QCalendarWidget::SingleLetterDayNames);
        calendar->setFirstDayOfWeek(Qt::Monday);
        auto *cell = new QVBoxLayout;
        auto *title = new QLabel(QLocale().standaloneMonthName(month), yearPage);
        title->setAlignment(Qt::AlignCenter);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        cell->addWidget(title);
        cell->addWidget(calendar);
        grid->addLayout(cell, (month - 1) / 4, (month - 1) % 4);
        connect(calendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
            showDate(date);
            emit dateSelected(date);
        });
        m_yearCalendars << calendar;
    }
    m_stack->addWidget(yearPage);
    layout->addWidget(m_stack, 1);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });

    setYear(Clock::today().year());
}

void DrillCalendarWidget::setView(View view)
{
    m_viewButtons->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(view == View::Month ? 0 : 1);
}

void DrillCalendarWidget::setYear(int year)
{
    m_year = year;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    m_monthCalendar->setDateRange(first, last);
    const QDate today = Clock::today();
    m_monthCalendar->setSelectedDate(today.year() == year ? today : first);
    for (int month = 1; month <= 12; ++month) {
        QCalendarWidget *calendar = m_yearCalendars.at(month - 1);
        // Each small calendar shows exactly its month.
        calendar->setDateRange(QDate(year, month, 1), QDate(year, month, QDate(year, month, 1).daysInMonth()));
        calendar->setCurrentPage(year, month);
    }
}

void DrillCalendarWidget::showDate(const QDate &date)
{
    if (date.year() != m_year)
        return;
    m_monthCalendar->setSelectedDate(date);
    m_monthCalendar->setCurrentPage(date.year(), date.month());
}

void DrillCalendarWidget::setOccurrences(const QList<DrillOccurrence> &occurrences)
{
    m_occurrences = occurrences;
    applyFormats(m_monthCalendar);
    for (QCalendarWidget *calendar : m_yearCalendars)
        applyFormats(calendar);
}

void DrillCalendarWidget::applyFormats(QCalendarWidget *calendar)
{
    calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every day's format
    QMap<QDate, OccurrenceState> mostPressing;
    for (const DrillOccurrence &occurrence : std::as_const(m_occurrences)) {
        auto it = mostPressing.find(occurrence.date);
        if (it == mostPressing.end() || urgency(occurrence.state) < urgency(*it))
            mostPressing.insert(occurrence.date, occurrence.state);
    }
    for (auto it = mostPressing.cbegin(); it != mostPressing.cend(); ++it) {
        QTextCharFormat format;
        format.setBackground(DrillOccurrenceModel::stateColour(it.value()));
        format.setForeground(Qt::white);
        format.setFontWeight(QFont::Bold);
        calendar->setDateTextFormat(it.key(), format);
    }
}

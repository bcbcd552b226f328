#include "DrillCalendarWidget.h"

#include "DrillDayCalendar.h"
#include "DrillOccurrenceModel.h"
#include "core/Clock.h"

#include <QButtonGroup>
#include <algorithm>
#include <QCalendarWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
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
    auto *yearButton = new QRadioButton(tr("&Whole Year"), this);
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
    // The month, and beside it the drills of the selected day by name.
    auto *monthPage = new QSplitter(Qt::Horizontal, m_stack);
    monthPage->setObjectName(QStringLiteral("drillMonthSplitter"));
    monthPage->setChildrenCollapsible(false);
    m_monthCalendar = new DrillDayCalendar(monthPage);
    m_monthCalendar->setObjectName(QStringLiteral("drillMonthCalendarWidget"));
    m_monthCalendar->setGridVisible(true);
    m_monthCalendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_monthCalendar->setFirstDayOfWeek(Qt::Monday);
    m_monthCalendar->setShowsNames(true);
    // Clicked only: a double-click also emits activated, and one choice should select once.
    connect(m_monthCalendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
        select(date);
        emit dateSelected(date);
    });
    // Keyboard moves change the selection without a click.
    connect(m_monthCalendar, &QCalendarWidget::selectionChanged, this,
            [this] { select(m_monthCalendar->selectedDate()); });
    auto *dayBox = new QWidget(monthPage);
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    m_dayTitle = new QLabel(dayBox);
    m_dayTitle->setObjectName(QStringLiteral("calendarDayTitleLabel"));
    m_dayTitle->setWordWrap(true);
    m_dayList = new QListWidget(dayBox);
    m_dayList->setObjectName(QStringLiteral("calendarDayListWidget"));
    m_dayList->setWordWrap(true);
    m_dayTitle->setBuddy(m_dayList);
    dayLayout->addWidget(m_dayTitle);
    dayLayout->addWidget(m_dayList, 1);
    monthPage->addWidget(m_monthCalendar);
    monthPage->addWidget(dayBox);
    monthPage->setStretchFactor(0, 3);
    monthPage->setStretchFactor(1, 1);
    m_stack->addWidget(monthPage);

    // Twelve months need more room than a laptop screen has: the year scrolls.
    auto *yearScroll = new QScrollArea(m_stack);
    yearScroll->setObjectName(QStringLiteral("drillYearScrollArea"));
    yearScroll->setWidgetResizable(true);
    yearScroll->setFrameShape(QFrame::NoFrame);
    auto *yearPage = new QWidget(yearScroll);
    auto *grid = new QGridLayout(yearPage);
    grid->setSpacing(6);
    for (int month = 1; month <= 12; ++month) {
        auto *calendar = new DrillDayCalendar(yearPage);
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
    yearScroll->setWidget(yearPage);
    m_stack->addWidget(yearScroll);
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
    for (int month = 1; month <= 12; ++month) {
        QCalendarWidget *calendar = m_yearCalendars.at(month - 1);
        // Each small calendar shows exactly its month.
        calendar->setDateRange(QDate(year, month, 1), QDate(year, month, QDate(year, month, 1).daysInMonth()));
        calendar->setCurrentPage(year, month);
    }
    const QDate today = Clock::today();
    select(today.year() == year ? today : first);
}

QCalendarWidget *DrillCalendarWidget::monthCalendar() const
{
    return m_monthCalendar;
}

void DrillCalendarWidget::select(const QDate &date)
{
    if (!date.isValid() || date.year() != m_year)
        return;
    m_selectedDate = date;
    if (m_monthCalendar->selectedDate() != date)
        m_monthCalendar->setSelectedDate(date);
    // Every small calendar has a selected day of its own; only the month holding the selection frames it.
    for (DrillDayCalendar *calendar : std::as_const(m_yearCalendars)) {
        if (calendar->monthShown() == date.month())
            calendar->setSelectedDate(date);
        calendar->setShowsSelection(calendar->monthShown() == date.month());
    }
    refreshDayList();
}

void DrillCalendarWidget::refreshDayList()
{
    const QStringList lines = m_dayLines.value(m_selectedDate);
    //: Calendar: heading of the list of the selected day's drills; %1 the date.
    m_dayTitle->setText(lines.isEmpty() ? tr("No drill on %1").arg(QLocale().toString(m_selectedDate, QLocale::ShortFormat))
                                        : tr("Drills on %1:").arg(QLocale().toString(m_selectedDate, QLocale::ShortFormat)));
    m_dayList->clear();
    m_dayList->addItems(lines);
}

void DrillCalendarWidget::showDate(const QDate &date)
{
    if (date.year() != m_year)
        return;
    select(date);
    m_monthCalendar->setCurrentPage(date.year(), date.month());
}

void DrillCalendarWidget::setOccurrences(const QList<DrillOccurrence> &occurrences)
{
    m_occurrences = occurrences;
    // One line per drill of a day, most pressing first: its name and its state.
    QList<DrillOccurrence> sorted = occurrences;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DrillOccurrence &a, const DrillOccurrence &b) {
        return urgency(a.state) < urgency(b.state);
    });
    m_dayLines.clear();
    for (const DrillOccurrence &occurrence : std::as_const(sorted))
        //: Calendar: a drill of a day in the cell, tool tip and list; %1 its name, %2 its state.
        m_dayLines[occurrence.date] << tr("%1 (%2)").arg(occurrence.itemTitle, DrillOccurrenceModel::stateText(occurrence.state));
    applyFormats(m_monthCalendar);
    for (DrillDayCalendar *calendar : std::as_const(m_yearCalendars))
        applyFormats(calendar);
    refreshDayList();
}

void DrillCalendarWidget::applyFormats(DrillDayCalendar *calendar)
{
    calendar->setDayLines(m_dayLines);
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

// The drill calendar: only days with drills look like drills (in the year view, the small
// calendars' own selected days must not), the selection is a frame in one month only, and the
// month view names the drills of a day in its tool tip, its cell and the list beside it.

#include "drills/DrillCalendarWidget.h"
#include "drills/DrillDayCalendar.h"
#include "drills/DrillOccurrenceModel.h"
#include "core/Clock.h"

#include <QHelpEvent>
#include <QListWidget>
#include <QTest>
#include <QToolTip>

namespace {

DrillOccurrence occurrence(const QString &title, const QDate &date, OccurrenceState state)
{
    DrillOccurrence o;
    o.drillItemId = 1;
    o.itemTitle = title;
    o.date = date;
    o.state = state;
    return o;
}

// A filled day cell has hundreds of pixels of its colour; a few may come from antialiased text.
constexpr int kFilledCell = 60;

// How many pixels of `image` have exactly `colour`.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xFFFFFF) == (wanted & 0xFFFFFF) ? 1 : 0;
    return count;
}

const QList<OccurrenceState> kStates = {OccurrenceState::Overdue, OccurrenceState::DueSoon, OccurrenceState::Planned,
                                        OccurrenceState::Done, OccurrenceState::Cancelled};

} // namespace

class TestDrillCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2027, 1, 15), QTime(9, 0))); }
    void cleanup() { Clock::reset(); }

    void yearViewShowsOnlyDrillDaysAsDrills()
    {
        DrillCalendarWidget calendar;
        calendar.resize(1200, 900);
        calendar.setYear(2027);
        calendar.setOccurrences({occurrence(QStringLiteral("Tabletop"), QDate(2027, 3, 26), OccurrenceState::Planned),
                                 occurrence(QStringLiteral("Ransomware"), QDate(2027, 6, 10), OccurrenceState::Overdue)});
        calendar.setView(DrillCalendarWidget::View::Year);
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));

        for (int month = 1; month <= 12; ++month) {
            DrillDayCalendar *small = calendar.yearCalendar(month);
            QVERIFY(small);
            const QImage image = small->grab().toImage();
            // A selected day filled with the highlight colour looks like a planned drill.
            const QColor highlight = small->palette().color(QPalette::Active, QPalette::Highlight);
            QVERIFY2(pixelsOf(image, highlight) < kFilledCell, qPrintable(QStringLiteral("month %1 fills a day with the "
                                                                                "selection colour").arg(month)));
            for (OccurrenceState state : kStates) {
                const int drillPixels = pixelsOf(image, DrillOccurrenceModel::stateColour(state));
                const bool expected = (month == 3 && state == OccurrenceState::Planned)
                                      || (month == 6 && state == OccurrenceState::Overdue);
                QVERIFY2(expected ? drillPixels >= kFilledCell : drillPixels < kFilledCell,
                         qPrintable(QStringLiteral("month %1, state %2: %3 pixels")
                                        .arg(month)
                                        .arg(int(state))
                                        .arg(drillPixels)));
            }
        }

        // One selection, in the month that holds it.
        calendar.showDate(QDate(2027, 6, 10));
        QCOMPARE(calendar.selectedDate(), QDate(2027, 6, 10));
        for (int month = 1; month <= 12; ++month)
            QCOMPARE(calendar.yearCalendar(month)->showsSelection(), month == 6);
        QCOMPARE(calendar.monthCalendar()->selectedDate(), QDate(2027, 6, 10));
    }

    void monthViewNamesTheDrillsOfADay()
    {
        DrillCalendarWidget calendar;
        calendar.resize(1000, 600);
        calendar.setYear(2027);
        const QDate day(2027, 3, 26);
        calendar.setOccurrences({occurrence(QStringLiteral("Tabletop"), day, OccurrenceState::Planned),
                                 occurrence(QStringLiteral("Ransomware"), day, OccurrenceState::Overdue)});
        calendar.showDate(day);
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        DrillDayCalendar *month = calendar.monthDayCalendar();
        month->grab(); // paints the cells, so that the calendar knows where each day is

        // The cell and the tool tip: every drill with its state, the most pressing first.
        const QString overdue = DrillOccurrenceModel::stateText(OccurrenceState::Overdue);
        const QString planned = DrillOccurrenceModel::stateText(OccurrenceState::Planned);
        QCOMPARE(month->dayLines(day), QStringList({QStringLiteral("Ransomware (%1)").arg(overdue),
                                                    QStringLiteral("Tabletop (%1)").arg(planned)}));
        QVERIFY(month->toolTipFor(day).contains(QStringLiteral("Tabletop (%1)").arg(planned)));
        QVERIFY(month->toolTipFor(day.addDays(1)).isEmpty());

        // A tool tip event over the day's cell shows it.
        QWidget *grid = month->dayGrid();
        QVERIFY(grid);
        QPoint inCell;
        for (int y = 0; y < grid->height() && inCell.isNull(); y += 4)
            for (int x = 0; x < grid->width() && inCell.isNull(); x += 4)
                if (month->dateAt(QPoint(x, y)) == day)
                    inCell = QPoint(x + 4, y + 4);
        QVERIFY(!inCell.isNull());
        QHelpEvent help(QEvent::ToolTip, inCell, grid->mapToGlobal(inCell));
        QCoreApplication::sendEvent(grid, &help);
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Ransomware")));

        // The list beside the month: the selected day's drills.
        QCOMPARE(calendar.dayList()->count(), 2);
        QCOMPARE(calendar.dayList()->item(0)->text(), QStringLiteral("Ransomware (%1)").arg(overdue));
        calendar.showDate(day.addDays(1));
        QCOMPARE(calendar.dayList()->count(), 0);
    }
};

QTEST_MAIN(TestDrillCalendar)
#include "TestDrillCalendar.moc"

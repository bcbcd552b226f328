#include "DrillDayCalendar.h"

#include "ToolTipText.h"
#include "core/Clock.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QTextCharFormat>
#include <QToolTip>

DrillDayCalendar::DrillDayCalendar(QWidget *parent) : QCalendarWidget(parent)
{
    // The day grid is the calendar's item view; its viewport receives the tool tip events.
    if (auto *view = findChild<QAbstractItemView *>())
        m_grid = view->viewport();
    if (m_grid)
        m_grid->installEventFilter(this);
    connect(this, &QCalendarWidget::currentPageChanged, this, [this] { m_paintedCells.clear(); });
}

void DrillDayCalendar::setDayLines(const QHash<QDate, QStringList> &lines)
{
    m_dayLines = lines;
    updateCells();
}

void DrillDayCalendar::setShowsSelection(bool shows)
{
    if (m_showsSelection == shows)
        return;
    m_showsSelection = shows;
    updateCells();
}

QString DrillDayCalendar::toolTipFor(const QDate &date) const
{
    const QStringList lines = m_dayLines.value(date);
    if (lines.isEmpty())
        return QString();
    // The drill names are the user's text: shown as plain text.
    return ToolTipText::fromPlainText(QLocale().toString(date, QLocale::LongFormat) + QLatin1Char('\n')
                                      + lines.join(QLatin1Char('\n')));
}

QDate DrillDayCalendar::dateAt(const QPoint &position) const
{
    for (auto it = m_paintedCells.cbegin(); it != m_paintedCells.cend(); ++it) {
        if (it.value().contains(position))
            return it.key();
    }
    return QDate();
}

void DrillDayCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    m_paintedCells.insert(date, rect);
    const bool inMonth = date.year() == yearShown() && date.month() == monthShown();
    const QTextCharFormat format = dateTextFormat(date);
    const bool isDrillDay = inMonth && format.background().style() != Qt::NoBrush;
    const QPalette &colours = palette();

    painter->save();
    painter->fillRect(rect, isDrillDay ? format.background().color() : colours.color(QPalette::Base));
    QColor textColour = colours.color(inMonth ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    if (isDrillDay)
        textColour = format.foreground().color();
    QFont font = this->font();
    font.setBold(isDrillDay || date == Clock::today());
    font.setUnderline(date == Clock::today());
    painter->setFont(font);
    painter->setPen(textColour);

    const QStringList lines = inMonth ? m_dayLines.value(date) : QStringList();
    const int lineHeight = painter->fontMetrics().height();
    if (m_showsNames && !lines.isEmpty() && rect.height() >= 2 * lineHeight + 4) {
        // The day number on top, then as many drill names as fit, the last one saying what is left.
        const QRect inner = rect.adjusted(3, 1, -3, -1);
        painter->drawText(inner, Qt::AlignTop | Qt::AlignRight, QString::number(date.day()));
        QFont small = this->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetrics metrics(small);
        const int fitting = qMax(1, (inner.height() - lineHeight) / metrics.height());
        int y = inner.top() + lineHeight;
        for (int i = 0; i < lines.size() && i < fitting; ++i) {
            QString line = lines.at(i);
            if (i == fitting - 1 && lines.size() > fitting)
                line = tr("+ %n more drill(s)", nullptr, int(lines.size() - i));
            painter->drawText(QRect(inner.left(), y, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(line, Qt::ElideRight, inner.width()));
            y += metrics.height();
        }
    } else {
        painter->drawText(rect, Qt::AlignCenter, QString::number(date.day()));
    }

    if (m_showsSelection && date == selectedDate() && inMonth) {
        // A frame in the text colour: the selection can never be mistaken for a drill's fill.
        QPen pen(isDrillDay ? QColor(Qt::black) : colours.color(QPalette::Text));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

bool DrillDayCalendar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (toolTipFor(date).isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(date), m_grid);
        }
        return true;
    }
    return QCalendarWidget::eventFilter(watched, event);
}

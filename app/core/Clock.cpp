#include "Clock.h"

#include <optional>

namespace {
std::optional<QDateTime> fixedMoment;
}

QDateTime Clock::now()
{
    return fixedMoment ? fixedMoment->toLocalTime() : QDateTime::currentDateTime();
}

QDateTime Clock::nowUtc()
{
    return fixedMoment ? fixedMoment->toUTC() : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixed(const QDateTime &moment)
{
    fixedMoment = moment;
}

void Clock::advanceDays(int days)
{
    fixedMoment = now().addDays(days);
}

void Clock::reset()
{
    fixedMoment.reset();
}

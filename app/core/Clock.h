#pragma once

#include <QDate>
#include <QDateTime>

// The one place PlanDesk reads the time. Default dates, time stamps and what is due or overdue all
// ask here, so tests can set a fixed moment (and advance it) instead of depending on the real clock.
class Clock
{
public:
    static QDateTime now();   // local time
    static QDateTime nowUtc();
    static QDate today();     // local date

    // Test seam: from now on the clock reads `moment` (until reset()).
    static void setFixed(const QDateTime &moment);
    static void advanceDays(int days);
    static void reset();
};

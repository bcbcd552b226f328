#include "DrillItem.h"

#include <QTimeZone>

namespace {
// A drill longer than a week is a mistyped duration, not an exercise.
constexpr int kMaximumDurationMinutes = 7 * 24 * 60;
} // namespace

QStringList DrillItem::validationProblems() const
{
    QStringList problems;
    if (title.trimmed().isEmpty())
        problems << tr("The drill has no title.");
    if (!firstDate.isValid())
        problems << tr("The drill has no valid first date.");
    if (durationMinutes <= 0 || durationMinutes > kMaximumDurationMinutes)
        // %1, not %n: the count may be negative, and 1 is never refused, so the plural always fits.
        problems << tr("A drill lasts between 1 minute and 7 days, not %1 minutes.").arg(durationMinutes);
    if (content == DrillContent::Special && scenario.trimmed().isEmpty())
        problems << tr("A special drill must describe the scenario it practises.");
    // Without a first date the repetition can only repeat that problem.
    if (firstDate.isValid())
        problems << recurrence.validationProblems(firstDate);
    return problems;
}

QByteArray DrillItem::defaultTimeZoneId()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    const QByteArray id = system.isValid() ? system.id() : QByteArray();
    if (id.isEmpty() || id == "UTC" || id == "Etc/UTC" || id == "GMT" || id == "Etc/GMT" || id == "Universal"
        || id == "Zulu")
        return QByteArrayLiteral("Asia/Shanghai");
    return id;
}

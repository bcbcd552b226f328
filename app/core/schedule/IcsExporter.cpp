#include "IcsExporter.h"

#include "../Clock.h"
#include "../documents/DocumentLanguage.h"
#include "../domain/DrillContent.h"
#include "../domain/DrillForm.h"
#include "DrillScheduleSnapshot.h"

#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace {

constexpr const char *kContext = "IcsExporter";
// RFC 5545 §3.1: a content line is at most 75 octets, not counting the line break.
constexpr int kMaximumLineOctets = 75;
const QByteArray kDefaultZone = QByteArrayLiteral("Asia/Shanghai");

// TEXT values (RFC 5545 §3.3.11). Control characters other than tab are not allowed in TEXT,
// and a bare CR would end the content line for some readers, so every line break becomes "\n".
QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u';': escaped += QLatin1String("\\;"); break;
        case u',': escaped += QLatin1String("\\,"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case u'\n':
        case 0x2028: // line and paragraph separators: line breaks all the same
        case 0x2029: escaped += QLatin1String("\\n"); break;
        default:
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
                break;
            escaped += c;
        }
    }
    return escaped;
}

// Folds one content line at 75 octets (CRLF + one space), cutting only before the first byte of
// a UTF-8 sequence so that no reader sees half a Chinese character on either side of a fold.
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 64 * 3 + 2);
    qsizetype position = 0;
    int room = kMaximumLineOctets;
    while (line.size() - position > room) {
        qsizetype cut = position + room;
        while (cut > position && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += QByteArrayView(line).sliced(position, cut - position);
        out += "\r\n ";
        position = cut;
        room = kMaximumLineOctets - 1; // the leading space counts
    }
    out += QByteArrayView(line).sliced(position);
    out += "\r\n";
    return out;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString dateText(const QDate &date)
{
    return QStringLiteral("%1%2%3").arg(date.year(), 4, 10, QLatin1Char('0')).arg(twoDigits(date.month()),
                                                                                 twoDigits(date.day()));
}

// DATE-TIME in local ("floating" or TZID) form.
QString localText(const QDate &date, const QTime &time)
{
    return dateText(date) + QLatin1Char('T') + twoDigits(time.hour()) + twoDigits(time.minute())
           + twoDigits(time.second());
}

QString utcText(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    return localText(utc.date(), utc.time()) + QLatin1Char('Z');
}

// UTC-OFFSET (RFC 5545 §3.3.14): +0800, -0330, and seconds only where there are some.
QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int magnitude = std::abs(seconds);
    QString text = sign + twoDigits(magnitude / 3600) + twoDigits(magnitude / 60 % 60);
    if (magnitude % 60)
        text += twoDigits(magnitude % 60);
    return text;
}

QString weekdayCode(int dayOfWeek)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::fromLatin1(codes[std::clamp(dayOfWeek, 1, 7) - 1]);
}

// The RRULE value giving the same dates as RecurrenceRule::occurrences; empty for a single date.
QString recurrenceRuleText(const RecurrenceRule &rule, const QDate &firstDate, const QTimeZone &zone, int occurrenceCount)
{
    using Frequency = RecurrenceRule::Frequency;
    using Unit = RecurrenceRule::Unit;
    using Anchor = RecurrenceRule::MonthAnchor;

    QString frequency;
    int interval = 1;
    switch (rule.frequency) {
    case Frequency::Once: return QString();
    case Frequency::Yearly: frequency = QStringLiteral("YEARLY"); break;
    case Frequency::HalfYearly: frequency = QStringLiteral("MONTHLY"); interval = 6; break;
    case Frequency::Quarterly: frequency = QStringLiteral("MONTHLY"); interval = 3; break;
    case Frequency::Monthly: frequency = QStringLiteral("MONTHLY"); break;
    case Frequency::Custom:
        interval = std::max(1, rule.interval);
        switch (rule.unit) {
        case Unit::Days: frequency = QStringLiteral("DAILY"); break;
        case Unit::Weeks: frequency = QStringLiteral("WEEKLY"); break;
        case Unit::Months: frequency = QStringLiteral("MONTHLY"); break;
        case Unit::Years: frequency = QStringLiteral("YEARLY"); break;
        }
        break;
    }

    QStringList parts{QStringLiteral("FREQ=") + frequency};
    if (interval != 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);

    const bool yearly = frequency == QLatin1String("YEARLY");
    if (yearly || frequency == QLatin1String("MONTHLY")) {
        // Without BYMONTH a yearly BYDAY or BYMONTHDAY would count through the whole year.
        if (yearly)
            parts << QStringLiteral("BYMONTH=%1").arg(firstDate.month());
        const int day = firstDate.day();
        const QString weekday = weekdayCode(firstDate.dayOfWeek());
        switch (rule.anchor) {
        case Anchor::DayOfMonth:
            if (day <= 28) {
                parts << QStringLiteral("BYMONTHDAY=%1").arg(day);
            } else {
                // 31 January keeps to the month's last day where a month is shorter: the last of
                // the days 28…31 that the month has.
                QStringList days;
                for (int d = 28; d <= day; ++d)
                    days << QString::number(d);
                parts << QStringLiteral("BYMONTHDAY=") + days.join(QLatin1Char(','))
                      << QStringLiteral("BYSETPOS=-1");
            }
            break;
        case Anchor::WeekdayOfMonth: {
            const int ordinal = (day - 1) / 7 + 1;
            // Not every month has a fifth Friday: the 5th becomes the last, as in RecurrenceRule.
            parts << QStringLiteral("BYDAY=%1%2").arg(ordinal == 5 ? -1 : ordinal).arg(weekday);
            break;
        }
        case Anchor::LastWeekdayOfMonth: parts << QStringLiteral("BYDAY=-1") + weekday; break;
        case Anchor::LastDayOfMonth: parts << QStringLiteral("BYMONTHDAY=-1"); break;
        }
    }

    if (rule.count > 0 && !rule.until.isValid()) {
        parts << QStringLiteral("COUNT=%1").arg(rule.count);
    } else if (rule.until.isValid() && rule.count <= 0) {
        // With a TZID on DTSTART, UNTIL must be in UTC (RFC 5545 §3.3.10): the end of the until
        // day in the item's zone.
        parts << QStringLiteral("UNTIL=") + utcText(QDateTime(rule.until, QTime(23, 59, 59), zone));
    } else {
        // Both given: RRULE may carry only one, so the count of what the rule actually yields.
        parts << QStringLiteral("COUNT=%1").arg(occurrenceCount);
    }
    return parts.join(QLatin1Char(';'));
}

// Where in the items' years one zone is used.
struct ZoneUse
{
    QByteArray id;
    int firstYear = 0;
    int lastYear = 0;
};

// A VTIMEZONE for the zone over the years its items use. Asia/Shanghai is written out as the
// fixed +0800 it has been since 1991, independent of the machine's time zone data; other zones are
// described from QTimeZone: the offset at the start of the span, then every transition inside it
// as STANDARD/DAYLIGHT components whose further onsets are RDATEs.
QStringList timeZoneLines(const ZoneUse &use)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + QString::fromLatin1(use.id),
                      QStringLiteral("X-LIC-LOCATION:") + QString::fromLatin1(use.id)};
    auto observance = [&lines](bool daylight, const QString &onset, int from, int to, const QString &name,
                               const QStringList &moreOnsets) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines << QStringLiteral("BEGIN:") + kind << QStringLiteral("DTSTART:") + onset
              << QStringLiteral("TZOFFSETFROM:") + offsetText(from) << QStringLiteral("TZOFFSETTO:") + offsetText(to);
        for (const QString &more : moreOnsets)
            lines << QStringLiteral("RDATE:") + more;
        if (!name.isEmpty())
            lines << QStringLiteral("TZNAME:") + escapeText(name);
        lines << QStringLiteral("END:") + kind;
    };
    const QString epoch = QStringLiteral("19700101T000000");

    if (use.id == kDefaultZone) {
        observance(false, epoch, 8 * 3600, 8 * 3600, QStringLiteral("CST"), {});
        lines << QStringLiteral("END:VTIMEZONE");
        return lines;
    }

    const QTimeZone zone(use.id);
    const QDateTime spanStart(QDate(use.firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime spanEnd(QDate(use.lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    const int initialOffset = zone.offsetFromUtc(spanStart);
    observance(zone.isDaylightTime(spanStart), epoch, initialOffset, initialOffset, zone.abbreviation(spanStart), {});

    struct Group
    {
        bool daylight;
        int from;
        int to;
        QString name;
        QStringList onsets;
    };
    QList<Group> groups;
    int offsetBefore = initialOffset;
    const QTimeZone::OffsetDataList transitions =
        zone.hasTransitions() ? zone.transitions(spanStart, spanEnd) : QTimeZone::OffsetDataList();
    for (const QTimeZone::OffsetData &transition : transitions) {
        // Onsets are local times in the offset in force before the change (RFC 5545 §3.6.5).
        const QDateTime local = transition.atUtc.toUTC().addSecs(offsetBefore);
        const QString onset = localText(local.date(), local.time());
        const bool daylight = transition.daylightTimeOffset != 0;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.daylight == daylight && g.from == offsetBefore && g.to == transition.offsetFromUtc
                   && g.name == transition.abbreviation;
        });
        if (group == groups.end())
            groups.append(Group{daylight, offsetBefore, transition.offsetFromUtc, transition.abbreviation, {onset}});
        else
            group->onsets << onset;
        offsetBefore = transition.offsetFromUtc;
    }
    for (const Group &group : std::as_const(groups))
        observance(group.daylight, group.onsets.first(), group.from, group.to, group.name, group.onsets.mid(1));
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

QByteArray zoneIdFor(const DrillItem &item)
{
    // A zone this machine does not know could not be described in a VTIMEZONE; the default zone
    // is what the item was most likely meant to be in.
    if (item.timeZoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(item.timeZoneId))
        return kDefaultZone;
    return item.timeZoneId;
}

QString descriptionFor(const DrillItem &item, const DocumentLanguage &language)
{
    QStringList paragraphs;
    auto add = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            paragraphs << language.text(kContext, label).arg(value.trimmed());
    };
    add(QT_TRANSLATE_NOOP("IcsExporter", "Purpose: %1"), item.purpose);
    add(QT_TRANSLATE_NOOP("IcsExporter", "Form: %1"), language.text("DrillForm", drillFormSourceText(item.form)));
    add(QT_TRANSLATE_NOOP("IcsExporter", "Content: %1"),
        language.text("DrillContent", drillContentSourceText(item.content)));
    add(QT_TRANSLATE_NOOP("IcsExporter", "Scenario: %1"), item.scenario);
    add(QT_TRANSLATE_NOOP("IcsExporter", "Departments taking part: %1"), item.departments);
    add(QT_TRANSLATE_NOOP("IcsExporter", "Process: %1"), item.process);
    return paragraphs.join(QLatin1Char('\n'));
}

// SEQUENCE must grow with every revision for a calendar program to take an imported copy as an
// update; the seconds between creation and the last change do, without storing a counter.
int sequenceFor(const DrillItem &item)
{
    if (!item.createdAt.isValid() || !item.updatedAt.isValid())
        return 0;
    const qint64 seconds = item.createdAt.secsTo(item.updatedAt);
    return int(std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max()));
}

} // namespace

QString IcsExporter::uidFor(const DrillItem &item)
{
    if (!item.uid.isEmpty())
        return item.uid + QStringLiteral("@plandesk");
    // Not saved yet: still the same on every export of the same item.
    return QStringLiteral("plandesk-drill-%1-%2@plandesk").arg(item.planId).arg(item.id);
}

QByteArray IcsExporter::toIcs(const Plan &plan, const QList<DrillItem> &items, const QSet<quint64> &cancelled)
{
    const DocumentLanguage language(plan.language);

    // Items that give no date (no first date, an invalid rule) have nothing to put in a calendar.
    struct Entry
    {
        const DrillItem *item;
        QByteArray zoneId;
        QList<QDate> dates;
    };
    QList<Entry> entries;
    QList<ZoneUse> zones;
    for (const DrillItem &item : items) {
        if (!item.firstDate.isValid() || !item.startTime.isValid())
            continue;
        const QList<QDate> dates = item.recurrence.occurrences(item.firstDate);
        if (dates.isEmpty())
            continue;
        const QByteArray zoneId = zoneIdFor(item);
        entries.append(Entry{&item, zoneId, dates});
        // One more year at the end: an occurrence late on 31 December may end in the next one.
        const int lastYear = dates.last().year() + 1;
        auto use = std::find_if(zones.begin(), zones.end(), [&](const ZoneUse &u) { return u.id == zoneId; });
        if (use == zones.end()) {
            zones.append(ZoneUse{zoneId, dates.first().year(), lastYear});
        } else {
            use->firstYear = std::min(use->firstYear, dates.first().year());
            use->lastYear = std::max(use->lastYear, lastYear);
        }
    }

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"),
                      QStringLiteral("PRODID:-//PlanDesk//PlanDesk %1//%2")
                          .arg(QStringLiteral(PLANDESK_VERSION),
                               language.isChinese() ? QStringLiteral("ZH") : QStringLiteral("EN")),
                      QStringLiteral("VERSION:2.0"), QStringLiteral("CALSCALE:GREGORIAN"),
                      QStringLiteral("METHOD:PUBLISH")};
    const QString calendarName =
        plan.title.trimmed().isEmpty()
            ? language.text(kContext, QT_TRANSLATE_NOOP("IcsExporter", "Drill programme"))
            : language.text(kContext, QT_TRANSLATE_NOOP("IcsExporter", "%1 drill programme")).arg(plan.title.trimmed());
    lines << QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName);

    for (const ZoneUse &use : std::as_const(zones))
        lines << timeZoneLines(use);

    const QString stamp = utcText(Clock::nowUtc());
    for (const Entry &entry : std::as_const(entries)) {
        const DrillItem &item = *entry.item;
        const QTimeZone zone(entry.zoneId);
        const QString tzid = QStringLiteral(";TZID=") + QString::fromLatin1(entry.zoneId) + QLatin1Char(':');
        const QDateTime start(item.firstDate, item.startTime, zone);

        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + escapeText(uidFor(item))
              << QStringLiteral("DTSTAMP:") + stamp;
        if (item.createdAt.isValid())
            lines << QStringLiteral("CREATED:") + utcText(item.createdAt);
        if (item.updatedAt.isValid())
            lines << QStringLiteral("LAST-MODIFIED:") + utcText(item.updatedAt);
        lines << QStringLiteral("SEQUENCE:%1").arg(sequenceFor(item));
        lines << QStringLiteral("DTSTART") + tzid + localText(item.firstDate, item.startTime);
        if (item.durationMinutes > 0) {
            const QDateTime end = start.addSecs(qint64(item.durationMinutes) * 60).toTimeZone(zone);
            lines << QStringLiteral("DTEND") + tzid + localText(end.date(), end.time());
        }
        const QString rrule = recurrenceRuleText(item.recurrence, item.firstDate, zone, int(entry.dates.size()));
        if (!rrule.isEmpty())
            lines << QStringLiteral("RRULE:") + rrule;

        QList<QDate> excluded;
        for (const QDate &date : entry.dates) {
            if (cancelled.contains(DrillScheduleSnapshot::occurrenceKey(item.id, date)))
                excluded << date;
        }
        for (const QDate &date : std::as_const(excluded))
            lines << QStringLiteral("EXDATE") + tzid + localText(date, item.startTime);
        // With every occurrence cancelled the event stays, marked cancelled, so that a calendar
        // which imported it before sees the change instead of keeping the old event (and some
        // programs ignore an EXDATE on an event without RRULE).
        if (excluded.size() == entry.dates.size())
            lines << QStringLiteral("STATUS:CANCELLED");

        lines << QStringLiteral("SUMMARY:") + escapeText(item.title);
        const QString description = descriptionFor(item, language);
        if (!description.isEmpty())
            lines << QStringLiteral("DESCRIPTION:") + escapeText(description);
        if (!item.place.trimmed().isEmpty())
            lines << QStringLiteral("LOCATION:") + escapeText(item.place.trimmed());
        lines << QStringLiteral("CATEGORIES:") + escapeText(language.text("DrillForm", drillFormSourceText(item.form)))
                     + QLatin1Char(',')
                     + escapeText(language.text("DrillContent", drillContentSourceText(item.content)));
        lines << QStringLiteral("TRANSP:OPAQUE") << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");

    QByteArray ics;
    for (const QString &line : std::as_const(lines))
        ics += folded(line.toUtf8());
    return ics;
}

Result<void> IcsExporter::exportToFile(const Plan &plan, const QList<DrillItem> &items, const QSet<quint64> &cancelled,
                                       const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write the calendar file %1: %2.").arg(shownPath, file.errorString())};
    const QByteArray ics = toIcs(plan, items, cancelled);
    if (file.write(ics) != ics.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{tr("Could not write the calendar file %1: %2.").arg(shownPath, reason)};
    }
    if (!file.commit())
        return Error{tr("Could not write the calendar file %1: %2.").arg(shownPath, file.errorString())};
    return {};
}

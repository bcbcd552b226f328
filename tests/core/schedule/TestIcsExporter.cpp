// The calendar file a drill programme becomes, read back with libical (the iCalendar library of
// Evolution and many servers) the way a calendar program reads it: it parses without errors, its
// lines are folded and escaped so that Chinese text comes back unchanged, UIDs stay the same so
// that a second import updates instead of duplicating, its VTIMEZONEs give the right offsets, and
// the RRULE and EXDATEs it writes expand to exactly the dates RecurrenceRule gives.

#include "core/Clock.h"
#include "core/domain/DrillItem.h"
#include "core/domain/Plan.h"
#include "core/schedule/DrillScheduleSnapshot.h"
#include "core/schedule/IcsExporter.h"
#include "core/schedule/RecurrenceRule.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

Q_DECLARE_METATYPE(RecurrenceRule)

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Calendar = std::unique_ptr<icalcomponent, ComponentDeleter>;

Calendar parse(const QByteArray &ics)
{
    return Calendar(icalcomponent_new_from_string(ics.constData()));
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QList<icalcomponent *> eventsOf(icalcomponent *calendar)
{
    QList<icalcomponent *> events;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        events << event;
    return events;
}

icalcomponent *eventWithUid(icalcomponent *calendar, const QString &uid)
{
    for (icalcomponent *event : eventsOf(calendar)) {
        if (text(icalcomponent_get_uid(event)) == uid)
            return event;
    }
    return nullptr;
}

// The logical lines: folds undone (RFC 5545 §3.1).
QStringList unfoldedLines(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList linesStartingWith(const QByteArray &ics, const QString &prefix)
{
    QStringList found;
    for (const QString &line : unfoldedLines(ics)) {
        if (line.startsWith(prefix))
            found << line;
    }
    return found;
}

QString localStamp(const QDate &date, const QTime &time)
{
    return date.toString(u"yyyyMMdd") + QLatin1Char('T') + time.toString(u"HHmmss");
}

// The occurrences as libical's recurrence iterator gives them, in the event's local time, less the
// EXDATEs; a cancelled event has none.
QStringList localInstances(icalcomponent *event)
{
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
        return {};
    const icaltimetype start = icalcomponent_get_dtstart(event);
    QStringList instances;
    if (icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
        icalrecur_iterator *iterator = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
        if (!iterator)
            return {QStringLiteral("no iterator")};
        for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
             next = icalrecur_iterator_next(iterator)) {
            instances << text(icaltime_as_ical_string(next));
            if (instances.size() > 2 * RecurrenceRule::kMaximumOccurrences)
                break; // an RRULE without an end
        }
        icalrecur_iterator_free(iterator);
    } else {
        instances << text(icaltime_as_ical_string(start));
    }
    for (icalproperty *exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const QString excluded = text(icaltime_as_ical_string(icalproperty_get_exdate(exdate)));
        if (!instances.removeOne(excluded))
            instances << QStringLiteral("EXDATE matching nothing: ") + excluded;
    }
    return instances;
}

void collectSpan(icalcomponent *, icaltime_span *span, void *data)
{
    static_cast<QList<qint64> *>(data)->append(qint64(span->start));
}

// The occurrences as instants: libical converts through the file's VTIMEZONE and filters EXDATEs.
QList<qint64> utcInstances(icalcomponent *event)
{
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
        return {};
    QList<qint64> instants;
    icalcomponent_foreach_recurrence(event, icaltime_from_string("19700101T000000Z"),
                                     icaltime_from_string("21000101T000000Z"), collectSpan, &instants);
    return instants;
}

// The X-LIC-ERROR texts libical left in the components.
QStringList errorsOf(icalcomponent *component)
{
    QStringList errors;
    for (icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); error;
         error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors << text(icalproperty_get_xlicerror(error));
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        errors << errorsOf(child);
    return errors;
}

Plan samplePlan(const QString &language = QStringLiteral("zh_CN"))
{
    Plan plan;
    plan.id = 3;
    plan.title = QStringLiteral("网络安全事件应急预案");
    plan.language = language;
    return plan;
}

DrillItem sampleItem(qint64 id = 7)
{
    DrillItem item;
    item.id = id;
    item.planId = 3;
    item.uid = QStringLiteral("5f0c2a4e-8d3b-4b6e-9a51-%1").arg(id, 12, 10, QLatin1Char('0'));
    item.title = QStringLiteral("勒索软件攻击桌面推演");
    item.purpose = QStringLiteral("检验应急响应流程");
    item.place = QStringLiteral("信息中心三楼会议室");
    item.departments = QStringLiteral("信息中心、办公室");
    item.process = QStringLiteral("发现异常 → 报告 → 处置 → 恢复");
    item.firstDate = QDate(2026, 5, 12);
    item.startTime = QTime(9, 30);
    item.durationMinutes = 150;
    item.recurrence.frequency = RecurrenceRule::Frequency::Once;
    item.createdAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    item.updatedAt = item.createdAt;
    return item;
}

RecurrenceRule rule(RecurrenceRule::Frequency frequency, RecurrenceRule::MonthAnchor anchor, int count,
                    const QDate &until = QDate())
{
    RecurrenceRule rule;
    rule.frequency = frequency;
    rule.anchor = anchor;
    rule.count = count;
    rule.until = until;
    return rule;
}

RecurrenceRule custom(int interval, RecurrenceRule::Unit unit, int count, const QDate &until = QDate())
{
    RecurrenceRule rule;
    rule.frequency = RecurrenceRule::Frequency::Custom;
    rule.interval = interval;
    rule.unit = unit;
    rule.count = count;
    rule.until = until;
    return rule;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(bytes);
    return !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter);
}

} // namespace

class TestIcsExporter : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 3, 1), QTime(10, 15, 30), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void calendarParsesWithoutErrors()
    {
        DrillItem monthly = sampleItem(8);
        monthly.recurrence = rule(RecurrenceRule::Frequency::Monthly, RecurrenceRule::MonthAnchor::DayOfMonth, 6);
        const QByteArray ics = IcsExporter::toIcs(samplePlan(), {sampleItem(), monthly});
        const Calendar calendar = parse(ics);
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        // METHOD:PUBLISH's required and forbidden properties (RFC 5546), as libical knows them, but
        // for ORGANIZER: a published programme has no organiser's address to give, and calendar
        // feeds leave it out (RFC 5545 does not ask for it) so that the events import as plain
        // appointments rather than meetings.
        icalrestriction_check(calendar.get());
        for (const QString &error : errorsOf(calendar.get()))
            QVERIFY2(error.contains(QLatin1String("ORGANIZER")), qPrintable(error));
        QCOMPARE(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
        QCOMPARE(text(icalproperty_get_version(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY))),
                 QStringLiteral("2.0"));
        QCOMPARE(text(icalproperty_get_prodid(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY))),
                 QStringLiteral("-//PlanDesk//PlanDesk %1//ZH").arg(QStringLiteral(PLANDESK_VERSION)));
        QCOMPARE(eventsOf(calendar.get()).size(), 2);
        const QStringList names = linesStartingWith(ics, QStringLiteral("X-WR-CALNAME:"));
        QCOMPARE(names.size(), 1);
        QVERIFY2(names.first().contains(QStringLiteral("网络安全事件应急预案")), qPrintable(names.first()));

        // Every line ends in CRLF: no bare LF or CR anywhere.
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("\r"), ics.count("\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));

        const QByteArray english = IcsExporter::toIcs(samplePlan(QStringLiteral("en")), {sampleItem()});
        QCOMPARE(linesStartingWith(english, QStringLiteral("PRODID:")),
                 QStringList{QStringLiteral("PRODID:-//PlanDesk//PlanDesk %1//EN").arg(QStringLiteral(PLANDESK_VERSION))});
        const QStringList description = linesStartingWith(english, QStringLiteral("DESCRIPTION:"));
        QCOMPARE(description.size(), 1);
        QVERIFY2(description.first().contains(QStringLiteral("Tabletop exercise")), qPrintable(description.first()));
        QVERIFY2(description.first().contains(QStringLiteral("Purpose: 检验应急响应流程")), qPrintable(description.first()));
    }

    void chineseTextIsFoldedAndEscaped()
    {
        DrillItem item = sampleItem();
        // Commas, semicolons, a backslash, a character outside the BMP (four UTF-8 octets) and far
        // more than 75 octets, so that folds fall inside characters unless the exporter avoids it.
        item.title = QStringLiteral("二〇二六年度关键信息基础设施网络安全事件应急演练（综合演练，桌面推演；"
                                    "数据中心\\灾备切换）第一阶段:勒索软件攻击,数据泄露;与𠮷业务中断的联合处置演练");
        item.purpose = QStringLiteral("一、检验预案的可操作性；\n二、锻炼队伍，提高协同处置能力，\r\n三、路径 C:\\备份\\数据。");
        item.process = QStringLiteral("09:30 启动；\n10:00 处置,恢复\n\n11:30 总结");
        item.place = QStringLiteral("北京市海淀区, 某大厦; B座");
        item.departments = QStringLiteral("信息中心,安全部;运维部");
        const QByteArray ics = IcsExporter::toIcs(samplePlan(), {item});

        const QList<QByteArray> physical = ics.split('\n');
        bool folded = false;
        for (QByteArray line : physical) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(isValidUtf8(line), line.toHex().constData()); // no character split by a fold
            folded = folded || line.startsWith(' ');
        }
        QVERIFY(folded);

        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(isValidUtf8(unfolded));
        const QString expectedSummary =
            QStringLiteral("SUMMARY:二〇二六年度关键信息基础设施网络安全事件应急演练（综合演练，桌面推演；"
                           "数据中心\\\\灾备切换）第一阶段:勒索软件攻击\\,数据泄露\\;与𠮷业务中断的联合处置演练");
        QCOMPARE(linesStartingWith(ics, QStringLiteral("SUMMARY:")), QStringList{expectedSummary});
        QCOMPARE(linesStartingWith(ics, QStringLiteral("LOCATION:")),
                 QStringList{QStringLiteral("LOCATION:北京市海淀区\\, 某大厦\\; B座")});

        const Calendar calendar = parse(ics);
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        icalcomponent *event = eventWithUid(calendar.get(), IcsExporter::uidFor(item));
        QVERIFY(event);
        QCOMPARE(text(icalcomponent_get_summary(event)), item.title);
        QCOMPARE(text(icalcomponent_get_location(event)), item.place);
        const QString description = text(icalcomponent_get_description(event));
        QVERIFY2(description.contains(QStringLiteral("一、检验预案的可操作性；\n二、锻炼队伍，提高协同处置能力，\n"
                                                     "三、路径 C:\\备份\\数据。")),
                 qPrintable(description));
        QVERIFY2(description.contains(item.process), qPrintable(description));
        QVERIFY2(description.contains(item.departments), qPrintable(description));
        QVERIFY2(!description.contains(QLatin1Char('\r')), qPrintable(description));
    }

    void uidsStayAcrossExportsAndEdits()
    {
        DrillItem first = sampleItem(7);
        DrillItem second = sampleItem(8);
        second.recurrence = rule(RecurrenceRule::Frequency::Quarterly, RecurrenceRule::MonthAnchor::DayOfMonth, 4);
        DrillItem unsaved = sampleItem(0);
        unsaved.uid.clear();
        unsaved.createdAt = QDateTime();
        unsaved.updatedAt = QDateTime();

        const QByteArray before = IcsExporter::toIcs(samplePlan(), {first, second, unsaved});
        Clock::setFixed(QDateTime(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC));
        first.title = QStringLiteral("勒索软件攻击桌面推演（修订）");
        first.firstDate = QDate(2026, 5, 19);
        first.updatedAt = QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
        const QByteArray after = IcsExporter::toIcs(samplePlan(), {first, second, unsaved});

        const QStringList expectedUids{first.uid + QStringLiteral("@plandesk"), second.uid + QStringLiteral("@plandesk"),
                                       QStringLiteral("plandesk-drill-3-0@plandesk")};
        for (const QByteArray &ics : {before, after}) {
            const Calendar calendar = parse(ics);
            QVERIFY(calendar);
            QStringList uids;
            for (icalcomponent *event : eventsOf(calendar.get()))
                uids << text(icalcomponent_get_uid(event));
            QCOMPARE(uids, expectedUids);
        }
        QCOMPARE(IcsExporter::uidFor(first), expectedUids.at(0));
        QCOMPARE(IcsExporter::uidFor(unsaved), expectedUids.at(2));

        // The edited item: same UID, a later revision (SEQUENCE) and modification time.
        const Calendar oldCalendar = parse(before);
        const Calendar newCalendar = parse(after);
        icalcomponent *oldEvent = eventWithUid(oldCalendar.get(), expectedUids.at(0));
        icalcomponent *newEvent = eventWithUid(newCalendar.get(), expectedUids.at(0));
        QVERIFY(oldEvent && newEvent);
        QVERIFY(icalcomponent_get_sequence(newEvent) > icalcomponent_get_sequence(oldEvent));
        QCOMPARE(text(icalcomponent_get_summary(newEvent)), first.title);
        const auto lastModified = [](icalcomponent *event) {
            icalproperty *property = icalcomponent_get_first_property(event, ICAL_LASTMODIFIED_PROPERTY);
            return property ? text(icaltime_as_ical_string(icalproperty_get_lastmodified(property))) : QString();
        };
        QCOMPARE(lastModified(oldEvent), QStringLiteral("20260105T080000Z"));
        QCOMPARE(lastModified(newEvent), QStringLiteral("20260401T120000Z"));
        QCOMPARE(text(icaltime_as_ical_string(icalcomponent_get_dtstamp(newEvent))), QStringLiteral("20260402T080000Z"));
        QCOMPARE(text(icaltime_as_ical_string(icalcomponent_get_dtstart(newEvent))), QStringLiteral("20260519T093000"));
        QCOMPARE(text(icaltime_as_ical_string(icalcomponent_get_dtend(newEvent))), QStringLiteral("20260519T120000"));
    }

    void shanghaiTimeZoneIsDescribed()
    {
        DrillItem item = sampleItem();
        item.recurrence = rule(RecurrenceRule::Frequency::Monthly, RecurrenceRule::MonthAnchor::DayOfMonth, 3);
        DrillItem unknownZone = sampleItem(9);
        unknownZone.timeZoneId = QByteArrayLiteral("Mars/Olympus_Mons");
        const QByteArray ics = IcsExporter::toIcs(samplePlan(), {item, unknownZone});
        // One VTIMEZONE however many items use the zone; the unknown zone falls back to it.
        QCOMPARE(ics.count("BEGIN:VTIMEZONE"), 1);
        QCOMPARE(linesStartingWith(ics, QStringLiteral("DTSTART;TZID=Asia/Shanghai:")).size(), 2);

        const Calendar calendar = parse(ics);
        QVERIFY(calendar);
        icaltimezone *zone = icalcomponent_get_timezone(calendar.get(), "Asia/Shanghai");
        QVERIFY(zone);
        icalcomponent *zoneComponent = icaltimezone_get_component(zone);
        QVERIFY(zoneComponent);
        icalcomponent *standard = icalcomponent_get_first_component(zoneComponent, ICAL_XSTANDARD_COMPONENT);
        QVERIFY(standard);
        QCOMPARE(icalproperty_get_tzoffsetto(icalcomponent_get_first_property(standard, ICAL_TZOFFSETTO_PROPERTY)),
                 8 * 3600);
        QCOMPARE(text(icalproperty_get_tzname(icalcomponent_get_first_property(standard, ICAL_TZNAME_PROPERTY))),
                 QStringLiteral("CST"));
        icaltimetype summer = icaltime_from_string("20260712T093000");
        icaltimetype winter = icaltime_from_string("20261212T093000");
        int daylight = -1;
        QCOMPARE(icaltimezone_get_utc_offset(zone, &summer, &daylight), 8 * 3600);
        QCOMPARE(daylight, 0);
        QCOMPARE(icaltimezone_get_utc_offset(zone, &winter, &daylight), 8 * 3600);

        // The event's start is read in the file's own VTIMEZONE: 09:30 in Beijing is 01:30 UTC.
        icalcomponent *event = eventWithUid(calendar.get(), IcsExporter::uidFor(item));
        QVERIFY(event);
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QCOMPARE(text(icaltimezone_get_tzid(const_cast<icaltimezone *>(start.zone))), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(qint64(icaltime_as_timet_with_zone(start, start.zone)),
                 QDateTime(QDate(2026, 5, 12), QTime(1, 30), Qt::UTC).toSecsSinceEpoch());
    }

    void otherTimeZonesAreDescribed_data()
    {
        QTest::addColumn<QByteArray>("zoneId");
        QTest::addColumn<int>("winterOffset");
        QTest::addColumn<int>("summerOffset");
        QTest::newRow("Europe/Berlin (daylight saving time)") << QByteArrayLiteral("Europe/Berlin") << 3600 << 7200;
        QTest::newRow("Asia/Tokyo (none)") << QByteArrayLiteral("Asia/Tokyo") << 9 * 3600 << 9 * 3600;
        QTest::newRow("America/New_York") << QByteArrayLiteral("America/New_York") << -5 * 3600 << -4 * 3600;
    }

    void otherTimeZonesAreDescribed()
    {
        QFETCH(QByteArray, zoneId);
        QFETCH(int, winterOffset);
        QFETCH(int, summerOffset);
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(zoneId));

        DrillItem item = sampleItem();
        item.timeZoneId = zoneId;
        item.firstDate = QDate(2026, 1, 15);
        item.recurrence = custom(1, RecurrenceRule::Unit::Months, 30);
        DrillItem shanghai = sampleItem(8);
        const QByteArray ics = IcsExporter::toIcs(samplePlan(), {item, shanghai});
        QCOMPARE(ics.count("BEGIN:VTIMEZONE"), 2);

        const Calendar calendar = parse(ics);
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        icaltimezone *zone = icalcomponent_get_timezone(calendar.get(), zoneId.constData());
        QVERIFY(zone);
        for (int year : {2026, 2027, 2028}) {
            icaltimetype january = icaltime_from_string(qPrintable(QString::number(year) + QStringLiteral("0115T100000")));
            icaltimetype july = icaltime_from_string(qPrintable(QString::number(year) + QStringLiteral("0715T100000")));
            int daylight = -1;
            QCOMPARE(icaltimezone_get_utc_offset(zone, &january, &daylight), winterOffset);
            QCOMPARE(daylight, 0);
            QCOMPARE(icaltimezone_get_utc_offset(zone, &july, &daylight), summerOffset);
            QCOMPARE(daylight, summerOffset != winterOffset ? 1 : 0);
        }

        // The changes of offset the file gives are those of Qt's zone data: same instants, same
        // offsets before and after.
        const QTimeZone qtZone(zoneId);
        QStringList expectedChanges;
        int offsetBefore = qtZone.offsetFromUtc(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        for (const QTimeZone::OffsetData &transition :
             qtZone.transitions(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC))) {
            expectedChanges << QStringLiteral("%1 %2→%3")
                                   .arg(transition.atUtc.toUTC().toString(Qt::ISODate))
                                   .arg(offsetBefore)
                                   .arg(transition.offsetFromUtc);
            offsetBefore = transition.offsetFromUtc;
        }
        QCOMPARE(expectedChanges.isEmpty(), summerOffset == winterOffset);
        QStringList changes;
        icalcomponent *zoneComponent = icaltimezone_get_component(zone);
        for (icalcomponent *observance = icalcomponent_get_first_component(zoneComponent, ICAL_ANY_COMPONENT);
             observance; observance = icalcomponent_get_next_component(zoneComponent, ICAL_ANY_COMPONENT)) {
            const int from = icalproperty_get_tzoffsetfrom(
                icalcomponent_get_first_property(observance, ICAL_TZOFFSETFROM_PROPERTY));
            const int to =
                icalproperty_get_tzoffsetto(icalcomponent_get_first_property(observance, ICAL_TZOFFSETTO_PROPERTY));
            QList<icaltimetype> onsets{
                icalproperty_get_dtstart(icalcomponent_get_first_property(observance, ICAL_DTSTART_PROPERTY))};
            for (icalproperty *rdate = icalcomponent_get_first_property(observance, ICAL_RDATE_PROPERTY); rdate;
                 rdate = icalcomponent_get_next_property(observance, ICAL_RDATE_PROPERTY))
                onsets << icalproperty_get_rdate(rdate).time;
            for (const icaltimetype &onset : std::as_const(onsets)) {
                const QDateTime utc =
                    QDateTime(QDate(onset.year, onset.month, onset.day), QTime(onset.hour, onset.minute, onset.second),
                              Qt::UTC)
                        .addSecs(-from);
                if (utc.date().year() >= 2026 && utc.date().year() <= 2028)
                    changes << QStringLiteral("%1 %2→%3").arg(utc.toString(Qt::ISODate)).arg(from).arg(to);
            }
        }
        changes.sort();
        QCOMPARE(changes, expectedChanges);

        // Every occurrence at the instant Qt's own zone data gives, through the file's VTIMEZONE.
        icalcomponent *event = eventWithUid(calendar.get(), IcsExporter::uidFor(item));
        QVERIFY(event);
        QList<qint64> expected;
        for (const QDate &date : item.recurrence.occurrences(item.firstDate))
            expected << QDateTime(date, item.startTime, QTimeZone(zoneId)).toSecsSinceEpoch();
        QCOMPARE(expected.size(), 30);
        QCOMPARE(utcInstances(event), expected);
    }

    void rruleTexts_data()
    {
        using F = RecurrenceRule::Frequency;
        using A = RecurrenceRule::MonthAnchor;
        using U = RecurrenceRule::Unit;
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("31 January monthly") << QDate(2026, 1, 31) << rule(F::Monthly, A::DayOfMonth, 14)
                                            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=14");
        QTest::newRow("15th half-yearly") << QDate(2026, 1, 15) << rule(F::HalfYearly, A::DayOfMonth, 4)
                                          << QStringLiteral("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15;COUNT=4");
        QTest::newRow("29 February yearly") << QDate(2024, 2, 29) << rule(F::Yearly, A::DayOfMonth, 8)
                                            << QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1;COUNT=8");
        QTest::newRow("last Friday quarterly until")
            << QDate(2026, 3, 27) << rule(F::Quarterly, A::LastWeekdayOfMonth, 0, QDate(2027, 12, 31))
            << QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20271231T155959Z");
        QTest::newRow("2nd Tuesday monthly") << QDate(2026, 2, 10) << rule(F::Monthly, A::WeekdayOfMonth, 12)
                                             << QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=12");
        QTest::newRow("5th Friday monthly") << QDate(2026, 1, 30) << rule(F::Monthly, A::WeekdayOfMonth, 10)
                                            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=10");
        QTest::newRow("last day yearly") << QDate(2026, 4, 30) << rule(F::Yearly, A::LastDayOfMonth, 3)
                                         << QStringLiteral("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1;COUNT=3");
        QTest::newRow("every 2 weeks") << QDate(2026, 3, 4) << custom(2, U::Weeks, 0, QDate(2026, 9, 30))
                                       << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;UNTIL=20260930T155959Z");
        QTest::newRow("every 10 days") << QDate(2026, 12, 25) << custom(10, U::Days, 20)
                                       << QStringLiteral("FREQ=DAILY;INTERVAL=10;COUNT=20");
        RecurrenceRule eighteenMonths = custom(18, U::Months, 6);
        QTest::newRow("every 18 months") << QDate(2026, 8, 31) << eighteenMonths
                                         << QStringLiteral("FREQ=MONTHLY;INTERVAL=18;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=6");
        RecurrenceRule everyTwoYears = custom(2, U::Years, 4);
        everyTwoYears.anchor = A::WeekdayOfMonth;
        QTest::newRow("2nd Tuesday of March every 2 years")
            << QDate(2026, 3, 10) << everyTwoYears << QStringLiteral("FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYDAY=2TU;COUNT=4");
        QTest::newRow("once") << QDate(2026, 6, 15) << rule(F::Once, A::DayOfMonth, 0) << QString();
    }

    void rruleTexts()
    {
        QFETCH(QDate, firstDate);
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QString, expected);
        DrillItem item = sampleItem();
        item.firstDate = firstDate;
        item.recurrence = recurrence;
        const QStringList rrules = linesStartingWith(IcsExporter::toIcs(samplePlan(), {item}), QStringLiteral("RRULE:"));
        QCOMPARE(rrules, expected.isEmpty() ? QStringList() : QStringList{QStringLiteral("RRULE:") + expected});
    }

    void libicalExpandsTheSameOccurrences_data()
    {
        using F = RecurrenceRule::Frequency;
        using A = RecurrenceRule::MonthAnchor;
        using U = RecurrenceRule::Unit;
        QTest::addColumn<QByteArray>("zoneId");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QTime>("startTime");
        QTest::addColumn<RecurrenceRule>("recurrence");
        QTest::addColumn<QList<int>>("cancelledIndexes");
        const QByteArray shanghai = QByteArrayLiteral("Asia/Shanghai");
        const QTime nine(9, 0);

        QTest::newRow("31 January monthly x14") << shanghai << QDate(2026, 1, 31) << nine
                                                << rule(F::Monthly, A::DayOfMonth, 14) << QList<int>{1, 13};
        QTest::newRow("30 January monthly x6") << shanghai << QDate(2026, 1, 30) << nine
                                               << rule(F::Monthly, A::DayOfMonth, 6) << QList<int>{};
        QTest::newRow("29 February yearly x8") << shanghai << QDate(2024, 2, 29) << QTime(14, 0)
                                               << rule(F::Yearly, A::DayOfMonth, 8) << QList<int>{2};
        QTest::newRow("last Friday quarterly until a Friday")
            << shanghai << QDate(2026, 3, 27) << QTime(16, 0)
            << rule(F::Quarterly, A::LastWeekdayOfMonth, 0, QDate(2027, 12, 31)) << QList<int>{0};
        QTest::newRow("2nd Tuesday monthly") << shanghai << QDate(2026, 2, 10) << nine
                                             << rule(F::Monthly, A::WeekdayOfMonth, 12) << QList<int>{5};
        QTest::newRow("5th Friday becomes last Friday") << shanghai << QDate(2026, 1, 30) << nine
                                                        << rule(F::Monthly, A::WeekdayOfMonth, 10) << QList<int>{};
        QTest::newRow("last day half-yearly") << shanghai << QDate(2026, 6, 30) << nine
                                              << rule(F::HalfYearly, A::LastDayOfMonth, 6) << QList<int>{};
        QTest::newRow("yearly 2nd Tuesday of March") << shanghai << QDate(2026, 3, 10) << nine
                                                     << rule(F::Yearly, A::WeekdayOfMonth, 5) << QList<int>{};
        QTest::newRow("custom every 2 weeks until") << shanghai << QDate(2026, 3, 4) << QTime(19, 45)
                                                    << custom(2, U::Weeks, 0, QDate(2026, 9, 30)) << QList<int>{3, 4};
        QTest::newRow("custom every 18 months") << shanghai << QDate(2026, 8, 31) << nine
                                                << custom(18, U::Months, 6) << QList<int>{};
        QTest::newRow("custom every 10 days") << shanghai << QDate(2026, 12, 25) << QTime(23, 30)
                                              << custom(10, U::Days, 20) << QList<int>{0, 19};
        RecurrenceRule everyTwoYears = custom(2, U::Years, 4);
        everyTwoYears.anchor = A::LastWeekdayOfMonth;
        QTest::newRow("custom every 2 years, last Monday") << shanghai << QDate(2026, 8, 31) << nine << everyTwoYears
                                                           << QList<int>{};
        QTest::newRow("once") << shanghai << QDate(2026, 6, 15) << nine << rule(F::Once, A::DayOfMonth, 0)
                              << QList<int>{};
        QTest::newRow("once, cancelled") << shanghai << QDate(2026, 6, 15) << nine << rule(F::Once, A::DayOfMonth, 0)
                                         << QList<int>{0};
        QTest::newRow("monthly, all cancelled") << shanghai << QDate(2026, 6, 15) << nine
                                                << rule(F::Monthly, A::DayOfMonth, 3) << QList<int>{0, 1, 2};
        QTest::newRow("Berlin last Sunday monthly across DST changes")
            << QByteArrayLiteral("Europe/Berlin") << QDate(2026, 1, 25) << QTime(10, 0)
            << rule(F::Monthly, A::LastWeekdayOfMonth, 0, QDate(2027, 3, 28)) << QList<int>{2, 9};
    }

    void libicalExpandsTheSameOccurrences()
    {
        QFETCH(QByteArray, zoneId);
        QFETCH(QDate, firstDate);
        QFETCH(QTime, startTime);
        QFETCH(RecurrenceRule, recurrence);
        QFETCH(QList<int>, cancelledIndexes);

        DrillItem item = sampleItem(42);
        item.timeZoneId = zoneId;
        item.firstDate = firstDate;
        item.startTime = startTime;
        item.recurrence = recurrence;
        const QList<QDate> dates = recurrence.occurrences(firstDate);
        QVERIFY2(!dates.isEmpty(), "RecurrenceRule gives no occurrence for a valid rule");

        QSet<quint64> cancelled;
        QList<QDate> expectedDates = dates;
        for (int index : cancelledIndexes) {
            QVERIFY(index < dates.size());
            cancelled.insert(DrillScheduleSnapshot::occurrenceKey(item.id, dates.at(index)));
            expectedDates.removeOne(dates.at(index));
        }
        // Another item's cancellation on the same date must not touch this one.
        cancelled.insert(DrillScheduleSnapshot::occurrenceKey(item.id + 1, dates.constLast()));

        const QTimeZone zone(zoneId);
        QStringList expectedLocal;
        QList<qint64> expectedInstants;
        for (const QDate &date : std::as_const(expectedDates)) {
            expectedLocal << localStamp(date, startTime);
            expectedInstants << QDateTime(date, startTime, zone).toSecsSinceEpoch();
        }

        const QByteArray ics = IcsExporter::toIcs(samplePlan(), {item}, cancelled);
        const Calendar calendar = parse(ics);
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        QVERIFY(icalcomponent_get_timezone(calendar.get(), zoneId.constData()));
        icalcomponent *event = eventWithUid(calendar.get(), IcsExporter::uidFor(item));
        QVERIFY(event);

        QCOMPARE(icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED, expectedDates.isEmpty());
        const bool recurring = recurrence.frequency != RecurrenceRule::Frequency::Once;
        QCOMPARE(icalcomponent_count_properties(event, ICAL_RRULE_PROPERTY), recurring ? 1 : 0);
        QCOMPARE(icalcomponent_count_properties(event, ICAL_EXDATE_PROPERTY), int(cancelledIndexes.size()));
        for (const QString &exdate : linesStartingWith(ics, QStringLiteral("EXDATE")))
            QVERIFY2(exdate.startsWith(QStringLiteral("EXDATE;TZID=") + QString::fromLatin1(zoneId) + QLatin1Char(':')),
                     qPrintable(exdate));

        QCOMPARE(localInstances(event), expectedLocal);
        QCOMPARE(utcInstances(event), expectedInstants);
    }

    void monthEndsFollowTheCalendar()
    {
        // Independent of RecurrenceRule: what a calendar program shows for "31 January, monthly".
        DrillItem item = sampleItem();
        item.firstDate = QDate(2028, 1, 31);
        item.startTime = QTime(9, 0);
        item.recurrence = rule(RecurrenceRule::Frequency::Monthly, RecurrenceRule::MonthAnchor::DayOfMonth, 4);
        const Calendar calendar = parse(IcsExporter::toIcs(samplePlan(), {item}));
        QVERIFY(calendar);
        icalcomponent *event = eventWithUid(calendar.get(), IcsExporter::uidFor(item));
        QVERIFY(event);
        QCOMPARE(localInstances(event), (QStringList{QStringLiteral("20280131T090000"), QStringLiteral("20280229T090000"),
                                                     QStringLiteral("20280331T090000"), QStringLiteral("20280430T090000")}));
    }

    void exportWritesTheFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("演练计划.ics"));
        const QList<DrillItem> items{sampleItem()};
        const Result<void> written = IcsExporter::exportToFile(samplePlan(), items, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), IcsExporter::toIcs(samplePlan(), items));

        const QString unreachable = directory.filePath(QStringLiteral("missing/folder/plan.ics"));
        const Result<void> failed = IcsExporter::exportToFile(samplePlan(), items, {}, unreachable);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorMessage().contains(QDir::toNativeSeparators(unreachable)), qPrintable(failed.errorMessage()));
        QVERIFY(!QFile::exists(unreachable));
    }
};

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "TestIcsExporter.moc"

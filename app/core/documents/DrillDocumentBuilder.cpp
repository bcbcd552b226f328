#include "DrillDocumentBuilder.h"

#include "../Clock.h"
#include "DocumentBodyWriter.h"
#include "DocumentStyle.h"
#include "PlanDocumentBuilder.h"

#include <algorithm>

namespace {

constexpr const char *kContext = "DrillDocument";

// The running header, footer and watermark are the plan document's own words (already
// translated), so every formal document of a plan reads the same.
constexpr const char *kPlanContext = "PlanDocument";

// What the blank form offers to tick: U+2610 (☐) is not in WenQuanYi Zen Hei, U+25A1 (□) is.
const QString kTickBox = QStringLiteral("□");

// Rows of the blank form, for handwriting.
constexpr int kBlankParticipantRows = 12;
constexpr int kBlankTimelineRows = 10;
constexpr int kBlankObjectiveRows = 3;    // when the item names no objectives
constexpr int kBlankCorrectiveActionRows = 5;

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

using Writer = DocumentBodyWriter;
using Cell = DocumentBodyWriter::Cell;

QStringList linesOf(const QString &text)
{
    return DocumentBodyWriter::linesOf(text);
}

// 记录人 ____ 负责人 ____ 日期 ____, the names printed on their lines where they are known.
void recordSignatures(Writer &writer, const QString &recorder, const QString &responsible)
{
    writer.signatureLines({writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Recorder")),
                           writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Responsible")),
                           writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Date"))},
                          {recorder, responsible, QString()}, {17, 20, 17, 20, 9, 17}, DocumentStyle::bodyPointSize);
}

// Whether a document's watermark follows the plan's status. The programme and the work plan plan
// drills under the plan: they are drafts while it is, and void once it is withdrawn. A record and
// a summary report document a drill that was held, and a blank form is filled in at one: none of
// them is a draft because the plan is, so they carry no mark of the plan's.
enum class PlanMark { FollowsPlan, None };

// What every drill document shares: the plan's title, version and status on every page, page
// N of M, and (`mark`) the draft mark while the plan is not approved.
FormalDocument frame(const Plan &plan, const DocumentLanguage &language, const QString &title, PlanMark mark)
{
    FormalDocument document;
    document.headerLeft = plan.title;
    document.headerRight = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Version %1 · %2"))
                               .arg(plan.version, language.text("PlanStatus", planStatusSourceText(plan.status)));
    document.footerPattern = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2"));
    document.metadataTitle = title;
    if (mark == PlanMark::FollowsPlan && plan.status == PlanStatus::Withdrawn)
        document.watermark = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "WITHDRAWN"));
    else if (mark == PlanMark::FollowsPlan && !planStatusIsApprovedOrLater(plan.status))
        document.watermark = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "DRAFT"));
    document.body = std::make_unique<QTextDocument>();
    return document;
}

QString yesNo(bool value, const DocumentLanguage &language)
{
    return value ? language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "Yes"))
                 : language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "No"));
}

QString formText(const DrillItem &item, const DocumentLanguage &language)
{
    return language.text("DrillForm", drillFormSourceText(item.form));
}

// "Special drill: ransomware" — the content, and for a special drill the scenario it covers.
QString contentText(const DrillItem &item, const DocumentLanguage &language)
{
    QString text = language.text("DrillContent", drillContentSourceText(item.content));
    const QString scenario = linesOf(item.scenario).join(QLatin1Char(' '));
    if (item.content == DrillContent::Special && !scenario.isEmpty())
        text += (language.isChinese() ? QStringLiteral("：") : QStringLiteral(": ")) + scenario;
    return text;
}

QString durationText(int minutes, const DocumentLanguage &language)
{
    return PlanDocumentBuilder::deadlineText(qMax(1, minutes), language);
}

// "09:00–11:00 (2 hours)"; a drill that runs past midnight shows its start and length only. In a
// narrow column the length goes on a line of its own.
QString timeSpanText(const QTime &start, int durationMinutes, const DocumentLanguage &language, bool narrow = false)
{
    if (!start.isValid())
        return durationText(durationMinutes, language);
    QString span = timeText(start);
    const int endMinutes = start.hour() * 60 + start.minute() + durationMinutes;
    if (endMinutes < 24 * 60)
        span += QStringLiteral("–") + timeText(start.addSecs(durationMinutes * 60));
    const QString length = (language.isChinese() ? QStringLiteral("（%1）") : QStringLiteral("(%1)"))
                               .arg(durationText(durationMinutes, language));
    return span + (narrow ? QStringLiteral("\n") : language.isChinese() ? QString() : QStringLiteral(" ")) + length;
}

QString recordTimeText(const DrillRecord &record)
{
    if (record.startTime.isValid() && record.endTime.isValid())
        return timeText(record.startTime) + QStringLiteral("–") + timeText(record.endTime);
    if (record.startTime.isValid())
        return timeText(record.startTime);
    return QStringLiteral("—");
}

QString orDash(const QString &text)
{
    const QString joined = linesOf(text).join(QLatin1Char('\n'));
    return joined.isEmpty() ? QStringLiteral("—") : joined;
}

QString planReference(const Plan &plan, const DocumentLanguage &language)
{
    return language.text(kContext, QT_TRANSLATE_NOOP("DrillDocument", "%1 (version %2)")).arg(plan.title, plan.version);
}

// "09:30" and "T+0:30": when an inject is planned, by the clock and from the start.
QString injectTimeText(const DrillItem &item, const DrillInject &inject)
{
    const QString offset = QStringLiteral("T+%1:%2").arg(inject.offsetMinutes / 60).arg(inject.offsetMinutes % 60, 2, 10,
                                                                                       QLatin1Char('0'));
    if (!item.startTime.isValid())
        return offset;
    return timeText(item.startTime.addSecs(inject.offsetMinutes * 60)) + QLatin1Char('\n') + offset;
}

QString correctiveStateText(const CorrectiveAction &action, const DocumentLanguage &language)
{
    QString text = language.text("CorrectiveActionState", correctiveActionStateSourceText(action.state));
    if (action.state == CorrectiveActionState::Closed && action.closedOn.isValid())
        text += QLatin1Char('\n') + language.date(action.closedOn);
    return text;
}

// The table of corrective actions, each with its owner and due date.
void correctiveActionTable(Writer &writer, const QList<CorrectiveAction> &actions, const DocumentLanguage &language)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const CorrectiveAction &action = actions.at(i);
        QString description = orDash(action.description);
        if (!action.note.trimmed().isEmpty())
            description += QLatin1Char('\n') + action.note.trimmed();
        rows << QStringList{QString::number(i + 1), description, orDash(action.owner), language.date(action.dueOn),
                            correctiveStateText(action, language)};
    }
    writer.listTableOrNone({writer.t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective action")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Owner")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Due date")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "State"))},
                           rows, {7, 42, 15, 19, 17}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));
}

void objectiveTable(Writer &writer, const QList<ObjectiveResult> &objectives, const DocumentLanguage &language)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < objectives.size(); ++i) {
        const ObjectiveResult &result = objectives.at(i);
        rows << QStringList{QString::number(i + 1), orDash(result.objective),
                            language.text("ObjectiveRating", objectiveRatingSourceText(result.rating)),
                            linesOf(result.comment).join(QLatin1Char('\n'))};
    }
    writer.listTableOrNone({writer.t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Objective")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Result")),
                            writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Comment"))},
                           rows, {7, 45, 14, 34}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));
}

// Whether the drill showed that the plan must change, and what (the drill feeds back into the plan).
void planRevision(Writer &writer, const DrillRecord &record, const DocumentLanguage &language)
{
    writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision required")),
                                     yesNo(record.planRevisionRequired, language)));
    if (record.planRevisionRequired || !record.planRevisionNote.trimmed().isEmpty())
        writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "What must change")),
                                         orDash(linesOf(record.planRevisionNote).join(QLatin1Char(' ')))));
    if (record.planRevisedOn.isValid())
        writer.paragraph(writer.labelled(writer.t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revised on")),
                                         language.date(record.planRevisedOn)));
}

QString organiserOf(const DrillRecord &record, const Plan &plan)
{
    return record.organiser.trimmed().isEmpty() ? plan.organisation : record.organiser;
}

} // namespace

FormalDocument DrillDocumentBuilder::buildProgramme(const Plan &plan, const QList<DrillItem> &items, int year) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString title =
        t(QT_TRANSLATE_NOOP("DrillDocument", "Cybersecurity incident emergency drill programme %1")).arg(year);
    FormalDocument document = frame(plan, language, title, PlanMark::FollowsPlan);
    document.landscape = true;
    Writer writer(*document.body, language, kContext);

    writer.title(title);
    writer.subtitle(plan.organisation, DocumentStyle::bodyPointSize + 1, 2);
    writer.subtitle(writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language)),
                    DocumentStyle::tablePointSize, 6);

    // One row per occurrence in the year, in the order they are held.
    struct Occurrence
    {
        QDate date;
        const DrillItem *item;
    };
    QList<Occurrence> occurrences;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    for (const DrillItem &item : items) {
        if (!item.firstDate.isValid())
            continue;
        for (const QDate &date : item.recurrence.occurrencesBetween(item.firstDate, first, last))
            occurrences.append({date, &item});
    }
    std::stable_sort(occurrences.begin(), occurrences.end(), [](const Occurrence &a, const Occurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.item->startTime < b.item->startTime;
    });

    QList<QList<Cell>> rows;
    QList<Cell> header;
    for (const char *source :
         {QT_TRANSLATE_NOOP("DrillDocument", "No."), QT_TRANSLATE_NOOP("DrillDocument", "Drill"),
          QT_TRANSLATE_NOOP("DrillDocument", "Purpose / requirements"), QT_TRANSLATE_NOOP("DrillDocument", "Form of drill"),
          QT_TRANSLATE_NOOP("DrillDocument", "Drill time"),
          QT_TRANSLATE_NOOP("DrillDocument", "Participating organisations or departments"),
          QT_TRANSLATE_NOOP("DrillDocument", "Drill process"), QT_TRANSLATE_NOOP("DrillDocument", "Funds in the budget")})
        header << Cell{t(source), true, true, false, 1, Qt::AlignHCenter};
    rows << header;
    for (qsizetype i = 0; i < occurrences.size(); ++i) {
        const DrillItem &item = *occurrences.at(i).item;
        rows << QList<Cell>{
            Cell{QString::number(i + 1), false, false, false, 1, Qt::AlignHCenter},
            Cell{item.title},
            Cell{orDash(item.purpose)},
            Cell{formText(item, language) + QLatin1Char('\n') + contentText(item, language)},
            Cell{language.date(occurrences.at(i).date) + QLatin1Char('\n')
                 + timeSpanText(item.startTime, item.durationMinutes, language, true)},
            Cell{orDash(item.departments)},
            Cell{orDash(item.process)},
            Cell{yesNo(item.budgeted, language), false, false, false, 1, Qt::AlignHCenter},
        };
    }
    if (occurrences.isEmpty())
        rows << QList<Cell>{Cell{t(QT_TRANSLATE_NOOP("DrillDocument", "No drill is planned for %1.")).arg(year), false,
                                 false, false, 8, Qt::AlignHCenter}};
    writer.table(rows, {4, 12, 17, 15, 14, 13, 18, 7}, 1);

    writer.paragraph(t(QT_TRANSLATE_NOOP("DrillDocument", "Prepared on %1")).arg(language.date(Clock::today())),
                     Qt::AlignRight);
    return document;
}

FormalDocument DrillDocumentBuilder::buildWorkPlan(const Plan &plan, const DrillItem &item, const QDate &occurrenceDate) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill work plan"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::FollowsPlan);
    Writer writer(*document.body, language, kContext);

    writer.titleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Date")), language.date(occurrenceDate)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), timeSpanText(item.startTime, item.durationMinutes, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(item.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(plan.organisation)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Scope")), language.text("DrillScope", drillScopeSourceText(item.scope))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Funds in the budget")), yesNo(item.budgeted, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participating organisations or departments")), orDash(item.departments),
         true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")), orDash(item.participants), true},
    });

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Purpose")));
    writer.paragraphs(item.purpose);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario")));
    writer.paragraphs(item.scenario, contentText(item, language));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Drill process")));
    writer.paragraphs(item.process);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives")));
    writer.numberedList(item.objectives, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Planned injects")));
    QList<DrillInject> injects = item.injects;
    std::stable_sort(injects.begin(), injects.end(),
                     [](const DrillInject &a, const DrillInject &b) { return a.offsetMinutes < b.offsetMinutes; });
    QList<QStringList> injectRows;
    for (const DrillInject &inject : std::as_const(injects))
        injectRows << QStringList{injectTimeText(item, inject), orDash(inject.description),
                                  orDash(inject.expectedAction)};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), t(QT_TRANSLATE_NOOP("DrillDocument", "Inject")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Expected action"))},
                           injectRows, {14, 43, 43}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Evaluation criteria")));
    writer.numberedList(item.evaluationCriteria, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Organisation and duties")));
    QList<QStringList> teamRows;
    for (const DrillTeamAssignment &team : item.teams)
        teamRows << QStringList{language.text("DrillTeamRole", drillTeamRoleSourceText(team.team)),
                                orDash(team.unit), orDash(team.role), orDash(team.duty)};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Team")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Unit or person")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Role")), t(QT_TRANSLATE_NOOP("DrillDocument", "Duty"))},
                           teamRows, {18, 26, 16, 40}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));
    return document;
}

FormalDocument DrillDocumentBuilder::buildRecord(const Plan &plan, const DrillItem &item, const DrillRecord &record) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill record"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language, kContext);

    writer.titleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Drill")), item.title, true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Planned date")), language.date(record.occurrenceDate)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), language.date(record.heldOn)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), recordTimeText(record)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(record.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(organiserOf(record, plan)), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
    });

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")));
    QList<QStringList> participantRows;
    for (qsizetype i = 0; i < record.participants.size(); ++i) {
        const DrillParticipant &participant = record.participants.at(i);
        participantRows << QStringList{QString::number(i + 1), participant.name, participant.department,
                                       participant.role, yesNo(participant.signedIn, language)};
    }
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Name")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Department")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Role")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Signed in"))},
                           participantRows, {7, 22, 30, 27, 14}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario as run")));
    writer.paragraphs(record.scenarioAsRun);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Timeline")));
    QList<QStringList> timelineRows;
    for (const DrillTimelineEntry &entry : record.timeline)
        timelineRows << QStringList{timeText(entry.time), entry.event, entry.action, entry.actor};
    writer.listTableOrNone({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Event or inject")),
                            t(QT_TRANSLATE_NOOP("DrillDocument", "Action taken")), t(QT_TRANSLATE_NOOP("DrillDocument", "By"))},
                           timelineRows, {11, 36, 36, 17}, writer.t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    objectiveTable(writer, record.objectives, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.numberedList(record.problems, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.paragraphs(record.conclusion);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    correctiveActionTable(writer, record.correctiveActions, language);

    writer.keepWithSignatures(); // no page of signatures alone
    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision")));
    planRevision(writer, record, language);

    recordSignatures(writer, record.recorder, record.responsible);
    return document;
}

FormalDocument DrillDocumentBuilder::buildSummaryReport(const Plan &plan, const DrillItem &item,
                                                        const DrillRecord &record) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill summary report"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language, kContext);

    writer.titleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Overview")));
    writer.fieldTable({
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), language.date(record.heldOn)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), recordTimeText(record)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), orDash(record.place)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), orDash(organiserOf(record, plan))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Scope")), language.text("DrillScope", drillScopeSourceText(item.scope))},
        {t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")),
         language.text(kContext, QT_TRANSLATE_N_NOOP("DrillDocument", "%n person(s)"), nullptr,
                       int(record.participants.size()))},
    });
    writer.paragraphs(record.overview);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    objectiveTable(writer, record.objectives, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.numberedList(record.problems, t(QT_TRANSLATE_NOOP("DrillDocument", "None.")));

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Lessons learned")));
    writer.paragraphs(record.lessons);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    correctiveActionTable(writer, record.correctiveActions, language);
    if (record.planRevisionRequired)
        planRevision(writer, record, language);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.paragraphs(record.conclusion);

    writer.spacer(10);
    writer.paragraph(t(QT_TRANSLATE_NOOP("DrillDocument", "Prepared on %1")).arg(language.date(Clock::today())),
                     Qt::AlignRight);
    return document;
}

FormalDocument DrillDocumentBuilder::buildBlankRecordForm(const Plan &plan, const DrillItem &item,
                                                          const QDate &occurrenceDate) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString kind = t(QT_TRANSLATE_NOOP("DrillDocument", "Drill record form"));
    FormalDocument document = frame(plan, language, item.title + QStringLiteral(" · ") + kind, PlanMark::None);
    Writer writer(*document.body, language, kContext);

    writer.titleBlock(kind, item.title, plan.organisation);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Basic information")));
    writer.fieldTable(
        {
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Plan")), planReference(plan, language), true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Drill")), item.title, true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Planned date")), language.date(occurrenceDate)},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Held on")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Time")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Place")), QString()},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Organiser")), QString(), true},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Form of drill")), formText(item, language)},
            {t(QT_TRANSLATE_NOOP("DrillDocument", "Content of drill")), contentText(item, language)},
        },
        true);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Participants")));
    {
        QList<QStringList> rows;
        for (int i = 1; i <= kBlankParticipantRows; ++i)
            rows << QStringList{QString::number(i), QString(), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Name")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Department")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Role")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Signature"))},
                         rows, {7, 20, 27, 22, 24}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Scenario as run")));
    writer.writingBox(5);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Timeline")));
    if (!item.injects.isEmpty()) {
        writer.caption(t(QT_TRANSLATE_NOOP("DrillDocument", "Planned injects")));
        QList<DrillInject> injects = item.injects;
        std::stable_sort(injects.begin(), injects.end(),
                         [](const DrillInject &a, const DrillInject &b) { return a.offsetMinutes < b.offsetMinutes; });
        QList<QStringList> rows;
        for (const DrillInject &inject : std::as_const(injects))
            rows << QStringList{injectTimeText(item, inject), orDash(inject.description), orDash(inject.expectedAction),
                                QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "Planned time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Inject")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Expected action")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Actual time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Observations"))},
                         rows, {12, 28, 28, 12, 20}, true);
        writer.caption(t(QT_TRANSLATE_NOOP("DrillDocument", "Other events")));
    }
    {
        QList<QStringList> rows;
        for (int i = 0; i < kBlankTimelineRows; ++i)
            rows << QStringList{QString(), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "Time")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Event or inject")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Action taken")), t(QT_TRANSLATE_NOOP("DrillDocument", "By"))},
                         rows, {11, 36, 36, 17}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Objectives and results")));
    {
        // Judged met, partly met or not met: never a score (REFERENCE.md §5).
        const QString choices = QStringList{kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::Met)),
                                            kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::PartlyMet)),
                                            kTickBox + language.text("ObjectiveRating", objectiveRatingSourceText(ObjectiveRating::NotMet))}
                                    .join(QLatin1Char('\n'));
        QStringList objectives;
        for (const QString &objective : item.objectives) {
            const QString text = linesOf(objective).join(QLatin1Char(' '));
            if (!text.isEmpty())
                objectives << text;
        }
        QList<QStringList> rows;
        for (qsizetype i = 0; i < objectives.size(); ++i)
            rows << QStringList{QString::number(i + 1), objectives.at(i), choices, QString()};
        for (int i = 0; objectives.isEmpty() && i < kBlankObjectiveRows; ++i)
            rows << QStringList{QString::number(i + 1), QString(), choices, QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")), t(QT_TRANSLATE_NOOP("DrillDocument", "Objective")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Result")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Comment"))},
                         rows, {7, 41, 18, 34}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Problems found")));
    writer.writingBox(6);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Conclusion")));
    writer.writingBox(4);

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective actions")));
    {
        QList<QStringList> rows;
        for (int i = 1; i <= kBlankCorrectiveActionRows; ++i)
            rows << QStringList{QString::number(i), QString(), QString(), QString()};
        writer.listTable({t(QT_TRANSLATE_NOOP("DrillDocument", "No.")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Corrective action")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Owner")),
                          t(QT_TRANSLATE_NOOP("DrillDocument", "Due date"))},
                         rows, {7, 55, 19, 19}, true);
    }

    writer.heading(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision")));
    writer.writingBox(3, writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "Plan revision required")),
                                         kTickBox + yesNo(true, language) + QStringLiteral("    ") + kTickBox
                                             + yesNo(false, language))
                             + QStringLiteral("    ")
                             + writer.labelled(t(QT_TRANSLATE_NOOP("DrillDocument", "What must change")), QString()));

    recordSignatures(writer, QString(), QString());
    return document;
}

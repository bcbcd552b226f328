#include "IncidentDocumentBuilder.h"

#include "../incident/IncidentDeadlineRules.h"
#include "../incident/IncidentDeadlines.h"
#include "DocumentBodyWriter.h"
#include "DocumentStyle.h"

#include <QTimeZone>

#include <algorithm>

namespace {

constexpr const char *kContext = "IncidentDocument";
// The page footer is the plan document's own words, so every formal document reads the same.
constexpr const char *kPlanContext = "PlanDocument";

using Writer = DocumentBodyWriter;

// 2026年12月3日 09:00（UTC+08:00）; without the zone where space is short.
QString incidentTime(const Incident &incident, const QDateTime &moment, const DocumentLanguage &language,
                     bool withZone = true)
{
    if (!moment.isValid())
        return QString();
    const QDateTime local = incident.inZone(moment);
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString text = language.date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
    if (!withZone)
        return text;
    return text + (language.isChinese() ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(zone);
}

QString levelText(const Plan &plan, const QString &code, const DocumentLanguage &language)
{
    for (const IncidentLevel &level : plan.levels) {
        if (level.code != code || level.name.trimmed().isEmpty())
            continue;
        // The English names carry their code already: "Relatively serious (Level III)".
        if (level.name.contains(code))
            return level.name.trimmed();
        return language.isChinese() ? QStringLiteral("%1（%2级）").arg(level.name.trimmed(), code)
                                        : QStringLiteral("%1 (level %2)").arg(level.name.trimmed(), code);
    }
    return code;
}

QString categoryText(const Plan &plan, const QString &code)
{
    for (const IncidentCategory &category : plan.categories) {
        if (category.code == code && !category.name.trimmed().isEmpty())
            return category.name.trimmed();
    }
    return code;
}

const char *reportTitle(IncidentReportKind kind)
{
    switch (kind) {
    case IncidentReportKind::Initial: return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Report (Initial Report)");
    case IncidentReportKind::Supplementary:
        return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Report (Supplementary Report)");
    case IncidentReportKind::Summary: return QT_TRANSLATE_NOOP("IncidentDocument", "Cybersecurity Incident Summary Report");
    }
    return "";
}

} // namespace

IncidentReport IncidentDocumentBuilder::prefilled(const Plan &plan, const Incident &incident, IncidentReportKind kind)
{
    IncidentReport report;
    report.incidentId = incident.id;
    report.kind = kind;
    const DocumentLanguage language(plan.language);
    const QString colon = language.isChinese() ? QStringLiteral("；") : QStringLiteral("; ");
    QStringList unit;
    if (!plan.organisation.trimmed().isEmpty())
        unit << plan.organisation.trimmed();
    if (!incident.affectedSystems.trimmed().isEmpty())
        unit << incident.affectedSystems.trimmed();
    report.unitAndSystem = unit.join(colon);
    if (kind == IncidentReportKind::Summary)
        report.lessons = incident.lessons;
    return report;
}

FormalDocument IncidentDocumentBuilder::build(const Plan &plan, const Incident &incident, const IncidentReport &report) const
{
    const DocumentLanguage language(plan.language);
    auto t = [&](const char *source) { return language.text(kContext, source); };
    const QString title = t(reportTitle(report.kind));

    FormalDocument document;
    // The drill mark goes into the running header, which every page carries, so a reader's search
    // and copy find it on each page; the watermark (outlines, not text) makes it plain on paper.
    const QString exercise = t(QT_TRANSLATE_NOOP("IncidentDocument", "EXERCISE"));
    document.headerLeft = plan.organisation.trimmed().isEmpty() ? plan.title : plan.organisation.trimmed();
    document.headerRight = incident.drill ? exercise + QStringLiteral(" · ") + title : title;
    document.footerPattern = language.text(kPlanContext, QT_TRANSLATE_NOOP("PlanDocument", "Page %1 of %2"));
    document.metadataTitle = incident.drill ? exercise + QLatin1Char(' ') + title : title;
    if (incident.drill)
        document.watermark = exercise;
    document.body = std::make_unique<QTextDocument>();

    Writer writer(*document.body, language, kContext);
    writer.title(incident.drill ? (language.isChinese() ? QStringLiteral("【%1】%2") : QStringLiteral("[%1] %2"))
                                      .arg(exercise, title)
                                : title);
    writer.subtitle(plan.organisation, DocumentStyle::bodyPointSize, 8);

    using Field = Writer::Field;
    const QString toFollow = t(QT_TRANSLATE_NOOP("IncidentDocument", "Facts cannot yet be judged; to follow in a supplementary report."));
    const bool unclear = report.factsUnclear && report.kind == IncidentReportKind::Initial;
    auto item = [&](const QString &value) { return unclear ? toFollow : value.trimmed(); };
    // What is known as paragraphs; nothing yet: lines to write on.
    auto textOrBox = [&](const QString &value) {
        if (value.trimmed().isEmpty())
            writer.writingBox(3);
        else
            writer.paragraphs(value);
    };

    if (report.kind != IncidentReportKind::Summary) {
        if (unclear)
            writer.paragraph(t(QT_TRANSLATE_NOOP("IncidentDocument",
                                                 "The cause or impact cannot yet be judged: this first report gives "
                                                 "items 1 and 2; the others follow.")));
        // (1)
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected system")));
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected network or system")),
                                 report.unitAndSystem.trimmed(), true}},
                          true);
        // (2)
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "The incident so far")));
        QString ransomDate = report.ransomDate.isValid() ? language.date(report.ransomDate) : QString();
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Time of discovery")),
                                 incidentTime(incident, incident.discoveredAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Place")), incident.place.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Category")), categoryText(plan, incident.categoryCode)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Level")), levelText(plan, incident.levelCode, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Harm caused so far")), report.harmSoFar.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Measures taken and their effect")),
                                 report.measuresTaken.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Ransomware: ransom demanded")), report.ransomAmount.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Payment method")), report.ransomPaymentMethod.trimmed()},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Date of the demand")), ransomDate, true}},
                          true);
        // (3) … (8)
        const QList<std::pair<const char *, QString>> items = {
            {QT_TRANSLATE_NOOP("IncidentDocument", "Likely development"), report.likelyDevelopment},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Preliminary cause"), report.preliminaryCause},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Tracing leads (attacker, path, vulnerability)"), report.tracingLeads},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Next measures and support requested"), report.nextMeasures},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Preservation of the scene"), report.scenePreservation},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Other matters"), report.other}};
        for (const auto &[label, value] : items) {
            writer.heading(t(label));
            textOrBox(item(value));
        }
    } else {
        writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "The incident")));
        writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Unit and affected network or system")),
                                 report.unitAndSystem.trimmed(), true},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Time of discovery")),
                                 incidentTime(incident, incident.discoveredAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "End of handling")),
                                 incidentTime(incident, incident.closedAt, language)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Category")), categoryText(plan, incident.categoryCode)},
                           Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Level")), levelText(plan, incident.levelCode, language)}},
                          true);
        const QList<std::pair<const char *, QString>> parts = {
            {QT_TRANSLATE_NOOP("IncidentDocument", "Cause"), report.cause},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Measures taken"), report.measures},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Harm"), report.harm},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Accountability"), report.accountability},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Rectification"), report.rectification},
            {QT_TRANSLATE_NOOP("IncidentDocument", "Lessons learned"), report.lessons}};
        for (const auto &[label, value] : parts) {
            writer.heading(t(label));
            textOrBox(value);
        }
        writer.caption(t(QT_TRANSLATE_NOOP("IncidentDocument", "Corrective actions")));
        QList<QStringList> rows;
        for (qsizetype i = 0; i < incident.correctiveActions.size(); ++i) {
            const CorrectiveAction &action = incident.correctiveActions.at(i);
            rows << QStringList{QString::number(i + 1), action.description, action.owner, language.date(action.dueOn)};
        }
        writer.listTableOrNone({t(QT_TRANSLATE_NOOP("IncidentDocument", "No.")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Action")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Owner")),
                                t(QT_TRANSLATE_NOOP("IncidentDocument", "Due"))},
                               rows, {8, 52, 20, 20}, writer.t(QT_TRANSLATE_NOOP("IncidentDocument", "None.")));
    }

    writer.heading(t(QT_TRANSLATE_NOOP("IncidentDocument", "Issue and transmission")));
    const QString channel = report.isSent() ? language.text("ReportChannel", reportChannelSourceText(report.channel)) : QString();
    writer.fieldTable({Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued by")), report.issuedBy.trimmed()},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued at")),
                             incidentTime(incident, report.issuedAt, language)},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent at")), incidentTime(incident, report.sentAt, language)},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent by")), channel},
                       Field{t(QT_TRANSLATE_NOOP("IncidentDocument", "Sent to")), report.recipient.trimmed(), true}},
                      true);
    writer.signatureLines({t(QT_TRANSLATE_NOOP("IncidentDocument", "Issued by")),
                           t(QT_TRANSLATE_NOOP("IncidentDocument", "Time"))},
                          {report.issuedBy, incidentTime(incident, report.issuedAt, language, false)}, {20, 30, 20, 30},
                          DocumentStyle::tablePointSize);
    return document;
}

#include "TemplatePreviewText.h"

#include "tables/PlanTableDelegate.h"
#include "core/exchange/TemplatePlaceholders.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// The body of a field, indented under its heading; "—" for an empty one so that the reader sees
// the field exists but is empty.
QString indented(const QString &text, int spaces)
{
    const QString indent(spaces, QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return indent + QStringLiteral("—");
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(indent);
    return lines.join(QLatin1Char('\n'));
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

// Roughly how many columns `text` takes: CJK characters are twice as wide as Latin ones, so an
// underline of that many dashes matches a Chinese heading too.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

QString underline(const QString &text, QChar character)
{
    return QString(qBound(4, displayWidth(text), 60), character);
}

QString heading(const QString &text)
{
    return QStringLiteral("\n%1\n%2").arg(text, underline(text, QLatin1Char('-')));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QStringLiteral("null");
}

QString translated(const char *context, const char *sourceText)
{
    return QCoreApplication::translate(context, sourceText);
}

} // namespace

QString TemplatePreviewText::languageName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return tr("Chinese");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString TemplatePreviewText::kindName(TemplateKind kind)
{
    return translated("TemplateKind", templateKindSourceText(kind));
}

QString TemplatePreviewText::originText(const Template &templ, bool builtIn)
{
    const QString fileName = QFileInfo(templ.origin.fileName).fileName();
    if (builtIn)
        return fileName.isEmpty() ? tr("Built in") : tr("Built in (%1)").arg(fileName);
    if (templ.origin.importedAt.isValid()) {
        //: Where an imported template came from: %1 the file's name, %2 date and time of the import.
        return tr("Imported from %1 on %2")
            .arg(orDash(fileName),
                 templ.origin.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return fileName.isEmpty() ? tr("Not imported") : tr("File %1, not imported yet").arg(fileName);
}

QString TemplatePreviewText::of(const Template &templ, bool builtIn)
{
    QStringList out;
    out << orDash(templ.title);
    out << underline(TemplatePlaceholders::readable(templ.title, templ.language), QLatin1Char('='));
    //: Preview line under a template's title: %1 its kind, %2 its language, %3 its version number.
    out << tr("%1 · %2 · version %3")
               .arg(kindName(templ.kind), languageName(templ.language), QString::number(templ.version));
    out << QString();
    out << tr("Identifier: %1").arg(orDash(templ.id));
    out << tr("Author: %1").arg(orDash(templ.author));
    out << tr("Organisation: %1").arg(orDash(templ.organisation));
    out << tr("Created: %1")
               .arg(templ.created.isValid() ? templ.created.toString(Qt::ISODate) : QStringLiteral("—"));
    out << tr("Based on: %1").arg(orDash(templ.source));
    out << tr("Origin: %1").arg(originText(templ, builtIn));
    if (!builtIn && !templ.origin.sha256.isEmpty())
        out << tr("SHA-256 of the file: %1").arg(templ.origin.sha256);
    out << tr("Contents: %1").arg(templ.contentSummary());

    out << heading(tr("Description"));
    out << indented(templ.description, 0);

    if (templ.kind == TemplateKind::Plan) {
        const Plan &plan = templ.plan;
        out << heading(tr("Plan"));
        out << tr("Kind: %1").arg(translated("PlanKind", planKindSourceText(plan.kind)));
        out << tr("Operator profile: %1")
                   .arg(translated("OperatorProfile", operatorProfileSourceText(plan.profile)));
        if (plan.kind == PlanKind::Special)
            out << tr("Scenario: %1").arg(orDash(plan.scenario));

        if (!plan.sections.isEmpty()) {
            out << heading(tr("Sections"));
            QList<int> numbers;
            for (const Section &section : plan.sections) {
                const int depth = qBound(0, section.depth, 20);
                numbers.resize(depth + 1);
                ++numbers[depth];
                QStringList parts;
                for (int number : std::as_const(numbers))
                    parts << QString::number(number);
                const int indent = depth * 2;
                out << QString(indent, QLatin1Char(' ')) + parts.join(QLatin1Char('.')) + QLatin1Char(' ') +
                           section.title;
                if (!section.body.trimmed().isEmpty())
                    out << indented(section.body, indent + 4);
            }
        }
        if (!plan.levels.isEmpty()) {
            out << heading(tr("Incident levels"));
            for (const IncidentLevel &level : plan.levels) {
                //: Preview of an incident level: %1 its code, %2 its name, %3 its warning colour.
                out << tr("%1 %2 (%3)").arg(level.code, level.name, orDash(level.warningColour));
                out << indented(tr("Criteria:"), 4) << indented(level.criteria, 6);
                out << indented(tr("Response:"), 4) << indented(level.response, 6);
            }
        }
        if (!plan.categories.isEmpty()) {
            out << heading(tr("Incident categories"));
            for (const IncidentCategory &category : plan.categories) {
                out << QStringLiteral("%1 %2").arg(category.code, category.name);
                if (!category.description.trimmed().isEmpty())
                    out << indented(category.description, 4);
            }
        }
        if (!plan.reportingSteps.isEmpty()) {
            out << heading(tr("Reporting"));
            for (const ReportingStep &step : plan.reportingSteps) {
                //: Preview of a reporting step: %1 to whom, %2 the deadline ("4 hours").
                out << tr("%1, within %2")
                           .arg(step.authority, PlanTableDelegate::deadlineText(step.deadlineMinutes));
                out << indented(tr("When: %1").arg(orDash(step.condition)), 4);
                out << indented(tr("How: %1").arg(orDash(step.channel)), 4);
                out << indented(tr("What: %1").arg(orDash(step.content)), 4);
            }
        }
        if (!plan.contacts.isEmpty()) {
            out << heading(tr("Roles"));
            for (const Contact &role : plan.contacts) {
                out << QStringLiteral("%1: %2").arg(
                    translated("ContactTeam", contactTeamSourceText(role.team)), orDash(role.role));
                if (!role.duties.trimmed().isEmpty())
                    out << indented(role.duties, 4);
            }
        }
    } else {
        const DrillItem &drill = templ.drill;
        out << heading(tr("Drill"));
        out << tr("Drill: %1").arg(orDash(drill.title));
        out << tr("Form: %1").arg(translated("DrillForm", drillFormSourceText(drill.form)));
        out << tr("Content: %1").arg(translated("DrillContent", drillContentSourceText(drill.content)));
        out << tr("Scope: %1").arg(translated("DrillScope", drillScopeSourceText(drill.scope)));
        out << tr("Duration: %1").arg(PlanTableDelegate::deadlineText(drill.durationMinutes));
        out << heading(tr("Purpose")) << indented(drill.purpose, 0);
        if (drill.content == DrillContent::Special || !drill.scenario.trimmed().isEmpty())
            out << heading(tr("Scenario")) << indented(drill.scenario, 0);
        out << heading(tr("Process")) << indented(drill.process, 0);
        if (!drill.objectives.isEmpty()) {
            out << heading(tr("Objectives"));
            for (const QString &objective : drill.objectives)
                out << QStringLiteral("• ") + objective;
        }
        if (!drill.injects.isEmpty()) {
            out << heading(tr("Injects"));
            for (const DrillInject &inject : drill.injects) {
                //: Preview of a drill inject: %1 minutes after the start, %2 what happens.
                out << tr("+%1 min  %2").arg(inject.offsetMinutes).arg(inject.description);
                if (!inject.expectedAction.trimmed().isEmpty())
                    out << indented(tr("Expected: %1").arg(inject.expectedAction), 4);
            }
        }
        if (!drill.evaluationCriteria.isEmpty()) {
            out << heading(tr("Evaluation criteria"));
            for (const QString &criterion : drill.evaluationCriteria)
                out << QStringLiteral("• ") + criterion;
        }
        if (!drill.teams.isEmpty()) {
            out << heading(tr("Teams"));
            for (const DrillTeamAssignment &team : drill.teams) {
                //: Preview of a drill team line: %1 the team, %2 unit or department, %3 role, %4 duty.
                out << tr("%1: %2, %3 — %4")
                           .arg(translated("DrillTeamRole", drillTeamRoleSourceText(team.team)),
                                orDash(team.unit), orDash(team.role), orDash(team.duty));
            }
        }
    }

    if (!templ.unknownFields.isEmpty()) {
        out << heading(tr("Fields PlanDesk does not know (kept as they are)"));
        for (auto it = templ.unknownFields.constBegin(); it != templ.unknownFields.constEnd(); ++it)
            out << QStringLiteral("%1: %2").arg(it.key(), jsonText(it.value()));
    }
    // The markers read as placeholders (〔单位名称〕), in the template's language like the text around them.
    return TemplatePlaceholders::readable(out.join(QLatin1Char('\n')), templ.language);
}

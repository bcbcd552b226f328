#include "TemplateReader.h"

#include "StrictJsonParser.h"
#include "TemplateFormat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <climits>
#include <cmath>

using namespace TemplateFormat;

namespace {

// More problems than this say nothing new, and a hostile file could otherwise produce millions.
constexpr int kMaximumProblems = 500;

enum class Need
{
    Optional,
    Required
};

QString keyOf(const char *key)
{
    return QString::fromLatin1(key);
}

QString pointerTo(const QString &parent, const QString &key)
{
    return parent + QLatin1Char('/') + StrictJsonParser::escapePointerToken(key);
}

QString pointerTo(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return TemplateReader::tr("text");
    case QJsonValue::Double:
        return isWholeNumber(value) ? TemplateReader::tr("a whole number")
                                    : TemplateReader::tr("the number %1").arg(value.toDouble());
    case QJsonValue::Bool:
        return TemplateReader::tr("true or false");
    case QJsonValue::Null:
        return TemplateReader::tr("null");
    case QJsonValue::Array:
        return TemplateReader::tr("a list");
    case QJsonValue::Object:
        return TemplateReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return TemplateReader::tr("nothing");
}

// A value as a message quotes it: text in quotes (shortened), numbers as written, else its type.
QString quoted(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        return QLatin1Char('"') + (text.size() > 60 ? text.left(57) + QStringLiteral("…") : text) +
               QLatin1Char('"');
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isWholeNumber(value) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    return typeName(value);
}

class Walker
{
public:
    explicit Walker(TemplateReadResult &result) : m_result(result), m_template(result.templ) {}

    void readDocument(const QJsonValue &root)
    {
        readObject(root);
        if (m_dropped) {
            // Warnings alone (hundreds of unknown fields) must not turn into an error here.
            m_result.problems.append(TemplateProblem{
                QString(),
                TemplateReader::tr("There are more problems than listed here; only the first %1 are shown.")
                    .arg(kMaximumProblems),
                m_droppedError ? TemplateProblem::Severity::Error : TemplateProblem::Severity::Warning});
        }
    }

private:
    void readObject(const QJsonValue &root)
    {
        if (!root.isObject()) {
            error(QString(),
                  TemplateReader::tr("The file holds %1, not a JSON object; it is not a PlanDesk template.")
                      .arg(typeName(root)));
            return;
        }
        const QJsonObject document = root.toObject();
        // For an unknown format or version nothing else can be judged: say only what is needed.
        if (!checkFormatAndVersion(document))
            return;
        checkLimits(root, QString());
        keepUnknown(document, QString(), {"format", "schema_version", "template", "plan", "drill_scenario"});
        const std::optional<TemplateKind> kind = readMetadata(document);
        const QString planKey = templateKindKey(TemplateKind::Plan);
        const QString drillKey = templateKindKey(TemplateKind::DrillScenario);
        if (kind) {
            const QString expected = templateKindKey(*kind);
            const QString other = *kind == TemplateKind::Plan ? drillKey : planKey;
            if (!document.contains(expected))
                error(QString(),
                      TemplateReader::tr("The template's kind is \"%1\", so the file needs a \"%1\" part.")
                          .arg(expected));
            if (document.contains(other))
                error(
                    pointerTo(QString(), other),
                    TemplateReader::tr("The template's kind is \"%1\"; a \"%2\" part does not belong in it.")
                        .arg(expected, other));
        }
        // Without a valid kind, the parts present are still checked so that every problem is listed.
        if (document.contains(planKey) && (!kind || *kind == TemplateKind::Plan))
            readPlan(document.value(planKey), pointerTo(QString(), planKey));
        if (document.contains(drillKey) && (!kind || *kind == TemplateKind::DrillScenario))
            readDrill(document.value(drillKey), pointerTo(QString(), drillKey));
    }

    TemplateReadResult &m_result;
    Template &m_template;
    bool m_dropped = false; // problems beyond kMaximumProblems are counted, not listed
    bool m_droppedError = false;

    void add(const QString &pointer, const QString &message, TemplateProblem::Severity severity)
    {
        if (full()) {
            m_dropped = true;
            m_droppedError = m_droppedError || severity == TemplateProblem::Severity::Error;
            return;
        }
        m_result.problems.append(TemplateProblem{pointer, message, severity});
    }
    bool full() const { return m_result.problems.size() >= kMaximumProblems; }
    void error(const QString &pointer, const QString &message)
    {
        add(pointer, message, TemplateProblem::Severity::Error);
    }
    void warning(const QString &pointer, const QString &message)
    {
        add(pointer, message, TemplateProblem::Severity::Warning);
    }

    bool checkFormatAndVersion(const QJsonObject &document)
    {
        const QString format = keyOf(kFormatMarker);
        if (!document.contains(QStringLiteral("format"))) {
            error(QString(),
                  TemplateReader::tr("The file has no \"format\" field, so it is not a PlanDesk template; a "
                                     "template has \"format\": \"%1\".")
                      .arg(format));
            return false;
        }
        const QJsonValue value = document.value(QStringLiteral("format"));
        if (value.toString() != format) {
            error(QStringLiteral("/format"),
                  TemplateReader::tr(
                      "The format %1 is not one PlanDesk reads; a template has the format \"%2\".")
                      .arg(quoted(value), format));
            return false;
        }
        if (!document.contains(QStringLiteral("schema_version"))) {
            error(QString(),
                  TemplateReader::tr("The file has no \"schema_version\"; this PlanDesk reads templates of "
                                     "schema_version %1.")
                      .arg(kSchemaVersion));
            return false;
        }
        const QJsonValue version = document.value(QStringLiteral("schema_version"));
        if (!isWholeNumber(version)) {
            error(QStringLiteral("/schema_version"),
                  TemplateReader::tr("schema_version must be a whole number, not %1; this PlanDesk reads "
                                     "schema_version %2.")
                      .arg(quoted(version))
                      .arg(kSchemaVersion));
            return false;
        }
        if (version.toDouble() > kSchemaVersion) {
            error(
                QStringLiteral("/schema_version"),
                TemplateReader::tr("schema_version %1 is newer than this PlanDesk understands (%2); a newer "
                                   "PlanDesk is needed.")
                    .arg(quoted(version))
                    .arg(kSchemaVersion));
            return false;
        }
        if (version.toDouble() < kSchemaVersion) {
            error(QStringLiteral("/schema_version"),
                  TemplateReader::tr("schema_version %1 is not a version PlanDesk knows; this PlanDesk reads "
                                     "schema_version %2.")
                      .arg(quoted(version))
                      .arg(kSchemaVersion));
            return false;
        }
        return true;
    }

    // The limits that hold for every value, known or not: text length, control characters, list size.
    void checkLimits(const QJsonValue &value, const QString &pointer)
    {
        if (value.isString()) {
            checkText(value.toString(), pointer);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.size() > kMaximumListItems)
                error(pointer, TemplateReader::tr("This list has %1 items; at most %2 are allowed.")
                                   .arg(array.size())
                                   .arg(kMaximumListItems));
            for (qsizetype i = 0; i < array.size() && !full(); ++i)
                checkLimits(array.at(i), pointerTo(pointer, i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end() && !full(); ++it) {
                const QString member = pointerTo(pointer, it.key());
                checkText(it.key(), member);
                checkLimits(it.value(), member);
            }
        }
    }

    void checkText(const QString &text, const QString &pointer)
    {
        if (text.size() > kMaximumTextLength)
            error(pointer, TemplateReader::tr("This text is %1 characters long; at most %2 are allowed.")
                               .arg(text.size())
                               .arg(kMaximumTextLength));
        for (QChar c : text) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
                c != QLatin1Char('\r')) {
                error(
                    pointer,
                    TemplateReader::tr("This text contains the control character U+%1; only tabs and line "
                                       "breaks are allowed.")
                        .arg(QStringLiteral("%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper()));
                break;
            }
        }
    }

    void keepUnknown(const QJsonObject &object, const QString &pointer,
                     std::initializer_list<const char *> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool isKnown = false;
            for (const char *key : known)
                isKnown = isKnown || it.key() == QLatin1String(key);
            if (isKnown)
                continue;
            const QString member = pointerTo(pointer, it.key());
            m_template.unknownFields.insert(member, it.value());
            warning(member, TemplateReader::tr(
                                "PlanDesk does not know the field \"%1\"; it is kept with the template "
                                "but not used.")
                                .arg(it.key().left(80)));
        }
    }

    // The member `key` of `object`, or Undefined after reporting a missing required one. A null is
    // taken as absent: some tools write null for "not set".
    QJsonValue member(const QJsonObject &object, const QString &pointer, const char *key, Need need)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (need == Need::Required)
                error(pointer,
                      value.isNull()
                          ? TemplateReader::tr("The required field \"%1\" is null; it needs a value.")
                                .arg(keyOf(key))
                          : TemplateReader::tr("The required field \"%1\" is missing.").arg(keyOf(key)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    }

    void wrongType(const QString &pointer, const QString &expected, const QJsonValue &found)
    {
        error(pointer, TemplateReader::tr("Expected %1 here, but found %2.").arg(expected, typeName(found)));
    }

    QString text(const QJsonObject &object, const QString &pointer, const char *key,
                 Need need = Need::Optional, int maximumLength = kMaximumTextLength)
    {
        const QJsonValue value = member(object, pointer, key, need);
        if (value.isUndefined())
            return QString();
        const QString at = pointerTo(pointer, keyOf(key));
        if (!value.isString()) {
            wrongType(at, TemplateReader::tr("text"), value);
            return QString();
        }
        const QString result = value.toString();
        if (need == Need::Required && result.trimmed().isEmpty())
            error(at, TemplateReader::tr("\"%1\" must not be empty.").arg(keyOf(key)));
        // Longer than the general limit has been reported already by checkLimits.
        if (result.size() > maximumLength && result.size() <= kMaximumTextLength)
            error(at, TemplateReader::tr("This text is %1 characters long; \"%2\" may have at most %3.")
                          .arg(result.size())
                          .arg(keyOf(key))
                          .arg(maximumLength));
        return result;
    }

    int integer(const QJsonObject &object, const QString &pointer, const char *key, Need need,
                int defaultValue, int minimum, int maximum)
    {
        const QJsonValue value = member(object, pointer, key, need);
        if (value.isUndefined())
            return defaultValue;
        const QString at = pointerTo(pointer, keyOf(key));
        if (!isWholeNumber(value)) {
            wrongType(at, TemplateReader::tr("a whole number"), value);
            return defaultValue;
        }
        const double number = value.toDouble();
        if (number < minimum || number > maximum) {
            error(at, TemplateReader::tr("%1 is out of range; \"%2\" must be a whole number from %3 to %4.")
                          .arg(quoted(value), keyOf(key))
                          .arg(minimum)
                          .arg(maximum));
            return defaultValue;
        }
        return int(number);
    }

    template <typename Enum>
    std::optional<Enum> choice(const QJsonObject &object, const QString &pointer, const char *key, Need need,
                               std::optional<Enum> (*fromKey)(const QString &), QList<Enum> (*all)(),
                               QString (*keyFor)(Enum))
    {
        const QJsonValue value = member(object, pointer, key, need);
        if (value.isUndefined())
            return std::nullopt;
        const std::optional<Enum> result = value.isString() ? fromKey(value.toString()) : std::nullopt;
        if (!result) {
            QStringList allowed;
            for (Enum option : all())
                allowed << QLatin1Char('"') + keyFor(option) + QLatin1Char('"');
            error(pointerTo(pointer, keyOf(key)),
                  TemplateReader::tr("%1 is not allowed for \"%2\"; use one of %3.")
                      .arg(quoted(value), keyOf(key), allowed.join(TemplateReader::tr(", "))));
        }
        return result;
    }

    QJsonObject object(const QJsonValue &value, const QString &pointer)
    {
        if (!value.isObject()) {
            wrongType(pointer, TemplateReader::tr("an object"), value);
            return QJsonObject();
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &pointer, const char *key)
    {
        const QJsonValue value = member(parent, pointer, key, Need::Optional);
        if (value.isUndefined())
            return QJsonArray();
        if (!value.isArray()) {
            wrongType(pointerTo(pointer, keyOf(key)), TemplateReader::tr("a list"), value);
            return QJsonArray();
        }
        return value.toArray();
    }

    // Each item of the list `key` as an object, with its pointer; items of another type are reported.
    template <typename Function>
    void forEachObject(const QJsonObject &parent, const QString &pointer, const char *key, Function function)
    {
        const QJsonArray items = array(parent, pointer, key);
        const QString listPointer = pointerTo(pointer, keyOf(key));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = pointerTo(listPointer, i);
            if (!items.at(i).isObject()) {
                wrongType(at, TemplateReader::tr("an object"), items.at(i));
                continue;
            }
            function(items.at(i).toObject(), at);
        }
    }

    QStringList textList(const QJsonObject &parent, const QString &pointer, const char *key)
    {
        QStringList texts;
        const QJsonArray items = array(parent, pointer, key);
        const QString listPointer = pointerTo(pointer, keyOf(key));
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                wrongType(pointerTo(listPointer, i), TemplateReader::tr("text"), items.at(i));
                continue;
            }
            texts << items.at(i).toString();
        }
        return texts;
    }

    std::optional<TemplateKind> readMetadata(const QJsonObject &document)
    {
        const QString pointer = QStringLiteral("/template");
        const QJsonValue value = member(document, QString(), "template", Need::Required);
        if (value.isUndefined())
            return std::nullopt;
        const QJsonObject meta = object(value, pointer);
        if (!value.isObject())
            return std::nullopt;
        keepUnknown(meta, pointer,
                    {"id", "version", "kind", "language", "title", "description", "author", "organisation",
                     "created", "source"});
        m_template.id = text(meta, pointer, "id", Need::Required, kMaximumIdLength);
        static const QRegularExpression idPattern(
            QStringLiteral("^[A-Za-z0-9._:-]{%1,%2}$").arg(kMinimumIdLength).arg(kMaximumIdLength));
        if (!m_template.id.isEmpty() && m_template.id.size() <= kMaximumIdLength &&
            !idPattern.match(m_template.id).hasMatch())
            error(QStringLiteral("/template/id"),
                  TemplateReader::tr(
                      "The identifier %1 is not valid; it must be %2 to %3 characters long and use "
                      "only letters, digits, \".\", \"_\", \":\" and \"-\".")
                      .arg(quoted(QJsonValue(m_template.id)), QString::number(kMinimumIdLength),
                           QString::number(kMaximumIdLength)));
        m_template.version = integer(meta, pointer, "version", Need::Required, 1, 1, INT_MAX);
        const std::optional<TemplateKind> kind = choice<TemplateKind>(
            meta, pointer, "kind", Need::Required, templateKindFromKey, allTemplateKinds, templateKindKey);
        m_template.kind = kind.value_or(TemplateKind::Plan);
        const QJsonValue language = member(meta, pointer, "language", Need::Required);
        if (!language.isUndefined()) {
            m_template.language = language.toString();
            if (!language.isString() || (m_template.language != QLatin1String("zh_CN") &&
                                         m_template.language != QLatin1String("en"))) {
                error(QStringLiteral("/template/language"),
                      TemplateReader::tr("%1 is not allowed for \"language\"; use one of \"zh_CN\", \"en\".")
                          .arg(quoted(language)));
                m_template.language = QStringLiteral("zh_CN");
            }
        }
        m_template.title = text(meta, pointer, "title", Need::Required, kMaximumTitleLength);
        m_template.description =
            text(meta, pointer, "description", Need::Optional, kMaximumDescriptionLength);
        m_template.author = text(meta, pointer, "author");
        m_template.organisation = text(meta, pointer, "organisation");
        m_template.source = text(meta, pointer, "source");
        const QString created = text(meta, pointer, "created");
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!created.isEmpty()) {
            m_template.created = QDate::fromString(created, Qt::ISODate);
            if (!datePattern.match(created).hasMatch() || !m_template.created.isValid()) {
                error(QStringLiteral("/template/created"),
                      TemplateReader::tr("%1 is not a date of the form YYYY-MM-DD.")
                          .arg(quoted(QJsonValue(created))));
                m_template.created = QDate();
            }
        }
        return kind;
    }

    void readPlan(const QJsonValue &value, const QString &pointer)
    {
        const QJsonObject part = object(value, pointer);
        Plan &plan = m_template.plan;
        keepUnknown(part, pointer,
                    {"plan_kind", "scenario", "operator_profile", "sections", "categories", "levels",
                     "reporting_steps", "roles"});
        plan.kind = choice<PlanKind>(
                        part, pointer, "plan_kind", Need::Optional, planKindFromKey,
                        [] {
                            return QList<PlanKind>{PlanKind::Comprehensive, PlanKind::Special};
                        },
                        planKindKey)
                        .value_or(PlanKind::Comprehensive);
        plan.scenario = text(part, pointer, "scenario");
        if (plan.kind == PlanKind::Special && plan.scenario.trimmed().isEmpty())
            error(part.contains(QStringLiteral("scenario")) ? pointer + QStringLiteral("/scenario") : pointer,
                  TemplateReader::tr(
                      "A special plan template must name the scenario it covers in \"scenario\"."));
        plan.profile =
            choice<OperatorProfile>(part, pointer, "operator_profile", Need::Optional, operatorProfileFromKey,
                                    allOperatorProfiles, operatorProfileKey)
                .value_or(OperatorProfile::Ordinary);

        readSectionList(part, pointer, "sections", 0);

        forEachObject(part, pointer, "categories", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"code", "name", "description"});
            plan.categories.append(IncidentCategory{text(item, at, "code"),
                                                    text(item, at, "name", Need::Required),
                                                    text(item, at, "description")});
        });
        forEachObject(part, pointer, "levels", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"code", "name", "warning_colour", "colour_hex", "criteria", "response"});
            IncidentLevel level;
            level.code = text(item, at, "code");
            level.name = text(item, at, "name", Need::Required);
            level.warningColour = text(item, at, "warning_colour");
            level.colourHex = text(item, at, "colour_hex");
            static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
            if (!level.colourHex.isEmpty() && !colourPattern.match(level.colourHex).hasMatch()) {
                error(at + QStringLiteral("/colour_hex"),
                      TemplateReader::tr("%1 is not a colour; write it as # and six hexadecimal digits, e.g. "
                                         "\"#C00000\".")
                          .arg(quoted(QJsonValue(level.colourHex))));
                level.colourHex.clear();
            }
            level.criteria = text(item, at, "criteria");
            level.response = text(item, at, "response");
            plan.levels.append(level);
        });
        forEachObject(part, pointer, "reporting_steps", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"authority", "deadline_minutes", "condition", "channel", "content"});
            ReportingStep step;
            step.authority = text(item, at, "authority", Need::Required);
            step.deadlineMinutes =
                integer(item, at, "deadline_minutes", Need::Optional, 0, 0, kMaximumOffsetMinutes);
            step.condition = text(item, at, "condition");
            step.channel = text(item, at, "channel");
            step.content = text(item, at, "content");
            plan.reportingSteps.append(step);
        });
        forEachObject(part, pointer, "roles", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"team", "role", "duties"});
            Contact role;
            role.team = choice<ContactTeam>(item, at, "team", Need::Required, contactTeamFromKey,
                                            allContactTeams, contactTeamKey)
                            .value_or(ContactTeam::Department);
            role.role = text(item, at, "role");
            role.duties = text(item, at, "duties");
            plan.contacts.append(role);
        });
    }

    // The section tree becomes Plan's pre-order list with depths (0 = chapter).
    void readSectionList(const QJsonObject &parent, const QString &pointer, const char *key, int depth)
    {
        forEachObject(parent, pointer, key, [&](const QJsonObject &item, const QString &at) {
            if (depth >= kMaximumSectionDepth) {
                error(at, TemplateReader::tr(
                              "This section is nested %1 levels deep; a template allows at most %2 "
                              "levels of sections.")
                              .arg(depth + 1)
                              .arg(kMaximumSectionDepth));
                return;
            }
            keepUnknown(item, at, {"key", "title", "body", "children"});
            Section section;
            section.key = text(item, at, "key");
            section.title = text(item, at, "title", Need::Required, kMaximumTitleLength);
            section.body = text(item, at, "body");
            section.depth = depth;
            m_template.plan.sections.append(section);
            readSectionList(item, at, "children", depth + 1);
        });
    }

    void readDrill(const QJsonValue &value, const QString &pointer)
    {
        const QJsonObject part = object(value, pointer);
        DrillItem &drill = m_template.drill;
        keepUnknown(part, pointer,
                    {"title", "purpose", "form", "content", "scope", "scenario", "duration_minutes",
                     "process", "objectives", "injects", "evaluation_criteria", "teams"});
        drill.title = text(part, pointer, "title", Need::Required, kMaximumTitleLength);
        drill.purpose = text(part, pointer, "purpose");
        drill.form = choice<DrillForm>(part, pointer, "form", Need::Optional, drillFormFromKey, allDrillForms,
                                       drillFormKey)
                         .value_or(DrillForm::Tabletop);
        drill.content = choice<DrillContent>(part, pointer, "content", Need::Optional, drillContentFromKey,
                                             allDrillContents, drillContentKey)
                            .value_or(DrillContent::Comprehensive);
        drill.scope = choice<DrillScope>(part, pointer, "scope", Need::Optional, drillScopeFromKey,
                                         allDrillScopes, drillScopeKey)
                          .value_or(DrillScope::Organisation);
        drill.scenario = text(part, pointer, "scenario");
        drill.durationMinutes = integer(part, pointer, "duration_minutes", Need::Optional,
                                        DrillItem().durationMinutes, 1, kMaximumDrillMinutes);
        drill.process = text(part, pointer, "process");
        drill.objectives = textList(part, pointer, "objectives");
        forEachObject(part, pointer, "injects", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"offset_minutes", "description", "expected_action"});
            DrillInject inject;
            inject.offsetMinutes =
                integer(item, at, "offset_minutes", Need::Optional, 0, 0, kMaximumOffsetMinutes);
            inject.description = text(item, at, "description", Need::Required);
            inject.expectedAction = text(item, at, "expected_action");
            drill.injects.append(inject);
        });
        drill.evaluationCriteria = textList(part, pointer, "evaluation_criteria");
        forEachObject(part, pointer, "teams", [&](const QJsonObject &item, const QString &at) {
            keepUnknown(item, at, {"team", "unit", "role", "duty"});
            DrillTeamAssignment team;
            team.team = choice<DrillTeamRole>(item, at, "team", Need::Required, drillTeamRoleFromKey,
                                              allDrillTeamRoles, drillTeamRoleKey)
                            .value_or(DrillTeamRole::Implementation);
            team.unit = text(item, at, "unit");
            team.role = text(item, at, "role");
            team.duty = text(item, at, "duty");
            drill.teams.append(team);
        });
    }
};

struct Signature
{
    QByteArrayView magic;
    const char *message;
};

} // namespace

QString TemplateReader::foreignFileProblem(QByteArrayView bytes)
{
    static const Signature signatures[] = {
        {"PK\x03\x04",
         QT_TR_NOOP("This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template.")},
        {"PK\x05\x06",
         QT_TR_NOOP("This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template.")},
        {"PK\x07\x08",
         QT_TR_NOOP("This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template.")},
        {"\x89PNG\r\n\x1a\n", QT_TR_NOOP("This is a PNG image, not a PlanDesk template.")},
        {"\xFF\xD8\xFF", QT_TR_NOOP("This is a JPEG image, not a PlanDesk template.")},
        {"GIF87a", QT_TR_NOOP("This is a GIF image, not a PlanDesk template.")},
        {"GIF89a", QT_TR_NOOP("This is a GIF image, not a PlanDesk template.")},
        {"%PDF-", QT_TR_NOOP("This is a PDF document, not a PlanDesk template.")},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
         QT_TR_NOOP("This is an old Microsoft Office document, not a PlanDesk template.")},
        {"\x1F\x8B", QT_TR_NOOP("This is a gzip-compressed file, not a PlanDesk template; unpack it first.")},
        {"Rar!\x1A\x07", QT_TR_NOOP("This is a RAR archive, not a PlanDesk template.")},
        {"7z\xBC\xAF\x27\x1C", QT_TR_NOOP("This is a 7-Zip archive, not a PlanDesk template.")},
        {QByteArrayView("SQLite format 3\0", 16),
         QT_TR_NOOP("This is an SQLite database, not a PlanDesk template.")},
        {"\xFF\xFE", QT_TR_NOOP("The file is UTF-16 text; a template must be saved as UTF-8.")},
        {"\xFE\xFF", QT_TR_NOOP("The file is UTF-16 text; a template must be saved as UTF-8.")},
    };
    for (const Signature &signature : signatures) {
        if (bytes.startsWith(signature.magic))
            return tr(signature.message);
    }
    return QString();
}

namespace {

TemplateReadResult readBytes(const QByteArray &bytes, const QString &fileName, bool limitSize)
{
    TemplateReadResult result;
    result.templ.origin.fileName = QFileInfo(fileName).fileName();
    result.templ.origin.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto refuse = [&](const QString &message) {
        result.problems.append(TemplateProblem{QString(), message, TemplateProblem::Severity::Error});
        return result;
    };
    if (const QString foreign = TemplateReader::foreignFileProblem(bytes); !foreign.isEmpty())
        return refuse(foreign);
    if (limitSize && bytes.size() > kMaximumFileBytes)
        return refuse(
            TemplateReader::tr("The file is %1 bytes long; a template may be at most %2 bytes (2 MiB).")
                .arg(bytes.size())
                .arg(kMaximumFileBytes));
    QByteArrayView json(bytes);
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        json = json.sliced(3);
    StrictJsonParser::Outcome parsed = StrictJsonParser::parse(json, kMaximumJsonDepth);
    result.problems = parsed.problems;
    if (!parsed.parsed)
        return result;
    Walker(result).readDocument(parsed.value);
    return result;
}

} // namespace

TemplateReadResult TemplateReader::read(const QByteArray &bytes, const QString &fileName)
{
    return readBytes(bytes, fileName, true);
}

TemplateReadResult TemplateReader::readStored(const QByteArray &bytes)
{
    return readBytes(bytes, QString(), false);
}

TemplateReadResult TemplateReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TemplateReadResult result;
        result.templ.origin.fileName = QFileInfo(path).fileName();
        result.problems.append(TemplateProblem{
            QString(),
            tr("The file \"%1\" cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString()),
            TemplateProblem::Severity::Error});
        return result;
    }
    if (file.size() > kMaximumFileBytes) {
        // Refused unread; only the first bytes are looked at, to name an archive or image as such.
        TemplateReadResult result;
        result.templ.origin.fileName = QFileInfo(path).fileName();
        QString message = foreignFileProblem(file.read(64));
        if (message.isEmpty())
            message = tr("The file is %1 bytes long; a template may be at most %2 bytes (2 MiB).")
                          .arg(file.size())
                          .arg(kMaximumFileBytes);
        result.problems.append(TemplateProblem{QString(), message, TemplateProblem::Severity::Error});
        return result;
    }
    return read(file.readAll(), path);
}

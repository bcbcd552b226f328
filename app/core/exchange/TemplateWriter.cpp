#include "TemplateWriter.h"

#include "StrictJsonParser.h"
#include "TemplateFormat.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <climits>
#include <variant>

namespace {

// A JSON value whose objects keep their members in the order they were added.
struct Node
{
    using Members = QList<std::pair<QString, Node>>;
    std::variant<std::monostate, bool, qint64, double, QString, QList<Node>, Members> value;
    // Position of each member by key: a colleague's file may carry many thousands of unknown fields,
    // and each is put back by looking its parent up.
    QHash<QString, qsizetype> index;

    Node() = default;
    Node(const QString &text) : value(text) {}
    Node(const char *latin1) : value(QString::fromLatin1(latin1)) {}
    Node(int number) : value(qint64(number)) {}
    static Node object()
    {
        Node node;
        node.value = Members();
        return node;
    }
    static Node array()
    {
        Node node;
        node.value = QList<Node>();
        return node;
    }

    Members &members() { return std::get<Members>(value); }
    QList<Node> &items() { return std::get<QList<Node>>(value); }
    Node &add(const QString &key, const Node &child)
    {
        index.insert(key, members().size());
        members().append({key, child});
        return members().last().second;
    }
    Node &add(const char *key, const Node &child) { return add(QString::fromLatin1(key), child); }
    Node *member(const QString &key)
    {
        const auto found = index.constFind(key);
        return found == index.constEnd() ? nullptr : &members()[*found].second;
    }
};

Node fromJson(const QJsonValue &json)
{
    Node node;
    switch (json.type()) {
    case QJsonValue::Bool:
        node.value = json.toBool();
        break;
    case QJsonValue::Double: {
        // Whole numbers stay integers (QJsonValue keeps qint64 exactly); others stay doubles.
        const qint64 integer = json.toInteger(LLONG_MIN);
        if (integer != LLONG_MIN)
            node.value = integer;
        else
            node.value = json.toDouble();
        break;
    }
    case QJsonValue::String:
        node.value = json.toString();
        break;
    case QJsonValue::Array: {
        node = Node::array();
        for (const QJsonValue &item : json.toArray())
            node.items().append(fromJson(item));
        break;
    }
    case QJsonValue::Object: {
        node = Node::object();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) // QJsonObject iterates in key order
            node.add(it.key(), fromJson(it.value()));
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return node;
}

Node textList(const QStringList &texts)
{
    Node list = Node::array();
    for (const QString &text : texts)
        list.items().append(Node(text));
    return list;
}

// Rebuilds the section tree from Plan's pre-order list; `index` walks the list.
Node sectionList(const QList<Section> &sections, qsizetype &index, int depth)
{
    Node list = Node::array();
    while (index < sections.size() && sections.at(index).depth == depth) {
        const Section &section = sections.at(index++);
        Node node = Node::object();
        node.add("key", section.key);
        node.add("title", section.title);
        node.add("body", section.body);
        if (index < sections.size() && sections.at(index).depth > depth) {
            const Node children = sectionList(sections, index, depth + 1);
            if (!std::get<QList<Node>>(children.value).isEmpty())
                node.add("children", children);
        }
        list.items().append(node);
    }
    return list;
}

Node planPart(const Plan &plan)
{
    Node part = Node::object();
    part.add("plan_kind", planKindKey(plan.kind));
    part.add("scenario", plan.scenario);
    part.add("operator_profile", operatorProfileKey(plan.profile));
    qsizetype index = 0;
    Node sections = sectionList(plan.sections, index, 0);
    // A list that does not start at depth 0 or skips a level cannot be a tree; rather than lose the
    // rest, the remaining sections are written at the level the list allows.
    while (index < plan.sections.size()) {
        QList<Section> rest = plan.sections.mid(index);
        const int base = rest.constFirst().depth;
        for (Section &section : rest)
            section.depth = qMax(0, section.depth - base);
        qsizetype restIndex = 0;
        Node more = sectionList(rest, restIndex, 0);
        sections.items().append(more.items());
        index += qMax<qsizetype>(restIndex, 1);
    }
    part.add("sections", sections);
    Node categories = Node::array();
    for (const IncidentCategory &category : plan.categories) {
        Node node = Node::object();
        node.add("code", category.code);
        node.add("name", category.name);
        node.add("description", category.description);
        categories.items().append(node);
    }
    part.add("categories", categories);
    Node levels = Node::array();
    for (const IncidentLevel &level : plan.levels) {
        Node node = Node::object();
        node.add("code", level.code);
        node.add("name", level.name);
        node.add("warning_colour", level.warningColour);
        node.add("colour_hex", level.colourHex);
        node.add("criteria", level.criteria);
        node.add("response", level.response);
        levels.items().append(node);
    }
    part.add("levels", levels);
    Node steps = Node::array();
    for (const ReportingStep &step : plan.reportingSteps) {
        Node node = Node::object();
        node.add("authority", step.authority);
        node.add("deadline_minutes", step.deadlineMinutes);
        node.add("condition", step.condition);
        node.add("channel", step.channel);
        node.add("content", step.content);
        steps.items().append(node);
    }
    part.add("reporting_steps", steps);
    Node roles = Node::array();
    for (const Contact &contact : plan.contacts) {
        Node node = Node::object();
        node.add("team", contactTeamKey(contact.team));
        node.add("role", contact.role);
        node.add("duties", contact.duties);
        roles.items().append(node);
    }
    part.add("roles", roles);
    return part;
}

Node drillPart(const DrillItem &drill)
{
    Node part = Node::object();
    part.add("title", drill.title);
    part.add("purpose", drill.purpose);
    part.add("form", drillFormKey(drill.form));
    part.add("content", drillContentKey(drill.content));
    part.add("scope", drillScopeKey(drill.scope));
    part.add("scenario", drill.scenario);
    part.add("duration_minutes", drill.durationMinutes);
    part.add("process", drill.process);
    part.add("objectives", textList(drill.objectives));
    Node injects = Node::array();
    for (const DrillInject &inject : drill.injects) {
        Node node = Node::object();
        node.add("offset_minutes", inject.offsetMinutes);
        node.add("description", inject.description);
        node.add("expected_action", inject.expectedAction);
        injects.items().append(node);
    }
    part.add("injects", injects);
    part.add("evaluation_criteria", textList(drill.evaluationCriteria));
    Node teams = Node::array();
    for (const DrillTeamAssignment &team : drill.teams) {
        Node node = Node::object();
        node.add("team", drillTeamRoleKey(team.team));
        node.add("unit", team.unit);
        node.add("role", team.role);
        node.add("duty", team.duty);
        teams.items().append(node);
    }
    part.add("teams", teams);
    return part;
}

// The object a JSON pointer's parent names, or nullptr if there is none (the template changed).
Node *parentOf(Node &root, const QStringList &tokens)
{
    Node *node = &root;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const QString token = StrictJsonParser::unescapePointerToken(tokens.at(i));
        if (std::holds_alternative<Node::Members>(node->value)) {
            node = node->member(token);
        } else if (std::holds_alternative<QList<Node>>(node->value)) {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            node = isIndex && index >= 0 && index < node->items().size() ? &node->items()[index] : nullptr;
        } else {
            node = nullptr;
        }
        if (!node)
            return nullptr;
    }
    return std::holds_alternative<Node::Members>(node->value) ? node : nullptr;
}

void writeString(QByteArray &out, const QString &text)
{
    out.append('"');
    qsizetype runStart = 0;
    // Plain runs go out as UTF-8 in one piece (so surrogate pairs stay whole); only quotes,
    // backslashes, control characters and the two line separators JavaScript does not allow in a
    // string are escaped.
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(QStringView(text).mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        const char *escape = nullptr;
        switch (unit) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\b':
            escape = "\\b";
            break;
        case '\f':
            escape = "\\f";
            break;
        default:
            break;
        }
        if (!escape && unit >= 0x20 && unit != 0x2028 && unit != 0x2029)
            continue;
        flush(i);
        if (escape)
            out.append(escape);
        else
            out.append(QStringLiteral("\\u%1").arg(int(unit), 4, 16, QLatin1Char('0')).toLatin1());
        runStart = i + 1;
    }
    flush(text.size());
    out.append('"');
}

void write(QByteArray &out, const Node &node, int indent)
{
    const QByteArray inner(2 * (indent + 1), ' ');
    const QByteArray outer(2 * indent, ' ');
    if (std::holds_alternative<std::monostate>(node.value)) {
        out.append("null");
    } else if (const bool *flag = std::get_if<bool>(&node.value)) {
        out.append(*flag ? "true" : "false");
    } else if (const qint64 *integer = std::get_if<qint64>(&node.value)) {
        out.append(QByteArray::number(*integer));
    } else if (const double *number = std::get_if<double>(&node.value)) {
        // QJsonDocument writes doubles with the shortest exact representation.
        const QByteArray array = QJsonDocument(QJsonArray{*number}).toJson(QJsonDocument::Compact);
        out.append(array.mid(1, array.size() - 2));
    } else if (const QString *text = std::get_if<QString>(&node.value)) {
        writeString(out, *text);
    } else if (const QList<Node> *items = std::get_if<QList<Node>>(&node.value)) {
        if (items->isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < items->size(); ++i) {
            out.append(inner);
            write(out, items->at(i), indent + 1);
            out.append(i + 1 < items->size() ? ",\n" : "\n");
        }
        out.append(outer).append(']');
    } else if (const Node::Members *members = std::get_if<Node::Members>(&node.value)) {
        if (members->isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < members->size(); ++i) {
            out.append(inner);
            writeString(out, members->at(i).first);
            out.append(": ");
            write(out, members->at(i).second, indent + 1);
            out.append(i + 1 < members->size() ? ",\n" : "\n");
        }
        out.append(outer).append('}');
    }
}

} // namespace

QByteArray TemplateWriter::toJson(const Template &templ)
{
    Node root = Node::object();
    root.add("format", TemplateFormat::kFormatMarker);
    root.add("schema_version", TemplateFormat::kSchemaVersion);
    Node meta = Node::object();
    meta.add("id", templ.id);
    meta.add("version", templ.version);
    meta.add("kind", templateKindKey(templ.kind));
    meta.add("language", templ.language);
    meta.add("title", templ.title);
    meta.add("description", templ.description);
    meta.add("author", templ.author);
    meta.add("organisation", templ.organisation);
    if (templ.created.isValid())
        meta.add("created", templ.created.toString(Qt::ISODate));
    meta.add("source", templ.source);
    root.add("template", meta);
    if (templ.kind == TemplateKind::Plan)
        root.add(templateKindKey(TemplateKind::Plan), planPart(templ.plan));
    else
        root.add(templateKindKey(TemplateKind::DrillScenario), drillPart(templ.drill));

    // unknownFields iterates in pointer order, so the fields of one object come out sorted by key.
    for (auto it = templ.unknownFields.begin(); it != templ.unknownFields.end(); ++it) {
        const QString &pointer = it.key();
        if (!pointer.startsWith(QLatin1Char('/')))
            continue;
        const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
        Node *parent = parentOf(root, tokens);
        const QString key = StrictJsonParser::unescapePointerToken(tokens.last());
        if (parent && !parent->member(key))
            parent->add(key, fromJson(it.value()));
    }

    QByteArray out;
    write(out, root, 0);
    out.append('\n');
    return out;
}

Result<void> TemplateWriter::writeFile(const Template &templ, const QString &path)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write the template to \"%1\": %2.").arg(name, file.errorString())};
    const QByteArray json = toJson(templ);
    if (file.write(json) != json.size() || !file.commit())
        return Error{tr("Could not write the template to \"%1\": %2.").arg(name, file.errorString())};
    return {};
}

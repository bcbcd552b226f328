#include "StrictJsonParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

// Length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, nothing
// above U+10FFFF) starting at `p`, or 0 if the bytes there are not one.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return 1;
    auto continuation = [&](int i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return p + i < end && p[i] >= low && p[i] <= high;
    };
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead == 0xE0)
        return continuation(1, 0xA0) && continuation(2) ? 3 : 0;
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
        return continuation(1) && continuation(2) ? 3 : 0;
    if (lead == 0xED)
        return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0;
    if (lead == 0xF0)
        return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3)
        return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
    if (lead == 0xF4)
        return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0;
    return 0;
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr int kMaximumReportedDuplicates = 200;

class Parser
{
public:
    Parser(QByteArrayView bytes, int maximumDepth)
        : m_begin(reinterpret_cast<const unsigned char *>(bytes.data())), m_p(m_begin),
          m_end(m_begin + bytes.size()), m_maximumDepth(maximumDepth)
    {
    }

    StrictJsonParser::Outcome run()
    {
        StrictJsonParser::Outcome outcome;
        skipWhitespace();
        if (m_p == m_end) {
            fail(StrictJsonParser::tr("The file is empty; a template is a JSON object."), false);
        } else if (parseValue(outcome.value)) {
            skipWhitespace();
            if (m_p != m_end)
                syntaxError(StrictJsonParser::tr("there is more data after the end of the JSON value"));
            else
                outcome.parsed = true;
        }
        outcome.problems = m_problems;
        return outcome;
    }

private:
    const unsigned char *m_begin;
    const unsigned char *m_p;
    const unsigned char *m_end;
    int m_maximumDepth;
    int m_depth = 0;
    QStringList m_path; // escaped tokens of the value being parsed
    QList<TemplateProblem> m_problems;
    int m_duplicateKeys = 0;
    const unsigned char *m_positionAt = m_begin;
    int m_line = 1;
    int m_column = 1;

    QString pointer() const
    {
        QString text;
        for (const QString &token : m_path)
            text += QLatin1Char('/') + token;
        return text;
    }

    // 1-based line and column (in characters) of `at`. Problems are mostly reported in file order, so
    // the count resumes from the last position asked for instead of starting over each time (a file
    // full of duplicate keys must not take quadratic time).
    std::pair<int, int> position(const unsigned char *at)
    {
        if (at < m_positionAt) {
            m_positionAt = m_begin;
            m_line = 1;
            m_column = 1;
        }
        for (; m_positionAt < at && m_positionAt < m_end; ++m_positionAt) {
            if (*m_positionAt == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((*m_positionAt & 0xC0) != 0x80) {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

    // Records a problem at the current position; `withPosition` false for the file as a whole.
    void fail(const QString &message, bool withPosition = true, const unsigned char *at = nullptr)
    {
        TemplateProblem problem;
        problem.pointer = pointer();
        problem.message = message;
        if (withPosition) {
            const auto [line, column] = position(at ? at : m_p);
            problem.line = line;
            problem.column = column;
        }
        m_problems.append(problem);
    }

    bool syntaxError(const QString &what, const unsigned char *at = nullptr)
    {
        const auto [line, column] = position(at ? at : m_p);
        fail(StrictJsonParser::tr("The file is not valid JSON: %1 (line %2, column %3).")
                 .arg(what)
                 .arg(line)
                 .arg(column),
             true, at);
        return false;
    }

    bool truncated()
    {
        const auto [line, column] = position(m_end);
        Q_UNUSED(column)
        fail(StrictJsonParser::tr(
                 "The file ends in the middle of the JSON data (line %1); it may be truncated.")
                 .arg(line));
        return false;
    }

    bool invalidUtf8(const unsigned char *at)
    {
        const auto [line, column] = position(at);
        fail(StrictJsonParser::tr(
                 "The file is not valid UTF-8 text (line %1, column %2); a template must be saved "
                 "as UTF-8.")
                 .arg(line)
                 .arg(column),
             true, at);
        return false;
    }

    bool unexpected()
    {
        if (*m_p >= 0x80) {
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return invalidUtf8(m_p);
            return syntaxError(StrictJsonParser::tr("unexpected character \"%1\"")
                                   .arg(QString::fromUtf8(reinterpret_cast<const char *>(m_p), length)));
        }
        if (*m_p < 0x20 || *m_p == 0x7F)
            return syntaxError(StrictJsonParser::tr("unexpected control character U+%1")
                                   .arg(int(*m_p), 4, 16, QLatin1Char('0'))
                                   .toUpper());
        return syntaxError(StrictJsonParser::tr("unexpected character \"%1\"").arg(QLatin1Char(char(*m_p))));
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool enter()
    {
        if (++m_depth > m_maximumDepth) {
            fail(StrictJsonParser::tr(
                     "The data is nested more than %1 levels deep; a template allows at most %1.")
                     .arg(m_maximumDepth));
            return false;
        }
        return true;
    }

    bool parseValue(QJsonValue &value)
    {
        skipWhitespace();
        if (m_p == m_end)
            return truncated();
        switch (*m_p) {
        case '{':
            return parseObject(value);
        case '[':
            return parseArray(value);
        case '"': {
            QString text;
            if (!parseString(text))
                return false;
            value = QJsonValue(text);
            return true;
        }
        case 't':
            return parseLiteral("true", QJsonValue(true), value);
        case 'f':
            return parseLiteral("false", QJsonValue(false), value);
        case 'n':
            return parseLiteral("null", QJsonValue(QJsonValue::Null), value);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(value);
            return unexpected();
        }
    }

    bool parseLiteral(const char *word, const QJsonValue &literal, QJsonValue &value)
    {
        const unsigned char *start = m_p;
        for (const char *w = word; *w; ++w, ++m_p) {
            if (m_p == m_end)
                return truncated();
            if (*m_p != static_cast<unsigned char>(*w)) {
                m_p = start;
                return unexpected();
            }
        }
        value = literal;
        return true;
    }

    bool parseNumber(QJsonValue &value)
    {
        const unsigned char *start = m_p;
        bool integral = true;
        auto digits = [&]() {
            const unsigned char *first = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > first;
        };
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return truncated();
        if (*m_p == '0') {
            ++m_p;
        } else if (!digits()) {
            return syntaxError(StrictJsonParser::tr("a digit was expected after \"-\""));
        }
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (m_p == m_end)
                return truncated();
            if (!digits())
                return syntaxError(StrictJsonParser::tr("a digit was expected after the decimal point"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end)
                return truncated();
            if (!digits())
                return syntaxError(StrictJsonParser::tr("a digit was expected in the exponent"));
        }
        if (m_p < m_end && (*m_p == '.' || (*m_p >= '0' && *m_p <= '9')))
            return syntaxError(StrictJsonParser::tr("the number is malformed (leading zero)"));
        const QByteArray text(reinterpret_cast<const char *>(start), m_p - start);
        bool ok = false;
        if (integral) {
            const qint64 number = text.toLongLong(&ok);
            if (ok) {
                value = QJsonValue(number);
                return true;
            }
        }
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return syntaxError(
                StrictJsonParser::tr("the number %1 is too large").arg(QString::fromLatin1(text.left(40))),
                start);
        value = QJsonValue(number);
        return true;
    }

    bool parseHex4(char16_t &unit)
    {
        unit = 0;
        for (int i = 0; i < 4; ++i, ++m_p) {
            if (m_p == m_end)
                return truncated();
            const int digit = hexValue(*m_p);
            if (digit < 0)
                return syntaxError(StrictJsonParser::tr("\\u must be followed by four hexadecimal digits"));
            unit = char16_t(unit * 16 + digit);
        }
        return true;
    }

    // At the opening quote. Decodes into `text`; the bytes between escapes are validated UTF-8.
    bool parseString(QString &text)
    {
        ++m_p;
        QByteArray utf8;
        const unsigned char *runStart = m_p;
        auto flushRun = [&]() { utf8.append(reinterpret_cast<const char *>(runStart), m_p - runStart); };
        while (true) {
            if (m_p == m_end)
                return truncated();
            const unsigned char c = *m_p;
            if (c == '"') {
                flushRun();
                ++m_p;
                break;
            }
            if (c < 0x20)
                return syntaxError(
                    StrictJsonParser::tr("a control character inside text must be written as an "
                                         "escape such as \\n"));
            if (c >= 0x80) {
                const int length = utf8SequenceLength(m_p, m_end);
                if (length == 0)
                    return invalidUtf8(m_p);
                m_p += length;
                continue;
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            flushRun();
            const unsigned char *escapeStart = m_p;
            ++m_p;
            if (m_p == m_end)
                return truncated();
            const unsigned char e = *m_p++;
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char16_t units[2] = {0, 0};
                if (!parseHex4(units[0]))
                    return false;
                int count = 1;
                if (QChar::isLowSurrogate(units[0]))
                    return syntaxError(StrictJsonParser::tr("the escape \\u%1 is half of a character (a lone "
                                                            "surrogate)")
                                           .arg(int(units[0]), 4, 16, QLatin1Char('0')),
                                       escapeStart);
                if (QChar::isHighSurrogate(units[0])) {
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') {
                        if (m_end - m_p < 2)
                            return truncated();
                        return syntaxError(
                            StrictJsonParser::tr("the escape \\u%1 is half of a character (a lone "
                                                 "surrogate)")
                                .arg(int(units[0]), 4, 16, QLatin1Char('0')),
                            escapeStart);
                    }
                    m_p += 2;
                    if (!parseHex4(units[1]))
                        return false;
                    if (!QChar::isLowSurrogate(units[1]))
                        return syntaxError(
                            StrictJsonParser::tr("the escape \\u%1 is half of a character (a lone "
                                                 "surrogate)")
                                .arg(int(units[0]), 4, 16, QLatin1Char('0')),
                            escapeStart);
                    count = 2;
                }
                utf8.append(QString::fromUtf16(units, count).toUtf8());
                break;
            }
            default:
                m_p = escapeStart + 1;
                if (e >= 0x80 && utf8SequenceLength(m_p, m_end) == 0)
                    return invalidUtf8(m_p);
                return syntaxError(
                    StrictJsonParser::tr("\"\\\" must be followed by one of \" \\ / b f n r t u"),
                    escapeStart);
            }
            runStart = m_p;
        }
        text = QString::fromUtf8(utf8);
        return true;
    }

    bool parseObject(QJsonValue &value)
    {
        if (!enter())
            return false;
        ++m_p;
        QList<std::pair<QString, QJsonValue>> members;
        QSet<QString> keys;
        skipWhitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            --m_depth;
            value = QJsonObject();
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_p == m_end)
                return truncated();
            if (*m_p != '"') {
                if (*m_p >= 0x80 && utf8SequenceLength(m_p, m_end) == 0)
                    return invalidUtf8(m_p);
                return syntaxError(StrictJsonParser::tr("a key in double quotes was expected"));
            }
            QString key;
            if (!parseString(key))
                return false;
            m_path.append(StrictJsonParser::escapePointerToken(key));
            // Reporting a few hundred duplicates tells the whole story; more only costs time.
            if (keys.contains(key) && ++m_duplicateKeys <= kMaximumReportedDuplicates) {
                fail(StrictJsonParser::tr(
                         "The key \"%1\" appears more than once in the same object; each key may "
                         "appear only once.")
                         .arg(key.left(80)));
            }
            keys.insert(key);
            skipWhitespace();
            if (m_p == m_end)
                return truncated();
            if (*m_p != ':')
                return syntaxError(StrictJsonParser::tr("\":\" was expected after the key"));
            ++m_p;
            QJsonValue member;
            if (!parseValue(member))
                return false;
            m_path.removeLast();
            members.append({key, member});
            skipWhitespace();
            if (m_p == m_end)
                return truncated();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            return syntaxError(StrictJsonParser::tr("\",\" or \"}\" was expected"));
        }
        --m_depth;
        value = objectOf(members);
        return true;
    }

    // QJsonObject keeps its keys sorted, so inserting them in file order can move the whole object
    // for every key (quadratic for a hostile file); inserted in sorted order each one is appended.
    // Of duplicate keys the last one wins, as with QJsonDocument (they are reported as errors anyway).
    static QJsonObject objectOf(QList<std::pair<QString, QJsonValue>> &members)
    {
        std::stable_sort(members.begin(), members.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject object;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members.at(i + 1).first == members.at(i).first)
                continue;
            object.insert(members.at(i).first, members.at(i).second);
        }
        return object;
    }

    bool parseArray(QJsonValue &value)
    {
        if (!enter())
            return false;
        ++m_p;
        QJsonArray array;
        skipWhitespace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            --m_depth;
            value = array;
            return true;
        }
        while (true) {
            m_path.append(QString::number(array.size()));
            QJsonValue item;
            if (!parseValue(item))
                return false;
            m_path.removeLast();
            array.append(item);
            skipWhitespace();
            if (m_p == m_end)
                return truncated();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            return syntaxError(StrictJsonParser::tr("\",\" or \"]\" was expected"));
        }
        --m_depth;
        value = array;
        return true;
    }
};

} // namespace

StrictJsonParser::Outcome StrictJsonParser::parse(QByteArrayView bytes, int maximumDepth)
{
    return Parser(bytes, maximumDepth).run();
}

QString StrictJsonParser::escapePointerToken(const QString &token)
{
    if (!token.contains(QLatin1Char('~')) && !token.contains(QLatin1Char('/')))
        return token;
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString StrictJsonParser::unescapePointerToken(const QString &token)
{
    if (!token.contains(QLatin1Char('~')))
        return token;
    QString plain = token;
    plain.replace(QLatin1String("~1"), QLatin1String("/"));
    plain.replace(QLatin1String("~0"), QLatin1String("~"));
    return plain;
}

#include "PersonalDataStripper.h"

#include "TemplateFormat.h"

#include <algorithm>

namespace {

// Numbers as they are written in Chinese and international documents: mobiles (1[3-9] and nine
// more digits), landlines with a leading 0 and an area code, 400/800 service numbers, and any
// "+<country>" number; spaces or hyphens may group the digits. Short public numbers (110, 12377)
// and dates, years and standard numbers (GB/T 20986-2023) do not match.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9A-Za-z+])(?:"
                       "\\+\\d{1,3}[ -]?(?:\\(0\\)[ -]?)?\\d{1,4}(?:[ -]?\\d{2,4}){2,4}"
                       "|(?:\\(0\\d{2,3}\\)|0\\d{2,3})[ -]?\\d{3,4}[ -]?\\d{4}(?:-\\d{1,6})?"
                       "|1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}"
                       "|[48]00[ -]?\\d{3}[ -]?\\d{4}"
                       ")(?![0-9A-Za-z])"));
    return pattern;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    return pattern;
}

} // namespace

PersonalDataStripper::PersonalDataStripper(const QStringList &names, const QString &organisation,
                                           bool keepOrganisation)
{
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.size() >= 2 && !m_names.contains(trimmed))
            m_names << trimmed;
    }
    QStringList literals = m_names;
    if (!keepOrganisation && organisation.trimmed().size() >= 2) {
        m_organisation = organisation.trimmed();
        literals << m_organisation;
    }
    // Longest first, so that "王建国" is taken whole before a shorter name inside it.
    std::stable_sort(literals.begin(), literals.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &literal : literals)
        escaped << QRegularExpression::escape(literal);
    if (!escaped.isEmpty())
        m_literals = QRegularExpression(escaped.join(QLatin1Char('|')));
}

QString PersonalDataStripper::strip(const QString &text, const QString &pointer,
                                    QList<PersonalDataFinding> *findings) const
{
    QString result = text;
    // One pattern at a time, in this order: an e-mail address may contain digits or a name, and
    // the markers left behind match nothing that comes after.
    auto replaceAll = [&](const QRegularExpression &pattern, auto kindAndMarker) {
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = pattern.globalMatch(result);
        if (!it.hasNext())
            return;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const auto [kind, marker] = kindAndMarker(match.captured(0));
            out += QStringView(result).mid(last, match.capturedStart(0) - last);
            out += marker;
            last = match.capturedEnd(0);
            if (findings)
                findings->append(PersonalDataFinding{kind, pointer, match.captured(0), marker});
        }
        out += QStringView(result).mid(last);
        result = out;
    };
    using Kind = PersonalDataFinding::Kind;
    replaceAll(emailPattern(), [](const QString &) {
        return std::pair{Kind::Email, QString::fromLatin1(TemplateFormat::kEmailPlaceholder)};
    });
    replaceAll(phonePattern(), [](const QString &) {
        return std::pair{Kind::Phone, QString::fromLatin1(TemplateFormat::kPhonePlaceholder)};
    });
    if (m_literals.isValid() && !m_literals.pattern().isEmpty()) {
        replaceAll(m_literals, [this](const QString &found) {
            if (found == m_organisation)
                return std::pair{Kind::Organisation,
                                 QString::fromLatin1(TemplateFormat::kOrganisationPlaceholder)};
            return std::pair{Kind::Name, QString::fromLatin1(TemplateFormat::kNamePlaceholder)};
        });
    }
    return result;
}

QString PersonalDataStripper::kindName(PersonalDataFinding::Kind kind)
{
    switch (kind) {
    case PersonalDataFinding::Kind::Name:
        return tr("Name");
    case PersonalDataFinding::Kind::Phone:
        return tr("Phone number");
    case PersonalDataFinding::Kind::Email:
        return tr("E-mail address");
    case PersonalDataFinding::Kind::Organisation:
        return tr("Organisation name");
    }
    return QString();
}

#pragma once

// Plans the core tests store and print: one with every field set and text a user might really
// type (markup look-alikes, emoji, tabs, very long paragraphs), and helpers around them.

#include "core/domain/Plan.h"

#include <QDate>
#include <QString>

namespace SamplePlans {

// Looks like HTML, names a local file as an image and opens a script: must stay text everywhere.
inline QString markupText()
{
    return QStringLiteral("<b>x</b> & <img src=\"file:///etc/passwd\"> <script>alert(1)</script> &amp; &lt;");
}

// A paragraph of about `characters` characters without line breaks, so it crosses page breaks.
inline QString longParagraph(int characters, const QString &seed)
{
    QString text;
    text.reserve(characters + 64);
    int n = 0;
    while (text.size() < characters)
        text += QStringLiteral("%1 sentence %2 keeps the incident log for six months. ").arg(seed).arg(++n);
    return text.trimmed();
}

inline Plan fullPlan()
{
    Plan plan;
    plan.title = QStringLiteral("全字段预案 <b>x</b> & 🚨\tTabbed");
    plan.organisation = QStringLiteral("示例单位 & Co. <i>Ltd</i>");
    plan.language = QStringLiteral("en");
    plan.profile = OperatorProfile::CriticalInfrastructure;
    plan.ciiSector = QStringLiteral("energy");
    plan.kind = PlanKind::Special;
    plan.scenario = QStringLiteral("勒索软件 ransomware 🔒");
    plan.version = QStringLiteral("2.3-rc1");
    plan.status = PlanStatus::Published;
    plan.approver = QStringLiteral("王建国 (CISO)");
    plan.approvedOn = QDate(2025, 2, 28);
    plan.publishedOn = QDate(2025, 3, 1);
    plan.effectiveOn = QDate(2025, 3, 15);
    plan.nextReviewOn = QDate(2026, 3, 15);
    plan.confidentiality = QStringLiteral("内部 / Internal");
    plan.categorySetId = QStringLiteral("gbt20986-2023");

    plan.sections = {
        Section{QStringLiteral("general"), QStringLiteral("总则"), QString(), 0},
        Section{QStringLiteral("general.purpose"), QStringLiteral("Purpose & scope"), markupText(), 1},
        Section{QString(), QStringLiteral("User-added <sub>section</sub>"),
                QStringLiteral("Line one\nLine two\twith a tab\n\n  indented 🚒 emoji line\r\nCRLF line"), 2},
        Section{QStringLiteral("general.long"), QStringLiteral("Very long"), longParagraph(200000, QStringLiteral("L")), 2},
        Section{QStringLiteral("response"), QStringLiteral("应急处置"), QStringLiteral("正文'引号' \"双引号\" ; DROP TABLE plans; --"), 0},
        Section{QStringLiteral("response.activation"), QStringLiteral("预案启动"), QStringLiteral("立即启动。"), 1},
    };
    const QList<ContactTeam> teams = allContactTeams();
    for (qsizetype i = 0; i < teams.size(); ++i) {
        Contact contact;
        contact.team = teams.at(i);
        contact.name = QStringLiteral("联系人%1 <u>").arg(i);
        contact.role = QStringLiteral("Role %1").arg(i);
        contact.duties = QStringLiteral("Duties %1\nsecond line & more").arg(i);
        contact.officePhone = QStringLiteral("010-5555-01%1").arg(i, 2, 10, QLatin1Char('0'));
        contact.mobilePhone = QStringLiteral("+86 138 0000 01%1").arg(i, 2, 10, QLatin1Char('0'));
        contact.deputy = QStringLiteral("Deputy %1").arg(i);
        contact.onDuty24h = i % 2 == 0;
        plan.contacts.append(contact);
    }
    plan.levels = {
        IncidentLevel{QStringLiteral("I"), QStringLiteral("特别重大"), QStringLiteral("红色"), QStringLiteral("#C62828"),
                      QStringLiteral("Criteria I"), QStringLiteral("Response I")},
        IncidentLevel{QStringLiteral("II"), QStringLiteral("重大"), QStringLiteral("橙色"), QStringLiteral("#EF6C00"),
                      QStringLiteral("Criteria II"), QStringLiteral("Response II")},
        IncidentLevel{QStringLiteral("III"), QStringLiteral("较大"), QStringLiteral("黄色"), QStringLiteral("#F9A825"),
                      QStringLiteral("Criteria III"), QStringLiteral("Response III")},
        IncidentLevel{QStringLiteral("IV"), QStringLiteral("一般"), QStringLiteral("蓝色"), QStringLiteral("#1565C0"),
                      QStringLiteral("Criteria IV"), QStringLiteral("Response IV")},
    };
    plan.categories = {
        IncidentCategory{QStringLiteral("MP"), QStringLiteral("恶意程序事件"), QStringLiteral("Malware <script>")},
        IncidentCategory{QStringLiteral("NA"), QStringLiteral("网络攻击事件"), QString()},
    };
    plan.reportingSteps = {
        ReportingStep{QStringLiteral("属地网信部门"), 60, QStringLiteral("较大及以上"), QStringLiteral("电话 12377"),
                      QStringLiteral("时间、地点、影响")},
        ReportingStep{QStringLiteral("公安机关"), 0, QStringLiteral("涉嫌犯罪"), QStringLiteral("110"), QString()},
        ReportingStep{QStringLiteral("Summary"), 30 * 1440, QString(), QString(), QStringLiteral("总结报告")},
    };
    return plan;
}

// The loaded plan carries the database's time stamps; everything else must match the input.
inline Plan withStampsOf(Plan plan, const Plan &stored)
{
    plan.id = stored.id;
    plan.createdAt = stored.createdAt;
    plan.updatedAt = stored.updatedAt;
    return plan;
}

} // namespace SamplePlans

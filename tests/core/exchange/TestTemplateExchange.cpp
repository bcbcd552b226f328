// Exporting plans and drill items as templates (personal data removed, golden files), making plans
// and drill items from templates, and the round trip export → read → instantiate → export.

#include "../SamplePlans.h"
#include "core/Clock.h"
#include "core/exchange/PersonalDataStripper.h"
#include "core/exchange/TemplateExporter.h"
#include "core/exchange/TemplateFormat.h"
#include "core/exchange/TemplateInstantiator.h"
#include "core/exchange/TemplatePlaceholders.h"
#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"
#include "core/reference/PlanFactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kOrganisation = QStringLiteral("星海数据有限公司");

QString golden(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/templates/golden/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Compares with a golden file; PLANDESK_UPDATE_GOLDEN=1 rewrites it instead (then review the diff).
bool matchesGolden(const QByteArray &actual, const QString &name, QString *why)
{
    const QString path = golden(name);
    if (qEnvironmentVariableIntValue("PLANDESK_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(actual);
    }
    const QByteArray expected = bytesOf(path);
    if (expected == actual)
        return true;
    *why = QStringLiteral(
               "%1 differs (run with PLANDESK_UPDATE_GOLDEN=1 to rewrite it and review the diff):\n%2")
               .arg(path, QString::fromUtf8(actual.left(3000)));
    return false;
}

// A plan with personal data in the places people put it: the contact table, and the free text.
Plan planWithPersonalData()
{
    Plan plan;
    plan.id = 7;
    plan.createdAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
    plan.title = kOrganisation + QStringLiteral("勒索软件事件专项应急预案");
    plan.organisation = kOrganisation;
    plan.language = QStringLiteral("zh_CN");
    plan.profile = OperatorProfile::CriticalInfrastructure;
    plan.ciiSector = QStringLiteral("energy");
    plan.kind = PlanKind::Special;
    plan.scenario = QStringLiteral("勒索软件事件");
    plan.status = PlanStatus::Approved;
    plan.approver = QStringLiteral("赵总经理");
    plan.approvedOn = QDate(2026, 3, 2);
    plan.confidentiality = QStringLiteral("内部");
    plan.sections = {
        Section{QStringLiteral("general"), QStringLiteral("总则"), QString(), 0},
        Section{QStringLiteral("general.purpose"), QStringLiteral("编制目的"),
                QStringLiteral("为规范%1勒索软件事件的处置，制定本预案。").arg(kOrganisation), 1},
        Section{
            QStringLiteral("org"), QStringLiteral("组织机构"),
            QStringLiteral("组长王建国（手机 138 0013 8000，办公 010-6655 1234）统一指挥；值班邮箱 "
                           "duty@xinghai.example.cn，"
                           "副组长李秀英 +86 139-1234-5678。事件按 GB/T 20986-2023 分级，2026-03-01 起施行，"
                           "向 12377 或 110 报告，服务热线 400-810-8888。"),
            0},
        Section{QString(), QStringLiteral("附件：<b>联系表</b>"),
                QStringLiteral("<script>alert(1)</script> 见附件。"), 1},
        Section{QString(), QStringLiteral("第三层"), QStringLiteral("深层小节。"), 2},
        Section{QStringLiteral("annex"), QStringLiteral("附则"),
                QStringLiteral("由%1应急办公室负责解释。").arg(kOrganisation), 0},
    };
    Contact leader;
    leader.team = ContactTeam::LeadingGroup;
    leader.name = QStringLiteral("王建国");
    leader.role = QStringLiteral("组长");
    leader.duties = QStringLiteral("全面领导，联系 wang.jianguo@xinghai.example.cn");
    leader.officePhone = QStringLiteral("010-6655 1234");
    leader.mobilePhone = QStringLiteral("13800138000");
    leader.deputy = QStringLiteral("李秀英");
    leader.onDuty24h = true;
    Contact office;
    office.team = ContactTeam::Office;
    office.name = QStringLiteral("李秀英");
    office.role = QStringLiteral("应急办公室主任");
    office.duties = QStringLiteral("日常协调。");
    office.mobilePhone = QStringLiteral("+86 139-1234-5678");
    plan.contacts = {leader, office};
    plan.levels = {IncidentLevel{QStringLiteral("I"), QStringLiteral("特别重大"), QStringLiteral("红色"),
                                 QStringLiteral("#C00000"), QStringLiteral("全部业务中断。"),
                                 QStringLiteral("王建国立即到场。")}};
    plan.categories = {IncidentCategory{QStringLiteral("MPI"), QStringLiteral("恶意程序事件"), QString()}};
    plan.reportingSteps = {ReportingStep{QStringLiteral("属地网信部门"), 60, QStringLiteral("较大及以上"),
                                         QStringLiteral("电话 0571-8888 6666"), QStringLiteral("事件概况")}};
    return plan;
}

DrillItem drillWithPersonalData()
{
    DrillItem item;
    item.id = 3;
    item.planId = 7;
    item.uid = QStringLiteral("5b0c1a52-8f7e-4d1e-9a8b-1234567890ab");
    item.title = QStringLiteral("勒索软件桌面推演");
    item.purpose = QStringLiteral("检验%1的隔离和报告。").arg(kOrganisation);
    item.form = DrillForm::Tabletop;
    item.content = DrillContent::Special;
    item.scope = DrillScope::Department;
    item.scenario = QStringLiteral("09:00 共享盘文件被加密。");
    item.firstDate = QDate(2026, 5, 20);
    item.startTime = QTime(14, 0);
    item.durationMinutes = 150;
    item.place = QStringLiteral("三楼会议室");
    item.departments = QStringLiteral("信息中心、办公室");
    item.participants = QStringLiteral("王建国、李秀英、张伟");
    item.process = QStringLiteral("王建国宣布开始；演练联系人电话 13912345678。");
    item.budgeted = true;
    item.objectives = {QStringLiteral("30 分钟内隔离"),
                       QStringLiteral("4 小时内报告 duty@xinghai.example.cn")};
    item.injects = {
        DrillInject{0, QStringLiteral("服务台接到三个电话。"), QStringLiteral("建立事件单。")},
        DrillInject{45, QStringLiteral("发现勒索信。"), QStringLiteral("保全证据，不支付赎金。")}};
    item.evaluationCriteria = {QStringLiteral("隔离用时")};
    item.teams = {DrillTeamAssignment{DrillTeamRole::Leading, QStringLiteral("领导小组（李秀英）"),
                                      QStringLiteral("组长"), QStringLiteral("决策")}};
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 3;
    return item;
}

QString personalDataLeft(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    for (const QString &secret :
         {QStringLiteral("王建国"), QStringLiteral("李秀英"), QStringLiteral("张伟"),
          QStringLiteral("赵总经理"), QStringLiteral("13800138000"), QStringLiteral("138 0013 8000"),
          QStringLiteral("010-6655 1234"), QStringLiteral("139-1234-5678"), QStringLiteral("13912345678"),
          QStringLiteral("0571-8888 6666"), QStringLiteral("400-810-8888"), QStringLiteral("@xinghai"),
          kOrganisation, QStringLiteral("三楼会议室"), QStringLiteral("2026-05-20"), QStringLiteral("14:00"),
          QStringLiteral("energy")}) {
        if (text.contains(secret))
            return secret;
    }
    return QString();
}

// The value a JSON pointer (RFC 6901) names in `root`, or undefined.
QJsonValue resolvePointer(QJsonValue value, const QString &pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return QJsonValue(QJsonValue::Undefined);
    for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (value.isObject()) {
            value = value.toObject().value(token);
        } else if (value.isArray()) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (value.isUndefined())
            return value;
    }
    return value;
}

} // namespace

class TestTemplateExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // Local time: the exporter's "created" is the local date, whatever the machine's zone.
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(10, 0))); }
    void cleanup() { Clock::reset(); }

    void exportLeavesPersonalDataOut()
    {
        const Plan plan = planWithPersonalData();
        const TemplateExporter::Output output = TemplateExporter::fromPlan(plan);
        QVERIFY(output.ok());
        const QByteArray json = TemplateWriter::toJson(output.templ);
        QVERIFY2(personalDataLeft(json).isEmpty(), qPrintable(personalDataLeft(json)));
        // What is left is readable and says where something was taken out.
        const QString text = QString::fromUtf8(json);
        QVERIFY(text.contains(
            QStringLiteral("组长{{name}}（手机 {{phone}}，办公 {{phone}}）统一指挥；值班邮箱 {{email}}，"
                           "副组长{{name}} {{phone}}。")));
        QVERIFY(text.contains(QStringLiteral("为规范{{organisation}}勒索软件事件的处置")));
        QVERIFY(text.contains(QStringLiteral("\"title\": \"{{organisation}}勒索软件事件专项应急预案\"")));
        // Public numbers, dates and standard numbers are not phone numbers.
        QVERIFY(text.contains(QStringLiteral(
            "GB/T 20986-2023 分级，2026-03-01 起施行，向 12377 或 110 报告，服务热线 {{phone}}")));
        QCOMPARE(output.templ.organisation, QString());
        QCOMPARE(output.templ.plan.contacts.size(), 2);
        QCOMPARE(output.templ.plan.contacts.at(0).role, QStringLiteral("组长"));
        QVERIFY(output.templ.plan.contacts.at(0).name.isEmpty());
        QVERIFY(output.templ.plan.contacts.at(0).mobilePhone.isEmpty());
        QVERIFY(!output.templ.plan.contacts.at(0).onDuty24h);
        // Markup is exported as the text it is.
        QVERIFY(text.contains(QStringLiteral("\"body\": \"<script>alert(1)</script> 见附件。\"")));
    }

    // The list the export dialog shows: every piece, with where it was.
    void listsWhatIsRemoved()
    {
        using Kind = PersonalDataFinding::Kind;
        const TemplateExporter::Output output = TemplateExporter::fromPlan(planWithPersonalData());
        auto has = [&](Kind kind, const QString &pointer, const QString &text) {
            for (const PersonalDataFinding &finding : output.removed) {
                if (finding.kind == kind && finding.pointer == pointer && finding.text == text)
                    return true;
            }
            return false;
        };
        QVERIFY(has(Kind::Organisation, QStringLiteral("/template/organisation"), kOrganisation));
        QVERIFY(has(Kind::Organisation, QStringLiteral("/template/title"), kOrganisation));
        QVERIFY(has(Kind::Name, QString(), QStringLiteral("赵总经理")));
        QVERIFY(has(Kind::Name, QStringLiteral("/plan/roles/0"), QStringLiteral("王建国")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/roles/0"), QStringLiteral("13800138000")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/roles/0"), QStringLiteral("010-6655 1234")));
        QVERIFY(has(Kind::Name, QStringLiteral("/plan/roles/0"), QStringLiteral("李秀英")));
        QVERIFY(has(Kind::Email, QStringLiteral("/plan/roles/0/duties"),
                    QStringLiteral("wang.jianguo@xinghai.example.cn")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/roles/1"), QStringLiteral("+86 139-1234-5678")));
        QVERIFY(has(Kind::Name, QStringLiteral("/plan/sections/1/body"), QStringLiteral("王建国")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/sections/1/body"), QStringLiteral("138 0013 8000")));
        QVERIFY(
            has(Kind::Phone, QStringLiteral("/plan/sections/1/body"), QStringLiteral("+86 139-1234-5678")));
        QVERIFY(has(Kind::Email, QStringLiteral("/plan/sections/1/body"),
                    QStringLiteral("duty@xinghai.example.cn")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/sections/1/body"), QStringLiteral("400-810-8888")));
        QVERIFY(has(Kind::Organisation, QStringLiteral("/plan/sections/0/children/0/body"), kOrganisation));
        QVERIFY(has(Kind::Organisation, QStringLiteral("/plan/sections/2/body"), kOrganisation));
        QVERIFY(has(Kind::Name, QStringLiteral("/plan/levels/0/response"), QStringLiteral("王建国")));
        QVERIFY(has(Kind::Phone, QStringLiteral("/plan/reporting_steps/0/channel"),
                    QStringLiteral("0571-8888 6666")));
        // Every finding has a name for the dialog. Its pointer names a place in the written
        // template: the field itself where the text was cut out of it, or at least the object the
        // field was taken from; "" only for what the format has no field for (the approver).
        const QByteArray written = TemplateWriter::toJson(output.templ);
        const TemplateReadResult read = TemplateReader::read(written);
        QVERIFY(!read.hasErrors());
        const QJsonValue root = QJsonDocument::fromJson(written).object();
        for (const PersonalDataFinding &finding : output.removed) {
            QVERIFY(!PersonalDataStripper::kindName(finding.kind).isEmpty());
            if (finding.pointer.isEmpty())
                continue;
            const QString parent = finding.pointer.left(finding.pointer.lastIndexOf(QLatin1Char('/')));
            const QJsonValue place = resolvePointer(root, finding.pointer);
            const QJsonValue container = parent.isEmpty() ? root : resolvePointer(root, parent);
            QVERIFY2(!place.isUndefined() || container.isObject(), qPrintable(finding.pointer));
        }
    }

    void keepsTheOrganisationWhenAsked()
    {
        TemplateExporter::Options options;
        options.keepOrganisation = true;
        const TemplateExporter::Output output = TemplateExporter::fromPlan(planWithPersonalData(), options);
        QVERIFY(output.ok());
        QCOMPARE(output.templ.organisation, kOrganisation);
        QCOMPARE(output.templ.title, kOrganisation + QStringLiteral("勒索软件事件专项应急预案"));
        for (const PersonalDataFinding &finding : output.removed)
            QVERIFY(finding.kind != PersonalDataFinding::Kind::Organisation);
        const QString text = QString::fromUtf8(TemplateWriter::toJson(output.templ));
        QVERIFY(!text.contains(QStringLiteral("王建国")));
        QVERIFY(!text.contains(QStringLiteral("{{organisation}}")));
    }

    void stripperKnowsPhoneNumbersFromOtherNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString phone = QStringLiteral("{{phone}}");
        QTest::newRow("mobile") << QStringLiteral("手机13800138000。")
                                << QStringLiteral("手机%1。").arg(phone);
        QTest::newRow("mobile grouped") << QStringLiteral("138-0000-0101") << phone;
        QTest::newRow("mobile with country") << QStringLiteral("+86 13800138000") << phone;
        QTest::newRow("landline") << QStringLiteral("电话：010-55550101")
                                  << QStringLiteral("电话：%1").arg(phone);
        QTest::newRow("landline spaced") << QStringLiteral("(0571) 8888 6666") << phone;
        QTest::newRow("landline with extension") << QStringLiteral("021-12345678-808") << phone;
        QTest::newRow("service number") << QStringLiteral("400 810 8888") << phone;
        QTest::newRow("international")
            << QStringLiteral("call +44 20 7946 0958 now") << QStringLiteral("call %1 now").arg(phone);
        QTest::newRow("hotline") << QStringLiteral("拨打 12377 或 110")
                                 << QStringLiteral("拨打 12377 或 110");
        QTest::newRow("standard") << QStringLiteral("GB/T 20986-2023") << QStringLiteral("GB/T 20986-2023");
        QTest::newRow("date") << QStringLiteral("2026-03-01 09:00") << QStringLiteral("2026-03-01 09:00");
        QTest::newRow("minutes") << QStringLiteral("240 分钟, 1440 minutes")
                                 << QStringLiteral("240 分钟, 1440 minutes");
        QTest::newRow("ISO") << QStringLiteral("ISO/IEC 27001:2022") << QStringLiteral("ISO/IEC 27001:2022");
        QTest::newRow("IP address") << QStringLiteral("10.0.0.138") << QStringLiteral("10.0.0.138");
        QTest::newRow("long id") << QStringLiteral("case 202603011234567")
                                 << QStringLiteral("case 202603011234567");
        QTest::newRow("e-mail") << QStringLiteral("mail a.b-c@sub.example.com.")
                                << QStringLiteral("mail {{email}}.");
        QTest::newRow("name") << QStringLiteral("由王建国负责") << QStringLiteral("由{{name}}负责");
        QTest::newRow("organisation")
            << QStringLiteral("星海数据有限公司信息中心") << QStringLiteral("{{organisation}}信息中心");
        QTest::newRow("marker stays")
            << QStringLiteral("{{phone}} {{organisation}}") << QStringLiteral("{{phone}} {{organisation}}");
    }

    void stripperKnowsPhoneNumbersFromOtherNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const PersonalDataStripper stripper({QStringLiteral("王建国"), QStringLiteral("王"), QString()},
                                            kOrganisation, false);
        QList<PersonalDataFinding> findings;
        QCOMPARE(stripper.strip(text, QStringLiteral("/x"), &findings), expected);
        QCOMPARE(findings.isEmpty(), text == expected);
    }

    // A text longer than the format allows is reported, not written into a file no one can import.
    void refusesWhatCannotBeImported()
    {
        const Plan plan = SamplePlans::fullPlan(); // one section of 200 000 characters
        const TemplateExporter::Output output = TemplateExporter::fromPlan(plan);
        QVERIFY(!output.ok());
        bool named = false;
        for (const TemplateProblem &problem : output.problems)
            named =
                named || (problem.pointer == QLatin1String("/plan/sections/0/children/0/children/1/body") &&
                          problem.message.startsWith(QLatin1String("This text is ")));
        QVERIFY2(named, qPrintable(output.problems.value(0).pointer + QLatin1Char(' ') +
                                   output.problems.value(0).message));
    }

    void exportMatchesTheGoldenFiles()
    {
        QString why;
        const TemplateExporter::Output plan = TemplateExporter::fromPlan(planWithPersonalData());
        QVERIFY2(QRegularExpression(QStringLiteral("^local\\.plan\\.[0-9a-f-]{36}$")).match(plan.templ.id).hasMatch(),
                 qPrintable(plan.templ.id));
        QVERIFY2(
            matchesGolden(TemplateWriter::toJson(plan.templ), QStringLiteral("exported-plan.json"), &why),
            qPrintable(why));
        TemplateExporter::Options options;
        options.templateId = QStringLiteral("org.example.drills.ransomware");
        options.version = 2;
        options.description = QStringLiteral("桌面推演模板");
        options.author = QStringLiteral("信息中心");
        const TemplateExporter::Output drill =
            TemplateExporter::fromDrillItem(drillWithPersonalData(), planWithPersonalData(), options);
        QVERIFY(drill.ok());
        const QByteArray json = TemplateWriter::toJson(drill.templ);
        QVERIFY2(personalDataLeft(json).isEmpty(), qPrintable(personalDataLeft(json)));
        QVERIFY2(matchesGolden(json, QStringLiteral("exported-drill.json"), &why), qPrintable(why));
    }

    // The same plan exported twice has the same identifier, so a later version is seen as an update.
    void identifierIsStableForAPlan()
    {
        Plan plan = planWithPersonalData();
        const QString id = TemplateExporter::defaultTemplateId(plan);
        QVERIFY(id.startsWith(QLatin1String("local.plan.")));
        plan.title = QStringLiteral("renamed");
        plan.sections.clear();
        QCOMPARE(TemplateExporter::defaultTemplateId(plan), id);
        plan.id = 8;
        QVERIFY(TemplateExporter::defaultTemplateId(plan) != id);
        QVERIFY(TemplateExporter::defaultTemplateId(drillWithPersonalData())
                    .startsWith(QLatin1String("local.drill.")));
    }

    // export → read → new plan → export gives the same file.
    void planRoundTrip()
    {
        const Plan original = planWithPersonalData();
        TemplateExporter::Options options;
        options.templateId = QStringLiteral("org.example.round-trip");
        const QByteArray first = TemplateWriter::toJson(TemplateExporter::fromPlan(original, options).templ);
        const TemplateReadResult read = TemplateReader::read(first, QStringLiteral("first.json"));
        QVERIFY(read.problems.isEmpty());

        TemplateInstantiator::PlanOptions planOptions;
        planOptions.organisation = kOrganisation;
        planOptions.ciiSector = QStringLiteral("energy");
        Result<Plan> made = TemplateInstantiator::createPlan(read.templ, planOptions);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        const Plan &plan = made.value();
        QVERIFY2(plan.isValid(), qPrintable(plan.validationProblems().join(QLatin1Char(' '))));
        QCOMPARE(plan.id, qint64(0));
        QCOMPARE(plan.title, original.title);
        QCOMPARE(plan.organisation, kOrganisation);
        QCOMPARE(plan.sections.size(), original.sections.size());
        QCOMPARE(plan.sections.at(1).body,
                 QStringLiteral("为规范%1勒索软件事件的处置，制定本预案。").arg(kOrganisation));
        QCOMPARE(plan.status, PlanStatus::Draft);
        QVERIFY(plan.approver.isEmpty());

        const QByteArray second = TemplateWriter::toJson(TemplateExporter::fromPlan(plan, options).templ);
        QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
    }

    void drillRoundTrip()
    {
        TemplateExporter::Options options;
        options.templateId = QStringLiteral("org.example.drill-round-trip");
        const Plan owner = planWithPersonalData();
        const QByteArray first = TemplateWriter::toJson(
            TemplateExporter::fromDrillItem(drillWithPersonalData(), owner, options).templ);
        const TemplateReadResult read = TemplateReader::read(first);
        QVERIFY(read.problems.isEmpty());
        Result<DrillItem> made =
            TemplateInstantiator::createDrillItem(read.templ, 42, QDate(2027, 1, 15), kOrganisation);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        const DrillItem &item = made.value();
        QCOMPARE(item.id, qint64(0));
        QCOMPARE(item.planId, qint64(42));
        QCOMPARE(item.firstDate, QDate(2027, 1, 15));
        QVERIFY(item.uid.isEmpty());
        QVERIFY(item.place.isEmpty());
        QVERIFY(item.participants.isEmpty());
        QCOMPARE(item.recurrence, RecurrenceRule());
        QCOMPARE(item.purpose, QStringLiteral("检验%1的隔离和报告。").arg(kOrganisation));
        QCOMPARE(item.durationMinutes, 150);
        QCOMPARE(item.injects.size(), 2);
        const QByteArray second =
            TemplateWriter::toJson(TemplateExporter::fromDrillItem(item, owner, options).templ);
        QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
    }

    // What a template leaves out comes from the reference data, as in a new plan from the wizard.
    void missingPartsComeFromTheDefaults()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(QStringLiteral(TEST_DATA_DIR "/templates/valid/minimal-with-bom.json"));
        QVERIFY(read.problems.isEmpty());
        TemplateInstantiator::PlanOptions options;
        options.organisation = QStringLiteral("Example Co.");
        Result<Plan> made = TemplateInstantiator::createPlan(read.templ, options);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        PlanFactory::Basics basics;
        basics.organisation = QStringLiteral("Example Co.");
        basics.language = QStringLiteral("en");
        const Plan defaults = PlanFactory().createDefault(basics);
        QCOMPARE(made.value().title, QStringLiteral("Minimal"));
        QCOMPARE(made.value().language, QStringLiteral("en"));
        QVERIFY(!defaults.sections.isEmpty());
        QCOMPARE(made.value().sections, defaults.sections);
        QCOMPARE(made.value().levels, defaults.levels);
        QCOMPARE(made.value().categories, defaults.categories);
        QCOMPARE(made.value().reportingSteps, defaults.reportingSteps);
        QCOMPARE(made.value().contacts, defaults.contacts);
        QVERIFY(made.value().isValid());
    }

    void everyBuiltInPlanTemplateMakesAValidPlan()
    {
        const QDir dir(QStringLiteral(":/templates"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const TemplateReadResult read = TemplateReader::readFile(dir.filePath(file));
            QVERIFY2(read.problems.isEmpty(), qPrintable(file));
            if (read.templ.kind == TemplateKind::Plan) {
                TemplateInstantiator::PlanOptions options;
                options.organisation = QStringLiteral("测试单位");
                options.ciiSector = QStringLiteral("energy");
                Result<Plan> made = TemplateInstantiator::createPlan(read.templ, options);
                QVERIFY2(made.ok(), qPrintable(file + QLatin1Char(' ') + made.errorMessage()));
                QVERIFY2(made.value().isValid(),
                         qPrintable(file + QLatin1Char(' ') +
                                    made.value().validationProblems().join(QLatin1Char(' '))));
                for (const Section &section : made.value().sections)
                    QVERIFY2(!section.body.contains(QLatin1String("{{organisation}}")), qPrintable(file));
            } else {
                Result<DrillItem> made = TemplateInstantiator::createDrillItem(
                    read.templ, 1, QDate(2027, 3, 1), QStringLiteral("测试单位"));
                QVERIFY2(made.ok(), qPrintable(file + QLatin1Char(' ') + made.errorMessage()));
                QVERIFY(!made.value().title.isEmpty());
            }
        }
    }

    // {{organisation}} showed in the library, the export file name and the title of a plan made
    // from an exported plan; {{name}}, {{phone}}, {{email}} went into the plan as they were.
    void markersNeverReachAReader()
    {
        QCOMPARE(TemplatePlaceholders::readable(QStringLiteral("{{organisation}}网络安全事件应急预案"), QStringLiteral("zh_CN")),
                 QStringLiteral("〔单位名称〕网络安全事件应急预案"));
        QCOMPARE(TemplatePlaceholders::readable(QStringLiteral("Call {{name}} on {{phone}} or {{email}}"), QStringLiteral("en")),
                 QStringLiteral("Call [name] on [phone] or [e-mail]"));
        QCOMPARE(TemplatePlaceholders::withoutMarkers(QStringLiteral("{{organisation}} Cybersecurity Incident Emergency Plan")),
                 QStringLiteral("Cybersecurity Incident Emergency Plan"));
        QCOMPARE(TemplatePlaceholders::withoutMarkers(QStringLiteral("{{organisation}}网络安全事件应急预案{{future}}")),
                 QStringLiteral("网络安全事件应急预案"));

        // A plan exported as a template, then made into a plan for another organisation.
        Plan original = planWithPersonalData();
        TemplateExporter::Options exportOptions;
        exportOptions.templateId = QStringLiteral("org.example.markers");
        const Template templ = TemplateExporter::fromPlan(original, exportOptions).templ;
        QVERIFY2(templ.title.contains(QLatin1String(TemplateFormat::kOrganisationPlaceholder)), qPrintable(templ.title));
        bool personalMarkers = false;
        for (const Section &section : templ.plan.sections)
            personalMarkers = personalMarkers || section.body.contains(QLatin1String(TemplateFormat::kPhonePlaceholder))
                              || section.body.contains(QLatin1String(TemplateFormat::kNamePlaceholder));
        QVERIFY(personalMarkers);
        TemplateInstantiator::PlanOptions options;
        options.organisation = QStringLiteral("新单位");
        options.ciiSector = QStringLiteral("energy");
        Result<Plan> made = TemplateInstantiator::createPlan(templ, options);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QVERIFY2(made.value().title.startsWith(QStringLiteral("新单位")), qPrintable(made.value().title));
        QStringList texts{made.value().title};
        for (const Section &section : made.value().sections)
            texts << section.title << section.body;
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QLatin1String("{{")));
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("〔电话〕")));

        // A title the user gives with the marker in it is filled in too.
        options.title = QStringLiteral("{{organisation}}专项预案");
        QCOMPARE(TemplateInstantiator::createPlan(templ, options).value().title, QStringLiteral("新单位专项预案"));
    }

    // A CII operator starting from a template written for ordinary operators gets the CII chain.
    void ciiOperatorGetsTheCiiReportingChain()
    {
        const TemplateReadResult read = TemplateReader::readFile(QStringLiteral(":/templates/plan-ransomware.zh_CN.json"));
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.templ.plan.profile, OperatorProfile::Ordinary);
        TemplateInstantiator::PlanOptions options;
        options.organisation = QStringLiteral("测试电网公司");
        Result<Plan> ordinary = TemplateInstantiator::createPlan(read.templ, options);
        QVERIFY(ordinary.ok());
        QCOMPARE(ordinary.value().reportingSteps, read.templ.plan.reportingSteps); // the template's own chain

        options.profile = OperatorProfile::CriticalInfrastructure;
        options.ciiSector = QStringLiteral("energy");
        QVERIFY(TemplateInstantiator::replacesReportingChain(read.templ, options));
        Result<Plan> cii = TemplateInstantiator::createPlan(read.templ, options);
        QVERIFY2(cii.ok(), qPrintable(cii.errorMessage()));
        QCOMPARE(cii.value().profile, OperatorProfile::CriticalInfrastructure);
        QCOMPARE(cii.value().ciiSector, QStringLiteral("energy"));
        const QList<ReportingStep> expected =
            PlanFactory().reportingStepsFor(OperatorProfile::CriticalInfrastructure, QStringLiteral("zh_CN"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(cii.value().reportingSteps, expected);
        QCOMPARE(cii.value().reportingSteps.first().deadlineMinutes, 60);
        QVERIFY(cii.value().isValid());
        // The template's text is kept; only the chain, which depends on the operator, is replaced.
        QCOMPARE(cii.value().sections.size(), ordinary.value().sections.size());

        // The CII template for a CII operator keeps its own chain.
        const Template ciiTemplate = TemplateReader::readFile(QStringLiteral(":/templates/plan-cii.zh_CN.json")).templ;
        QVERIFY(!TemplateInstantiator::replacesReportingChain(ciiTemplate, options));
        QCOMPARE(TemplateInstantiator::createPlan(ciiTemplate, options).value().reportingSteps,
                 ciiTemplate.plan.reportingSteps);
    }

    void instantiatorRefusesWhatItCannotMake()
    {
        const Template drill =
            TemplateReader::readFile(QStringLiteral(TEST_DATA_DIR "/templates/valid/small-drill.json")).templ;
        const Template plan =
            TemplateReader::readFile(QStringLiteral(TEST_DATA_DIR "/templates/valid/small-plan.json")).templ;
        TemplateInstantiator::PlanOptions options;
        options.organisation = QStringLiteral("X");
        QCOMPARE(TemplateInstantiator::createPlan(drill, options).errorMessage(),
                 QStringLiteral(
                     "\"Ransomware tabletop exercise (test)\" is a drill scenario, not a plan template."));
        options.organisation = QStringLiteral("  ");
        QCOMPARE(TemplateInstantiator::createPlan(plan, options).errorMessage(),
                 QStringLiteral("A plan made from a template needs the name of its organisation."));
        QVERIFY(!TemplateInstantiator::createDrillItem(plan, 1, QDate(2027, 1, 1), QString()).ok());
        QCOMPARE(TemplateInstantiator::createDrillItem(drill, 1, QDate(), QString()).errorMessage(),
                 QStringLiteral("A drill made from a template needs the date it is first held."));
    }

    void writesFilesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Template templ =
            TemplateReader::readFile(QStringLiteral(TEST_DATA_DIR "/templates/valid/small-plan.json")).templ;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(TemplateWriter::writeFile(templ, path).ok());
        QCOMPARE(bytesOf(path), bytesOf(QStringLiteral(TEST_DATA_DIR "/templates/valid/small-plan.json")));
        // Into a folder that does not exist: an error, nothing left behind.
        const Result<void> failed =
            TemplateWriter::writeFile(templ, dir.filePath(QStringLiteral("missing/out.json")));
        QVERIFY(!failed.ok());
        QVERIFY2(
            failed.errorMessage().startsWith(QLatin1String("Could not write the template to \"out.json\":")),
            qPrintable(failed.errorMessage()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("out.json")});
    }
};

QTEST_GUILESS_MAIN(TestTemplateExchange)
#include "TestTemplateExchange.moc"

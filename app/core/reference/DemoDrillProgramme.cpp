#include "DemoDrillProgramme.h"

#include "../Clock.h"
#include "../storage/DrillRepository.h"
#include "../storage/PlanRepository.h"
#include "../storage/UnitOfWork.h"
#include "PlanFactory.h"

namespace {

// Drills are held on working days: a date that falls on a weekend moves back to the Friday.
QDate workingDayOnOrBefore(const QDate &date)
{
    const int weekday = date.dayOfWeek();
    return weekday > Qt::Friday ? date.addDays(Qt::Friday - weekday) : date;
}

} // namespace

DemoDrillProgramme::DemoDrillProgramme(const Plan &plan)
    : m_planId(plan.id), m_english(plan.language == QLatin1String("en")), m_today(Clock::today())
{
    // The comprehensive drill was held about six weeks ago, long enough for the record to be
    // written and short enough for its corrective action to be still open; the ransomware drill
    // was due ten days ago, recent enough to be what the dashboard calls overdue.
    m_recordedOn = workingDayOnOrBefore(m_today.addDays(-45));
    m_overdueOn = workingDayOnOrBefore(m_today.addDays(-10));
}

QString DemoDrillProgramme::text(const char *chinese, const char *english) const
{
    return QString::fromUtf8(m_english ? english : chinese);
}

DrillItem DemoDrillProgramme::comprehensiveDrill() const
{
    DrillItem item;
    item.planId = m_planId;
    item.title = text("年度网络安全事件综合应急演练", "Annual comprehensive cybersecurity incident exercise");
    item.purpose =
        text("检验应急预案的完整性和可操作性，熟悉事件分级、报告和处置流程，锻炼各小组的协同配合能力。",
             "Test that the emergency plan is complete and workable, practise grading, reporting and "
             "handling an incident, and train the teams to work together.");
    item.form = DrillForm::Tabletop;
    item.content = DrillContent::Comprehensive;
    item.scenario =
        text("核心业务系统遭受勒索软件攻击，部分服务器数据被加密，攻击者声称已窃取客户数据并索要赎金。",
             "Ransomware hits the core business system: data on several servers is encrypted and the "
             "attackers claim to have stolen customer data and demand a ransom.");
    item.scope = DrillScope::Organisation;
    item.firstDate = m_recordedOn;
    item.startTime = QTime(9, 0);
    item.durationMinutes = 180;
    item.place = text("本单位三楼应急指挥室", "Emergency command room, third floor");
    item.departments = text("网络安全应急领导小组、应急办公室、信息技术部、业务运营部、办公室（宣传）",
                            "Emergency leading group, emergency office, IT department, business operations, "
                            "communications office");
    item.participants =
        text("王建国、李秀英、张伟、刘洋、陈静", "Wang Jianguo, Li Xiuying, Zhang Wei, Liu Yang, Chen Jing");
    item.process = text(
        "一、情景导入与事件发现；二、事件研判与分级；三、按规定时限报告；四、处置与恢复推演；五、总结讲评。",
        "1. Scenario briefing and detection; 2. assessment and grading; 3. reporting within the "
        "deadlines; 4. response and recovery; 5. debrief.");
    item.budgeted = true;
    item.teams = {
        {DrillTeamRole::Leading, text("网络安全应急领导小组", "Emergency leading group"),
         text("组长", "Leader"),
         text("批准演练方案，决策重大事项",
              "Approves the plan of the exercise and takes the major decisions")},
        {DrillTeamRole::Management, text("应急办公室", "Emergency office"), text("负责人", "Head"),
         text("组织协调演练，控制演练进程", "Organises the exercise and controls its pace")},
        {DrillTeamRole::Technical, text("信息技术部", "IT department"), text("技术支撑", "Technical support"),
         text("提供技术情景和处置方案", "Supplies the technical scenario and the response options")},
        {DrillTeamRole::Evaluation, text("评估小组", "Evaluation team"), text("评估员", "Evaluator"),
         text("观察记录并评估演练目标", "Observes, records and judges the objectives")},
        {DrillTeamRole::Implementation, text("各参演部门", "Participating departments"),
         text("参演人员", "Players"),
         text("按预案开展研判、报告和处置", "Assess, report and respond as the plan says")},
    };
    item.objectives = {
        text("30 分钟内完成事件研判和分级", "Assess and grade the incident within 30 minutes"),
        text("在规定时限内向主管部门报告", "Report to the supervising authority within the deadline"),
        text("启动备份恢复并验证数据完整性", "Start the restore from backup and verify the data"),
        text("统一对外口径并发布公告", "Agree one public statement and publish it"),
    };
    item.injects = {
        {0,
         text("监控平台告警：多台服务器文件被批量加密",
              "Monitoring alert: files on several servers are being encrypted"),
         text("值班人员确认告警并报告应急办公室",
              "The duty officer confirms the alert and informs the emergency office")},
        {20,
         text("攻击者发来勒索信，声称已窃取客户数据",
              "A ransom note arrives, claiming customer data was stolen"),
         text("领导小组研判事件级别", "The leading group grades the incident")},
        {60, text("主管部门来电询问事件情况", "The supervising authority calls about the incident"),
         text("按报告要求提交初报", "Submit the initial report as required")},
        {120, text("备份系统恢复完成", "The restore from backup is complete"),
         text("验证数据完整性并恢复业务", "Verify the data and resume the service")},
    };
    item.evaluationCriteria = {
        text("研判和报告是否在时限内完成", "Were assessment and reporting on time"),
        text("各小组职责是否清晰、协同是否顺畅", "Were the teams' duties clear and did they work together"),
    };
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 5;
    return item;
}

DrillItem DemoDrillProgramme::ransomwareDrill() const
{
    DrillItem item;
    item.planId = m_planId;
    item.title = text("勒索软件专项演练", "Ransomware special drill");
    item.purpose = text("检验勒索软件事件的技术处置能力，验证隔离、备份恢复和溯源流程。",
                        "Test the technical response to ransomware: isolation, restore from backup and "
                        "investigation.");
    item.form = DrillForm::HandsOn;
    item.content = DrillContent::Special;
    item.scenario = text("测试环境中的一台文件服务器被植入勒索软件样本，文件开始被加密。",
                         "A ransomware sample is planted on a file server in the test environment and starts "
                         "encrypting files.");
    item.scope = DrillScope::Department;
    item.firstDate = m_overdueOn;
    item.startTime = QTime(14, 0);
    item.durationMinutes = 120;
    item.place = text("本单位测试机房", "Test server room");
    item.departments = text("信息技术部、应急办公室", "IT department, emergency office");
    item.participants = text("张伟、刘洋及信息技术部值班人员", "Zhang Wei, Liu Yang and the IT duty staff");
    item.process = text("一、投放样本；二、发现与隔离；三、备份恢复；四、溯源分析；五、讲评。",
                        "1. Plant the sample; 2. detect and isolate; 3. restore from backup; 4. investigate; "
                        "5. debrief.");
    item.budgeted = true;
    item.teams = {
        {DrillTeamRole::Management, text("应急办公室", "Emergency office"), text("负责人", "Head"),
         text("组织演练并记录", "Runs and records the drill")},
        {DrillTeamRole::Technical, text("信息技术部", "IT department"), text("技术处置", "Responders"),
         text("隔离主机、恢复数据、溯源分析", "Isolate the host, restore the data, investigate")},
    };
    item.objectives = {
        text("15 分钟内隔离受感染主机", "Isolate the infected host within 15 minutes"),
        text("4 小时内从离线备份恢复数据", "Restore the data from the offline backup within 4 hours"),
        text("查明感染途径", "Find how the host was infected"),
    };
    item.injects = {
        {0, text("终端防护软件告警：可疑加密行为", "Endpoint protection alert: suspicious encryption"),
         text("确认告警并断开主机网络", "Confirm the alert and disconnect the host")},
        {30, text("发现备份服务器存在异常登录", "Unusual logins are found on the backup server"),
         text("核查备份完整性", "Check that the backups are intact")},
        {90, text("恢复完成", "The restore is complete"),
         text("校验数据并恢复服务", "Verify the data and resume the service")},
    };
    // The first Friday (or whichever weekday it is) of the month, every quarter: a working day each time.
    item.recurrence.frequency = RecurrenceRule::Frequency::Quarterly;
    item.recurrence.anchor = RecurrenceRule::MonthAnchor::WeekdayOfMonth;
    item.recurrence.count = 8;
    return item;
}

DrillRecord DemoDrillProgramme::recordOf(const DrillItem &savedDrill) const
{
    DrillRecord record;
    record.drillItemId = savedDrill.id;
    record.planId = m_planId;
    record.occurrenceDate = m_recordedOn;
    record.heldOn = m_recordedOn;
    record.startTime = QTime(9, 0);
    record.endTime = QTime(12, 10);
    record.place = savedDrill.place;
    record.organiser = text("应急办公室", "Emergency office");
    const QString leading = text("应急领导小组", "Emergency leading group");
    const QString office = text("应急办公室", "Emergency office");
    const QString it = text("信息技术部", "IT department");
    const QString business = text("业务运营部", "Business operations");
    record.participants = {
        {QStringLiteral("王建国"), leading, text("总指挥", "Commander"), true},
        {QStringLiteral("李秀英"), leading, text("副总指挥", "Deputy commander"), true},
        {QStringLiteral("张伟"), office, text("导演", "Exercise director"), true},
        {QStringLiteral("刘洋"), it, text("技术处置", "Technical responder"), true},
        {QStringLiteral("陈静"), business, text("业务联络", "Business liaison"), true},
    };
    record.scenarioAsRun = savedDrill.scenario;
    record.timeline = {
        {QTime(9, 0),
         text("导演宣布演练开始，发布告警情景", "The director starts the exercise with the alert"),
         text("值班人员确认告警并上报", "The duty officer confirms the alert and reports it"),
         QStringLiteral("张伟")},
        {QTime(9, 25), text("收到勒索信", "The ransom note arrives"),
         text("领导小组研判为较大事件（III 级）", "The leading group grades the incident as level III"),
         QStringLiteral("王建国")},
        {QTime(10, 20), text("主管部门来电", "The supervising authority calls"),
         text("提交初报，比时限晚 10 分钟", "The initial report is sent, 10 minutes late"),
         QStringLiteral("李秀英")},
        {QTime(11, 15), text("备份恢复完成", "The restore is complete"),
         text("验证数据并恢复业务", "The data are verified and the service resumes"), QStringLiteral("刘洋")},
        {QTime(11, 40), text("总结讲评", "Debrief"),
         text("评估小组通报评估意见", "The evaluators give their findings"), QStringLiteral("张伟")},
    };
    const QStringList objectives = savedDrill.objectives;
    const QList<ObjectiveRating> ratings = {ObjectiveRating::Met, ObjectiveRating::PartlyMet,
                                            ObjectiveRating::Met, ObjectiveRating::Met};
    const QList<QString> comments = {
        text("25 分钟完成分级", "Graded after 25 minutes"),
        text("初报晚于时限 10 分钟：报告模板不在值班室",
             "Initial report 10 minutes late: the report form was not in the duty room"),
        QString(), QString()};
    for (qsizetype i = 0; i < objectives.size(); ++i)
        record.objectives.append(ObjectiveResult{
            objectives.at(i), ratings.value(i, ObjectiveRating::NotJudged), comments.value(i)});
    record.problems = {
        text("事件报告模板未放置在值班室，初报超出时限 10 分钟。",
             "The incident report form was not kept in the duty room, so the initial report was "
             "10 minutes late.")};
    record.overview =
        text("按年度演练计划组织桌面推演，五个小组共 5 人参加，历时约 3 小时，完成全部演练环节。",
             "The tabletop exercise of the annual programme was held with the five teams (5 people) "
             "and took about three hours; every stage was completed.");
    record.lessons =
        text("研判和处置流程清晰，但报告环节准备不足，需要把报告模板和联系方式放在值班人员手边。",
             "Assessment and response worked well; reporting was not prepared well enough: the report "
             "form and the contacts must be at hand in the duty room.");
    record.conclusion =
        text("演练达到预期目的，预案总体可行。", "The exercise met its purpose; the plan is workable.");
    CorrectiveAction action;
    action.description =
        text("在值班室放置事件报告模板和主管部门联系方式，并组织值班人员培训。",
             "Keep the incident report form and the authority's contacts in the duty room and "
             "train the duty staff.");
    action.owner = QStringLiteral("张伟");
    action.dueOn = m_today.addDays(30);
    action.state = CorrectiveActionState::Open;
    record.correctiveActions = {action};
    record.recorder = QStringLiteral("张伟");
    record.responsible = QStringLiteral("王建国");
    return record;
}

Result<void> DemoDrillProgramme::saveTo(DrillRepository &repository) const
{
    Result<DrillItem> comprehensive = repository.saveItem(comprehensiveDrill());
    if (!comprehensive)
        return comprehensive.error();
    if (Result<DrillItem> ransomware = repository.saveItem(ransomwareDrill()); !ransomware)
        return ransomware.error();
    if (Result<DrillRecord> record = repository.saveRecord(recordOf(comprehensive.value())); !record)
        return record.error();
    return {};
}

Result<Plan> DemoDrillProgramme::saveSample(Database &database, const QString &language)
{
    // One unit: the plan and its programme are kept together or not at all, even when the process
    // dies between them (the repositories' own transactions become savepoints of this one).
    UnitOfWork unit(database);
    if (Result<void> begun = unit.begin(); !begun)
        return begun.error();
    Result<Plan> saved = PlanRepository(database).save(PlanFactory().createDemo(language));
    if (!saved)
        return saved.error();
    DrillRepository drills(database);
    if (Result<void> programme = DemoDrillProgramme(saved.value()).saveTo(drills); !programme)
        return programme.error();
    if (Result<void> committed = unit.commit(); !committed)
        return committed.error();
    return saved;
}

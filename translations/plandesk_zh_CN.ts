<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CategoryTableWidget</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close the Incident — %1</source>
        <translation>结束事件处置 — %1</translation>
    </message>
    <message>
        <source>What the incident taught: what worked, what did not, what must change</source>
        <translation>本次事件的经验教训：哪些做法有效，哪些无效，哪些必须改进</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>经验教训(&amp;L)：</translation>
    </message>
    <message>
        <source>Corrective actions (each with an owner and a due date; tracked on the dashboard):</source>
        <translation>整改措施（每项须有责任人和完成期限，在“需关注事项”中跟踪）：</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>添加措施(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation>删除措施(&amp;E)</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation>双击单元格或按 F2 编辑。从电子表格复制的行可用 %1 粘贴。</translation>
    </message>
    <message>
        <source>The plan must be revise&amp;d</source>
        <translation>需要修订预案(&amp;D)</translation>
    </message>
    <message>
        <source>What in the plan must change, and why</source>
        <translation>预案中需要修改的内容及原因</translation>
    </message>
    <message>
        <source>&amp;Close Incident</source>
        <translation>结束处置(&amp;C)</translation>
    </message>
    <message>
        <source>Close the incident?</source>
        <translation>结束事件处置？</translation>
    </message>
    <message>
        <source>The incident has not been closed. Close it now?</source>
        <translation>事件处置尚未结束。现在结束吗？</translation>
    </message>
    <message>
        <source>The summary report is then due by %1, to %2.</source>
        <translation>此后应于 %1 前向%2报送总结报告。</translation>
    </message>
    <message>
        <source>No summary report is due: the incident is not one that must be reported.</source>
        <translation>无需报送总结报告：该事件不属于应当报告的事件。</translation>
    </message>
    <message>
        <source>Handling cannot end before the incident was discovered.</source>
        <translation>处置结束时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>The end of handling lies in the future.</source>
        <translation>处置结束时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Write down the lessons learned: closing an incident asks for them.</source>
        <translation>请填写经验教训：结束事件处置时必须填写。</translation>
    </message>
    <message>
        <source>Say what in the plan must be revised.</source>
        <translation>请写明预案中需要修订的内容。</translation>
    </message>
    <message>
        <source>Handling e&amp;nded at:</source>
        <translation>处置结束时间(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CommandLineRunner</name>
    <message>
        <source>Use the database file PATH.</source>
        <translation>使用数据库文件 PATH。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>未指定命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>list-plans takes no arguments.</source>
        <translation>list-plans 命令不接受参数。</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo 命令不接受参数。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>未知命令“%1”；可用的命令为：%2。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-pdf PLAN_ID OUT.pdf</source>
        <translation>用法：plandesk [--db PATH] export-pdf PLAN_ID OUT.pdf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation>“%1”不是有效的预案 ID；可用 list-plans 查看预案 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the sample plan made by demo: zh_CN or en.</source>
        <translation>demo 命令所建示例预案的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The language must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation>语言必须为 zh_CN 或 en，不能为“%1”。</translation>
    </message>
    <message>
        <source>With list-drills: only the overdue drills and those due soon.</source>
        <translation>用于 list-drills：仅列出已逾期和即将到期的演练。</translation>
    </message>
    <message>
        <source>With export-template: keep the organisation&apos;s name instead of the {{organisation}} placeholder.</source>
        <translation>用于 export-template：保留单位名称，不替换为 {{organisation}} 占位符。</translation>
    </message>
    <message>
        <source>With export-template: the template&apos;s version (default 1).</source>
        <translation>用于 export-template：模板的版本号（默认为 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--due applies only to list-drills.</source>
        <translation>--due 仅适用于 list-drills 命令。</translation>
    </message>
    <message>
        <source>--keep-organisation and --template-version apply only to export-template.</source>
        <translation>--keep-organisation 和 --template-version 仅适用于 export-template 命令。</translation>
    </message>
    <message>
        <source>The template version must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>模板版本号必须为不小于 1 的整数，不能为“%1”。</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>上面所列命令之一</translation>
    </message>
    <message>
        <source>PlanDesk: cybersecurity incident emergency plans (Cybersecurity Law Art. 27,
Art. 25 before the 2025 amendment) and drills (Art. 36, Art. 34 before the amendment).

Commands:
  list-plans                  list the plans: id, title, status, version (tab-separated)
  export-pdf PLAN_ID OUT.pdf  write a plan as a PDF document
  demo [--language en]        add a complete sample plan with a drill programme (Chinese unless
                              --language en)
  list-drills [--due]         list the drills of this year and next: item id, plan, date, state,
                              drill, record id (tab-separated); --due: only overdue and due soon
  export-drill-programme PLAN_ID YEAR OUT.pdf  write a plan&apos;s drill programme for a year
  export-drill-record RECORD_ID OUT.pdf        write the record of a drill
  export-ics PLAN_ID OUT.ics  write a plan&apos;s drill programme as a calendar file
  validate-template FILE      check a template file; each problem as &quot;pointer: message&quot;
  import-template FILE        add a template file to the template library
  export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]
                              write a plan as a template, without personal data
  incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT]
                [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]
                              declare an incident; prints its id and the reports due
  incident-list               list the incidents: id, plan, level, discovered, state, next report
                              due, its deadline, its state (tab-separated)
  incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf  write an incident report

Without a command the window opens.</source>
        <translation>PlanDesk：网络安全事件应急预案（《网络安全法》第二十七条，
修正前第二十五条）与应急演练（第三十六条，修正前第三十四条）工作台。

命令：
  list-plans                  列出预案：ID、名称、状态、版本（以制表符分隔）
  export-pdf PLAN_ID OUT.pdf  将预案导出为 PDF 文档
  demo [--language en]        添加一份完整的示例预案及其演练计划（默认为中文，指定
                              --language en 时为英文）
  list-drills [--due]         列出今明两年的演练：演练项目 ID、预案、日期、状态、
                              演练、演练记录 ID（以制表符分隔）；--due：仅列出已逾期和即将到期的演练
  export-drill-programme PLAN_ID YEAR OUT.pdf  将预案某一年度的演练计划导出为 PDF 文档
  export-drill-record RECORD_ID OUT.pdf        将一次演练的演练记录导出为 PDF 文档
  export-ics PLAN_ID OUT.ics  将预案的演练计划导出为日历文件
  validate-template FILE      检查模板文件；每个问题输出一行，格式为 &lt;JSON 指针&gt;: &lt;说明&gt;
  import-template FILE        将模板文件导入模板库
  export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]
                              将预案导出为模板（不含个人信息）
  incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT]
                [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]
                              申报一起网络安全事件；输出其 ID 和应报送的报告
  incident-list               列出事件：ID、预案、级别、发现时间、状态、下一份应报报告、
                              报送时限及其状态（以制表符分隔）
  incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf  将事件报告导出为 PDF 文档

不带命令运行时打开程序窗口。</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>What the law and the standards still ask of this plan. Double-click an item to go to the part of the plan concerned.</source>
        <translation>本预案尚未满足的法律和标准要求。双击某一项可跳转到预案的相应部分。</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺要素</translation>
    </message>
    <message>
        <source>Nothing is missing: the plan has every element the law and the standards ask for.</source>
        <translation>无缺项：本预案已具备法律和标准要求的全部要素。</translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n element(s)</source>
        <translation>
            <numerusform>尚缺要素：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is missing.</source>
        <extracomment>Completeness panel: a required section the plan does not have; %1 its title.</extracomment>
        <translation>预案缺少“%1”一节。</translation>
    </message>
    <message>
        <source>Double-click to add the section back with its default text.</source>
        <translation>双击可按默认文本重新加入该节。</translation>
    </message>
</context>
<context>
    <name>ContactTableWidget</name>
    <message>
        <source>Team</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>备岗人</translation>
    </message>
    <message>
        <source>Who stands in when this person is absent</source>
        <translation>本人不在岗时代为履职的人员</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>On duty around the clock</source>
        <translation>全天 24 小时值守</translation>
    </message>
</context>
<context>
    <name>ContactTeam</name>
    <message>
        <source>Emergency leading group</source>
        <translation>应急领导小组</translation>
    </message>
    <message>
        <source>Emergency office</source>
        <translation>应急办公室</translation>
    </message>
    <message>
        <source>Technical support team</source>
        <translation>技术支撑队伍</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>相关部门</translation>
    </message>
    <message>
        <source>External contact</source>
        <translation>外部联系人</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Emergency organisation and contacts</source>
        <translation>应急组织机构与联系方式</translation>
    </message>
    <message>
        <source>Who leads, who coordinates and who handles incidents, and how to reach them at any hour.</source>
        <translation>由谁领导、由谁协调、由谁处置事件，以及如何随时联系到他们。</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Rows in bold are required: they need a name and at least one phone number. Double-click a cell or press F2 to edit it.</source>
        <translation>粗体行为必填项，须填写姓名和至少一个电话号码。双击单元格或按 F2 键即可编辑。</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
    <message>
        <source>%1: enter a name and an office or mobile phone number.</source>
        <translation>%1：请填写姓名以及办公电话或手机号码。</translation>
    </message>
    <message>
        <source>%1: enter a name.</source>
        <translation>%1：请填写姓名。</translation>
    </message>
    <message>
        <source>%1: enter an office or mobile phone number.</source>
        <translation>%1：请填写办公电话或手机号码。</translation>
    </message>
    <message>
        <source>This row is required and cannot be removed.</source>
        <translation>此行为必填项，不能删除。</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionRows</name>
    <message>
        <source>%1: corrective action %2 was not found.</source>
        <translation>%1：未找到整改措施 %2。</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionState</name>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionTableWidget</name>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Needs attention</source>
        <translation>需关注事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Overdue drills (%1)</source>
        <translation>已逾期的演练（%1）</translation>
    </message>
    <message>
        <source>Drills due within 30 days (%1)</source>
        <translation>30 日内到期的演练（%1）</translation>
    </message>
    <message>
        <source>Corrective actions past their due date (%1)</source>
        <translation>已逾期的整改措施（%1）</translation>
    </message>
    <message>
        <source>Plans past their review date (%1)</source>
        <translation>已过评审日期的预案（%1）</translation>
    </message>
    <message>
        <source>Drill programme warnings (%1)</source>
        <translation>演练计划提示（%1）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A corrective action on the dashboard: %1 what is to be done, %2 its owner.</extracomment>
        <translation>%1（责任人：%2）</translation>
    </message>
    <message>
        <source>From the drill &quot;%1&quot; held on %2</source>
        <translation>来自 %2 举行的演练“%1”</translation>
    </message>
    <message>
        <source>Review the plan (version %1)</source>
        <translation>评审预案（版本 %1）</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 30 days.</source>
        <translation>没有已逾期或 30 日内到期的事项。</translation>
    </message>
    <message>
        <source>Double-click a line to open it.</source>
        <translation>双击某一行即可打开。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 项</translation>
    </message>
    <message>
        <source>Plan revisions pending (%1)</source>
        <translation>待修订预案（%1）</translation>
    </message>
    <message>
        <source>Revise the plan: %1</source>
        <extracomment>Dashboard: a drill asked for a revision of the plan; %1 what must change.</extracomment>
        <translation>修订预案：%1</translation>
    </message>
    <message>
        <source>see the drill record</source>
        <translation>详见演练记录</translation>
    </message>
    <message>
        <source>From the drill &quot;%1&quot; held on %2. Double-click to open the plan.</source>
        <translation>来自%2举行的演练“%1”。双击打开预案。</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>网络安全事件（%1）</translation>
    </message>
    <message>
        <source>From the incident whose handling ended on %1. Double-click to open the plan.</source>
        <translation>来自 %1 结束处置的事件。双击打开预案。</translation>
    </message>
    <message>
        <source>%1 — handling ended %2</source>
        <extracomment>Dashboard: an incident; %1 its level and category, %2 when handling ended.</extracomment>
        <translation>%1 — 已于 %2 结束处置</translation>
    </message>
    <message>
        <source>%1 — being handled</source>
        <extracomment>Dashboard: an incident still open; %1 its level and category.</extracomment>
        <translation>%1 — 正在处置</translation>
    </message>
    <message>
        <source>Discovered %1 at %2. Double-click to open the incident.</source>
        <translation>发现时间：%1；地点：%2。双击打开该事件。</translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation>未注明地点</translation>
    </message>
    <message>
        <source>Corrective action: %1 — %2 (%3)</source>
        <extracomment>Dashboard, under an incident: %1 what is to be done, %2 its owner, %3 open / in progress.</extracomment>
        <translation>整改措施：%1（责任人：%2，%3）</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <extracomment>Dashboard, under an incident: %1 the report, %2 to whom, %3 the countdown (&quot;0:42 left&quot;).</extracomment>
        <translation>%1，报送%2：%3</translation>
    </message>
    <message>
        <source>see the incident</source>
        <translation>见该事件</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>无法创建存放数据库的文件夹 %1，请检查该位置的写入权限。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件，请指定一个数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 is in use by another PlanDesk. Close it there first.</source>
        <translation>数据库 %1 正由另一个 PlanDesk 使用。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder %1; check its permissions.</source>
        <translation>PlanDesk 无法写入文件夹 %1，请检查其权限。</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 is read-only; check its permissions.</source>
        <translation>数据库 %1 为只读，请检查其权限。</translation>
    </message>
    <message>
        <source>Could not open the database %1</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PlanDesk (data version %2; this PlanDesk reads up to %3). It was not changed; open it with the newer PlanDesk.</source>
        <translation>数据库 %1 由较新版本的 PlanDesk 写入（数据版本 %2，本版本最高只能读取版本 %3）。该文件未作任何改动，请使用较新版本的 PlanDesk 打开。</translation>
    </message>
    <message>
        <source>Could not prepare the database %1</source>
        <translation>无法初始化数据库 %1</translation>
    </message>
    <message>
        <source>Could not keep a copy of the database before upgrading it</source>
        <translation>升级数据库前未能保留备份副本</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2. The file was left unchanged.</source>
        <translation>无法打开数据库 %1：%2。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the database before upgrading it: %1.</source>
        <translation>升级数据库前未能保留副本：%1。</translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare an Incident — %1</source>
        <translation>宣布事件 — %1</translation>
    </message>
    <message>
        <source>Declaring an incident activates the plan (Cybersecurity Law Art. 27; Art. 25 before the 2025 amendment) and starts the reporting clock of the Measures for Reporting Cybersecurity Incidents from the time of discovery.</source>
        <translation>宣布事件即启动预案（《网络安全法》第二十七条，修正前第二十五条），并自发现时起按《国家网络安全事件报告管理办法》开始报告计时。</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>应报事项</translation>
    </message>
    <message>
        <source>&amp;Declare Incident</source>
        <translation>宣布事件(&amp;D)</translation>
    </message>
    <message>
        <source>Declare the incident?</source>
        <translation>宣布该事件？</translation>
    </message>
    <message>
        <source>The incident has not been declared yet. Declare it now?</source>
        <translation>事件尚未宣布。现在宣布吗？</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件情况</translation>
    </message>
    <message>
        <source>This is a d&amp;rill: every printed page says 演练 (exercise)</source>
        <translation>这是演练(&amp;R)：打印的每一页均标注“演练”</translation>
    </message>
    <message>
        <source>Disco&amp;vered at:</source>
        <translation>发现时间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>发生地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Affected &amp;systems:</source>
        <translation>受影响系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>事件类别(&amp;T)：</translation>
    </message>
    <message>
        <source>A &amp;crime is suspected: tell the police promptly</source>
        <translation>涉嫌违法犯罪(&amp;C)：及时向公安机关报告</translation>
    </message>
    <message>
        <source>C&amp;II systems are affected (else the ordinary 4-hour route applies)</source>
        <translation>影响关键信息基础设施(&amp;I)（否则按一般单位 4 小时报告）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Help me grade it</source>
        <translation>辅助定级</translation>
    </message>
    <message>
        <source>Answer what is known (leave the rest empty); PlanDesk suggests the level the grading annex&apos;s thresholds give. Harm to national security or to important data is not counted: you decide.</source>
        <translation>填写已知情况（未知的留空），PlanDesk 按《网络安全事件分级指南》的量化标准给出建议级别。对国家安全、重要数据的危害不在计算之内，由您判断。</translation>
    </message>
    <message>
        <source>CII fully interrupted (hours):</source>
        <translation>关键信息基础设施整体中断（小时）：</translation>
    </message>
    <message>
        <source>CII main function interrupted (hours):</source>
        <translation>关键信息基础设施主要功能中断（小时）：</translation>
    </message>
    <message>
        <source>People whose personal information leaked:</source>
        <translation>个人信息泄露涉及人数：</translation>
    </message>
    <message>
        <source>Direct economic loss (yuan):</source>
        <translation>直接经济损失（元）：</translation>
    </message>
    <message>
        <source>Su&amp;ggest a Level</source>
        <translation>建议级别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Use It</source>
        <translation>采用(&amp;U)</translation>
    </message>
    <message>
        <source>The plan gives no criteria for this level.</source>
        <extracomment>The plan&apos;s grading criteria of the level chosen. %1 the criteria.</extracomment>
        <translation>预案未规定该级别的分级标准。</translation>
    </message>
    <message>
        <source>The plan&apos;s criteria: %1</source>
        <translation>预案分级标准：%1</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>建议级别：%1。</translation>
    </message>
    <message>
        <source>The plan lists no incident categories: add them in the plan first.</source>
        <translation>预案未列出事件类别，请先在预案中补充。</translation>
    </message>
    <message>
        <source>The plan defines no incident levels: add them in the plan first.</source>
        <translation>预案未规定事件级别，请先在预案中补充。</translation>
    </message>
    <message>
        <source>Say where the incident happened.</source>
        <translation>请填写事件发生地点。</translation>
    </message>
    <message>
        <source>Name the affected systems.</source>
        <translation>请填写受影响的系统。</translation>
    </message>
    <message>
        <source>The time of discovery lies in the future.</source>
        <translation>发现时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Drill incident declared; plan activated.</source>
        <translation>宣布演练事件，启动预案。</translation>
    </message>
    <message>
        <source>Incident declared; plan activated.</source>
        <translation>宣布事件，启动预案。</translation>
    </message>
    <message>
        <source>Rehearse an Incident — %1</source>
        <translation>演练事件报告 — %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>DrillCalendarWidget</name>
    <message>
        <source>&amp;Month</source>
        <translation>月视图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Whole Year</source>
        <translation>年视图(&amp;W)</translation>
    </message>
    <message>
        <source>No drill on %1</source>
        <extracomment>Calendar: heading of the list of the selected day&apos;s drills; %1 the date.</extracomment>
        <translation>%1 无演练</translation>
    </message>
    <message>
        <source>Drills on %1:</source>
        <translation>%1 的演练：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Calendar: a drill of a day in the cell, tool tip and list; %1 its name, %2 its state.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DrillCommands</name>
    <message>
        <source>Usage: plandesk [--db PATH] list-drills [--due]</source>
        <translation>用法：plandesk [--db PATH] list-drills [--due]</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-drill-programme PLAN_ID YEAR OUT.pdf</source>
        <translation>用法：plandesk [--db PATH] export-drill-programme PLAN_ID YEAR OUT.pdf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation>“%1”不是有效的预案 ID；可用 list-plans 查看预案 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-drill-record RECORD_ID OUT.pdf</source>
        <translation>用法：plandesk [--db PATH] export-drill-record RECORD_ID OUT.pdf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drill record id; list-drills shows them in its last column.</source>
        <translation>“%1”不是有效的演练记录 ID；list-drills 输出的最后一列即为演练记录 ID。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-ics PLAN_ID OUT.ics</source>
        <translation>用法：plandesk [--db PATH] export-ics PLAN_ID OUT.ics</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n drill(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 次演练写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillContent</name>
    <message>
        <source>Comprehensive drill</source>
        <translation>综合演练</translation>
    </message>
    <message>
        <source>Special drill</source>
        <translation>专项演练</translation>
    </message>
</context>
<context>
    <name>DrillDayCalendar</name>
    <message numerus="yes">
        <source>+ %n more drill(s)</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDocument</name>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>《%1》（版本 %2）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>达成情况</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Plan revision required</source>
        <translation>是否需修订预案</translation>
    </message>
    <message>
        <source>What must change</source>
        <translation>修订内容</translation>
    </message>
    <message>
        <source>Plan revised on</source>
        <translation>预案修订日期</translation>
    </message>
    <message>
        <source>Cybersecurity incident emergency drill programme %1</source>
        <translation>%1年度网络安全事件应急演练计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练项目</translation>
    </message>
    <message>
        <source>Purpose / requirements</source>
        <translation>目的/要求</translation>
    </message>
    <message>
        <source>Form of drill</source>
        <translation>演练方式</translation>
    </message>
    <message>
        <source>Drill time</source>
        <translation>演练时间</translation>
    </message>
    <message>
        <source>Participating organisations or departments</source>
        <translation>参演机构或部门</translation>
    </message>
    <message>
        <source>Drill process</source>
        <translation>演练过程安排</translation>
    </message>
    <message>
        <source>Funds in the budget</source>
        <translation>经费是否纳入预算</translation>
    </message>
    <message>
        <source>No drill is planned for %1.</source>
        <translation>%1年度未安排演练。</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>编制日期：%1</translation>
    </message>
    <message>
        <source>Drill work plan</source>
        <translation>演练工作方案</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Content of drill</source>
        <translation>演练内容</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>演练范围</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参演人员</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>演练目的</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景设置</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Planned injects</source>
        <translation>预设情景注入</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>情景注入</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>预期处置</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Organisation and duties</source>
        <translation>组织机构与职责</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation>单位或人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Drill record</source>
        <translation>演练记录</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>是否签到</translation>
    </message>
    <message>
        <source>Scenario as run</source>
        <translation>实际演练场景</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>演练过程记录</translation>
    </message>
    <message>
        <source>Event or inject</source>
        <translation>注入情景或事件</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Objectives and results</source>
        <translation>演练目标达成情况</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>演练结论</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>预案修订</translation>
    </message>
    <message>
        <source>Drill summary report</source>
        <translation>演练总结报告</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>演练概况</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Drill record form</source>
        <translation>演练记录表</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>其他事件</translation>
    </message>
</context>
<context>
    <name>DrillForm</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>桌面推演</translation>
    </message>
    <message>
        <source>Hands-on drill</source>
        <translation>实操演练</translation>
    </message>
    <message>
        <source>Demonstration drill</source>
        <translation>示范演练</translation>
    </message>
</context>
<context>
    <name>DrillFromTemplateDialog</name>
    <message>
        <source>Add a Drill from a Template</source>
        <translation>从模板添加演练</translation>
    </message>
    <message>
        <source>The drill is added to the plan&apos;s drill programme and held once on the date you choose. Set the time, the place, the participants and a recurrence in the programme afterwards.</source>
        <translation>演练将添加到预案的演练计划中，并在您选定的日期举行一次。时间、地点、参演人员和重复规则可稍后在演练计划中设置。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>预案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation>首次演练日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add to the Programme</source>
        <translation>添加到演练计划(&amp;A)</translation>
    </message>
    <message>
        <source>The drill was not added</source>
        <translation>演练未添加</translation>
    </message>
    <message>
        <source>Choose the plan the drill belongs to.</source>
        <translation>请选择演练所属的预案。</translation>
    </message>
    <message>
        <source>The drill was not saved</source>
        <translation>演练未保存</translation>
    </message>
</context>
<context>
    <name>DrillItem</name>
    <message>
        <source>The drill has no title.</source>
        <translation>演练未填写名称。</translation>
    </message>
    <message>
        <source>The drill has no valid first date.</source>
        <translation>演练没有有效的首次日期。</translation>
    </message>
    <message>
        <source>A drill lasts between 1 minute and 7 days, not %1 minutes.</source>
        <translation>演练时长应在 1 分钟至 7 天之间，不能为 %1 分钟。</translation>
    </message>
    <message>
        <source>A special drill must describe the scenario it practises.</source>
        <translation>专项演练须说明所演练的场景。</translation>
    </message>
</context>
<context>
    <name>DrillItemDialog</name>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation>双击单元格或按 F2 键即可编辑。从电子表格复制的行可按 %1 粘贴。</translation>
    </message>
    <message numerus="yes">
        <source>= %n hour(s)</source>
        <translation>
            <numerusform>= %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation>= %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>New Drill</source>
        <translation>新建演练</translation>
    </message>
    <message>
        <source>Edit Drill</source>
        <translation>编辑演练</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织机构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>演练场景(&amp;S)</translation>
    </message>
    <message>
        <source>Ob&amp;jectives</source>
        <translation>演练目标(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation>重复规则(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. Ransomware on the finance systems</source>
        <translation>例如：财务系统遭勒索软件攻击</translation>
    </message>
    <message>
        <source>The drill as the programme lists it (演练项目).</source>
        <translation>演练计划中所列的演练项目。</translation>
    </message>
    <message>
        <source>&amp;Drill:</source>
        <translation>演练项目(&amp;D)：</translation>
    </message>
    <message>
        <source>What the drill is to test or train, and what it requires</source>
        <translation>演练要检验或锻炼的内容及相关要求</translation>
    </message>
    <message>
        <source>&amp;Purpose and requirements:</source>
        <translation>目的/要求(&amp;P)：</translation>
    </message>
    <message>
        <source>A tabletop exercise talks the scenario through; a hands-on drill works on real or test systems; a demonstration drill shows a rehearsed response.</source>
        <translation>桌面推演通过讨论推演场景；实操演练在真实系统或测试系统上操作；示范演练展示经过预演的处置过程。</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>演练形式(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>演练范围(&amp;C)：</translation>
    </message>
    <message>
        <source>The planned date of the first drill; the recurrence counts from it.</source>
        <translation>首次演练的计划日期，重复规则自该日起算。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How long the drill takes, in minutes.</source>
        <translation>演练持续时长，以分钟计。</translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>First d&amp;ate:</source>
        <translation>首次日期(&amp;A)：</translation>
    </message>
    <message>
        <source>The time zone of the date and start time, as calendars will show them.</source>
        <translation>日期和开始时间所用的时区，日历软件将据此显示。</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>e.g. Meeting room 3, or the disaster recovery site</source>
        <translation>例如：3 号会议室或灾备中心</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>The cost of the drill is in the &amp;budget</source>
        <translation>演练经费已纳入预算(&amp;B)</translation>
    </message>
    <message>
        <source>Next year&apos;s drill programme should be budgeted when it is drawn up.</source>
        <translation>编制下一年度演练计划时应同时落实经费预算。</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>经费：</translation>
    </message>
    <message>
        <source>e.g. IT department, security office, finance department</source>
        <translation>例如：信息技术部、安全管理处、财务部</translation>
    </message>
    <message>
        <source>The organisations or departments taking part (参演机构或部门).</source>
        <translation>参加演练的机构或部门。</translation>
    </message>
    <message>
        <source>Participating &amp;departments:</source>
        <translation>参演机构或部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Who is expected to take part; the sign-in sheet is kept in the record</source>
        <translation>预计参加演练的人员；签到表保存在演练记录中</translation>
    </message>
    <message>
        <source>Partic&amp;ipants:</source>
        <translation>参演人员(&amp;I)：</translation>
    </message>
    <message>
        <source>Drill organisatio&amp;n (teams, units and duties):</source>
        <translation>演练组织机构（小组、单位及职责）(&amp;N)：</translation>
    </message>
    <message>
        <source>Add T&amp;eam Member</source>
        <translation>添加小组成员(&amp;E)</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>删除小组成员</translation>
    </message>
    <message>
        <source>A comprehensive drill exercises the whole plan; a special drill one scenario or function.</source>
        <translation>综合演练检验整个预案；专项演练针对某一场景或某项功能。</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>演练内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Sce&amp;nario:</source>
        <translation>演练场景(&amp;N)：</translation>
    </message>
    <message>
        <source>The stages of the drill: briefing, injects, response, debriefing</source>
        <translation>演练的各个阶段：情况介绍、情景注入、应急处置、总结讲评</translation>
    </message>
    <message>
        <source>How the drill is run (演练过程安排), as the programme lists it.</source>
        <translation>演练计划中所列的演练过程安排。</translation>
    </message>
    <message>
        <source>Course of the dri&amp;ll:</source>
        <translation>演练过程安排(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Injects (minutes after the start):</source>
        <translation>情景注入（开始后的分钟数）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Add Inject</source>
        <translation>添加情景注入(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Inject</source>
        <translation>删除情景注入</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Evaluation criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Each objective is judged in the drill record as met, partly met or not met.</source>
        <translation>演练记录中将逐项评定每个演练目标为达成、部分达成或未达成。</translation>
    </message>
    <message>
        <source>Objecti&amp;ves:</source>
        <translation>演练目标(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Add Objective</source>
        <translation>添加目标(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>&amp;Evaluation criteria:</source>
        <translation>评估标准(&amp;E)：</translation>
    </message>
    <message>
        <source>Add &amp;Criterion</source>
        <translation>添加评估标准(&amp;C)</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>删除评估标准</translation>
    </message>
    <message>
        <source>The scenario the drill plays through, e.g. ransomware encrypts the file servers on a Monday morning</source>
        <translation>演练所推演的场景，例如：周一上午文件服务器遭勒索软件加密</translation>
    </message>
    <message>
        <source>Only a special drill has a scenario of its own.</source>
        <translation>只有专项演练才设有专门的演练场景。</translation>
    </message>
    <message>
        <source>The drill was not saved: %1</source>
        <translation>演练未保存：%1</translation>
    </message>
    <message>
        <source>Save the drill?</source>
        <translation>是否保存演练？</translation>
    </message>
    <message>
        <source>The drill has been changed. Save the changes?</source>
        <translation>演练已修改。是否保存更改？</translation>
    </message>
</context>
<context>
    <name>DrillOccurrenceModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练项目</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>演练形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DrillPrinting</name>
    <message>
        <source>%1 drill programme %2.pdf</source>
        <extracomment>File name of an exported drill programme: %1 the plan, %2 the year.</extracomment>
        <translation>%1 %2年度演练计划.pdf</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Export the drill programme as PDF</source>
        <translation>将演练计划导出为 PDF</translation>
    </message>
    <message>
        <source>Drill programme %1</source>
        <translation>%1年度演练计划</translation>
    </message>
    <message>
        <source>%1 work plan %2.pdf</source>
        <extracomment>File name of an exported drill work plan: %1 the drill, %2 its date.</extracomment>
        <translation>%1 演练工作方案 %2.pdf</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Export the drill work plan as PDF</source>
        <translation>将演练工作方案导出为 PDF</translation>
    </message>
    <message>
        <source>%1 record %2.pdf</source>
        <extracomment>File name of an exported drill record: %1 the drill, %2 the date it was held.</extracomment>
        <translation>%1 演练记录 %2.pdf</translation>
    </message>
    <message>
        <source>Export the drill record as PDF</source>
        <translation>将演练记录导出为 PDF</translation>
    </message>
    <message>
        <source>%1 summary report %2.pdf</source>
        <extracomment>File name of an exported drill summary report: %1 the drill, %2 the date it was held.</extracomment>
        <translation>%1 演练总结报告 %2.pdf</translation>
    </message>
    <message>
        <source>Export the drill summary report as PDF</source>
        <translation>将演练总结报告导出为 PDF</translation>
    </message>
    <message>
        <source>%1 record form %2.pdf</source>
        <extracomment>File name of a blank drill record form: %1 the drill, %2 its planned date.</extracomment>
        <translation>%1 演练记录表 %2.pdf</translation>
    </message>
    <message>
        <source>Export the blank record form as PDF</source>
        <translation>将空白演练记录表导出为 PDF</translation>
    </message>
    <message>
        <source>%1 drills.ics</source>
        <extracomment>File name of an exported drill calendar: %1 the plan.</extracomment>
        <translation>%1 演练计划.ics</translation>
    </message>
    <message>
        <source>Export the drill programme as a calendar</source>
        <translation>将演练计划导出为日历文件</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>DrillProgrammePage</name>
    <message>
        <source>← &amp;Plans</source>
        <translation>← 预案列表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar (.ics)…</source>
        <translation>导出为日历文件（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <source>Drill programme</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练项目</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>演练形式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>演练内容</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>首次日期</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>已纳入预算</translation>
    </message>
    <message>
        <source>&amp;New Drill…</source>
        <translation>新建演练(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record the Drill…</source>
        <translation>填写演练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;ancel Occurrence…</source>
        <translation>取消本次演练(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Work Plan…</source>
        <translation>演练工作方案(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Blank Record Form…</source>
        <translation>空白演练记录表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Occurrences</source>
        <translation>演练安排(&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>日历(&amp;L)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>未关闭的整改措施</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>预案修订</translation>
    </message>
    <message>
        <source>Open &amp;Record…</source>
        <translation>打开演练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Record: Print Preview…</source>
        <translation>演练记录：打印预览…</translation>
    </message>
    <message>
        <source>Record: Export as PDF…</source>
        <translation>演练记录：导出为 PDF…</translation>
    </message>
    <message>
        <source>Summary Report: Print Preview…</source>
        <translation>演练总结报告：打印预览…</translation>
    </message>
    <message>
        <source>Summary Report: Export as PDF…</source>
        <translation>演练总结报告：导出为 PDF…</translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation>无法打开预案</translation>
    </message>
    <message>
        <source>Drills — %1</source>
        <extracomment>Title of the drill page: %1 the plan&apos;s title.</extracomment>
        <translation>演练 — %1</translation>
    </message>
    <message>
        <source>The drill programme could not be read</source>
        <translation>无法读取演练计划</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The drill records could not be read</source>
        <translation>无法读取演练记录</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待修订</translation>
    </message>
    <message>
        <source>Open the &amp;Record…</source>
        <translation>打开演练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete the drill</source>
        <translation>删除演练</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its planned dates from the programme?</source>
        <translation>要从演练计划中删除“%1”及其全部计划日期吗？</translation>
    </message>
    <message>
        <source>The drill was not deleted</source>
        <translation>演练未删除</translation>
    </message>
    <message>
        <source>Cancelled drill</source>
        <translation>已取消的演练</translation>
    </message>
    <message>
        <source>This drill was cancelled; restore it before recording it.</source>
        <translation>此次演练已取消；请先恢复，再填写演练记录。</translation>
    </message>
    <message>
        <source>The drill could not be read</source>
        <translation>无法读取演练</translation>
    </message>
    <message>
        <source>The drill record could not be opened</source>
        <translation>无法打开演练记录</translation>
    </message>
    <message>
        <source>The drill record could not be read</source>
        <translation>无法读取演练记录</translation>
    </message>
    <message>
        <source>Cancel the drill</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Why is the drill of %1 cancelled? The reason is kept with the programme.</source>
        <translation>%1 的演练为何取消？取消原因将随演练计划一并保存。</translation>
    </message>
    <message>
        <source>The drill was not cancelled</source>
        <translation>演练未取消</translation>
    </message>
    <message>
        <source>The drill was not restored</source>
        <translation>演练未恢复</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message>
        <source>The drill programme was written to %1. Import it into Thunderbird, Outlook or any calendar; importing it again updates the drills instead of adding them twice.</source>
        <translation>演练计划已写入 %1。可将其导入 Thunderbird、Outlook 或其他日历软件；再次导入时将更新已有的演练，而不会重复添加。</translation>
    </message>
    <message>
        <source>Print the Pro&amp;gramme…</source>
        <translation>打印演练计划(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;xport as Template…</source>
        <translation>导出为模板(&amp;X)…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Record&amp;s</source>
        <translation>演练记录(&amp;S)</translation>
    </message>
    <message>
        <source>Declare an incident in drill mode for this drill: the same clock and reports as a real incident, every printed page marked 演练 (exercise).</source>
        <translation>以演练模式为本次演练宣布事件：计时和报告与真实事件相同，打印的每一页均标注“演练”。</translation>
    </message>
    <message>
        <source>Re&amp;hearse the Reporting…</source>
        <translation>演练事件报告(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>DrillRecord</name>
    <message>
        <source>The record does not say on which date the drill was held.</source>
        <translation>记录中未注明演练的实施日期。</translation>
    </message>
    <message>
        <source>Participant row %1 has no name.</source>
        <translation>第 %1 行参演人员未填写姓名。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a participant and their department</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Participant %1 is listed twice (rows %2 and %3).</source>
        <translation>参演人员 %1 重复列出（第 %2 行和第 %3 行）。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no description.</source>
        <translation>第 %1 项整改措施未填写内容。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no owner.</source>
        <translation>第 %1 项整改措施未指定责任人。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no due date.</source>
        <translation>第 %1 项整改措施未填写完成期限。</translation>
    </message>
    <message>
        <source>Corrective action %1 (&quot;%2&quot;) has no owner.</source>
        <translation>第 %1 项整改措施（“%2”）未指定责任人。</translation>
    </message>
    <message>
        <source>Corrective action %1 (&quot;%2&quot;) has no due date.</source>
        <translation>第 %1 项整改措施（“%2”）未填写完成期限。</translation>
    </message>
</context>
<context>
    <name>DrillRecordDialog</name>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation>双击单元格或按 F2 键即可编辑。从电子表格复制的行可按 %1 粘贴。</translation>
    </message>
    <message>
        <source>Drill Record — %1</source>
        <translation>演练记录 — %1</translation>
    </message>
    <message>
        <source>%1 — planned for %2</source>
        <translation>%1 — 计划日期 %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>预案：%1</translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation>基本情况(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参演人员(&amp;P)</translation>
    </message>
    <message>
        <source>Scenario &amp;&amp; &amp;timeline</source>
        <translation>场景与过程(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>演练目标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>总结与问题(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Corrective actions</source>
        <translation>整改措施(&amp;C)</translation>
    </message>
    <message>
        <source>Plan re&amp;vision</source>
        <translation>预案修订(&amp;V)</translation>
    </message>
    <message>
        <source>Print &amp;Record…</source>
        <translation>打印演练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the record (演练记录) as it is shown here.</source>
        <translation>按此处所示内容打印演练记录。</translation>
    </message>
    <message>
        <source>Print Su&amp;mmary Report…</source>
        <translation>打印演练总结报告(&amp;M)…</translation>
    </message>
    <message>
        <source>Print the summary report (总结报告) as it is shown here.</source>
        <translation>按此处所示内容打印演练总结报告。</translation>
    </message>
    <message>
        <source>Print B&amp;lank Form…</source>
        <translation>打印空白记录表(&amp;L)…</translation>
    </message>
    <message>
        <source>Print an empty record form of this drill, to fill in by hand during the drill.</source>
        <translation>打印本次演练的空白记录表，供演练期间手工填写。</translation>
    </message>
    <message>
        <source>The day the drill was actually held; it may differ from the planned date.</source>
        <translation>演练实际举行的日期，可能与计划日期不同。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>实施日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Plac&amp;e:</source>
        <translation>地点(&amp;E)：</translation>
    </message>
    <message>
        <source>The organisation or department that organised the drill.</source>
        <translation>组织本次演练的单位或部门。</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>组织单位(&amp;G)：</translation>
    </message>
    <message>
        <source>Who kept this record (记录人).</source>
        <translation>填写本记录的人员。</translation>
    </message>
    <message>
        <source>Recor&amp;ded by:</source>
        <translation>记录人(&amp;D)：</translation>
    </message>
    <message>
        <source>Who answers for the drill and signs the record (负责人).</source>
        <translation>对演练负责并在记录上签字的人员。</translation>
    </message>
    <message>
        <source>Respo&amp;nsible:</source>
        <translation>负责人(&amp;N)：</translation>
    </message>
    <message>
        <source>The sign-in list. A list copied from a spreadsheet (name, department, role, signed in) can be pasted: blank rows are left out and names listed twice are pointed out.</source>
        <translation>签到名单。可粘贴从电子表格复制的名单（姓名、部门、演练角色、是否签到）：空行将被略去，重复的姓名会被指出。</translation>
    </message>
    <message>
        <source>Paste L&amp;ist</source>
        <translation>粘贴名单(&amp;I)</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet below the list.</source>
        <translation>将从电子表格复制的行添加到名单末尾。</translation>
    </message>
    <message>
        <source>Participa&amp;nts:</source>
        <translation>参演人员(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation>添加参演人员(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Participant</source>
        <translation>删除参演人员(&amp;E)</translation>
    </message>
    <message>
        <source>The scenario as it was played, where it differed from the plan</source>
        <translation>实际演练的场景（如与计划不同）</translation>
    </message>
    <message>
        <source>Scenario as r&amp;un:</source>
        <translation>实际演练场景(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;imeline (what happened, what was done, by whom):</source>
        <translation>演练过程记录（发生了什么、采取了什么措施、由谁执行）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Entry</source>
        <translation>删除条目(&amp;E)</translation>
    </message>
    <message>
        <source>Judge each objective as met, partly met or not met, and say why in the comment. Objectives are not scored or averaged.</source>
        <translation>请将每个演练目标评定为达成、部分达成或未达成，并在说明中写明理由。演练目标不打分，也不计算平均分。</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>演练目标(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Add Objective</source>
        <translation>添加目标(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Objective</source>
        <translation>删除目标(&amp;E)</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>How the drill went, in a few sentences (演练概况)</source>
        <translation>用几句话概述演练情况</translation>
    </message>
    <message>
        <source>What worked and what to do differently (经验教训)</source>
        <translation>哪些做法有效，哪些需要改进</translation>
    </message>
    <message>
        <source>The overall judgement and recommendations</source>
        <translation>总体评价和建议</translation>
    </message>
    <message>
        <source>Overvie&amp;w:</source>
        <translation>演练概况(&amp;W)：</translation>
    </message>
    <message>
        <source>Lessons learne&amp;d:</source>
        <translation>经验教训(&amp;D)：</translation>
    </message>
    <message>
        <source>Conclusio&amp;n:</source>
        <translation>演练结论(&amp;N)：</translation>
    </message>
    <message>
        <source>Problems fo&amp;und:</source>
        <translation>发现的问题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add Problem</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Problem</source>
        <translation>删除问题(&amp;E)</translation>
    </message>
    <message>
        <source>Every corrective action needs an owner and a due date; it is tracked on the dashboard until it is closed.</source>
        <translation>每项整改措施都须指定责任人和完成期限；在关闭之前，它会一直显示在“需关注事项”中。</translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>添加整改措施(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation>删除整改措施(&amp;E)</translation>
    </message>
    <message>
        <source>The plan must be revise&amp;d</source>
        <translation>需修订预案(&amp;D)</translation>
    </message>
    <message>
        <source>The drill showed that the plan itself must change (更新预案).</source>
        <translation>演练表明预案本身需要更新。</translation>
    </message>
    <message>
        <source>What in the plan must change, and why</source>
        <translation>预案中哪些内容需要修改，以及原因</translation>
    </message>
    <message>
        <source>The day the revised plan was approved. Until it is set, the programme shows the revision as pending.</source>
        <translation>修订后预案的批准日期。在填写该日期之前，演练计划中将显示预案修订待完成。</translation>
    </message>
    <message>
        <source>&amp;What must change:</source>
        <translation>修订内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Revised o&amp;n:</source>
        <translation>修订日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Until the date of the revision is set, the drill programme and the dashboard show the revision as pending.</source>
        <translation>在填写修订日期之前，演练计划和“需关注事项”中将显示预案修订待完成。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste. Copy the rows in the spreadsheet first.</source>
        <translation>剪贴板中没有可粘贴的文本。请先在电子表格中复制相应的行。</translation>
    </message>
    <message>
        <source>The drill record was not saved: %1</source>
        <translation>演练记录未保存：%1</translation>
    </message>
    <message>
        <source>Save the drill record?</source>
        <translation>是否保存演练记录？</translation>
    </message>
    <message>
        <source>The drill record has been changed. Save the changes?</source>
        <translation>演练记录已修改。是否保存更改？</translation>
    </message>
</context>
<context>
    <name>DrillRepository</name>
    <message>
        <source>Could not load the drill programme</source>
        <translation>无法读取演练计划</translation>
    </message>
    <message>
        <source>Could not read drill item %1</source>
        <translation>无法读取演练项目 %1</translation>
    </message>
    <message>
        <source>There is no drill item with id %1.</source>
        <translation>不存在 ID 为 %1 的演练项目。</translation>
    </message>
    <message>
        <source>Could not load drill record %1</source>
        <translation>无法读取演练记录 %1</translation>
    </message>
    <message>
        <source>There is no drill record with id %1.</source>
        <translation>不存在 ID 为 %1 的演练记录。</translation>
    </message>
    <message>
        <source>The drill was not saved: %1</source>
        <translation>演练未保存：%1</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: %2</source>
        <translation>演练“%1”未保存：%2</translation>
    </message>
    <message>
        <source>Could not save the drill &quot;%1&quot;</source>
        <translation>无法保存演练“%1”</translation>
    </message>
    <message>
        <source>There is no drill item with id %1 any more; it may have been deleted.</source>
        <translation>ID 为 %1 的演练项目已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; belongs to another plan; a drill cannot move between plans.</source>
        <translation>演练“%1”属于另一个预案；演练不能在预案之间移动。</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: the new dates no longer include %2, which is recorded; keep that date in the programme.</source>
        <translation>演练“%1”未保存：新的日期安排中不再包含 %2，而该日期已有演练记录；请在演练计划中保留该日期。</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: the new dates no longer include %2, which was cancelled (%3); restore that date first or keep it in the programme.</source>
        <translation>演练“%1”未保存：新的日期安排中不再包含 %2，而该日期的演练已取消（%3）；请先恢复该日期，或在演练计划中保留该日期。</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: there is no plan with id %2.</source>
        <translation>演练“%1”未保存：不存在 ID 为 %2 的预案。</translation>
    </message>
    <message>
        <source>Could not delete drill item %1</source>
        <translation>无法删除演练项目 %1</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the drill of %1.</source>
        <translation>请填写取消 %1 演练的原因。</translation>
    </message>
    <message>
        <source>Could not cancel the drill of %1</source>
        <translation>无法取消 %1 的演练</translation>
    </message>
    <message>
        <source>%1 is not a planned date of the drill &quot;%2&quot;.</source>
        <translation>%1 不是演练“%2”的计划日期。</translation>
    </message>
    <message>
        <source>The drill of %1 is recorded (record %2); a drill that was held cannot be cancelled.</source>
        <translation>%1 的演练已有记录（记录 %2）；已实施的演练不能取消。</translation>
    </message>
    <message>
        <source>Could not restore the drill of %1</source>
        <translation>无法恢复 %1 的演练</translation>
    </message>
    <message>
        <source>The drill of %1 is not cancelled.</source>
        <translation>%1 的演练未被取消。</translation>
    </message>
    <message>
        <source>Could not list the drill records</source>
        <translation>无法读取演练记录列表</translation>
    </message>
    <message>
        <source>The drill record was not saved: %1</source>
        <translation>演练记录未保存：%1</translation>
    </message>
    <message>
        <source>Could not save the record of the drill of %1</source>
        <translation>无法保存 %1 演练的记录</translation>
    </message>
    <message>
        <source>The drill record was not saved: the drill &quot;%1&quot; belongs to another plan.</source>
        <translation>演练记录未保存：演练“%1”属于另一个预案。</translation>
    </message>
    <message>
        <source>The drill record was not saved: %1 is not a planned date of the drill &quot;%2&quot;.</source>
        <translation>演练记录未保存：%1 不是演练“%2”的计划日期。</translation>
    </message>
    <message>
        <source>The drill of %1 was cancelled (%2); restore it before recording it.</source>
        <translation>%1 的演练已取消（%2）；请先恢复，再填写演练记录。</translation>
    </message>
    <message>
        <source>The drill of %1 is already recorded (record %2); edit that record instead.</source>
        <translation>%1 的演练已有记录（记录 %2）；请编辑该记录。</translation>
    </message>
    <message>
        <source>The drill record was not saved: corrective action %1 does not belong to it.</source>
        <translation>演练记录未保存：ID 为 %1 的整改措施不属于该记录。</translation>
    </message>
    <message>
        <source>There is no drill record with id %1 any more; it may have been deleted.</source>
        <translation>ID 为 %1 的演练记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Could not delete drill record %1</source>
        <translation>无法删除演练记录 %1</translation>
    </message>
    <message>
        <source>Could not list the corrective actions</source>
        <translation>无法读取整改措施列表</translation>
    </message>
    <message>
        <source>Could not change corrective action %1</source>
        <translation>无法更改整改措施 %1</translation>
    </message>
    <message>
        <source>There is no corrective action with id %1.</source>
        <translation>不存在 ID 为 %1 的整改措施。</translation>
    </message>
    <message>
        <source>Could not list the revisions the drills ask for</source>
        <translation>无法读取演练提出的预案修订要求</translation>
    </message>
    <message>
        <source>Give the date the plan was revised.</source>
        <translation>请填写预案的修订日期。</translation>
    </message>
    <message>
        <source>Could not mark the plan as revised</source>
        <translation>无法将预案标记为已修订</translation>
    </message>
    <message>
        <source>Drill record %1 does not ask for a revision of the plan.</source>
        <translation>演练记录 %1 未提出预案修订要求。</translation>
    </message>
    <message>
        <source>Could not load the drill schedule</source>
        <translation>无法读取演练日程</translation>
    </message>
    <message numerus="yes">
        <source>The drill &quot;%1&quot; has %n record(s) of drills held; they are kept as evidence, so the drill cannot be deleted.</source>
        <translation>
            <numerusform>演练“%1”已有 %n 份演练记录，这些记录须作为凭证保留，因此不能删除该演练。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillScope</name>
    <message>
        <source>Within the organisation</source>
        <translation>单位内部</translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation>部门内部</translation>
    </message>
    <message>
        <source>Within the sector</source>
        <translation>行业内部</translation>
    </message>
    <message>
        <source>Across sectors</source>
        <translation>跨行业</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>地域性</translation>
    </message>
    <message>
        <source>Across regions</source>
        <translation>跨地区</translation>
    </message>
</context>
<context>
    <name>DrillTeamRole</name>
    <message>
        <source>Leading group</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>Management group</source>
        <translation>管理小组</translation>
    </message>
    <message>
        <source>Technical group</source>
        <translation>技术小组</translation>
    </message>
    <message>
        <source>Evaluation group</source>
        <translation>评估小组</translation>
    </message>
    <message>
        <source>Implementation group</source>
        <translation>实施小组</translation>
    </message>
</context>
<context>
    <name>DrillTeamTableWidget</name>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation>单位或人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
</context>
<context>
    <name>DueReportKind</name>
    <message>
        <source>Initial report</source>
        <translation>初次报告</translation>
    </message>
    <message>
        <source>Onward report</source>
        <translation>转报</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>向公安机关报案</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结报告</translation>
    </message>
</context>
<context>
    <name>DueReportState</name>
    <message>
        <source>Pending</source>
        <translation>待报送</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>仅供了解</translation>
    </message>
</context>
<context>
    <name>DueReportText</name>
    <message>
        <source>%1 d %2</source>
        <extracomment>A duration of more than a day: %1 days, %2 hours:minutes.</extracomment>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Countdown to a reporting deadline: hours:minutes left.</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <extracomment>Countdown past a reporting deadline: hours:minutes overdue.</extracomment>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 to %2: promptly</source>
        <extracomment>%1 the kind of report, %2 to whom. 及时: the law gives no minutes.</extracomment>
        <translation>%1，报送%2：及时</translation>
    </message>
    <message>
        <source>%1 to %2: within %3 days after handling ends</source>
        <extracomment>The summary report before the incident is closed. %1 the kind, %2 to whom, %3 days.</extracomment>
        <translation>%1，报送%2：事件处置结束后 %3 日内</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after handling ends</source>
        <translation>
            <numerusform>处置结束后 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after receipt, by %1</source>
        <translation>
            <numerusform>%1收到后 %n 分钟内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after discovery</source>
        <translation>
            <numerusform>发现后 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after discovery</source>
        <translation>
            <numerusform>发现后 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 by %3 (%4)</source>
        <extracomment>%1 the kind of report, %2 to whom, %3 the deadline, %4 the rule (&quot;1 hour after discovery&quot;).</extracomment>
        <translation>%1，报送%2，截止 %3（%4）</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>已于 %1 报送</translation>
    </message>
    <message>
        <source>sent late, %1</source>
        <translation>逾期报送，%1</translation>
    </message>
    <message>
        <source>for information: not the operator&apos;s to send</source>
        <translation>供参考：非本单位报送</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>应立即报送</translation>
    </message>
    <message>
        <source>due once handling ends</source>
        <translation>处置结束后计时</translation>
    </message>
</context>
<context>
    <name>FormalDocumentRenderer</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The page is too small for the document&apos;s margins.</source>
        <translation>页面过小，容纳不下文档的页边距，请选择更大的纸张。</translation>
    </message>
    <message>
        <source>Could not start writing the document.</source>
        <translation>无法开始写入文档。</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not finish writing the document.</source>
        <translation>无法完成文档写入。</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>Purpose: %1</source>
        <translation>演练目的：%1</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>演练形式：%1</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>演练内容：%1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>演练场景：%1</translation>
    </message>
    <message>
        <source>Departments taking part: %1</source>
        <translation>参演机构或部门：%1</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>演练过程安排：%1</translation>
    </message>
    <message>
        <source>Drill programme</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>%1 drill programme</source>
        <translation>%1 演练计划</translation>
    </message>
    <message>
        <source>Could not write the calendar file %1: %2.</source>
        <translation>无法写入日历文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>The incident belongs to no plan.</source>
        <translation>该事件未关联任何预案。</translation>
    </message>
    <message>
        <source>The incident does not say when it was discovered.</source>
        <translation>未填写事件的发现时间。</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation>无法识别时区“%1”。</translation>
    </message>
    <message>
        <source>The level must be one of I, II, III and IV, not &quot;%1&quot;.</source>
        <translation>事件级别应为 I、II、III、IV 之一，而不是“%1”。</translation>
    </message>
    <message>
        <source>The incident has no category.</source>
        <translation>未填写事件类别。</translation>
    </message>
    <message>
        <source>A closed incident must say when its handling ended.</source>
        <translation>已结束的事件须填写应急处置结束时间。</translation>
    </message>
    <message>
        <source>Handling cannot end before the incident was discovered.</source>
        <translation>处置结束时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>Closing an incident asks for its lessons.</source>
        <translation>结束事件时须填写经验教训。</translation>
    </message>
    <message>
        <source>An open incident has no end of handling.</source>
        <translation>处置中的事件不应有处置结束时间。</translation>
    </message>
    <message>
        <source>The police cannot have been told before the incident was discovered.</source>
        <translation>向公安机关报案的时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no description.</source>
        <translation>第 %1 项整改措施未填写内容。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no owner.</source>
        <translation>第 %1 项整改措施未填写责任人。</translation>
    </message>
    <message>
        <source>Corrective action %1 has no due date.</source>
        <translation>第 %1 项整改措施未填写完成期限。</translation>
    </message>
    <message>
        <source>Log entry %1 needs a time and an action.</source>
        <translation>第 %1 条处置记录须填写时间和处置措施。</translation>
    </message>
    <message>
        <source>Corrective action %1 is closed: say on which date.</source>
        <translation>第 %1 项整改措施已关闭：请填写关闭日期。</translation>
    </message>
    <message>
        <source>Corrective action %1 cannot have been closed before the incident was discovered.</source>
        <translation>第 %1 项整改措施的关闭日期不能早于事件的发现日期。</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <source>Show Incide&amp;nt</source>
        <translation>查看事件(&amp;N)</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <extracomment>Banner: %1 the report, %2 to whom, %3 the countdown (&quot;0:42 left&quot;) or &quot;due now&quot;.</extracomment>
        <translation>%1，报送%2：%3</translation>
    </message>
    <message>
        <source>no report is due now</source>
        <translation>当前无待报事项</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) being handled. %1 — %2</source>
        <extracomment>Banner across the window: %n incidents open; %1 the most pressing one; %2 its next report.</extracomment>
        <translation>
            <numerusform>%n 起事件正在处置。%1 — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentClassifier</name>
    <message>
        <source>level I (extraordinarily serious)</source>
        <translation>特别重大事件（I级）</translation>
    </message>
    <message>
        <source>level II (serious)</source>
        <translation>重大事件（II级）</translation>
    </message>
    <message>
        <source>level III (relatively serious)</source>
        <translation>较大事件（III级）</translation>
    </message>
    <message>
        <source>level IV (ordinary)</source>
        <translation>一般事件（IV级）</translation>
    </message>
    <message>
        <source>The CII was fully interrupted for %1 hours; %2 hours or more is %3.</source>
        <translation>关键信息基础设施整体中断运行 %1 小时；中断 %2 小时以上为%3。</translation>
    </message>
    <message>
        <source>The CII&apos;s main function was interrupted for %1 hours; %2 hours or more is %3.</source>
        <translation>关键信息基础设施主要功能中断运行 %1 小时；中断 %2 小时以上为%3。</translation>
    </message>
    <message>
        <source>Personal information of %1 people leaked; %2 or more is %3.</source>
        <translation>泄露 %1 人的个人信息；%2 人以上为%3。</translation>
    </message>
    <message>
        <source>The direct economic loss is %1 yuan; %2 yuan or more is %3.</source>
        <translation>直接经济损失 %1 元；%2 元以上为%3。</translation>
    </message>
    <message>
        <source>(This threshold is PlanDesk&apos;s reading of the grading annex and not yet verified against its text.)</source>
        <translation>（该门槛为 PlanDesk 对分级指南的理解，尚未与原文核对。）</translation>
    </message>
    <message>
        <source>No answer reaches a threshold of level III or above: %1, unless the plan&apos;s other criteria say otherwise.</source>
        <translation>所答情况均未达到较大及以上事件的门槛：建议定为%1，预案的其他分级标准另有规定的除外。</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>Use the database file PATH.</source>
        <translation>使用数据库文件 PATH。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>When the incident was discovered.</source>
        <translation>事件的发现时间。</translation>
    </message>
    <message>
        <source>yyyy-MM-ddTHH:mm</source>
        <translation>yyyy-MM-ddTHH:mm</translation>
    </message>
    <message>
        <source>The level: I, II, III or IV.</source>
        <translation>事件级别：I、II、III 或 IV。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The category code of the plan.</source>
        <translation>预案中的事件类别代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>事发地点。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The affected systems.</source>
        <translation>受影响的系统。</translation>
    </message>
    <message>
        <source>The time zone of --discovered.</source>
        <translation>--discovered 所用的时区。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>A crime is suspected.</source>
        <translation>涉嫌违法犯罪。</translation>
    </message>
    <message>
        <source>Rehearsed in a drill: every page says EXERCISE.</source>
        <translation>在演练中进行：每页均标注“演练”。</translation>
    </message>
    <message>
        <source>The affected systems of a CII operator are not CII systems.</source>
        <translation>关键信息基础设施运营者受影响的系统不属于关键信息基础设施。</translation>
    </message>
    <message>
        <source>--discovered, --level, --category, --place, --systems, --time-zone, --crime, --drill and --non-cii-system apply only to incident-open.</source>
        <translation>--discovered、--level、--category、--place、--systems、--time-zone、--crime、--drill 和 --non-cii-system 仅适用于 incident-open。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT] [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]</source>
        <translation>用法：plandesk [--db PATH] incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT] [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation>“%1”不是预案 ID；可用 list-plans 查看。</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation>无法识别时区“%1”。</translation>
    </message>
    <message>
        <source>The time of discovery must be written yyyy-MM-ddTHH:mm, not &quot;%1&quot;.</source>
        <translation>发现时间应写作 yyyy-MM-ddTHH:mm，而不是“%1”。</translation>
    </message>
    <message>
        <source>The level must be one of I, II, III and IV, not &quot;%1&quot;.</source>
        <translation>事件级别应为 I、II、III、IV 之一，而不是“%1”。</translation>
    </message>
    <message>
        <source>Incident declared; plan activated.</source>
        <translation>申报事件，启动预案。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-list</source>
        <translation>用法：plandesk [--db PATH] incident-list</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf</source>
        <translation>用法：plandesk [--db PATH] incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident id; incident-list shows them.</source>
        <translation>“%1”不是事件 ID；可用 incident-list 查看。</translation>
    </message>
    <message>
        <source>The kind of report must be initial, supplementary or summary, not &quot;%1&quot;.</source>
        <translation>报告类型应为 initial、supplementary 或 summary，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDeadlineRules</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1 does not name its source.</source>
        <translation>%1 未注明依据来源。</translation>
    </message>
    <message>
        <source>%1 names an operator profile PlanDesk does not know: &quot;%2&quot;.</source>
        <translation>%1 含有 PlanDesk 无法识别的运营者类型：“%2”。</translation>
    </message>
    <message>
        <source>%1 gives no deadline for the initial report of &quot;%2&quot;.</source>
        <translation>%1 未给出“%2”的初次报告时限。</translation>
    </message>
    <message>
        <source>%1 has no rules for &quot;%2&quot;.</source>
        <translation>%1 缺少“%2”的报告规则。</translation>
    </message>
</context>
<context>
    <name>IncidentDeadlines</name>
    <message>
        <source>Nothing is due: a level IV (ordinary) incident is not reported to the authorities; only level III (relatively serious) and above must be reported.</source>
        <translation>无须报告：一般事件（IV级）无须向主管部门报告；较大（III级）及以上事件须按规定报告。</translation>
    </message>
</context>
<context>
    <name>IncidentDocument</name>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Cybersecurity Incident Report (Initial Report)</source>
        <translation>网络安全事件报告（初次报告）</translation>
    </message>
    <message>
        <source>Cybersecurity Incident Report (Supplementary Report)</source>
        <translation>网络安全事件报告（续报）</translation>
    </message>
    <message>
        <source>Cybersecurity Incident Summary Report</source>
        <translation>网络安全事件总结报告</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Facts cannot yet be judged; to follow in a supplementary report.</source>
        <translation>情况暂无法判明，后续及时补报。</translation>
    </message>
    <message>
        <source>The cause or impact cannot yet be judged: this first report gives items 1 and 2; the others follow.</source>
        <translation>事件原因、影响等暂时无法判明，本报告先报告第一项、第二项已掌握的情况，其余事项后续补报。</translation>
    </message>
    <message>
        <source>Unit and affected system</source>
        <translation>事发单位及发生事件的系统</translation>
    </message>
    <message>
        <source>Unit and affected network or system</source>
        <translation>事发单位名称及发生事件的网络和信息系统基本情况</translation>
    </message>
    <message>
        <source>The incident so far</source>
        <translation>事件基本情况</translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>事发地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>Harm caused so far</source>
        <translation>已造成的影响和危害</translation>
    </message>
    <message>
        <source>Measures taken and their effect</source>
        <translation>已采取的应急处置措施及效果</translation>
    </message>
    <message>
        <source>Ransomware: ransom demanded</source>
        <translation>勒索软件：赎金金额</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Date of the demand</source>
        <translation>勒索日期</translation>
    </message>
    <message>
        <source>Likely development</source>
        <translation>事态发展趋势及可能造成的影响</translation>
    </message>
    <message>
        <source>Preliminary cause</source>
        <translation>初步判定的事件原因</translation>
    </message>
    <message>
        <source>Tracing leads (attacker, path, vulnerability)</source>
        <translation>溯源追踪线索（攻击者、攻击路径、漏洞等）</translation>
    </message>
    <message>
        <source>Next measures and support requested</source>
        <translation>下一步应对措施及需要支援的事项</translation>
    </message>
    <message>
        <source>Preservation of the scene</source>
        <translation>事件现场保护情况</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>其他需要报告的事项</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>事件概况</translation>
    </message>
    <message>
        <source>End of handling</source>
        <translation>处置结束时间</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>事件原因</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>应急处置措施</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation>事件危害</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>责任追究情况</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Issue and transmission</source>
        <translation>签发与报送</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>IncidentFollowUpDialog</name>
    <message>
        <source>Follow Up the Incident — %1</source>
        <translation>事件后续跟踪 — %1</translation>
    </message>
    <message>
        <source>Corrective actions (set the state, and the day each was closed):</source>
        <translation>整改措施（填写状态；已关闭的填写关闭日期）：</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>添加整改措施(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation>删除整改措施(&amp;E)</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation>双击单元格或按 F2 键即可编辑。从电子表格复制的行可按 %1 粘贴。</translation>
    </message>
    <message>
        <source>The plan was re&amp;vised on:</source>
        <translation>预案修订日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Closing asked for a revision of the plan: %1</source>
        <translation>结束处置时要求修订预案：%1</translation>
    </message>
    <message>
        <source>Closing asked for no revision of the plan.</source>
        <translation>结束处置时未要求修订预案。</translation>
    </message>
    <message>
        <source>Save the Follow-Up?</source>
        <translation>保存后续跟踪？</translation>
    </message>
    <message>
        <source>The follow-up of the incident has changed. Save it?</source>
        <translation>事件的后续跟踪已更改。是否保存？</translation>
    </message>
    <message>
        <source>The plan cannot have been revised for this incident before its handling ended.</source>
        <translation>预案的修订日期不能早于该事件结束处置的日期。</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Incidents</source>
        <translation>事件处置</translation>
    </message>
    <message>
        <source>&amp;Back to Plans</source>
        <translation>返回预案列表(&amp;B)</translation>
    </message>
    <message>
        <source>Reporting clock</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Police Told…</source>
        <translation>已报公安机关(&amp;P)…</translation>
    </message>
    <message>
        <source>Record when the public security organs were told of the suspected crime.</source>
        <translation>记录向公安机关报告涉嫌违法犯罪的时间。</translation>
    </message>
    <message>
        <source>&amp;Close Incident…</source>
        <translation>结束处置(&amp;C)…</translation>
    </message>
    <message>
        <source>End the handling: lessons, corrective actions and whether the plan must change. The summary report is then due within 30 days.</source>
        <translation>结束事件处置：填写经验教训、整改措施以及是否需要修订预案。此后 30 日内应报送总结报告。</translation>
    </message>
    <message>
        <source>De&amp;lete Incident…</source>
        <translation>删除事件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Response lo&amp;g</source>
        <translation>处置记录(&amp;G)</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>处置清单(&amp;K)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>&amp;Initial Report…</source>
        <translation>初次报告(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Supplementary Report…</source>
        <translation>续报(&amp;S)…</translation>
    </message>
    <message>
        <source>Su&amp;mmary Report…</source>
        <translation>总结报告(&amp;M)…</translation>
    </message>
    <message>
        <source>The summary report follows the end of handling: close the incident first.</source>
        <translation>总结报告在处置结束后报送：请先结束处置。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>导出 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>&amp;Add to Log</source>
        <translation>记入处置记录(&amp;A)</translation>
    </message>
    <message>
        <source>The plan&apos;s response steps for the incident&apos;s level. Tick a step when it is done; the time is noted.</source>
        <translation>预案对该级别事件规定的响应步骤。完成一步即勾选，系统记录完成时间。</translation>
    </message>
    <message>
        <source>Could not list the incidents</source>
        <translation>无法列出事件</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation>［演练］%1</translation>
    </message>
    <message>
        <source>Could not read the reports</source>
        <translation>无法读取报告</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>预案：%1</translation>
    </message>
    <message>
        <source>Discovered %1 at %2; systems: %3</source>
        <translation>发现时间 %1，地点：%2；受影响系统：%3</translation>
    </message>
    <message>
        <source>Crime suspected; police told %1.</source>
        <translation>涉嫌违法犯罪；已于 %1 报告公安机关。</translation>
    </message>
    <message>
        <source>Crime suspected; the police have not been told yet.</source>
        <translation>涉嫌违法犯罪；尚未报告公安机关。</translation>
    </message>
    <message>
        <source>Handling ended %1.</source>
        <translation>处置结束时间：%1。</translation>
    </message>
    <message>
        <source>%1 (items 1 and 2)</source>
        <translation>%1（第 1、2 项）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Done %1 %2</source>
        <translation>已完成 %1 %2</translation>
    </message>
    <message>
        <source>The plan gives no response steps for this level.</source>
        <translation>预案未规定该级别的响应步骤。</translation>
    </message>
    <message>
        <source>The incident is still being handled. Closing it asks for its lessons, the corrective actions and whether the plan must be revised.</source>
        <translation>事件仍在处置中。结束处置时需填写经验教训、整改措施以及是否需要修订预案。</translation>
    </message>
    <message>
        <source>Lessons: %1</source>
        <translation>经验教训：%1</translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>  • %1 — %2, due %3 (%4)</source>
        <translation>  • %1 — %2，%3 前完成（%4）</translation>
    </message>
    <message>
        <source>The plan must be revised: %1</source>
        <translation>需修订预案：%1</translation>
    </message>
    <message>
        <source>The plan was revised on %1.</source>
        <translation>预案已于 %1 修订。</translation>
    </message>
    <message>
        <source>promptly</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>30 days after handling ends</source>
        <translation>处置结束后 30 日内</translation>
    </message>
    <message>
        <source>Could not declare an incident</source>
        <translation>无法宣布事件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>The log entry was not added</source>
        <translation>处置记录未添加</translation>
    </message>
    <message>
        <source>The checklist was not updated</source>
        <translation>处置清单未更新</translation>
    </message>
    <message>
        <source>Police Told</source>
        <translation>已报公安机关</translation>
    </message>
    <message>
        <source>When were the public security organs told (%1)?</source>
        <translation>何时向公安机关报告（%1）？</translation>
    </message>
    <message>
        <source>Write the time as %1, not &quot;%2&quot;.</source>
        <translation>时间应写作 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>Public security organs told of the suspected crime.</source>
        <translation>已向公安机关报告涉嫌违法犯罪情况。</translation>
    </message>
    <message>
        <source>Delete the Incident?</source>
        <translation>删除该事件？</translation>
    </message>
    <message numerus="yes">
        <source>Delete this incident with its %n report(s), its response log and its corrective actions? This cannot be undone.</source>
        <translation>
            <numerusform>删除该事件及其 %n 份报告、处置记录和整改措施？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident was not deleted</source>
        <translation>事件未删除</translation>
    </message>
    <message>
        <source>Incidents, open ones first</source>
        <translation>事件（处置中的在前）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Second line of an incident in the list: %1 when discovered, %2 the plan.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Plan: %2
%3</source>
        <extracomment>Tool tip of an incident in the list: %1 what, %2 the plan, %3 open or closed.</extracomment>
        <translation>%1
预案：%2
%3</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>No incident has been declared. To declare one, select a plan in the list and choose Declare Incident on the Plan in the Incidents menu.</source>
        <translation>尚未宣布任何事件。如需宣布，请在预案列表中选中预案，然后在“事件”菜单中选择“对预案宣布事件”。</translation>
    </message>
    <message>
        <source>Mark corrective actions in progress or closed, add more, and record when the plan was revised</source>
        <translation>将整改措施标为整改中或已关闭、补充新的措施，并记录预案的修订日期</translation>
    </message>
    <message>
        <source>Cl&amp;osing</source>
        <translation>处置结果(&amp;O)</translation>
    </message>
    <message>
        <source>Follo&amp;w Up…</source>
        <translation>后续跟踪(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Only a first report may leave items 3 to 8 for later.</source>
        <translation>只有初次报告可以将第三项至第八项留待后续补报。</translation>
    </message>
    <message>
        <source>A report that was sent must name who issued it (签发人).</source>
        <translation>已报送的报告须填写签发人。</translation>
    </message>
    <message>
        <source>A report cannot be sent before it was issued.</source>
        <translation>报送时间不能早于签发时间。</translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <source>(%1) %2</source>
        <extracomment>An item of the initial report: %1 its number, %2 its wording from the measure.</extracomment>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 on the incident discovered %2</source>
        <translation>%1（事件发现时间 %2）</translation>
    </message>
    <message>
        <source>Items &amp;1–2</source>
        <translation>第一、二项(&amp;1)</translation>
    </message>
    <message>
        <source>Items &amp;3–8</source>
        <translation>第三至八项(&amp;3)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>总结(&amp;M)</translation>
    </message>
    <message>
        <source>Issue &amp;&amp; &amp;sending</source>
        <translation>签发与报送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the report as it is shown here as PDF, to sign and send.</source>
        <translation>将当前显示的报告导出为 PDF，供签发和报送。</translation>
    </message>
    <message>
        <source>Save the report?</source>
        <translation>保存报告？</translation>
    </message>
    <message>
        <source>The report has been changed. Save the changes?</source>
        <translation>报告已修改。保存修改吗？</translation>
    </message>
    <message>
        <source>&amp;Facts still unclear: report items 1 and 2 now, the rest to follow</source>
        <translation>情况尚不明确(&amp;F)：先报第一、二项，其余后续补报</translation>
    </message>
    <message>
        <source>Where the facts cannot be judged in time, a first report may carry items 1 and 2 only (Art. 7 of the Measures); the others follow in a supplementary report.</source>
        <translation>情况一时难以判明的，初次报告可先报第一、二项（《办法》第七条），其余内容在续报中补充。</translation>
    </message>
    <message>
        <source>From the declaration: discovered %1; place: %2; category: %3; level: %4.</source>
        <extracomment>Item 2 of the report: what the declaration says. %1 time, %2 place, %3 category, %4 level.</extracomment>
        <translation>取自事件宣布：发现时间 %1；地点：%2；类型：%3；级别：%4。</translation>
    </message>
    <message>
        <source>Impact and harm caused so far:</source>
        <translation>已造成的影响和危害：</translation>
    </message>
    <message>
        <source>Response measures taken and their effect:</source>
        <translation>已采取的应急处置措施及其效果：</translation>
    </message>
    <message>
        <source>Ransomware attacks only</source>
        <translation>仅限勒索软件攻击事件</translation>
    </message>
    <message>
        <source>e.g. 2 BTC</source>
        <translation>例如 2 BTC</translation>
    </message>
    <message>
        <source>Ransom &amp;demanded:</source>
        <translation>要求支付的赎金金额(&amp;D)：</translation>
    </message>
    <message>
        <source>Date of the demand:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Items 3 to 8 follow in a supplementary report: this first report carries items 1 and 2 only.</source>
        <translation>第三至八项在续报中补充：本次初次报告仅报第一、二项。</translation>
    </message>
    <message>
        <source>&amp;Cause of the incident:</source>
        <translation>事件原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken:</source>
        <translation>采取的措施(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Harm and impact:</source>
        <translation>危害和影响(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Accountability:</source>
        <translation>责任处理(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Rectification:</source>
        <translation>整改情况(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>经验教训(&amp;L)：</translation>
    </message>
    <message>
        <source>Issued &amp;by (签发人):</source>
        <translation>签发人(&amp;B)：</translation>
    </message>
    <message>
        <source>Issued &amp;at:</source>
        <translation>签发时间(&amp;A)：</translation>
    </message>
    <message>
        <source>The report has been se&amp;nt</source>
        <translation>报告已报送(&amp;N)</translation>
    </message>
    <message>
        <source>Sent a&amp;t:</source>
        <translation>报送时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Sent &amp;how:</source>
        <translation>报送方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Sent t&amp;o:</source>
        <translation>接收单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Times are in %1, the zone of the incident.</source>
        <translation>时间均为事件所在时区 %1 的时间。</translation>
    </message>
    <message>
        <source>Item 1 needs the organisation and the affected system.</source>
        <translation>第一项须填写事发单位和受影响的系统。</translation>
    </message>
    <message>
        <source>The summary report needs the cause of the incident.</source>
        <translation>总结报告须写明事件原因。</translation>
    </message>
    <message>
        <source>Say to whom the report was sent.</source>
        <translation>请填写报告的接收单位。</translation>
    </message>
    <message>
        <source>The time the report was sent lies in the future.</source>
        <translation>报送时间晚于当前时间。</translation>
    </message>
    <message>
        <source>A report cannot be sent before the incident was discovered.</source>
        <translation>报送时间不能早于事件发现时间。</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>支付方式(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>IncidentReportKind</name>
    <message>
        <source>Initial report</source>
        <translation>初次报告</translation>
    </message>
    <message>
        <source>Supplementary report</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>总结报告</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>Could not load the incidents</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>不存在 ID 为 %1 的预案。</translation>
    </message>
    <message>
        <source>The plan has no incident category &quot;%1&quot;; its categories are: %2.</source>
        <translation>预案中没有事件类别“%1”；其事件类别为：%2。</translation>
    </message>
    <message>
        <source>Could not load the incident reports</source>
        <translation>无法读取事件报告</translation>
    </message>
    <message>
        <source>Incident %1 is already declared.</source>
        <translation>事件 %1 已申报。</translation>
    </message>
    <message>
        <source>The incident was not declared: %1</source>
        <translation>未能申报事件：%1</translation>
    </message>
    <message>
        <source>A new incident is open and has no corrective actions yet.</source>
        <translation>新申报的事件应处于处置中，且尚无整改措施。</translation>
    </message>
    <message>
        <source>Could not declare the incident</source>
        <translation>无法申报事件</translation>
    </message>
    <message>
        <source>Could not count the incidents of plan %1</source>
        <translation>无法统计预案 %1 的事件</translation>
    </message>
    <message>
        <source>The incident was not saved: %1</source>
        <translation>未能保存事件：%1</translation>
    </message>
    <message>
        <source>Could not save incident %1</source>
        <translation>无法保存事件 %1</translation>
    </message>
    <message>
        <source>Incident %1 is closed; its facts stay as they were when handling ended.</source>
        <translation>事件 %1 已结束；其情况保持处置结束时的记录，不再修改。</translation>
    </message>
    <message>
        <source>An incident cannot move to another plan.</source>
        <translation>事件不能改归其他预案。</translation>
    </message>
    <message>
        <source>Could not close incident %1</source>
        <translation>无法结束事件 %1</translation>
    </message>
    <message>
        <source>Incident %1 is already closed.</source>
        <translation>事件 %1 已结束。</translation>
    </message>
    <message>
        <source>The incident was not closed: %1</source>
        <translation>未能结束事件：%1</translation>
    </message>
    <message>
        <source>Could not delete incident %1</source>
        <translation>无法删除事件 %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>未能保存报告：%1</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>The summary report follows the end of handling: close incident %1 first.</source>
        <translation>总结报告应在应急处置结束后报送：请先结束事件 %1。</translation>
    </message>
    <message>
        <source>There is no report with id %1 any more; it may have been deleted.</source>
        <translation>ID 为 %1 的报告已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>A report cannot move to another incident.</source>
        <translation>报告不能改归其他事件。</translation>
    </message>
    <message>
        <source>There is no report with id %1.</source>
        <translation>不存在 ID 为 %1 的报告。</translation>
    </message>
    <message>
        <source>Could not delete report %1</source>
        <translation>无法删除报告 %1</translation>
    </message>
    <message>
        <source>A log entry needs a time and an action.</source>
        <translation>处置记录须填写时间和处置措施。</translation>
    </message>
    <message>
        <source>Could not add to the log of incident %1</source>
        <translation>无法为事件 %1 添加处置记录</translation>
    </message>
    <message>
        <source>A step that is done needs the time it was done.</source>
        <translation>已完成的步骤须填写完成时间。</translation>
    </message>
    <message>
        <source>Could not tick the step</source>
        <translation>无法勾选该步骤</translation>
    </message>
    <message>
        <source>Incident %1 has no step %2.</source>
        <translation>事件 %1 没有第 %2 步。</translation>
    </message>
    <message>
        <source>Incident %1 asks for no plan revision.</source>
        <translation>事件 %1 未要求修订预案。</translation>
    </message>
    <message>
        <source>Could not save the follow-up of incident %1</source>
        <translation>无法保存事件 %1 的后续跟踪</translation>
    </message>
    <message>
        <source>Incident %1 is still being handled: its corrective actions come with closing it.</source>
        <translation>事件 %1 仍在处置中：整改措施在结束处置时填写。</translation>
    </message>
    <message>
        <source>The plan cannot have been revised for this incident before its handling ended.</source>
        <translation>预案的修订日期不能早于该事件结束处置的日期。</translation>
    </message>
    <message>
        <source>The follow-up was not saved: %1</source>
        <translation>后续跟踪未保存：%1</translation>
    </message>
    <message>
        <source>The follow-up was not saved: corrective action %1 does not belong to this incident.</source>
        <translation>后续跟踪未保存：整改措施 %1 不属于该事件。</translation>
    </message>
    <message>
        <source>The incident was not closed: corrective action %1 does not belong to it.</source>
        <translation>事件未结束处置：整改措施 %1 不属于该事件。</translation>
    </message>
    <message>
        <source>Could not record that the police were told of incident %1</source>
        <translation>无法记录事件 %1 已报公安机关</translation>
    </message>
    <message>
        <source>Incident %1 does not say a crime is suspected.</source>
        <translation>事件 %1 未标明涉嫌违法犯罪。</translation>
    </message>
    <message>
        <source>The police were already told of incident %1.</source>
        <translation>事件 %1 已报过公安机关。</translation>
    </message>
    <message>
        <source>The police cannot have been told in the future.</source>
        <translation>报公安机关的时间不能晚于当前时间。</translation>
    </message>
</context>
<context>
    <name>IncidentState</name>
    <message>
        <source>Open</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>%1 (Level %2)</source>
        <extracomment>A level&apos;s name and its numeral: %1 the plan&apos;s name (较大), %2 I … IV.</extracomment>
        <translation>%1（%2 级）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>An incident rehearsed in a drill, in lists and the banner.</extracomment>
        <translation>［演练］%1</translation>
    </message>
</context>
<context>
    <name>InjectTableWidget</name>
    <message>
        <source>Minutes from start</source>
        <translation>开始后分钟数</translation>
    </message>
    <message>
        <source>When the inject comes, in minutes after the drill starts</source>
        <translation>情景注入的时间，以演练开始后的分钟数计</translation>
    </message>
    <message>
        <source>Inject or event</source>
        <translation>注入情景或事件</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>预期处置</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>PlanDesk</source>
        <translation>应急预案工作台</translation>
    </message>
</context>
<context>
    <name>LevelTableWidget</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Warning colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应措施</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>Incident categories and levels</source>
        <translation>事件分类与分级</translation>
    </message>
    <message>
        <source>How incidents are classified and graded. The criteria decide which response level applies and whether an incident must be reported.</source>
        <translation>设定事件如何分类、如何分级。分级标准决定适用哪一级应急响应，以及事件是否须报告。</translation>
    </message>
    <message>
        <source>Category &amp;set:</source>
        <translation>分类标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation>事件分类</translation>
    </message>
    <message>
        <source>Incident &amp;levels:</source>
        <translation>事件分级(&amp;L)：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Enter the criteria of the level &quot;%1&quot;.</source>
        <translation>请填写“%1”级别的分级标准。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Emergency plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Plan (Guided)…</source>
        <translation>新建预案（向导）(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Plan</source>
        <translation>打开预案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete Plan…</source>
        <translation>删除预案(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>关于 PlanDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Could not list the plans</source>
        <translation>无法读取预案列表</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; created.</source>
        <translation>已创建预案“%1”。</translation>
    </message>
    <message>
        <source>The sample plan was not added</source>
        <translation>未能添加示例预案</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>关于 PlanDesk</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; created from the template.</source>
        <translation>已根据模板创建预案“%1”。</translation>
    </message>
    <message>
        <source>The template was imported into the library.</source>
        <translation>模板已导入模板库。</translation>
    </message>
    <message>
        <source>D&amp;rills</source>
        <translation>演练(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drill Programme of the Plan…</source>
        <translation>预案的演练计划(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>模板库(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>导入模板(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Plan as Template…</source>
        <translation>将预案导出为模板(&amp;E)…</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>无法生成需关注事项：%1</translation>
    </message>
    <message>
        <source>GB/T 38645-2020: update the plan after the drill</source>
        <translation>GB/T 38645-2020：根据演练结果更新预案</translation>
    </message>
    <message>
        <source>The drill held on %1 requires a revision of the plan: %2</source>
        <extracomment>Completeness panel: a drill found that the plan must change. %1 the date held, %2 what to revise.</extracomment>
        <translation>%1 举行的演练要求修订预案：%2</translation>
    </message>
    <message>
        <source>see the drill record</source>
        <translation>详见演练记录</translation>
    </message>
    <message>
        <source>Template exported to %1</source>
        <translation>模板已导出到 %1</translation>
    </message>
    <message>
        <source>PlanDesk %1

Cybersecurity incident emergency plans (Cybersecurity Law of the PRC, Art. 27; Art. 25 before the 2025 amendment) and drills (Art. 36; Art. 34 before the amendment).

Database: %2</source>
        <translation>PlanDesk %1

网络安全事件应急预案（《中华人民共和国网络安全法》第二十七条，修正前第二十五条）与应急演练（第三十六条，修正前第三十四条）工作台。

数据库：%2</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>（未命名预案）</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <extracomment>Window title: %1 the open plan, %2 the application&apos;s name; [*] marks unsaved changes.</extracomment>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Add Sa&amp;mple Plan</source>
        <translation>添加示例预案(&amp;M)</translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation>事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Declare Incident on the Plan…</source>
        <translation>对预案宣布事件(&amp;D)…</translation>
    </message>
    <message>
        <source>Activate the plan for an incident and start the reporting clock.</source>
        <translation>针对事件启动预案并开始报告计时。</translation>
    </message>
    <message>
        <source>&amp;Incidents…</source>
        <translation>事件处置(&amp;I)…</translation>
    </message>
    <message>
        <source>Lessons of an incident: revise the plan</source>
        <translation>事件的经验教训：修订预案</translation>
    </message>
    <message>
        <source>The incident whose handling ended on %1 requires a revision of the plan: %2</source>
        <extracomment>Completeness panel: closing an incident found that the plan must change. %1 the day handling ended, %2 what to revise.</extracomment>
        <translation>%1 结束处置的事件要求修订预案：%2</translation>
    </message>
</context>
<context>
    <name>NewPlanFromTemplateDialog</name>
    <message>
        <source>New Plan from a Template</source>
        <translation>从模板新建预案</translation>
    </message>
    <message>
        <source>The new plan is a draft with the template&apos;s text. Parts the template does not have come from PlanDesk&apos;s defaults; names and phone numbers are yours to fill in.</source>
        <translation>新预案为草稿，沿用模板中的文本。模板中没有的部分采用 PlanDesk 的默认内容；姓名和电话号码须由您自行填写。</translation>
    </message>
    <message>
        <source>Full name of the organisation, e.g. as on its business licence</source>
        <translation>单位全称，例如营业执照上登记的名称</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>预案名称(&amp;T)：</translation>
    </message>
    <message>
        <source>— Choose the sector —</source>
        <translation>— 请选择行业领域 —</translation>
    </message>
    <message>
        <source>CII &amp;sector:</source>
        <translation>关键信息基础设施行业领域(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>创建预案(&amp;C)</translation>
    </message>
    <message>
        <source>The plan was not created</source>
        <translation>预案未创建</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Choose the sector: a CII operator&apos;s plan names it.</source>
        <translation>请选择行业领域：关键信息基础设施运营者的预案须注明所属行业领域。</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>预案未保存</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>运营者类别(&amp;P)：</translation>
    </message>
    <message>
        <source>The template was written for another kind of operator: the plan gets the reporting chain of a CII operator instead of the template&apos;s (within 1 hour to the protection department and the public security organs).</source>
        <translation>该模板适用于其他类别的运营者：新预案不沿用模板的报告流程，改用关键信息基础设施运营者的报告流程（1小时内向保护工作部门和公安机关报告）。</translation>
    </message>
    <message>
        <source>The template was written for another kind of operator: the plan gets the reporting chain of the operator chosen instead of the template&apos;s. Check it on the Reporting chain tab.</source>
        <translation>该模板适用于其他类别的运营者：新预案不沿用模板的报告流程，改用所选运营者类别的报告流程。请在“报告流程”页核对。</translation>
    </message>
</context>
<context>
    <name>ObjectiveRating</name>
    <message>
        <source>Not judged</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>ObjectiveResultTableWidget</name>
    <message>
        <source>Objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>评定结果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>OccurrenceState</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OperatorProfile</name>
    <message>
        <source>Network operator</source>
        <translation>网络运营者</translation>
    </message>
    <message>
        <source>Critical information infrastructure operator</source>
        <translation>关键信息基础设施运营者</translation>
    </message>
    <message>
        <source>Central state organ or directly affiliated unit</source>
        <translation>中央和国家机关及其直属单位</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Leave the date unset</source>
        <translation>不设置日期</translation>
    </message>
    <message>
        <source>Set the date, starting from today</source>
        <translation>设置日期（从今天开始）</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation and operator profile</source>
        <translation>单位与运营者类别</translation>
    </message>
    <message>
        <source>Who the plan is for. The operator profile decides to whom and how fast an incident is reported.</source>
        <translation>预案适用于哪个单位。运营者类别决定事件向谁报告以及报告时限。</translation>
    </message>
    <message>
        <source>Full name of the organisation, e.g. as on its business licence</source>
        <translation>单位全称，例如营业执照上登记的名称</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Proposed from the organisation and the plan kind until you change it.</source>
        <translation>在您修改之前，根据单位名称和预案类型自动拟定。</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>预案名称(&amp;T)：</translation>
    </message>
    <message>
        <source>The language the plan document is written in. Default text that you have not changed follows it.</source>
        <translation>预案文档使用的语言。您未修改过的默认文本会随之切换。</translation>
    </message>
    <message>
        <source>Plan &amp;language:</source>
        <translation>预案语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Operator &amp;profile:</source>
        <translation>运营者类别(&amp;P)：</translation>
    </message>
    <message>
        <source>— Choose the sector —</source>
        <translation>— 请选择行业领域 —</translation>
    </message>
    <message>
        <source>CII &amp;sector:</source>
        <translation>关键信息基础设施行业领域(&amp;S)：</translation>
    </message>
    <message>
        <source>Plan &amp;kind:</source>
        <translation>预案类型(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. ransomware, data leak, website defacement</source>
        <translation>例如：勒索软件、数据泄露、网页篡改</translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation>适用场景(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional, e.g. Internal; printed on the cover</source>
        <translation>选填，例如“内部”；印在封面上</translation>
    </message>
    <message>
        <source>&amp;Confidentiality mark:</source>
        <translation>密级标识(&amp;C)：</translation>
    </message>
    <message>
        <source>First report: to %1, %2 after discovery.</source>
        <translation>首次报告：向%1报告，时限为发现后 %2。</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Enter the title of the plan.</source>
        <translation>请填写预案名称。</translation>
    </message>
    <message>
        <source>Choose the sector of the critical information infrastructure.</source>
        <translation>请选择关键信息基础设施所属的行业领域。</translation>
    </message>
    <message>
        <source>Enter the scenario that the special plan covers.</source>
        <translation>请填写专项应急预案适用的场景。</translation>
    </message>
    <message>
        <source>First report: to %1, without delay after discovery.</source>
        <translation>首次报告：发现后立即向%1报告。</translation>
    </message>
</context>
<context>
    <name>ParticipantTableWidget</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role in the drill</source>
        <translation>演练角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is listed more than once: rows %2.</source>
        <translation>%1 重复列出：第 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) left out.</source>
        <translation>
            <numerusform>已略去 %n 个空行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The header row was left out.</source>
        <translation>已略去表头行。</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>PersonalDataStripper</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan has no title.</source>
        <translation>预案未填写名称。</translation>
    </message>
    <message>
        <source>The plan does not name its organisation.</source>
        <translation>预案未填写所属单位。</translation>
    </message>
    <message>
        <source>The plan has no version.</source>
        <translation>预案未填写版本号。</translation>
    </message>
    <message>
        <source>The plan&apos;s language must be Chinese or English.</source>
        <translation>预案语言必须为中文或英文。</translation>
    </message>
    <message>
        <source>A critical information infrastructure operator must name its sector.</source>
        <translation>关键信息基础设施运营者须注明所属行业领域。</translation>
    </message>
    <message>
        <source>A special emergency plan must name the scenario it covers.</source>
        <translation>专项应急预案须注明适用场景。</translation>
    </message>
    <message>
        <source>An approved plan must name its approver.</source>
        <translation>已批准的预案须注明批准人。</translation>
    </message>
    <message>
        <source>The next review date lies before the effective date.</source>
        <translation>下次评审日期早于实施日期。</translation>
    </message>
    <message>
        <source>Section %1 has no title.</source>
        <translation>第 %1 个章节没有标题。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is nested deeper than the section before it.</source>
        <translation>章节“%1”的层级比前一章节低了不止一级。</translation>
    </message>
</context>
<context>
    <name>PlanDeletion</name>
    <message>
        <source>Delete plan</source>
        <translation>删除预案</translation>
    </message>
    <message>
        <source>Delete the plan &quot;%1&quot; with all its sections and contacts? This cannot be undone.</source>
        <translation>要删除预案“%1”及其全部章节和联系人吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The plan was not deleted</source>
        <translation>预案未删除</translation>
    </message>
    <message numerus="yes">
        <source>%n drill item(s)</source>
        <translation>
            <numerusform>%n 个演练项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled drill date(s)</source>
        <translation>
            <numerusform>%n 个已取消的演练日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill record(s)</source>
        <translation>
            <numerusform>%n 份演练记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s)</source>
        <translation>
            <numerusform>%n 项整改措施</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes its %1.</source>
        <extracomment>Delete plan: %1 lists what else goes, e.g. &quot;3 drill items and 2 drill records&quot;.</extracomment>
        <translation>同时删除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with their reports</source>
        <translation>
            <numerusform>%n 起事件及其报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDetailsForm</name>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>The language the document is written in. It is chosen when the plan is created.</source>
        <translation>文档使用的语言，在创建预案时选定。</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>文档语言：</translation>
    </message>
    <message>
        <source>&amp;Kind of plan:</source>
        <translation>预案类型(&amp;K)：</translation>
    </message>
    <message>
        <source>For a special plan: the scenario it covers, e.g. ransomware</source>
        <translation>专项应急预案适用的场景，例如：勒索软件</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>适用场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本号(&amp;V)：</translation>
    </message>
    <message>
        <source>Printed on the cover, e.g. Internal</source>
        <translation>印在封面上，例如“内部”</translation>
    </message>
    <message>
        <source>&amp;Confidentiality mark:</source>
        <translation>密级标识(&amp;C)：</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Operator &amp;profile:</source>
        <translation>运营者类别(&amp;P)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Approval and dates</source>
        <translation>审批与日期</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>In effect from:</source>
        <translation>实施日期：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次评审日期：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>CII s&amp;ector:</source>
        <translation>关键信息基础设施行业(&amp;E)：</translation>
    </message>
    <message>
        <source>Critical information infrastructure operators must also hold drills regularly (Cybersecurity Law, Art. 36(4); Art. 34(4) before the 2025 amendment).</source>
        <translation>关键信息基础设施运营者还须定期组织演练（《网络安全法》第三十六条第（四）项，修正前第三十四条第（四）项）。</translation>
    </message>
    <message>
        <source>Approve&amp;r:</source>
        <translation>批准人(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>备岗人</translation>
    </message>
    <message>
        <source>24 h duty</source>
        <translation>24 小时值守</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation>职责：%1</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>密级：%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>预案类型</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者类别</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审日期</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Warning colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Response procedure</source>
        <translation>响应措施</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>When</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>报告渠道</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation>事件分类</translation>
    </message>
    <message>
        <source>Incident levels</source>
        <translation>事件分级</translation>
    </message>
    <message>
        <source>Response by level</source>
        <translation>分级响应</translation>
    </message>
    <message>
        <source>Reporting chain</source>
        <translation>事件报告流程</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>应急联系人名单</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>an incident level&apos;s name</comment>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Promptly</source>
        <translation>及时</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan (%1)</source>
        <translation>保存预案（%1）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete Plan…</source>
        <translation>删除预案(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back to Plans</source>
        <translation>返回预案列表(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list of plans</source>
        <translation>返回预案列表</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>预案信息</translation>
    </message>
    <message>
        <source>The emergency organisation: leading group, office, technical support team, departments and outside contacts. Give every key person a phone that is answered day and night, and a deputy.</source>
        <translation>应急组织机构：应急领导小组、应急办公室、技术支撑队伍、相关部门及外部联系人。请为每位关键人员填写一个全天候有人接听的电话，并指定备岗人。</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Organisation &amp;&amp; contacts</source>
        <translation>组织机构与联系人</translation>
    </message>
    <message>
        <source>Incidents are graded by the importance of the system, the loss and the social impact. Set the criteria and the response at each level.</source>
        <translation>事件按信息系统的重要程度、系统损失和社会影响进行分级。请设定各级别的分级标准和响应措施。</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>事件分级</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>事件分类</translation>
    </message>
    <message>
        <source>Use the Default Chain for the Operator Profile</source>
        <translation>使用运营者类别对应的默认报告流程</translation>
    </message>
    <message>
        <source>Replace the chain with the deadlines that apply to the plan&apos;s operator profile (%1)</source>
        <translation>将报告流程替换为适用于本预案运营者类别（%1）的报告流程和时限</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Reporting chain</source>
        <translation>报告流程</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation>编辑章节正文</translation>
    </message>
    <message>
        <source>Edit Plan Details</source>
        <translation>编辑预案信息</translation>
    </message>
    <message>
        <source>Edit Contacts</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Edit Levels</source>
        <translation>编辑事件分级</translation>
    </message>
    <message>
        <source>Edit Categories</source>
        <translation>编辑事件分类</translation>
    </message>
    <message>
        <source>Edit Reporting Chain</source>
        <translation>编辑报告流程</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Add a section after the selected one, at the same level</source>
        <translation>在所选章节之后添加一个同级章节</translation>
    </message>
    <message>
        <source>Add Subsection</source>
        <translation>添加子章节</translation>
    </message>
    <message>
        <source>Add a section inside the selected one</source>
        <translation>在所选章节内添加一个子章节</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Edit the title of the selected section (F2)</source>
        <translation>编辑所选章节的标题（F2）</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected section and its subsections</source>
        <translation>删除所选章节及其子章节</translation>
    </message>
    <message>
        <source>Tip: rows copied from a spreadsheet can be pasted with %1.</source>
        <translation>提示：从电子表格复制的行可按 %1 粘贴到此处。</translation>
    </message>
    <message>
        <source>Categories taken from: %1 (%2)</source>
        <translation>分类依据：%1（%2）</translation>
    </message>
    <message>
        <source>The incident categories the plan lists.</source>
        <translation>本预案所列的事件类别。</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>（未命名预案）</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>新子章节</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <source>Use Default Reporting Chain</source>
        <translation>使用默认报告流程</translation>
    </message>
    <message>
        <source>The plan cannot be saved yet</source>
        <translation>预案暂时无法保存</translation>
    </message>
    <message>
        <source>Please correct the following first:</source>
        <translation>请先更正以下问题：</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>预案未保存</translation>
    </message>
    <message>
        <source>Your changes are still in the editor; nothing was lost.</source>
        <translation>您的修改仍保留在编辑器中，没有丢失。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has changes that are not saved. Save them now?</source>
        <translation>预案“%1”有尚未保存的更改。是否立即保存？</translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation>无法打开预案</translation>
    </message>
    <message>
        <source>Remove the section &quot;%1&quot;? You can undo this until you leave the editor.</source>
        <translation>删除章节“%1”？离开编辑器之前可以撤销此操作。</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; with its %n subsection(s)? You can undo this until you leave the editor.</source>
        <translation>
            <numerusform>删除章节“%1”及其 %n 个下级章节？离开编辑器之前可以撤销此操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is told, by when (counted from discovery), how and what. %1</source>
        <translation>向谁报告、何时报告（自发现时起计）、如何报告以及报告什么。%1</translation>
    </message>
</context>
<context>
    <name>PlanKind</name>
    <message>
        <source>Special emergency plan</source>
        <translation>专项应急预案</translation>
    </message>
    <message>
        <source>Comprehensive emergency plan</source>
        <translation>综合应急预案</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Title</source>
        <translation>预案名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>The review date has passed: review the plan as its plan-management clause requires (GB/T 24363, maintenance of the plan).</source>
        <translation>已过评审日期，请按本预案“预案管理”条款对预案进行评审（GB/T 24363 应急响应计划的维护）。</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Export the plan as PDF</source>
        <translation>将预案导出为 PDF</translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <extracomment>Suggested file name of an exported plan: %1 the title, %2 the version.</extracomment>
        <translation>%1 v%2.pdf</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Could not list the plans</source>
        <translation>无法读取预案列表</translation>
    </message>
    <message>
        <source>Could not load plan %1</source>
        <translation>无法读取预案 %1</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>不存在 ID 为 %1 的预案。</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>预案未保存：%1</translation>
    </message>
    <message>
        <source>Could not save the plan &quot;%1&quot;</source>
        <translation>无法保存预案“%1”</translation>
    </message>
    <message>
        <source>There is no plan with id %1 any more; it may have been deleted.</source>
        <translation>ID 为 %1 的预案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Could not delete plan %1</source>
        <translation>无法删除预案 %1</translation>
    </message>
    <message>
        <source>Could not count the drills of plan %1</source>
        <translation>无法统计预案 %1 的演练</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已废止</translation>
    </message>
</context>
<context>
    <name>PlanTableDelegate</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Promptly</source>
        <translation>及时</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>New Emergency Plan (Guided)</source>
        <translation>新建应急预案（向导）</translation>
    </message>
    <message>
        <source>Scope and principles</source>
        <translation>适用范围与工作原则</translation>
    </message>
    <message>
        <source>Why the plan exists, what it rests on, what it covers and the principles of the response. The text is a proposal: adapt it to your organisation.</source>
        <translation>编制目的、编制依据、适用范围和工作原则。以下文本仅为建议，请结合本单位实际修改。</translation>
    </message>
    <message>
        <source>Monitoring and warning</source>
        <translation>监测与预警</translation>
    </message>
    <message>
        <source>How threats are watched for, how warnings are assessed, issued, answered and lifted.</source>
        <translation>如何开展预警监测，以及预警的研判、发布、响应和解除。</translation>
    </message>
    <message>
        <source>Investigation, prevention and safeguards</source>
        <translation>调查评估、预防工作与保障措施</translation>
    </message>
    <message>
        <source>Investigation and assessment after an incident, routine prevention and drills, the resources the response relies on, and how the plan itself is managed.</source>
        <translation>事件发生后的调查与评估，日常预防与演练，应急响应所依托的保障资源，以及预案自身的管理。</translation>
    </message>
    <message>
        <source>Discard the new plan?</source>
        <translation>要放弃新建的预案吗？</translation>
    </message>
    <message>
        <source>The plan has not been saved. Discard what you have entered?</source>
        <translation>预案尚未保存。要放弃已输入的内容吗？</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>预案未保存</translation>
    </message>
</context>
<context>
    <name>ProgrammeChecker</name>
    <message>
        <source>Next year&apos;s drill programme is not ready: no drill is planned for %1; it should be finished and budgeted by December (GB/T 38645-2020).</source>
        <translation>下一年度演练计划尚未就绪：%1年度未安排任何演练；应在 12 月前完成编制并落实经费预算（GB/T 38645-2020）。</translation>
    </message>
    <message>
        <source>No comprehensive drill is held or planned from %1 to %2, a span of more than 12 months; a critical information infrastructure operator must drill regularly (Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment).</source>
        <translation>%1 至 %2 期间超过 12 个月未举行或安排综合演练；关键信息基础设施运营者须定期组织演练（《网络安全法》第三十六条第（四）项，修正前第三十四条第（四）项）。</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>The date of the first drill is set with the other times of the drill.</source>
        <translation>首次演练日期与演练的其他时间一并设置。</translation>
    </message>
    <message>
        <source>First drill:</source>
        <translation>首次演练：</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>A comprehensive drill is recommended every year, special drills as needed.</source>
        <translation>建议每年举行一次综合演练，专项演练视需要安排。</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>重复(&amp;P)：</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>每(&amp;E)：</translation>
    </message>
    <message>
        <source>Which day of the month the drill keeps. Only the choices that fall on the first drill&apos;s date are offered.</source>
        <translation>演练固定在每月的哪一天举行。仅提供与首次演练日期相符的选项。</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>The last day a drill of this series may fall on.</source>
        <translation>本系列演练可安排的最后一天。</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>共计(&amp;A)</translation>
    </message>
    <message>
        <source> occurrences</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>on day %1 (the last day in shorter months)</source>
        <translation>%1 日（天数不足的月份取当月最后一天）</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>on the 1st %1</source>
        <translation>第一个%1</translation>
    </message>
    <message>
        <source>on the 2nd %1</source>
        <translation>第二个%1</translation>
    </message>
    <message>
        <source>on the 3rd %1</source>
        <translation>第三个%1</translation>
    </message>
    <message>
        <source>on the 4th %1</source>
        <translation>第四个%1</translation>
    </message>
    <message>
        <source>on the last %1</source>
        <translation>最后一个%1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>当月最后一天</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n in all)</source>
        <translation>
            <numerusform>%1（共 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>first</source>
        <translation>第一</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四</translation>
    </message>
    <message>
        <source>The repetition needs a valid first date.</source>
        <translation>重复规则需要有效的首次日期。</translation>
    </message>
    <message>
        <source>The interval must lie between %1 and %2, not %3.</source>
        <translation>间隔必须在 %1 至 %2 之间，不能为 %3。</translation>
    </message>
    <message>
        <source>The first date %1 is not the last %2 of its month, as the repetition requires.</source>
        <translation>首次日期 %1 不是当月最后一个%2，与重复规则不符。</translation>
    </message>
    <message>
        <source>The first date %1 is not the last day of its month, as the repetition requires.</source>
        <translation>首次日期 %1 不是当月最后一天，与重复规则不符。</translation>
    </message>
    <message>
        <source>Choose either an end date or a number of occurrences, not both.</source>
        <translation>结束日期和重复次数只能选择其一，不能同时设置。</translation>
    </message>
    <message>
        <source>Choose an end date or a number of occurrences for a drill that repeats.</source>
        <translation>重复举行的演练须设置结束日期或重复次数。</translation>
    </message>
    <message>
        <source>The repetition ends on %1, before it starts on %2.</source>
        <translation>重复规则的结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>The number of occurrences must be at least 1, not %1.</source>
        <translation>重复次数至少为 1，不能为 %1。</translation>
    </message>
    <message>
        <source>The repetition gives no occurrence at all.</source>
        <translation>按此重复规则不会安排任何一次演练。</translation>
    </message>
    <message>
        <source>The repetition gives %1 occurrences; at most %2 are allowed for one drill.</source>
        <translation>按此重复规则将安排 %1 次演练；一个演练项目最多允许 %2 次。</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>每 %n 周的%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1 (the last day in shorter months)</source>
        <translation>
            <numerusform>每 %n 个月的 %1 日（天数不足的月份取当月最后一天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1</source>
        <translation>
            <numerusform>每 %n 个月的 %1 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the %1 %2</source>
        <translation>
            <numerusform>每 %n 个月的%1个%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the last %1</source>
        <translation>
            <numerusform>每 %n 个月的最后一个%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the last day of the month</source>
        <translation>
            <numerusform>每 %n 个月的最后一天</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>A QLocale date format giving a day and its month, as in &quot;29 February&quot;.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1 (%2 in common years)</source>
        <translation>
            <numerusform>每 %n 年的%1（平年为%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1</source>
        <translation>
            <numerusform>每 %n 年的%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the %1 %2 of %3</source>
        <translation>
            <numerusform>每 %n 年%3的%1个%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the last %1 of %2</source>
        <translation>
            <numerusform>每 %n 年%2的最后一个%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the last day of %1</source>
        <translation>
            <numerusform>每 %n 年%1的最后一天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1 止</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A repetition and its end, as in &quot;Every 3 months on the last Friday, 8 times&quot;.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>每周的%1</translation>
    </message>
    <message>
        <source>Every month on day %1 (the last day in shorter months)</source>
        <translation>每月 %1 日（天数不足的月份取当月最后一天）</translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <source>Every month on the %1 %2</source>
        <translation>每月的%1个%2</translation>
    </message>
    <message>
        <source>Every month on the last %1</source>
        <translation>每月的最后一个%1</translation>
    </message>
    <message>
        <source>Every month on the last day of the month</source>
        <translation>每月的最后一天</translation>
    </message>
    <message>
        <source>Every year on %1 (%2 in common years)</source>
        <translation>每年的%1（平年为%2）</translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation>每年的%1</translation>
    </message>
    <message>
        <source>Every year on the %1 %2 of %3</source>
        <translation>每年%3的%1个%2</translation>
    </message>
    <message>
        <source>Every year on the last %1 of %2</source>
        <translation>每年%2的最后一个%1</translation>
    </message>
    <message>
        <source>Every year on the last day of %1</source>
        <translation>每年%1的最后一天</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data file %1 cannot be read: %2.</source>
        <translation>无法读取参考数据文件 %1：%2。</translation>
    </message>
    <message>
        <source>The reference data file %1 is not valid JSON (at byte %2: %3).</source>
        <translation>参考数据文件 %1 不是有效的 JSON（第 %2 字节处：%3）。</translation>
    </message>
    <message>
        <source>The reference data in %1 was not used: %2 PlanDesk uses its built-in data.</source>
        <translation>未使用 %1 中的参考数据：%2 PlanDesk 将使用内置数据。</translation>
    </message>
    <message>
        <source>The reference data is incomplete: it needs four levels, a category set, reporting rules with the contents of an initial report, and the plan skeleton.</source>
        <translation>参考数据不完整：须包含四个事件级别、一套事件分类、含初次报告内容的事件报告规则和预案框架。</translation>
    </message>
</context>
<context>
    <name>ReportChannel</name>
    <message>
        <source>12387 hotline</source>
        <translation>12387 热线</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>In person or by letter</source>
        <translation>当面或书面报送</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReportingTableWidget</name>
    <message>
        <source>Report to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Time from discovery; 0 means without delay</source>
        <translation>自发现时起算的时限；0 表示立即报告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>报告渠道</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报告内容</translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <source>Response, activation and reporting</source>
        <translation>预案启动、应急响应与事件报告</translation>
    </message>
    <message>
        <source>When the plan is activated, what is done at each level, how the emergency ends, and to whom an incident is reported by when.</source>
        <translation>何时启动预案、各级别如何响应、应急如何结束，以及事件须在何时限内向谁报告。</translation>
    </message>
    <message>
        <source>Response &amp;procedure per level:</source>
        <translation>各级别响应措施(&amp;P)：</translation>
    </message>
    <message>
        <source>Reporting c&amp;hain:</source>
        <translation>报告流程(&amp;H)：</translation>
    </message>
    <message>
        <source>A&amp;dd Step</source>
        <translation>添加步骤(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>删除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;set to the Profile&apos;s Chain</source>
        <translation>恢复为运营者类别的报告流程(&amp;S)</translation>
    </message>
    <message>
        <source>You have changed the reporting chain, so it was kept when the operator profile or the plan language changed. &quot;Reset to the Profile&apos;s Chain&quot; replaces it with the chain for the current profile.</source>
        <translation>您修改过报告流程，因此更改运营者类别或预案语言时保留了您的修改。点击“恢复为运营者类别的报告流程”可将其替换为当前运营者类别对应的报告流程。</translation>
    </message>
    <message>
        <source>The reporting chain needs at least one step that names the authority to report to.</source>
        <translation>报告流程至少须有一个注明报告对象的步骤。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check the summary and the dates. Anything still missing can be completed later in the editor; Finish saves the plan as a draft.</source>
        <translation>请核对摘要和日期。尚缺的内容可稍后在编辑器中补充；点击“完成”将预案保存为草稿。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Operator profile:</source>
        <translation>运营者类别：</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Reporting steps:</source>
        <translation>报告步骤：</translation>
    </message>
    <message>
        <source>GB/T 24363 and the yearly assessment of critical information infrastructure suggest reviewing the plan at least once a year.</source>
        <translation>根据 GB/T 24363 以及关键信息基础设施每年至少一次检测评估的要求，建议每年至少评审一次预案。</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>实施日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>下次评审日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Missing elements</source>
        <translation>尚缺要素</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 with a name)</source>
        <translation>%1（其中 %2 人已填写姓名）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing the law and the standards ask for is missing.</source>
        <translation>法律和标准要求的要素均已具备。</translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n element(s). You can finish now and complete them in the editor.</source>
        <translation>
            <numerusform>尚缺 %n 项要素。您可以现在完成向导，稍后在编辑器中补全。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next review date must not be before the effective date.</source>
        <translation>下次评审日期不得早于实施日期。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Migration %1 is missing from this build of PlanDesk.</source>
        <translation>此版本的 PlanDesk 缺少数据库迁移脚本 %1，请重新安装 PlanDesk。</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>无法读取数据库迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1</source>
        <translation>无法将数据库升级到版本 %1</translation>
    </message>
    <message>
        <source>Could not record database version %1</source>
        <translation>无法记录数据库版本 %1</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not one of PlanDesk&apos;s</source>
        <translation>该文件是 SQLite 数据库，但不是 PlanDesk 数据库</translation>
    </message>
    <message>
        <source>its version cannot be read (%1)</source>
        <translation>无法读取其数据版本（%1）</translation>
    </message>
    <message>
        <source>Could not upgrade the database: %1.</source>
        <translation>无法升级数据库：%1。</translation>
    </message>
</context>
<context>
    <name>SectionEditorWidget</name>
    <message>
        <source>Section title</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <source>What this part of the plan says. Leave an empty line between paragraphs.</source>
        <translation>预案本部分的正文。段落之间请空一行。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Select a section in the outline.</source>
        <translation>请在大纲中选择一个章节。</translation>
    </message>
</context>
<context>
    <name>SectionTreeWidget</name>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Required: %1 (%2)</source>
        <extracomment>Outline tool tip of a required section without text: %1 what the plan must have, %2 the clause that asks for it.</extracomment>
        <translation>必备：%1（%2）</translation>
    </message>
    <message>
        <source>Missing section &quot;%1&quot;: %2 (%3)</source>
        <extracomment>Outline tool tip of a chapter: %1 the title of a required section it lacks, %2 what the plan must have, %3 the clause.</extracomment>
        <translation>缺少“%1”一节：%2（%3）</translation>
    </message>
    <message>
        <source>This section has no text yet.</source>
        <translation>本节尚无内容。</translation>
    </message>
    <message>
        <source>Double-click it in the list of what is still missing to add it back.</source>
        <translation>在“尚缺要素”列表中双击该项即可重新加入。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>数据库正被其他程序占用，请稍后重试</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>数据库文件为只读</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘读写失败</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a PlanDesk database</source>
        <translation>数据库文件已损坏或不是 PlanDesk 数据库</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>the data breaks a rule of the database (%1)</source>
        <translation>数据违反了数据库的约束规则（%1）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Could not start writing to the database</source>
        <translation>无法开始写入数据库</translation>
    </message>
    <message>
        <source>Could not finish writing to the database</source>
        <translation>无法完成数据库写入</translation>
    </message>
    <message>
        <source>Could not start writing to the database: an earlier step of this change failed and was undone; nothing of the change was saved.</source>
        <translation>无法开始写入数据库：本次更改的前一步骤失败，已被撤销；本次更改的任何内容均未保存。</translation>
    </message>
    <message>
        <source>Could not finish writing to the database: the change was not started.</source>
        <translation>无法完成数据库写入：本次更改尚未开始。</translation>
    </message>
    <message>
        <source>Could not finish writing to the database: an earlier step of this change failed and was undone; nothing of the change was saved.</source>
        <translation>无法完成数据库写入：本次更改的前一步骤失败，已被撤销；本次更改的任何内容均未保存。</translation>
    </message>
</context>
<context>
    <name>StrictJsonParser</name>
    <message>
        <source>The file is empty; a template is a JSON object.</source>
        <translation>文件为空；模板应为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>there is more data after the end of the JSON value</source>
        <translation>JSON 值结束后还有多余的数据</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <source>The file ends in the middle of the JSON data (line %1); it may be truncated.</source>
        <translation>文件在 JSON 数据中途结束（第 %1 行），可能不完整。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (line %1, column %2); a template must be saved as UTF-8.</source>
        <translation>文件不是有效的 UTF-8 文本（第 %1 行，第 %2 列）；模板必须以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>unexpected control character U+%1</source>
        <translation>意外的控制字符 U+%1</translation>
    </message>
    <message>
        <source>The data is nested more than %1 levels deep; a template allows at most %1.</source>
        <translation>数据嵌套超过 %1 层；模板最多允许 %1 层。</translation>
    </message>
    <message>
        <source>a digit was expected after &quot;-&quot;</source>
        <translation>“-”之后应为数字</translation>
    </message>
    <message>
        <source>a digit was expected after the decimal point</source>
        <translation>小数点之后应为数字</translation>
    </message>
    <message>
        <source>a digit was expected in the exponent</source>
        <translation>指数部分应为数字</translation>
    </message>
    <message>
        <source>the number is malformed (leading zero)</source>
        <translation>数字格式错误（以 0 开头）</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 过大</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u 之后必须是四位十六进制数字</translation>
    </message>
    <message>
        <source>a control character inside text must be written as an escape such as \n</source>
        <translation>文本中的控制字符必须写成转义序列，例如 \n</translation>
    </message>
    <message>
        <source>the escape \u%1 is half of a character (a lone surrogate)</source>
        <translation>转义序列 \u%1 只是半个字符（孤立的代理项）</translation>
    </message>
    <message>
        <source>&quot;\&quot; must be followed by one of &quot; \ / b f n r t u</source>
        <translation>“\”之后必须是以下字符之一：&quot; \ / b f n r t u</translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation>此处应为带双引号的键名</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once in the same object; each key may appear only once.</source>
        <translation>键“%1”在同一对象中出现了多次；每个键只能出现一次。</translation>
    </message>
    <message>
        <source>&quot;:&quot; was expected after the key</source>
        <translation>键名之后应为“:”</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation>此处应为“,”或“}”</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation>此处应为“,”或“]”</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n 个事件级别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n 个事件类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporting step(s)</source>
        <translation>
            <numerusform>%n 个报告步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 个演练目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n 个情景注入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation criteria</source>
        <translation>
            <numerusform>%n 条评估标准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team line(s)</source>
        <translation>
            <numerusform>%n 条小组分工</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: plandesk validate-template FILE</source>
        <translation>用法：plandesk validate-template FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); it is not a template PlanDesk can import.</source>
        <translation>
            <numerusform>%1 有 %n 个错误，不是 PlanDesk 可以导入的模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] import-template FILE</source>
        <translation>用法：plandesk [--db PATH] import-template FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported because it has %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 有 %n 个错误，未导入；未作任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 未导入；未作任何更改。</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; from version %2 to version %3.</source>
        <translation>已将“%1”从版本 %2 更新到版本 %3。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;, version %2.</source>
        <translation>已导入“%1”，版本 %2。</translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]</source>
        <translation>用法：plandesk [--db PATH] export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation>“%1”不是有效的预案 ID；可用 list-plans 查看预案 ID。</translation>
    </message>
    <message>
        <source>The plan cannot be exported as a template; nothing was written.</source>
        <translation>该预案无法导出为模板；未写入任何内容。</translation>
    </message>
    <message>
        <source>(not exported)</source>
        <translation>（未导出）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; removed</source>
        <translation>已删除%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the template to %1; %n item(s) of personal data were left out.</source>
        <translation>
            <numerusform>已将模板写入 %1；已略去 %n 项个人信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateExportDialog</name>
    <message>
        <source>Export the Plan as a Template</source>
        <translation>将预案导出为模板</translation>
    </message>
    <message>
        <source>Export the Drill as a Template</source>
        <translation>将演练导出为模板</translation>
    </message>
    <message>
        <source>A drill scenario for colleagues: the drill&apos;s content without its dates, place, recurrence or participants.</source>
        <translation>供同事使用的演练场景：包含演练内容，不含日期、地点、重复规则和参演人员。</translation>
    </message>
    <message>
        <source>A plan template for colleagues: the plan&apos;s text, levels, categories, reporting chain and roles, without dates, approval or people.</source>
        <translation>供同事使用的预案模板：包含预案正文、事件分级、事件分类、报告流程和角色，不含日期、审批信息和人员。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>What the template is for, and what a colleague should adapt</source>
        <translation>模板的用途，以及同事需要修改的地方</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional; your colleagues see it</source>
        <translation>选填；同事可以看到</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Raise the version when you send a changed template again: a colleague who imported the earlier one is offered it as an update.</source>
        <translation>再次发送修改过的模板时，请提高版本号：已导入旧版本的同事将收到更新提示。</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本号(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Keep the organisation name (%1)</source>
        <translation>保留单位名称（%1）(&amp;K)</translation>
    </message>
    <message>
        <source>Otherwise the name is replaced by {{organisation}}, which is filled in with your colleague&apos;s organisation when they use the template.</source>
        <translation>否则单位名称将替换为 {{organisation}}，同事使用该模板时会自动填入其所在单位的名称。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>PlanDesk finds the names of the plan&apos;s contacts and approver, and phone numbers and e-mail addresses by their form. Other names in free text are not recognised: read the template before you send it.</source>
        <translation>PlanDesk 会找出预案中联系人和批准人的姓名，并根据格式识别电话号码和电子邮件地址。自由文本中的其他姓名无法识别：发送模板前请通读一遍。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>No personal data was found; nothing will be removed.</source>
        <translation>未发现个人信息；不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The export removes %n piece(s) of personal data:</source>
        <translation>
            <numerusform>导出时将删除 %n 项个人信息：</numerusform>
        </translation>
    </message>
    <message>
        <source>(not exported at all)</source>
        <translation>（完全不导出）</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>（已略去）</translation>
    </message>
    <message>
        <source>The template cannot be written:</source>
        <translation>无法写入模板：</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Export as a Template</source>
        <translation>导出为模板</translation>
    </message>
    <message>
        <source>PlanDesk templates (*.json)</source>
        <translation>PlanDesk 模板 (*.json)</translation>
    </message>
    <message>
        <source>The template was not exported</source>
        <translation>模板未导出</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a Template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Import a Template — %1</source>
        <translation>导入模板 — %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s) and cannot be imported. Nothing has been changed.</source>
        <translation>
            <numerusform>文件有 %n 个错误，无法导入。未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) below: fields PlanDesk does not know are kept as they are.</source>
        <translation>
            <numerusform>下方有 %n 条提示：PlanDesk 不认识的字段将原样保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not valid, see the problems)</source>
        <translation>（无效，请查看问题列表）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>标识符：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建日期：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>The content is shown once the file has no errors.</source>
        <translation>文件没有错误后才会显示内容。</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>（整个文件）</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <extracomment>Place of a problem in a template file: %1 the JSON pointer, %2 line, %3 column.</extracomment>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The template was not imported</source>
        <translation>模板未导入</translation>
    </message>
</context>
<context>
    <name>TemplateImportPreview</name>
    <message>
        <source>The file has errors and cannot be imported.</source>
        <translation>文件有错误，无法导入。</translation>
    </message>
    <message>
        <source>This template is not in the library yet.</source>
        <translation>模板库中尚无此模板。</translation>
    </message>
    <message>
        <source>Version %1 of this template is already imported; importing it again changes nothing.</source>
        <translation>此模板的版本 %1 已导入；再次导入不会有任何变化。</translation>
    </message>
    <message>
        <source>This is version %1, an update of the imported version %2, which it will replace.</source>
        <translation>这是版本 %1，是已导入版本 %2 的更新，将替换该版本。</translation>
    </message>
    <message>
        <source>This is version %1, older than the imported version %2; it cannot be imported.</source>
        <translation>这是版本 %1，早于已导入的版本 %2；无法导入。</translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message numerus="yes">
        <source>The template was not imported because the file has %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>文件有 %n 个错误，模板未导入；未作任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not imported; nothing was changed.</source>
        <translation>模板未导入；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>TemplateInstantiator</name>
    <message>
        <source>&quot;%1&quot; is a drill scenario, not a plan template.</source>
        <translation>“%1”是演练场景，不是预案模板。</translation>
    </message>
    <message>
        <source>A plan made from a template needs the name of its organisation.</source>
        <translation>根据模板创建预案须提供单位名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plan template, not a drill scenario.</source>
        <translation>“%1”是预案模板，不是演练场景。</translation>
    </message>
    <message>
        <source>A drill made from a template needs the date it is first held.</source>
        <translation>根据模板创建演练须提供首次演练日期。</translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Drill scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>预案模板</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryPage</name>
    <message>
        <source>← &amp;Plans</source>
        <translation>← 预案列表(&amp;P)</translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation>模板库</translation>
    </message>
    <message>
        <source>Start a plan or a drill from a template, or import a template a colleague sent you. Templates hold no names, phone numbers or dates.</source>
        <translation>从模板开始编制预案或演练，或导入同事发来的模板。模板不含姓名、电话号码和日期。</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>搜索(&amp;C)：</translation>
    </message>
    <message>
        <source>Words in the title or description</source>
        <translation>名称或说明中的词语</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Create Pla&amp;n from Template…</source>
        <translation>从模板创建预案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add to a Plan&apos;s Drill Programme…</source>
        <translation>添加到预案的演练计划(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Removes an imported template from the library. Plans and drills made from it stay as they are.</source>
        <translation>从模板库中删除导入的模板。根据该模板创建的预案和演练保持不变。</translation>
    </message>
    <message>
        <source>Could not list the templates</source>
        <translation>无法读取模板列表</translation>
    </message>
    <message>
        <source>Built in</source>
        <extracomment>Origin column of the template library: a template shipped with PlanDesk.</extracomment>
        <translation>内置</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <extracomment>Origin column of the template library: %1 the date it was imported.</extracomment>
        <translation>导入于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <source>No template matches the search.</source>
        <translation>没有与搜索条件匹配的模板。</translation>
    </message>
    <message>
        <source>Could not list the plans</source>
        <translation>无法读取预案列表</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>尚无预案</translation>
    </message>
    <message>
        <source>A drill belongs to the drill programme of a plan. Create the plan first.</source>
        <translation>演练隶属于预案的演练计划。请先创建预案。</translation>
    </message>
    <message>
        <source>Import a Template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>PlanDesk templates (*.json);;All files (*)</source>
        <translation>PlanDesk 模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; (version %2) from the library? Plans and drills made from it stay as they are.</source>
        <translation>要从模板库中删除“%1”（版本 %2）吗？根据该模板创建的预案和演练保持不变。</translation>
    </message>
    <message>
        <source>The template was not deleted</source>
        <translation>模板未删除</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewText</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Built in (%1)</source>
        <translation>内置（%1）</translation>
    </message>
    <message>
        <source>Imported from %1 on %2</source>
        <extracomment>Where an imported template came from: %1 the file&apos;s name, %2 date and time of the import.</extracomment>
        <translation>于 %2 从 %1 导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>File %1, not imported yet</source>
        <translation>文件 %1，尚未导入</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <extracomment>Preview line under a template&apos;s title: %1 its kind, %2 its language, %3 its version number.</extracomment>
        <translation>%1 · %2 · 版本 %3</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>标识符：%1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建日期：%1</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>编制依据：%1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>文件的 SHA-256：%1</translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>预案类型：%1</translation>
    </message>
    <message>
        <source>Operator profile: %1</source>
        <translation>运营者类别：%1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>适用场景：%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Incident levels</source>
        <translation>事件分级</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>Preview of an incident level: %1 its code, %2 its name, %3 its warning colour.</extracomment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>分级标准：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>响应措施：</translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation>事件分类</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <extracomment>Preview of a reporting step: %1 to whom, %2 the deadline (&quot;4 hours&quot;).</extracomment>
        <translation>%1，时限 %2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>适用情形：%1</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>报告渠道：%1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>报告内容：%1</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>演练项目：%1</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>演练形式：%1</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>演练内容：%1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>演练范围：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>演练目的</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>演练过程安排</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>情景注入</translation>
    </message>
    <message>
        <source>+%1 min  %2</source>
        <extracomment>Preview of a drill inject: %1 minutes after the start, %2 what happens.</extracomment>
        <translation>+%1 分钟  %2</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>预期处置：%1</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>演练组织机构</translation>
    </message>
    <message>
        <source>%1: %2, %3 — %4</source>
        <extracomment>Preview of a drill team line: %1 the team, %2 unit or department, %3 role, %4 duty.</extracomment>
        <translation>%1：%2，%3 — %4</translation>
    </message>
    <message>
        <source>Fields PlanDesk does not know (kept as they are)</source>
        <translation>PlanDesk 不认识的字段（原样保留）</translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数值 %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值 true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空内容</translation>
    </message>
    <message>
        <source>There are more problems than listed here; only the first %1 are shown.</source>
        <translation>问题多于此处所列；仅显示前 %1 个。</translation>
    </message>
    <message>
        <source>The file holds %1, not a JSON object; it is not a PlanDesk template.</source>
        <translation>文件内容为%1，而不是 JSON 对象；它不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>The template&apos;s kind is &quot;%1&quot;, so the file needs a &quot;%1&quot; part.</source>
        <translation>模板类型为“%1”，因此文件中须有“%1”部分。</translation>
    </message>
    <message>
        <source>The template&apos;s kind is &quot;%1&quot;; a &quot;%2&quot; part does not belong in it.</source>
        <translation>模板类型为“%1”；文件中不应有“%2”部分。</translation>
    </message>
    <message>
        <source>The file has no &quot;format&quot; field, so it is not a PlanDesk template; a template has &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>文件没有“format”字段，因此不是 PlanDesk 模板；模板应包含 &quot;format&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The format %1 is not one PlanDesk reads; a template has the format &quot;%2&quot;.</source>
        <translation>格式 %1 不是 PlanDesk 可读取的格式；模板的格式应为“%2”。</translation>
    </message>
    <message>
        <source>The file has no &quot;schema_version&quot;; this PlanDesk reads templates of schema_version %1.</source>
        <translation>文件没有“schema_version”字段；此版本的 PlanDesk 读取格式版本（schema_version）为 %1 的模板。</translation>
    </message>
    <message>
        <source>schema_version must be a whole number, not %1; this PlanDesk reads schema_version %2.</source>
        <translation>schema_version 必须为整数，不能为 %1；此版本的 PlanDesk 读取 schema_version %2。</translation>
    </message>
    <message>
        <source>schema_version %1 is newer than this PlanDesk understands (%2); a newer PlanDesk is needed.</source>
        <translation>schema_version %1 比此版本的 PlanDesk 所能识别的版本（%2）更新；需要使用更新版本的 PlanDesk。</translation>
    </message>
    <message>
        <source>schema_version %1 is not a version PlanDesk knows; this PlanDesk reads schema_version %2.</source>
        <translation>schema_version %1 不是 PlanDesk 已知的版本；此版本的 PlanDesk 读取 schema_version %2。</translation>
    </message>
    <message>
        <source>This list has %1 items; at most %2 are allowed.</source>
        <translation>此列表有 %1 项；最多允许 %2 项。</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>此文本长 %1 个字符；最多允许 %2 个字符。</translation>
    </message>
    <message>
        <source>This text contains the control character U+%1; only tabs and line breaks are allowed.</source>
        <translation>此文本包含控制字符 U+%1；只允许使用制表符和换行符。</translation>
    </message>
    <message>
        <source>PlanDesk does not know the field &quot;%1&quot;; it is kept with the template but not used.</source>
        <translation>PlanDesk 不认识字段“%1”；该字段随模板保留，但不会使用。</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is null; it needs a value.</source>
        <translation>必填字段“%1”为 null；须为其提供值。</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Expected %1 here, but found %2.</source>
        <translation>此处应为%1，但实际为%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>“%1”不能为空。</translation>
    </message>
    <message>
        <source>This text is %1 characters long; &quot;%2&quot; may have at most %3.</source>
        <translation>此文本长 %1 个字符；“%2”最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>%1 is out of range; &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1 超出范围；“%2”必须为 %3 至 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is not allowed for &quot;%2&quot;; use one of %3.</source>
        <translation>“%2”不允许取值 %1；请使用以下值之一：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The identifier %1 is not valid; it must be %2 to %3 characters long and use only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;:&quot; and &quot;-&quot;.</source>
        <translation>标识符 %1 无效；长度须为 %2 至 %3 个字符，且只能包含字母、数字、“.”、“_”、“:”和“-”。</translation>
    </message>
    <message>
        <source>%1 is not allowed for &quot;language&quot;; use one of &quot;zh_CN&quot;, &quot;en&quot;.</source>
        <translation>“language”不允许取值 %1；请使用“zh_CN”或“en”。</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>A special plan template must name the scenario it covers in &quot;scenario&quot;.</source>
        <translation>专项预案模板须在“scenario”中注明适用场景。</translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as # and six hexadecimal digits, e.g. &quot;#C00000&quot;.</source>
        <translation>%1 不是颜色值；请写成 # 加六位十六进制数字，例如“#C00000”。</translation>
    </message>
    <message>
        <source>This section is nested %1 levels deep; a template allows at most %2 levels of sections.</source>
        <translation>此章节嵌套了 %1 层；模板最多允许 %2 层章节。</translation>
    </message>
    <message>
        <source>This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template.</source>
        <translation>这是 ZIP 压缩包（例如 Word 或 Excel 文件），不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a PNG image, not a PlanDesk template.</source>
        <translation>这是 PNG 图片，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a JPEG image, not a PlanDesk template.</source>
        <translation>这是 JPEG 图片，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a GIF image, not a PlanDesk template.</source>
        <translation>这是 GIF 图片，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a PDF document, not a PlanDesk template.</source>
        <translation>这是 PDF 文档，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is an old Microsoft Office document, not a PlanDesk template.</source>
        <translation>这是旧版 Microsoft Office 文档，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a gzip-compressed file, not a PlanDesk template; unpack it first.</source>
        <translation>这是 gzip 压缩文件，不是 PlanDesk 模板；请先解压。</translation>
    </message>
    <message>
        <source>This is a RAR archive, not a PlanDesk template.</source>
        <translation>这是 RAR 压缩包，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is a 7-Zip archive, not a PlanDesk template.</source>
        <translation>这是 7-Zip 压缩包，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>This is an SQLite database, not a PlanDesk template.</source>
        <translation>这是 SQLite 数据库，不是 PlanDesk 模板。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; a template must be saved as UTF-8.</source>
        <translation>文件为 UTF-16 文本；模板必须以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a template may be at most %2 bytes (2 MiB).</source>
        <translation>文件大小为 %1 字节；模板最大为 %2 字节（2 MiB）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>Could not look up the imported templates</source>
        <translation>无法查询已导入的模板</translation>
    </message>
    <message>
        <source>The stored template %1 cannot be read: %2</source>
        <translation>无法读取已存储的模板 %1：%2</translation>
    </message>
    <message>
        <source>Could not list the imported templates</source>
        <translation>无法读取已导入的模板列表</translation>
    </message>
    <message>
        <source>Could not load template %1</source>
        <translation>无法读取模板 %1</translation>
    </message>
    <message>
        <source>There is no imported template with id %1.</source>
        <translation>不存在 ID 为 %1 的已导入模板。</translation>
    </message>
    <message>
        <source>Could not import the template &quot;%1&quot;</source>
        <translation>无法导入模板“%1”</translation>
    </message>
    <message>
        <source>Version %1 of the template &quot;%2&quot; is already imported; nothing was changed.</source>
        <translation>模板“%2”的版本 %1 已导入；未作任何更改。</translation>
    </message>
    <message>
        <source>A newer version (%1) of the template &quot;%2&quot; is already imported; nothing was changed.</source>
        <translation>已导入模板“%2”的更新版本（%1）；未作任何更改。</translation>
    </message>
    <message>
        <source>Could not delete template %1</source>
        <translation>无法删除模板 %1</translation>
    </message>
</context>
<context>
    <name>TemplateWriter</name>
    <message>
        <source>Could not write the template to &quot;%1&quot;: %2.</source>
        <translation>无法将模板写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>TimelineTableWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Inject or event</source>
        <translation>注入情景或事件</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PlanDesk</source>
        <translation>欢迎使用 PlanDesk</translation>
    </message>
    <message>
        <source>New plan (guided)</source>
        <translation>新建预案（向导）</translation>
    </message>
    <message>
        <source>A step-by-step wizard, prefilled with sound default text.</source>
        <translation>分步向导，已预填规范的默认文本。</translation>
    </message>
    <message>
        <source>Open a sample plan</source>
        <translation>打开示例预案</translation>
    </message>
    <message>
        <source>A complete example plan of a fictitious data centre, to look around.</source>
        <translation>一份虚构数据中心的完整示例预案，供您浏览参考。</translation>
    </message>
    <message>
        <source>New plan from a template</source>
        <translation>从模板新建预案</translation>
    </message>
    <message>
        <source>Start from a built-in plan, such as a special plan for ransomware.</source>
        <translation>从内置预案开始编制，例如勒索软件专项应急预案。</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s template</source>
        <translation>导入同事的模板</translation>
    </message>
    <message>
        <source>A template file you were sent; you see what it holds first.</source>
        <translation>导入他人发给您的模板文件；导入前可先查看其内容。</translation>
    </message>
    <message>
        <source>Every network operator needs a cybersecurity incident emergency plan (Cybersecurity Law, Art. 27; Art. 25 before the 2025 amendment); operators of critical information infrastructure must also drill it regularly (Art. 36; Art. 34 before the amendment). PlanDesk guides you through writing it and prints it as a formal document.</source>
        <translation>网络运营者都应当制定网络安全事件应急预案（《网络安全法》第二十七条，修正前第二十五条），关键信息基础设施运营者还须定期组织演练（第三十六条，修正前第三十四条）。PlanDesk 引导您逐步编制预案，并将其输出为正式文档。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PlanDesk cannot start</source>
        <translation>PlanDesk 无法启动</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
</context>
</TS>

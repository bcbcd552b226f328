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
        <source>list-plans, export-pdf or demo</source>
        <translation>list-plans、export-pdf 或 demo</translation>
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
        <source>PlanDesk: cybersecurity incident emergency plans (Cybersecurity Law Art. 25) and drills (Art. 34).

Commands:
  list-plans                  list the plans: id, title, status, version (tab-separated)
  export-pdf PLAN_ID OUT.pdf  write a plan as a PDF document
  demo [--language en]        add a complete sample plan (Chinese unless --language en)

Without a command the window opens.</source>
        <translation>PlanDesk：网络安全事件应急预案（《网络安全法》第二十五条）与应急演练（第三十四条）工作台。

命令：
  list-plans                  列出预案：ID、名称、状态、版本（以制表符分隔）
  export-pdf PLAN_ID OUT.pdf  将预案导出为 PDF 文档
  demo [--language en]        添加一份完整的示例预案（默认为中文，指定 --language en 时为英文）

不带命令运行时打开程序窗口。</translation>
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
        <source>Add &amp;Sample Plan</source>
        <translation>添加示例预案(&amp;S)</translation>
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
        <source>PlanDesk %1

Cybersecurity incident emergency plans (Cybersecurity Law of the PRC, Art. 25) and drills (Art. 34).

Database: %2</source>
        <translation>PlanDesk %1

网络安全事件应急预案（《中华人民共和国网络安全法》第二十五条）与应急演练（第三十四条）工作台。

数据库：%2</translation>
    </message>
    <message>
        <source>PlanDesk — Incident Emergency Plans[*]</source>
        <translation>PlanDesk — 应急预案工作台[*]</translation>
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
    <name>PdfExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
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
        <source>Critical information infrastructure operators must also hold drills regularly (Cybersecurity Law, Art. 34).</source>
        <translation>关键信息基础设施运营者还须定期组织演练（《网络安全法》第三十四条）。</translation>
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
        <source>Appro&amp;ver:</source>
        <translation>批准人(&amp;V)：</translation>
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
        <source>Without delay</source>
        <translation>立即</translation>
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
        <source>The review date has passed: review the plan (GB/T 24363, Cybersecurity Law Art. 38).</source>
        <translation>已过评审日期，请对预案进行评审（GB/T 24363，《网络安全法》第三十八条）。</translation>
    </message>
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
        <source>Without delay</source>
        <translation>立即</translation>
    </message>
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
        <source>The reference data is incomplete: it needs four levels, a category set, reporting rules and the plan skeleton.</source>
        <translation>参考数据不完整：须包含四个事件级别、一套事件分类、事件报告规则和预案框架。</translation>
    </message>
    <message>
        <source>The reference data in %1 was not used: %2 PlanDesk uses its built-in data.</source>
        <translation>未使用 %1 中的参考数据：%2 PlanDesk 将使用内置数据。</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PlanDesk</source>
        <translation>欢迎使用 PlanDesk</translation>
    </message>
    <message>
        <source>Every network operator needs a cybersecurity incident emergency plan (Cybersecurity Law, Art. 25); operators of critical information infrastructure must also drill it regularly (Art. 34). PlanDesk guides you through writing it and prints it as a formal document.</source>
        <translation>网络运营者都应当制定网络安全事件应急预案（《网络安全法》第二十五条），关键信息基础设施运营者还须定期组织演练（第三十四条）。PlanDesk 引导您逐步编制预案，并将其输出为正式文档。</translation>
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

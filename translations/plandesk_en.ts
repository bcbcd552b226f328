<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CategoryTableWidget</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineRunner</name>
    <message>
        <source>Use the database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list-plans, export-pdf or demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list-plans takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-pdf PLAN_ID OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PlanDesk: cybersecurity incident emergency plans (Cybersecurity Law Art. 25) and drills (Art. 34).

Commands:
  list-plans                  list the plans: id, title, status, version (tab-separated)
  export-pdf PLAN_ID OUT.pdf  write a plan as a PDF document
  demo [--language en]        add a complete sample plan (Chinese unless --language en)

Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the sample plan made by demo: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>What the law and the standards still ask of this plan. Double-click an item to go to the part of the plan concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: the plan has every element the law and the standards ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n element(s)</source>
        <translation>
            <numerusform>Still missing: %n element</numerusform>
            <numerusform>Still missing: %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTableWidget</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who stands in when this person is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty around the clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTeam</name>
    <message>
        <source>Emergency leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Emergency organisation and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads, who coordinates and who handles incidents, and how to reach them at any hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in bold are required: they need a name and at least one phone number. Double-click a cell or press F2 to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a name and an office or mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an office or mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is required and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another PlanDesk. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder %1; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PlanDesk (data version %2; this PlanDesk reads up to %3). It was not changed; open it with the newer PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the database before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the database before upgrading it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormalDocumentRenderer</name>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for the document&apos;s margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelTableWidget</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>Incident categories and levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How incidents are classified and graded. The criteria decide which response level applies and whether an incident must be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the criteria of the level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Emergency plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan (Guided)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample plan was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk %1

Cybersecurity incident emergency plans (Cybersecurity Law of the PRC, Art. 25) and drills (Art. 34).

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk — Incident Emergency Plans[*]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorProfile</name>
    <message>
        <source>Network operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical information infrastructure operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central state organ or directly affiliated unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date, starting from today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation and operator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the plan is for. The operator profile decides to whom and how fast an incident is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the organisation, e.g. as on its business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the organisation and the plan kind until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the plan document is written in. Default text that you have not changed follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Choose the sector —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CII &amp;sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ransomware, data leak, website defacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Internal; printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report: to %1, %2 after discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sector of the critical information infrastructure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the scenario that the special plan covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report: to %1, without delay after discovery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not name its organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s language must be Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical information infrastructure operator must name its sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special emergency plan must name the scenario it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved plan must name its approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date lies before the effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is nested deeper than the section before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDeletion</name>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan &quot;%1&quot; with all its sections and contacts? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDetailsForm</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the document is written in. It is chosen when the plan is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a special plan: the scenario it covers, e.g. ransomware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the cover, e.g. Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical information infrastructure operators must also hold drills regularly (Cybersecurity Law, Art. 34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CII s&amp;ector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>an incident level&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency organisation: leading group, office, technical support team, departments and outside contacts. Give every key person a phone that is answered day and night, and a deputy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;&amp; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents are graded by the importance of the system, the loss and the social impact. Set the criteria and the response at each level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Default Chain for the Operator Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the chain with the deadlines that apply to the plan&apos;s operator profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Plan Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reporting Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after the selected one, at the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section inside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title of the selected section (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected section and its subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: rows copied from a spreadsheet can be pasted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories taken from: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident categories the plan lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Default Reporting Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the following first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still in the editor; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the section &quot;%1&quot;? You can undo this until you leave the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; with its %n subsection(s)? You can undo this until you leave the editor.</source>
        <translation>
            <numerusform>Remove the section &quot;%1&quot; with its %n subsection? You can undo this until you leave the editor.</numerusform>
            <numerusform>Remove the section &quot;%1&quot; with its %n subsections? You can undo this until you leave the editor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is told, by when (counted from discovery), how and what. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanKind</name>
    <message>
        <source>Special emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>The review date has passed: review the plan (GB/T 24363, Cybersecurity Law Art. 38).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <extracomment>Suggested file name of an exported plan: %1 the title, %2 the version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Could not list the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan with id %1 any more; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableDelegate</name>
    <message>
        <source>Without delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>New Emergency Plan (Guided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan exists, what it rests on, what it covers and the principles of the response. The text is a proposal: adapt it to your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How threats are watched for, how warnings are assessed, issued, answered and lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation, prevention and safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation and assessment after an incident, routine prevention and drills, the resources the response relies on, and how the plan itself is managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has not been saved. Discard what you have entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file %1 is not valid JSON (at byte %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data is incomplete: it needs four levels, a category set, reporting rules and the plan skeleton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data in %1 was not used: %2 PlanDesk uses its built-in data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingTableWidget</name>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from discovery; 0 means without delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePage</name>
    <message>
        <source>Response, activation and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the plan is activated, what is done at each level, how the emergency ends, and to whom an incident is reported by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;procedure per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting c&amp;hain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set to the Profile&apos;s Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed the reporting chain, so it was kept when the operator profile or the plan language changed. &quot;Reset to the Profile&apos;s Chain&quot; replaces it with the chain for the current profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting chain needs at least one step that names the authority to report to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary and the dates. Anything still missing can be completed later in the editor; Finish saves the plan as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 24363 and the yearly assessment of critical information infrastructure suggest reviewing the plan at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 with a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing the law and the standards ask for is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n element(s). You can finish now and complete them in the editor.</source>
        <translation>
            <numerusform>Still missing: %n element. You can finish now and complete it in the editor.</numerusform>
            <numerusform>Still missing: %n elements. You can finish now and complete them in the editor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next review date must not be before the effective date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Migration %1 is missing from this build of PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record database version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not one of PlanDesk&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditorWidget</name>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this part of the plan says. Leave an empty line between paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreeWidget</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged or is not a PlanDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data breaks a rule of the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network operator needs a cybersecurity incident emergency plan (Cybersecurity Law, Art. 25); operators of critical information infrastructure must also drill it regularly (Art. 34). PlanDesk guides you through writing it and prints it as a formal document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan (guided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step-by-step wizard, prefilled with sound default text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete example plan of a fictitious data centre, to look around.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PlanDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

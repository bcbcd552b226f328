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
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close the Incident — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the incident taught: what worked, what did not, what must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions (each with an owner and a due date; tracked on the dashboard):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be revise&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in the plan must change, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has not been closed. Close it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report is then due by %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary report is due: the incident is not one that must be reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling cannot end before the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of handling lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the lessons learned: closing an incident asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what in the plan must be revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling e&amp;nded at:</source>
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
    <message>
        <source>With list-drills: only the overdue drills and those due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export-template: keep the organisation&apos;s name instead of the {{organisation}} placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With export-template: the template&apos;s version (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due applies only to list-drills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-organisation and --template-version apply only to export-template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template version must be a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The section &quot;%1&quot; is missing.</source>
        <extracomment>Completeness panel: a required section the plan does not have; %1 its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to add the section back with its default text.</source>
        <translation type="unfinished"></translation>
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
    <name>CorrectiveActionRows</name>
    <message>
        <source>%1: corrective action %2 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveActionState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveActionTableWidget</name>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue drills (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills due within 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions past their due date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans past their review date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill programme warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A corrective action on the dashboard: %1 what is to be done, %2 its owner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the drill &quot;%1&quot; held on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revisions pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise the plan: %1</source>
        <extracomment>Dashboard: a drill asked for a revision of the plan; %1 what must change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the drill record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the drill &quot;%1&quot; held on %2. Double-click to open the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the incident whose handling ended on %1. Double-click to open the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — handling ended %2</source>
        <extracomment>Dashboard: an incident; %1 its level and category, %2 when handling ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — being handled</source>
        <extracomment>Dashboard: an incident still open; %1 its level and category.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered %1 at %2. Double-click to open the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unstated place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action: %1 — %2 (%3)</source>
        <extracomment>Dashboard, under an incident: %1 what is to be done, %2 its owner, %3 open / in progress.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <extracomment>Dashboard, under an incident: %1 the report, %2 to whom, %3 the countdown (&quot;0:42 left&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the incident</source>
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
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare an Incident — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaring an incident activates the plan (Cybersecurity Law Art. 27; Art. 25 before the 2025 amendment) and starts the reporting clock of the Measures for Reporting Cybersecurity Incidents from the time of discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has not been declared yet. Declare it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a d&amp;rill: every printed page says 演练 (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disco&amp;vered at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected &amp;systems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;crime is suspected: tell the police promptly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;II systems are affected (else the ordinary 4-hour route applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me grade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what is known (leave the rest empty); PlanDesk suggests the level the grading annex&apos;s thresholds give. Harm to national security or to important data is not counted: you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CII fully interrupted (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CII main function interrupted (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose personal information leaked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct economic loss (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggest a Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan gives no criteria for this level.</source>
        <extracomment>The plan&apos;s grading criteria of the level chosen. %1 the criteria.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lists no incident categories: add them in the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan defines no incident levels: add them in the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the incident happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the affected systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of discovery lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill incident declared; plan activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared; plan activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse an Incident — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
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
</context>
<context>
    <name>DrillCalendarWidget</name>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill on %1</source>
        <extracomment>Calendar: heading of the list of the selected day&apos;s drills; %1 the date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Calendar: a drill of a day in the cell, tool tip and list; %1 its name, %2 its state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillCommands</name>
    <message>
        <source>Usage: plandesk [--db PATH] list-drills [--due]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-drill-programme PLAN_ID YEAR OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from %2 to %3.</source>
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
        <source>Usage: plandesk [--db PATH] export-drill-record RECORD_ID OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drill record id; list-drills shows them in its last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-ics PLAN_ID OUT.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n drill(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n drill to %1.</numerusform>
            <numerusform>Wrote %n drills to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillContent</name>
    <message>
        <source>Comprehensive drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDayCalendar</name>
    <message numerus="yes">
        <source>+ %n more drill(s)</source>
        <translation>
            <numerusform>+ %n more drill</numerusform>
            <numerusform>+ %n more drills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDocument</name>
    <message>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity incident emergency drill programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose / requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations or departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds in the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario as run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillForm</name>
    <message>
        <source>Tabletop exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillFromTemplateDialog</name>
    <message>
        <source>Add a Drill from a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill is added to the plan&apos;s drill programme and held once on the date you choose. Set the time, the place, the participants and a recurrence in the programme afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan the drill belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillItem</name>
    <message>
        <source>The drill has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill has no valid first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill lasts between 1 minute and 7 days, not %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special drill must describe the scenario it practises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillItemDialog</name>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>= %n hour(s)</source>
        <translation>
            <numerusform>= %n hour</numerusform>
            <numerusform>= %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ransomware on the finance systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill as the programme lists it (演练项目).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the drill is to test or train, and what it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose and requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tabletop exercise talks the scenario through; a hands-on drill works on real or test systems; a demonstration drill shows a rehearsed response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date of the first drill; the recurrence counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the drill takes, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the date and start time, as calendars will show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Meeting room 3, or the disaster recovery site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of the drill is in the &amp;budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year&apos;s drill programme should be budgeted when it is drawn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IT department, security office, finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations or departments taking part (参演机构或部门).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating &amp;departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is expected to take part; the sign-in sheet is kept in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partic&amp;ipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill organisatio&amp;n (teams, units and duties):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add T&amp;eam Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comprehensive drill exercises the whole plan; a special drill one scenario or function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of the drill: briefing, injects, response, debriefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the drill is run (演练过程安排), as the programme lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of the dri&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injects (minutes after the start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each objective is judged in the drill record as met, partly met or not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objecti&amp;ves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario the drill plays through, e.g. ransomware encrypts the file servers on a Monday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a special drill has a scenario of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill has been changed. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillOccurrenceModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillPrinting</name>
    <message>
        <source>%1 drill programme %2.pdf</source>
        <extracomment>File name of an exported drill programme: %1 the plan, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill programme as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work plan %2.pdf</source>
        <extracomment>File name of an exported drill work plan: %1 the drill, %2 its date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill work plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2.pdf</source>
        <extracomment>File name of an exported drill record: %1 the drill, %2 the date it was held.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 summary report %2.pdf</source>
        <extracomment>File name of an exported drill summary report: %1 the drill, %2 the date it was held.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill summary report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record form %2.pdf</source>
        <extracomment>File name of a blank drill record form: %1 the drill, %2 its planned date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the blank record form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drills.ics</source>
        <extracomment>File name of an exported drill calendar: %1 the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the drill programme as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillProgrammePage</name>
    <message>
        <source>← &amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Record Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary Report: Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary Report: Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills — %1</source>
        <extracomment>Title of the drill page: %1 the plan&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill programme could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill records could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its planned dates from the programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drill was cancelled; restore it before recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the drill of %1 cancelled? The reason is kept with the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill programme was written to %1. Import it into Thunderbird, Outlook or any calendar; importing it again updates the drills instead of adding them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Pro&amp;gramme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an incident in drill mode for this drill: the same clock and reports as a real incident, every printed page marked 演练 (exercise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;hearse the Reporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRecord</name>
    <message>
        <source>The record does not say on which date the drill was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant row %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a participant and their department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 is listed twice (rows %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 (&quot;%2&quot;) has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 (&quot;%2&quot;) has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRecordDialog</name>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill Record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — planned for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;&amp; &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan re&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the record (演练记录) as it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Su&amp;mmary Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary report (总结报告) as it is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print B&amp;lank Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an empty record form of this drill, to fill in by hand during the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the drill was actually held; it may differ from the planned date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plac&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation or department that organised the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who kept this record (记录人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;ded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers for the drill and signs the record (负责人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respo&amp;nsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in list. A list copied from a spreadsheet (name, department, role, signed in) can be pasted: blank rows are left out and names listed twice are pointed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste L&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participa&amp;nts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario as it was played, where it differed from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario as r&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline (what happened, what was done, by whom):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge each objective as met, partly met or not met, and say why in the comment. Objectives are not scored or averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the drill went, in a few sentences (演练概况)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked and what to do differently (经验教训)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall judgement and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overvie&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learne&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems fo&amp;und:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every corrective action needs an owner and a due date; it is tracked on the dashboard until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be revise&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill showed that the plan itself must change (更新预案).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in the plan must change, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the revised plan was approved. Until it is set, the programme shows the revision as pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What must change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the date of the revision is set, the drill programme and the dashboard show the revision as pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste. Copy the rows in the spreadsheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drill record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record has been changed. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRepository</name>
    <message>
        <source>Could not load the drill programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read drill item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load drill record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the drill &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill item with id %1 any more; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; belongs to another plan; a drill cannot move between plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: the new dates no longer include %2, which is recorded; keep that date in the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: the new dates no longer include %2, which was cancelled (%3); restore that date first or keep it in the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; was not saved: there is no plan with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete drill item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for cancelling the drill of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a planned date of the drill &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill of %1 is recorded (record %2); a drill that was held cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill of %1 is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the drill records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the record of the drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record was not saved: the drill &quot;%1&quot; belongs to another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record was not saved: %1 is not a planned date of the drill &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill of %1 was cancelled (%2); restore it before recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill of %1 is already recorded (record %2); edit that record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill record was not saved: corrective action %1 does not belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drill record with id %1 any more; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete drill record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change corrective action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no corrective action with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the revisions the drills ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the plan was revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the plan as revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill record %1 does not ask for a revision of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the drill schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The drill &quot;%1&quot; has %n record(s) of drills held; they are kept as evidence, so the drill cannot be deleted.</source>
        <translation>
            <numerusform>The drill &quot;%1&quot; has %n record of a drill held; it is kept as evidence, so the drill cannot be deleted.</numerusform>
            <numerusform>The drill &quot;%1&quot; has %n records of drills held; they are kept as evidence, so the drill cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillScope</name>
    <message>
        <source>Within the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillTeamRole</name>
    <message>
        <source>Leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillTeamTableWidget</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReportKind</name>
    <message>
        <source>Initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReportState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReportText</name>
    <message>
        <source>%1 d %2</source>
        <extracomment>A duration of more than a day: %1 days, %2 hours:minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Countdown to a reporting deadline: hours:minutes left.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <extracomment>Countdown past a reporting deadline: hours:minutes overdue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: promptly</source>
        <extracomment>%1 the kind of report, %2 to whom. 及时: the law gives no minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: within %3 days after handling ends</source>
        <extracomment>The summary report before the incident is closed. %1 the kind, %2 to whom, %3 days.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after handling ends</source>
        <translation>
            <numerusform>%n day after handling ends</numerusform>
            <numerusform>%n days after handling ends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after receipt, by %1</source>
        <translation>
            <numerusform>%n minute after receipt, by %1</numerusform>
            <numerusform>%n minutes after receipt, by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after discovery</source>
        <translation>
            <numerusform>%n hour after discovery</numerusform>
            <numerusform>%n hours after discovery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after discovery</source>
        <translation>
            <numerusform>%n minute after discovery</numerusform>
            <numerusform>%n minutes after discovery</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 by %3 (%4)</source>
        <extracomment>%1 the kind of report, %2 to whom, %3 the deadline, %4 the rule (&quot;1 hour after discovery&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent late, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for information: not the operator&apos;s to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due once handling ends</source>
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
    <name>IcsExporter</name>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments taking part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drill programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendar file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>The incident belongs to no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident does not say when it was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be one of I, II, III and IV, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed incident must say when its handling ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling cannot end before the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an incident asks for its lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open incident has no end of handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police cannot have been told before the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entry %1 needs a time and an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 is closed: say on which date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 cannot have been closed before the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <source>Show Incide&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <extracomment>Banner: %1 the report, %2 to whom, %3 the countdown (&quot;0:42 left&quot;) or &quot;due now&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) being handled. %1 — %2</source>
        <extracomment>Banner across the window: %n incidents open; %1 the most pressing one; %2 its next report.</extracomment>
        <translation>
            <numerusform>%n incident being handled. %1 — %2</numerusform>
            <numerusform>%n incidents being handled. %1 — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentClassifier</name>
    <message>
        <source>level I (extraordinarily serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level II (serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level III (relatively serious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level IV (ordinary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CII was fully interrupted for %1 hours; %2 hours or more is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CII&apos;s main function was interrupted for %1 hours; %2 hours or more is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information of %1 people leaked; %2 or more is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct economic loss is %1 yuan; %2 yuan or more is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This threshold is PlanDesk&apos;s reading of the grading annex and not yet verified against its text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer reaches a threshold of level III or above: %1, unless the plan&apos;s other criteria say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>Use the database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-ddTHH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level: I, II, III or IV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category code of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of --discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crime is suspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsed in a drill: every page says EXERCISE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected systems of a CII operator are not CII systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--discovered, --level, --category, --place, --systems, --time-zone, --crime, --drill and --non-cii-system apply only to incident-open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-open PLAN_ID --discovered yyyy-MM-ddTHH:mm --level III --category CODE [--place TEXT] [--systems TEXT] [--crime] [--drill] [--non-cii-system] [--time-zone ZONE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of discovery must be written yyyy-MM-ddTHH:mm, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be one of I, II, III and IV, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared; plan activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] incident-report INCIDENT_ID initial|supplementary|summary OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident id; incident-list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of report must be initial, supplementary or summary, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDeadlineRules</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an operator profile PlanDesk does not know: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no deadline for the initial report of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rules for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDeadlines</name>
    <message>
        <source>Nothing is due: a level IV (ordinary) incident is not reported to the authorities; only level III (relatively serious) and above must be reported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDocument</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity Incident Report (Initial Report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity Incident Report (Supplementary Report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity Incident Summary Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts cannot yet be judged; to follow in a supplementary report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause or impact cannot yet be judged: this first report gives items 1 and 2; the others follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and affected system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and affected network or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm caused so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken and their effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware: ransom demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing leads (attacker, path, vulnerability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next measures and support requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preservation of the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFollowUpDialog</name>
    <message>
        <source>Follow Up the Incident — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions (set the state, and the day each was closed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it. Rows copied from a spreadsheet can be pasted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was re&amp;vised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing asked for a revision of the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing asked for no revision of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Follow-Up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of the incident has changed. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot have been revised for this incident before its handling ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police Told…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the public security organs were told of the suspected crime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the handling: lessons, corrective actions and whether the plan must change. The summary report is then due within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplementary Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report follows the end of handling: close the incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s response steps for the incident&apos;s level. Tick a step when it is done; the time is noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered %1 at %2; systems: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime suspected; police told %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime suspected; the police have not been told yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (items 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan gives no response steps for this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is still being handled. Closing it asks for its lessons, the corrective actions and whether the plan must be revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  • %1 — %2, due %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be revised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was revised on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promptly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days after handling ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not declare an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log entry was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When were the public security organs told (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public security organs told of the suspected crime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete this incident with its %n report(s), its response log and its corrective actions? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this incident with its %n report, its response log and its corrective actions? This cannot be undone.</numerusform>
            <numerusform>Delete this incident with its %n reports, its response log and its corrective actions? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents, open ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Second line of an incident in the list: %1 when discovered, %2 the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Plan: %2
%3</source>
        <extracomment>Tool tip of an incident in the list: %1 what, %2 the plan, %3 open or closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident has been declared. To declare one, select a plan in the list and choose Declare Incident on the Plan in the Incidents menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark corrective actions in progress or closed, add more, and record when the plan was revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;osing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w Up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Only a first report may leave items 3 to 8 for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report that was sent must name who issued it (签发人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be sent before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <source>(%1) %2</source>
        <extracomment>An item of the initial report: %1 its number, %2 its wording from the measure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the incident discovered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items &amp;1–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items &amp;3–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;&amp; &amp;sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as it is shown here as PDF, to sign and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has been changed. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts still unclear: report items 1 and 2 now, the rest to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the facts cannot be judged in time, a first report may carry items 1 and 2 only (Art. 7 of the Measures); the others follow in a supplementary report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the declaration: discovered %1; place: %2; category: %3; level: %4.</source>
        <extracomment>Item 2 of the report: what the declaration says. %1 time, %2 place, %3 category, %4 level.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact and harm caused so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response measures taken and their effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware attacks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 BTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransom &amp;demanded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items 3 to 8 follow in a supplementary report: this first report carries items 1 and 2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause of the incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures ta&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Harm and impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accountability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;by (签发人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has been se&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1, the zone of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 1 needs the organisation and the affected system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report needs the cause of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom the report was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the report was sent lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be sent before the incident was discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReportKind</name>
    <message>
        <source>Initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>Could not load the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no incident category &quot;%1&quot;; its categories are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the incident reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new incident is open and has no corrective actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not declare the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the incidents of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is closed; its facts stay as they were when handling ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot move to another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report follows the end of handling: close incident %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report with id %1 any more; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot move to another incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log entry needs a time and an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add to the log of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that is done needs the time it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tick the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 asks for no plan revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the follow-up of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is still being handled: its corrective actions come with closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot have been revised for this incident before its handling ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not saved: corrective action %1 does not belong to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not closed: corrective action %1 does not belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the police were told of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 does not say a crime is suspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police were already told of incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police cannot have been told in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentState</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentWording</name>
    <message>
        <source>%1 (Level %2)</source>
        <extracomment>A level&apos;s name and its numeral: %1 the plan&apos;s name (较大), %2 I … IV.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>An incident rehearsed in a drill, in lists and the banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectTableWidget</name>
    <message>
        <source>Minutes from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the inject comes, in minutes after the drill starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>PlanDesk</source>
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
        <source>Plan &quot;%1&quot; created from the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was imported into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill Programme of the Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Plan as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 38645-2020: update the plan after the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill held on %1 requires a revision of the plan: %2</source>
        <extracomment>Completeness panel: a drill found that the plan must change. %1 the date held, %2 what to revise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the drill record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk %1

Cybersecurity incident emergency plans (Cybersecurity Law of the PRC, Art. 27; Art. 25 before the 2025 amendment) and drills (Art. 36; Art. 34 before the amendment).

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <extracomment>Window title: %1 the open plan, %2 the application&apos;s name; [*] marks unsaved changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sa&amp;mple Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Incident on the Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the plan for an incident and start the reporting clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of an incident: revise the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident whose handling ended on %1 requires a revision of the plan: %2</source>
        <extracomment>Completeness panel: closing an incident found that the plan must change. %1 the day handling ended, %2 what to revise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanFromTemplateDialog</name>
    <message>
        <source>New Plan from a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan is a draft with the template&apos;s text. Parts the template does not have come from PlanDesk&apos;s defaults; names and phone numbers are yours to fill in.</source>
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
        <source>Plan &amp;title:</source>
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
        <source>&amp;Create Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sector: a CII operator&apos;s plan names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was written for another kind of operator: the plan gets the reporting chain of a CII operator instead of the template&apos;s (within 1 hour to the protection department and the public security organs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was written for another kind of operator: the plan gets the reporting chain of the operator chosen instead of the template&apos;s. Check it on the Reporting chain tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveRating</name>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveResultTableWidget</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceState</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
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
    <name>ParticipantTableWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed more than once: rows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) left out.</source>
        <translation>
            <numerusform>%n blank row left out.</numerusform>
            <numerusform>%n blank rows left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header row was left out.</source>
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
    <name>PersonalDataStripper</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
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
    <message numerus="yes">
        <source>%n drill item(s)</source>
        <translation>
            <numerusform>%n drill item</numerusform>
            <numerusform>%n drill items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled drill date(s)</source>
        <translation>
            <numerusform>%n cancelled drill date</numerusform>
            <numerusform>%n cancelled drill dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill record(s)</source>
        <translation>
            <numerusform>%n drill record</numerusform>
            <numerusform>%n drill records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s)</source>
        <translation>
            <numerusform>%n corrective action</numerusform>
            <numerusform>%n corrective actions</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes its %1.</source>
        <extracomment>Delete plan: %1 lists what else goes, e.g. &quot;3 drill items and 2 drill records&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with their reports</source>
        <translation>
            <numerusform>%n incident with its reports</numerusform>
            <numerusform>%n incidents with their reports</numerusform>
        </translation>
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
        <source>Critical information infrastructure operators must also hold drills regularly (Cybersecurity Law, Art. 36(4); Art. 34(4) before the 2025 amendment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve&amp;r:</source>
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
    <message>
        <source>Promptly</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The review date has passed: review the plan as its plan-management clause requires (GB/T 24363, maintenance of the plan).</source>
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
    <message>
        <source>Could not count the drills of plan %1</source>
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
    <message>
        <source>Promptly</source>
        <translation type="unfinished"></translation>
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
    <name>ProgrammeChecker</name>
    <message>
        <source>Next year&apos;s drill programme is not ready: no drill is planned for %1; it should be finished and budgeted by December (GB/T 38645-2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comprehensive drill is held or planned from %1 to %2, a span of more than 12 months; a critical information infrastructure operator must drill regularly (Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>The date of the first drill is set with the other times of the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comprehensive drill is recommended every year, special drills as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day of the month the drill keeps. Only the choices that fall on the first drill&apos;s date are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day a drill of this series may fall on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 (the last day in shorter months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 1st %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 2nd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 3rd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 4th %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n in all)</source>
        <translation>
            <numerusform>%1 (%n date in all)</numerusform>
            <numerusform>%1 (%n dates in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition needs a valid first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must lie between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date %1 is not the last %2 of its month, as the repetition requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date %1 is not the last day of its month, as the repetition requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either an end date or a number of occurrences, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an end date or a number of occurrences for a drill that repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of occurrences must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition gives no occurrence at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repetition gives %1 occurrences; at most %2 are allowed for one drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s) on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1 (the last day in shorter months)</source>
        <translation>
            <numerusform>Every %n month on day %1 (the last day in shorter months)</numerusform>
            <numerusform>Every %n months on day %1 (the last day in shorter months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on day %1</source>
        <translation>
            <numerusform>Every %n month on day %1</numerusform>
            <numerusform>Every %n months on day %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the %1 %2</source>
        <translation>
            <numerusform>Every %n month on the %1 %2</numerusform>
            <numerusform>Every %n months on the %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the last %1</source>
        <translation>
            <numerusform>Every %n month on the last %1</numerusform>
            <numerusform>Every %n months on the last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s) on the last day of the month</source>
        <translation>
            <numerusform>Every %n month on the last day of the month</numerusform>
            <numerusform>Every %n months on the last day of the month</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>A QLocale date format giving a day and its month, as in &quot;29 February&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1 (%2 in common years)</source>
        <translation>
            <numerusform>Every %n year on %1 (%2 in common years)</numerusform>
            <numerusform>Every %n years on %1 (%2 in common years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on %1</source>
        <translation>
            <numerusform>Every %n year on %1</numerusform>
            <numerusform>Every %n years on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the %1 %2 of %3</source>
        <translation>
            <numerusform>Every %n year on the %1 %2 of %3</numerusform>
            <numerusform>Every %n years on the %1 %2 of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the last %1 of %2</source>
        <translation>
            <numerusform>Every %n year on the last %1 of %2</numerusform>
            <numerusform>Every %n years on the last %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s) on the last day of %1</source>
        <translation>
            <numerusform>Every %n year on the last day of %1</numerusform>
            <numerusform>Every %n years on the last day of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A repetition and its end, as in &quot;Every 3 months on the last Friday, 8 times&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day %1 (the last day in shorter months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on %1 (%2 in common years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on the %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on the last %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year on the last day of %1</source>
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
        <source>The reference data in %1 was not used: %2 PlanDesk uses its built-in data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data is incomplete: it needs four levels, a category set, reporting rules with the contents of an initial report, and the plan skeleton.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChannel</name>
    <message>
        <source>12387 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person or by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
    <message>
        <source>Required: %1 (%2)</source>
        <extracomment>Outline tool tip of a required section without text: %1 what the plan must have, %2 the clause that asks for it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing section &quot;%1&quot;: %2 (%3)</source>
        <extracomment>Outline tool tip of a chapter: %1 the title of a required section it lacks, %2 what the plan must have, %3 the clause.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click it in the list of what is still missing to add it back.</source>
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
    <message>
        <source>Could not start writing to the database: an earlier step of this change failed and was undone; nothing of the change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing to the database: the change was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing to the database: an earlier step of this change failed and was undone; nothing of the change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJsonParser</name>
    <message>
        <source>The file is empty; a template is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more data after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of the JSON data (line %1); it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (line %1, column %2); a template must be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is nested more than %1 levels deep; a template allows at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit was expected after &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit was expected after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit was expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is malformed (leading zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside text must be written as an escape such as \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escape \u%1 is half of a character (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;\&quot; must be followed by one of &quot; \ / b f n r t u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once in the same object; each key may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;:&quot; was expected after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporting step(s)</source>
        <translation>
            <numerusform>%n reporting step</numerusform>
            <numerusform>%n reporting steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n inject</numerusform>
            <numerusform>%n injects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation criteria</source>
        <translation>
            <numerusform>%n evaluation criterion</numerusform>
            <numerusform>%n evaluation criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team line(s)</source>
        <translation>
            <numerusform>%n team line</numerusform>
            <numerusform>%n team lines</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>(file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk validate-template FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); it is not a template PlanDesk can import.</source>
        <translation>
            <numerusform>%1 has %n error; it is not a template PlanDesk can import.</numerusform>
            <numerusform>%1 has %n errors; it is not a template PlanDesk can import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] import-template FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported because it has %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported because it has %n error; nothing was changed.</numerusform>
            <numerusform>%1 was not imported because it has %n errors; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot; from version %2 to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plandesk [--db PATH] export-template PLAN_ID OUT.json [--keep-organisation] [--template-version N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan id; list-plans shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be exported as a template; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the template to %1; %n item(s) of personal data were left out.</source>
        <translation>
            <numerusform>Wrote the template to %1; %n item of personal data was left out.</numerusform>
            <numerusform>Wrote the template to %1; %n items of personal data were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateExportDialog</name>
    <message>
        <source>Export the Plan as a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Drill as a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill scenario for colleagues: the drill&apos;s content without its dates, place, recurrence or participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan template for colleagues: the plan&apos;s text, levels, categories, reporting chain and roles, without dates, approval or people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template is for, and what a colleague should adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; your colleagues see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the version when you send a changed template again: a colleague who imported the earlier one is offered it as an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the organisation name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the name is replaced by {{organisation}}, which is filled in with your colleague&apos;s organisation when they use the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk finds the names of the plan&apos;s contacts and approver, and phone numbers and e-mail addresses by their form. Other names in free text are not recognised: read the template before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal data was found; nothing will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export removes %n piece(s) of personal data:</source>
        <translation>
            <numerusform>The export removes %n piece of personal data:</numerusform>
            <numerusform>The export removes %n pieces of personal data:</numerusform>
        </translation>
    </message>
    <message>
        <source>(not exported at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Template — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s) and cannot be imported. Nothing has been changed.</source>
        <translation>
            <numerusform>The file has %n error and cannot be imported. Nothing has been changed.</numerusform>
            <numerusform>The file has %n errors and cannot be imported. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) below: fields PlanDesk does not know are kept as they are.</source>
        <translation>
            <numerusform>%n remark below: a field PlanDesk does not know is kept as it is.</numerusform>
            <numerusform>%n remarks below: fields PlanDesk does not know are kept as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not valid, see the problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is shown once the file has no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <extracomment>Place of a problem in a template file: %1 the JSON pointer, %2 line, %3 column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateImportPreview</name>
    <message>
        <source>The file has errors and cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is not in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this template is already imported; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1, an update of the imported version %2, which it will replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1, older than the imported version %2; it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateImporter</name>
    <message numerus="yes">
        <source>The template was not imported because the file has %n error(s); nothing was changed.</source>
        <translation>
            <numerusform>The template was not imported because the file has %n error; nothing was changed.</numerusform>
            <numerusform>The template was not imported because the file has %n errors; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateInstantiator</name>
    <message>
        <source>&quot;%1&quot; is a drill scenario, not a plan template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan made from a template needs the name of its organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plan template, not a drill scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill made from a template needs the date it is first held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateKind</name>
    <message>
        <source>Drill scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibraryPage</name>
    <message>
        <source>← &amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a plan or a drill from a template, or import a template a colleague sent you. Templates hold no names, phone numbers or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Pla&amp;n from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to a Plan&apos;s Drill Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an imported template from the library. Plans and drills made from it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <extracomment>Origin column of the template library: a template shipped with PlanDesk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <extracomment>Origin column of the template library: %1 the date it was imported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 of %n template</numerusform>
            <numerusform>%1 of %n templates</numerusform>
        </translation>
    </message>
    <message>
        <source>No template matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill belongs to the drill programme of a plan. Create the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; (version %2) from the library? Plans and drills made from it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreviewText</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 on %2</source>
        <extracomment>Where an imported template came from: %1 the file&apos;s name, %2 date and time of the import.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1, not imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <extracomment>Preview line under a template&apos;s title: %1 its kind, %2 its language, %3 its version number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>Preview of an incident level: %1 its code, %2 its name, %3 its warning colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, within %2</source>
        <extracomment>Preview of a reporting step: %1 to whom, %2 the deadline (&quot;4 hours&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 min  %2</source>
        <extracomment>Preview of a drill inject: %1 minutes after the start, %2 what happens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 — %4</source>
        <extracomment>Preview of a drill team line: %1 the team, %2 unit or department, %3 role, %4 duty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields PlanDesk does not know (kept as they are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more problems than listed here; only the first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1, not a JSON object; it is not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s kind is &quot;%1&quot;, so the file needs a &quot;%1&quot; part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s kind is &quot;%1&quot;; a &quot;%2&quot; part does not belong in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;format&quot; field, so it is not a PlanDesk template; a template has &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format %1 is not one PlanDesk reads; a template has the format &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;schema_version&quot;; this PlanDesk reads templates of schema_version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version must be a whole number, not %1; this PlanDesk reads schema_version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version %1 is newer than this PlanDesk understands (%2); a newer PlanDesk is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version %1 is not a version PlanDesk knows; this PlanDesk reads schema_version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has %1 items; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains the control character U+%1; only tabs and line breaks are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk does not know the field &quot;%1&quot;; it is kept with the template but not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is null; it needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 here, but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 characters long; &quot;%2&quot; may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed for &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier %1 is not valid; it must be %2 to %3 characters long and use only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;:&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed for &quot;language&quot;; use one of &quot;zh_CN&quot;, &quot;en&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special plan template must name the scenario it covers in &quot;scenario&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour; write it as # and six hexadecimal digits, e.g. &quot;#C00000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is nested %1 levels deep; a template allows at most %2 levels of sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PNG image, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a JPEG image, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a GIF image, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Microsoft Office document, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a gzip-compressed file, not a PlanDesk template; unpack it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a RAR archive, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a 7-Zip archive, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database, not a PlanDesk template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; a template must be saved as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a template may be at most %2 bytes (2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>Could not look up the imported templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the imported templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the template &quot;%2&quot; is already imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version (%1) of the template &quot;%2&quot; is already imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateWriter</name>
    <message>
        <source>Could not write the template to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableWidget</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
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
    <message>
        <source>New plan from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a built-in plan, such as a special plan for ransomware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a colleague&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template file you were sent; you see what it holds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network operator needs a cybersecurity incident emergency plan (Cybersecurity Law, Art. 27; Art. 25 before the 2025 amendment); operators of critical information infrastructure must also drill it regularly (Art. 36; Art. 34 before the amendment). PlanDesk guides you through writing it and prints it as a formal document.</source>
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

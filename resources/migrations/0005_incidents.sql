-- PlanDesk schema version 5: live incidents declared from a plan (issue 9), their reports under
-- 国家网络安全事件报告管理办法, the response log, the checklist of the plan's response steps, and the
-- corrective actions that closing an incident creates.
-- Deleting a plan deletes its incidents, as it deletes its drill records (plan_id ON DELETE
-- CASCADE); the deletion dialog names what goes with the plan. A drill an incident rehearsed may be
-- deleted: the link is cleared (SET NULL), the incident stays.
-- Times are UTC ISO text; time_zone is the IANA zone they are shown in.
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    drill INTEGER NOT NULL DEFAULT 0 CHECK (drill IN (0, 1)),
    drill_item_id INTEGER REFERENCES drill_items (id) ON DELETE SET NULL,
    drill_record_id INTEGER REFERENCES drill_records (id) ON DELETE SET NULL,
    discovered_at TEXT NOT NULL,
    time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
    place TEXT NOT NULL DEFAULT '',
    affected_systems TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (length(trim(category)) > 0),
    level TEXT NOT NULL CHECK (level IN ('I', 'II', 'III', 'IV')),
    crime_suspected INTEGER NOT NULL DEFAULT 0 CHECK (crime_suspected IN (0, 1)),
    cii_system INTEGER NOT NULL DEFAULT 1 CHECK (cii_system IN (0, 1)),
    police_notified_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    closed_at TEXT,
    lessons TEXT NOT NULL DEFAULT '',
    plan_revision_required INTEGER NOT NULL DEFAULT 0 CHECK (plan_revision_required IN (0, 1)),
    plan_revision_note TEXT NOT NULL DEFAULT '',
    plan_revised_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (state = 'closed' OR closed_at IS NULL),
    CHECK (state <> 'closed' OR closed_at IS NOT NULL)
);
CREATE TABLE incident_reports (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('initial', 'supplementary', 'summary')),
    facts_unclear INTEGER NOT NULL DEFAULT 0 CHECK (facts_unclear IN (0, 1)),
    unit_and_system TEXT NOT NULL DEFAULT '',
    harm_so_far TEXT NOT NULL DEFAULT '',
    measures_taken TEXT NOT NULL DEFAULT '',
    ransom_amount TEXT NOT NULL DEFAULT '',
    ransom_payment_method TEXT NOT NULL DEFAULT '',
    ransom_date TEXT,
    likely_development TEXT NOT NULL DEFAULT '',
    preliminary_cause TEXT NOT NULL DEFAULT '',
    tracing_leads TEXT NOT NULL DEFAULT '',
    next_measures TEXT NOT NULL DEFAULT '',
    scene_preservation TEXT NOT NULL DEFAULT '',
    other TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    harm TEXT NOT NULL DEFAULT '',
    accountability TEXT NOT NULL DEFAULT '',
    rectification TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL DEFAULT '',
    issued_at TEXT,
    sent_at TEXT,
    channel TEXT NOT NULL CHECK (channel IN ('hotline_12387', 'website', 'wechat', 'mini_program', 'email', 'fax',
                                             'in_person', 'other')),
    recipient TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (facts_unclear = 0 OR kind = 'initial')
);
-- The log only grows while the incident is handled: entries have ids of their own.
CREATE TABLE incident_log (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    entry_time TEXT NOT NULL,
    action TEXT NOT NULL CHECK (length(trim(action)) > 0),
    actor TEXT NOT NULL DEFAULT ''
);
CREATE TABLE incident_checklist (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    step TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at TEXT,
    done_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, position)
);
-- The same columns as the drills' corrective_actions, owned by an incident instead of a record, so
-- both can be listed side by side.
CREATE TABLE incident_corrective_actions (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    due_on TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'closed')),
    closed_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    CHECK (state = 'closed' OR closed_on IS NULL),
    CHECK (state <> 'closed' OR closed_on IS NOT NULL)
);
CREATE INDEX incidents_by_plan ON incidents (plan_id, discovered_at);
CREATE INDEX incident_reports_by_incident ON incident_reports (incident_id, kind);
CREATE INDEX incident_log_by_incident ON incident_log (incident_id, entry_time);
CREATE INDEX incident_corrective_actions_by_state ON incident_corrective_actions (state, due_on);

-- PlanDesk schema version 3: the drill programme of each plan, cancelled occurrences, the records of
-- the drills held and their corrective actions (Cybersecurity Law Art. 36, old Art. 34; GB/T 38645-2020).
-- Portable SQL only; enumerations are stored as their stable keys and checked here.
-- Deleting a plan deletes its programme and its records (plan_id ON DELETE CASCADE on both).
-- Deleting a drill item that has records is refused: drill_records.item_id has no delete action
-- (NO ACTION) rather than RESTRICT, because NO ACTION is checked at the end of the statement, so
-- the cascade from a deleted plan, which removes items and records in one statement, works
-- whichever of the two the database visits first (RESTRICT would depend on that order).
CREATE TABLE drill_items (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    purpose TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL CHECK (form IN ('tabletop', 'hands_on', 'demonstration')),
    content TEXT NOT NULL CHECK (content IN ('comprehensive', 'special')),
    scenario TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL CHECK (scope IN ('organisation', 'department', 'sector', 'cross_sector', 'regional',
                                         'cross_regional')),
    first_date TEXT NOT NULL,
    start_time TEXT,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
    time_zone TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    departments TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    process TEXT NOT NULL DEFAULT '',
    budgeted INTEGER NOT NULL DEFAULT 0 CHECK (budgeted IN (0, 1)),
    recurrence_frequency TEXT NOT NULL CHECK (recurrence_frequency IN ('once', 'yearly', 'half_yearly', 'quarterly',
                                                                       'monthly', 'custom')),
    recurrence_interval INTEGER NOT NULL DEFAULT 1 CHECK (recurrence_interval >= 1),
    recurrence_unit TEXT NOT NULL CHECK (recurrence_unit IN ('days', 'weeks', 'months', 'years')),
    recurrence_anchor TEXT NOT NULL CHECK (recurrence_anchor IN ('day_of_month', 'weekday_of_month',
                                                                 'last_weekday_of_month', 'last_day_of_month')),
    recurrence_until TEXT,
    recurrence_count INTEGER NOT NULL DEFAULT 0 CHECK (recurrence_count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE drill_item_teams (
    item_id INTEGER NOT NULL REFERENCES drill_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    team TEXT NOT NULL CHECK (team IN ('leading', 'management', 'technical', 'evaluation', 'implementation')),
    unit TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    duty TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
);
CREATE TABLE drill_item_objectives (
    item_id INTEGER NOT NULL REFERENCES drill_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    objective TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
);
CREATE TABLE drill_item_injects (
    item_id INTEGER NOT NULL REFERENCES drill_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    offset_minutes INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    expected_action TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
);
CREATE TABLE drill_item_criteria (
    item_id INTEGER NOT NULL REFERENCES drill_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    criterion TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
);
-- An occurrence is its item and its planned date; a cancelled one keeps why.
CREATE TABLE drill_cancellations (
    item_id INTEGER NOT NULL REFERENCES drill_items (id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    cancelled_at TEXT NOT NULL,
    PRIMARY KEY (item_id, occurrence_date)
);
CREATE TABLE drill_records (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES drill_items (id),
    occurrence_date TEXT NOT NULL,
    held_on TEXT,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    scenario_as_run TEXT NOT NULL DEFAULT '',
    overview TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    conclusion TEXT NOT NULL DEFAULT '',
    plan_revision_required INTEGER NOT NULL DEFAULT 0 CHECK (plan_revision_required IN (0, 1)),
    plan_revision_note TEXT NOT NULL DEFAULT '',
    plan_revised_on TEXT,
    recorder TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE drill_record_participants (
    record_id INTEGER NOT NULL REFERENCES drill_records (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    signed_in INTEGER NOT NULL DEFAULT 0 CHECK (signed_in IN (0, 1)),
    PRIMARY KEY (record_id, position)
);
CREATE TABLE drill_record_timeline (
    record_id INTEGER NOT NULL REFERENCES drill_records (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    entry_time TEXT,
    event TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, position)
);
CREATE TABLE drill_record_objectives (
    record_id INTEGER NOT NULL REFERENCES drill_records (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    objective TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('not_judged', 'met', 'partly_met', 'not_met')),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, position)
);
CREATE TABLE drill_record_problems (
    record_id INTEGER NOT NULL REFERENCES drill_records (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    problem TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
-- Corrective actions have ids of their own: the dashboard and state changes refer to them, so
-- saving a record updates them in place instead of rewriting them.
CREATE TABLE corrective_actions (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES drill_records (id) ON DELETE CASCADE,
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
CREATE INDEX drill_items_by_plan ON drill_items (plan_id, first_date);
CREATE UNIQUE INDEX drill_records_by_occurrence ON drill_records (item_id, occurrence_date);
CREATE INDEX drill_records_by_plan ON drill_records (plan_id, occurrence_date);
CREATE INDEX corrective_actions_by_record ON corrective_actions (record_id, position);
CREATE INDEX corrective_actions_by_state ON corrective_actions (state, due_on);

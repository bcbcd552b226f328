-- PlanDesk schema version 1: plans and their parts.
-- Qt's SQLite driver runs one statement per exec, so MigrationRunner splits this file at ";" line ends.
-- Portable SQL only: the same statements are meant to run on PostgreSQL later.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organisation TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('zh_CN', 'en')),
    operator_profile TEXT NOT NULL CHECK (operator_profile IN ('ordinary', 'cii', 'central')),
    cii_sector TEXT NOT NULL DEFAULT '',
    plan_kind TEXT NOT NULL CHECK (plan_kind IN ('comprehensive', 'special')),
    scenario TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL CHECK (length(trim(version)) > 0),
    status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    approver TEXT NOT NULL DEFAULT '',
    approved_on TEXT,
    published_on TEXT,
    effective_on TEXT,
    next_review_on TEXT,
    category_set TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE plan_sections (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    depth INTEGER NOT NULL CHECK (depth >= 0),
    section_key TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);
CREATE TABLE plan_contacts (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    team TEXT NOT NULL CHECK (team IN ('leading', 'office', 'technical', 'department', 'external')),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    duties TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    mobile_phone TEXT NOT NULL DEFAULT '',
    deputy TEXT NOT NULL DEFAULT '',
    on_duty_24h INTEGER NOT NULL DEFAULT 0 CHECK (on_duty_24h IN (0, 1)),
    PRIMARY KEY (plan_id, position)
);
CREATE TABLE plan_levels (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    warning_colour TEXT NOT NULL DEFAULT '',
    colour_hex TEXT NOT NULL DEFAULT '',
    criteria TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);
CREATE TABLE plan_categories (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);
CREATE TABLE plan_reporting_steps (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    authority TEXT NOT NULL,
    deadline_minutes INTEGER NOT NULL DEFAULT 0 CHECK (deadline_minutes >= 0),
    applies_when TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX plans_by_update ON plans (updated_at);

-- PlanDesk schema version 4: the template library's imported templates (docs/template-format.md).
-- One row per imported template version; an update replaces the older versions of the same template.
-- `content` is the whole template as TemplateWriter writes it (canonical JSON, unknown fields
-- included), so a stored template reads back through the same TemplateReader as any file; the other
-- columns repeat its metadata for listing and searching without parsing. The origin columns say
-- which file it came from and when.
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    template_id TEXT NOT NULL CHECK (length(template_id) BETWEEN 3 AND 200),
    version INTEGER NOT NULL CHECK (version >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('plan', 'drill_scenario')),
    language TEXT NOT NULL CHECK (language IN ('zh_CN', 'en')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    created TEXT,
    source TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    unknown_fields TEXT NOT NULL DEFAULT '{}',
    origin_file_name TEXT NOT NULL DEFAULT '',
    origin_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (template_id, version)
);
CREATE INDEX templates_by_title ON templates (title);

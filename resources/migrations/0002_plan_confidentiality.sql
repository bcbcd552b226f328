-- PlanDesk schema version 2: the confidentiality / distribution mark printed on the cover
-- (REFERENCE.md §6: users ask for a confidentiality mark on every exported document).
ALTER TABLE plans ADD COLUMN confidentiality TEXT NOT NULL DEFAULT '';
CREATE INDEX plans_by_status ON plans (status);

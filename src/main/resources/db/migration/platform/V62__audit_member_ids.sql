-- Reads that show many members at once (a search, a list, an export) are one audit entry each with the ids of the
-- members shown, at most 10,000 an entry (an export of a million members is a hundred entries, not a million), so
-- "who read my record" finds them by her id through this index.
ALTER TABLE audit_log ADD COLUMN member_ids bigint[];
CREATE INDEX audit_log_member_ids ON audit_log USING gin (member_ids) WHERE member_ids IS NOT NULL;

-- An audit entry's detail never holds a CCCD (or a phone number) in full: the Audit class masks every run of nine
-- digits or more but its last three before writing, and the database refuses a detail that still has one.
-- Entries written before are masked the same way here.
CREATE FUNCTION pg_temp.masked(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    run text;
BEGIN
    LOOP
        run := substring(t FROM '[0-9]{9,}');
        EXIT WHEN run IS NULL;
        t := overlay(t PLACING repeat('*', length(run) - 3) FROM position(run IN t) FOR length(run) - 3);
    END LOOP;
    RETURN t;
END $$;

UPDATE audit_log SET detail = pg_temp.masked(detail) WHERE detail ~ '[0-9]{9}';
ALTER TABLE audit_log ADD CONSTRAINT audit_log_detail_masked CHECK (detail !~ '[0-9]{9}');

-- An administrator reads the entries of her subtree, newest first: by unit, then id.
CREATE INDEX audit_log_unit ON audit_log (unit_id, id DESC);

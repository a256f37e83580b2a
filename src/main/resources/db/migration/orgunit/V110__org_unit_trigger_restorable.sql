-- A dump of hoiso restores: pg_restore runs with an empty search_path, and the trigger's WHEN clause compared the
-- paths with IS DISTINCT FROM, whose "=" (ltree's, in schema public) pg_dump cannot name with its schema, so
-- restoring the trigger failed ("operator does not exist: public.ltree = public.ltree"). The paths compared as text
-- are the same test with the built-in operator.
DROP TRIGGER org_unit_path_after ON org_unit;
CREATE TRIGGER org_unit_path_after
    AFTER UPDATE OF parent_id ON org_unit
    FOR EACH ROW WHEN (OLD.path::text IS DISTINCT FROM NEW.path::text)
    EXECUTE FUNCTION org_unit_move_subtree();

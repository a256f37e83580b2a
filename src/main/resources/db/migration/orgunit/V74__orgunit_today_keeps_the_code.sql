-- The open unit that carries a closed unit's work today (aggregates "mapped onto today's tree"). A value
-- cannot be divided, so a unit split among several successors counts under one of them, never under two:
-- since the communes before 2025 are loaded, that is the successor that kept its code where one did (the
-- unit that continues it: codes go to the successor where the old seat is), else the first successor of its
-- earliest event.
CREATE OR REPLACE FUNCTION org_unit_today(unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    WITH RECURSIVE walk(id, depth) AS (
        SELECT unit, 0
        UNION ALL
        SELECT (SELECT l.to_unit_id
                  FROM org_lineage_link l
                  JOIN org_lineage_event e ON e.id = l.event_id
                  JOIN org_unit t ON t.id = l.to_unit_id
                 WHERE l.from_unit_id = w.id AND l.to_unit_id IS NOT NULL AND l.to_unit_id <> w.id
                 ORDER BY e.effective_date, t.code IS DISTINCT FROM u.code, e.id, l.to_unit_id LIMIT 1),
               w.depth + 1
          FROM walk w JOIN org_unit u ON u.id = w.id
         WHERE u.valid_to IS NOT NULL AND w.depth < 20
    )
    SELECT id FROM walk WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1
$$;

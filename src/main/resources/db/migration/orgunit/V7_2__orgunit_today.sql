-- The open unit that carries a closed unit's work today, following the lineage forward (merge, split,
-- close into a successor). Aggregates "mapped onto today's tree" count a closed unit's past values under
-- it; a unit split in several takes the first successor of its earliest event (a value cannot be divided).
CREATE FUNCTION org_unit_today(unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    WITH RECURSIVE walk(id, depth) AS (
        SELECT unit, 0
        UNION ALL
        SELECT (SELECT l.to_unit_id
                  FROM org_lineage_link l JOIN org_lineage_event e ON e.id = l.event_id
                 WHERE l.from_unit_id = w.id AND l.to_unit_id IS NOT NULL AND l.to_unit_id <> w.id
                 ORDER BY e.effective_date, e.id, l.to_unit_id LIMIT 1),
               w.depth + 1
          FROM walk w JOIN org_unit u ON u.id = w.id
         WHERE u.valid_to IS NOT NULL AND w.depth < 20
    )
    SELECT id FROM walk WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1
$$;

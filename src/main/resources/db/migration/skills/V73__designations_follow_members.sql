-- Designations follow their members' lives (DesignationsFollowMembers): an open designation ends when its
-- member stops being active, or is transferred out of the designated unit's subtree. Designations left open
-- before this rule in that case end now, on the date of the member's last change (the start of her current
-- stretch in the registry's dated history).
UPDATE digital_helper h
   SET until = greatest(s.valid_from, h.since), ended_by = 'system'
  FROM member_published m
  JOIN member_unit_history_published s ON s.member_id = m.id AND s.valid_to IS NULL
 WHERE m.id = h.member_id AND h.until IS NULL
   AND (m.status <> 'ACTIVE'
        OR NOT EXISTS (SELECT 1 FROM org_unit du JOIN org_unit mu ON mu.id = m.unit_id
                        WHERE du.id = h.unit_id AND mu.path <@ du.path));

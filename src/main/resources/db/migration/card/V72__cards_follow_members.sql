-- Cards follow their members' lives (CardsFollowMembers): a card is revoked when its member leaves, dies,
-- moves her membership out of the registry or is transferred to another commune. Cards issued before this
-- rule to members in that case are revoked now, with the same reasons.
UPDATE member_card c
   SET revoked_at = now(), revoked_by = 'system',
       revoke_reason = CASE m.status WHEN 'DECEASED' THEN 'member deceased' WHEN 'LEFT' THEN 'member left'
                                     WHEN 'TRANSFERRED_OUT' THEN 'membership transferred out'
                                     ELSE 'member transferred to another commune' END
  FROM member_published m
 WHERE m.id = c.member_id AND c.revoked_at IS NULL
   AND (m.status <> 'ACTIVE'
        -- the commune (or agency union) a card names: the nearest unit at or above hers that is no branch or group
        OR (SELECT a.id FROM org_unit u JOIN org_unit a ON a.path @> u.path
             WHERE u.id = c.unit_id AND a.level_code NOT IN ('BRANCH', 'GROUP') ORDER BY nlevel(a.path) DESC LIMIT 1)
           IS DISTINCT FROM
           (SELECT a.id FROM org_unit u JOIN org_unit a ON a.path @> u.path
             WHERE u.id = m.unit_id AND a.level_code NOT IN ('BRANCH', 'GROUP') ORDER BY nlevel(a.path) DESC LIMIT 1));

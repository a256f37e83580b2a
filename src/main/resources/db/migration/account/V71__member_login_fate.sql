-- A member's login follows her membership: when she leaves the union or dies, her login is disabled, and this
-- says why and since when, so that it is enabled again if she becomes an active member again (and only a
-- login the registry disabled: one an administrator disabled stays so).
ALTER TABLE member_login
    ADD COLUMN ended_at     timestamptz,
    ADD COLUMN ended_reason text CHECK (ended_reason IN ('LEFT', 'DECEASED')),
    ADD CHECK ((ended_at IS NULL) = (ended_reason IS NULL));

-- Logins of members who had already left or died before this rule: disabled now, with the reason.
WITH target AS (
    SELECT l.user_id, m.status
      FROM member_login l
      JOIN member_published m ON m.id = l.member_id
      JOIN app_user a ON a.id = l.user_id
     WHERE m.status IN ('LEFT', 'DECEASED') AND a.enabled
), disabled AS (
    UPDATE app_user a SET enabled = false FROM target t WHERE a.id = t.user_id
)
UPDATE member_login l SET ended_at = now(), ended_reason = t.status FROM target t WHERE l.user_id = t.user_id;

UPDATE member_invitation i SET revoked_at = now()
  FROM member_published m
 WHERE m.id = i.member_id AND m.status IN ('LEFT', 'DECEASED') AND i.used_at IS NULL AND i.revoked_at IS NULL;

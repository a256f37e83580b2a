-- A member whose joining date is not known: an import of existing members from a list without that
-- column, when the officer says "existing members, date unknown". Her joined_on is NULL, shown as
-- "không rõ"; she is never counted as joined in a period (members.joined), and counts as a member from
-- the day she was entered in the registry (members.active; see MemberIndicators).
ALTER TABLE member ALTER COLUMN joined_on DROP NOT NULL;
ALTER TABLE member_staging ALTER COLUMN joined_on DROP NOT NULL;

-- Where each member was, and with which status, day by day: one row per stretch of time during which her
-- unit and her status stayed the same. Reports of a past period count her where she was then (a transfer
-- no longer moves her past counts with her), and rates of a day divide by the members of that day.
--
-- Kept by the database, whatever the path of the write (a form, the API, an import, a COPY): a new record
-- opens her first stretch at her joining date; a change of status, or a transfer (member_transfer, which
-- carries its effective date), closes the stretch open and opens the next one on the change's date; a
-- corrected joining date moves the start of the first. Dates are days in Viet Nam: a stretch runs from
-- valid_from included to valid_to excluded (NULL while it lasts). A change dated before the start of the
-- stretch it ends (recorded out of order) is put at that start: the history is as recorded, never reordered.
-- An unknown joining date starts the first stretch at -infinity: she was a member before any period.
CREATE TABLE member_unit_history (
    member_id        bigint NOT NULL REFERENCES member ON DELETE CASCADE,
    -- 1, 2, 3 … in the order of the changes
    seq              int    NOT NULL,
    unit_id          bigint NOT NULL REFERENCES org_unit,
    status           text   NOT NULL CHECK (status IN ('ACTIVE', 'TRANSFERRED_OUT', 'LEFT', 'DECEASED')),
    valid_from       date   NOT NULL,
    valid_to         date,
    -- what opened the stretch: her joining, a transfer, or a change of status (from previous_status)
    change           text   NOT NULL CHECK (change IN ('JOINED', 'TRANSFERRED', 'STATUS')),
    previous_status  text,
    PRIMARY KEY (member_id, seq),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- The indicators count a subtree's units for a day or a period: by unit, then by the stretch's start, the
-- rest read from the index.
CREATE INDEX member_unit_history_unit ON member_unit_history (unit_id, valid_from)
    INCLUDE (valid_to, status, change, previous_status, member_id);

-- The history of existing members (or of the given ones), built from what the registry recorded: her
-- joining date and the unit the first transfer took her from (else her unit today), her transfers and her
-- changes of status (the first status row, her admission, is her joining), in the order of their dates
-- and, on the same day, of their recording. Where the records end elsewhere than her record says today (a
-- status set without a history row, as a bulk load does), a last stretch brings them to today's record.
CREATE FUNCTION member_unit_history_rebuild(member_ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM member_unit_history WHERE member_ids IS NULL OR member_id = ANY(member_ids);
    WITH m AS (
        SELECT id, unit_id, status, status_since, coalesce(joined_on, '-infinity'::date) AS joined
          FROM member WHERE member_ids IS NULL OR id = ANY(member_ids)
    ), first_transfer AS (
        SELECT DISTINCT ON (t.member_id) t.member_id, t.from_unit_id
          FROM member_transfer t JOIN m ON m.id = t.member_id
         ORDER BY t.member_id, t.effective_date, t.id
    ), status_rows AS (
        SELECT s.member_id, s.id, s.status, s.effective_date, s.changed_at,
               row_number() OVER (PARTITION BY s.member_id ORDER BY s.changed_at, s.id) AS n
          FROM member_status_history s JOIN m ON m.id = s.member_id
    ), events AS (
        SELECT m.id AS member_id, m.joined AS d, '-infinity'::timestamptz AS at, 0::bigint AS k,
               coalesce(f.from_unit_id, m.unit_id) AS unit_id, 'ACTIVE'::text AS status, 'JOINED'::text AS change
          FROM m LEFT JOIN first_transfer f ON f.member_id = m.id
        UNION ALL
        SELECT t.member_id, greatest(t.effective_date, m.joined), t.created_at, t.id, t.to_unit_id, NULL, 'TRANSFERRED'
          FROM member_transfer t JOIN m ON m.id = t.member_id
        UNION ALL
        SELECT s.member_id, greatest(s.effective_date, m.joined), s.changed_at, s.id, NULL, s.status, 'STATUS'
          FROM status_rows s JOIN m ON m.id = s.member_id
         WHERE NOT (s.n = 1 AND s.status = 'ACTIVE')
    ), ordered AS (
        SELECT e.*, row_number() OVER w AS seq, count(e.unit_id) OVER w AS unit_group, count(e.status) OVER w AS status_group
          FROM events e
        WINDOW w AS (PARTITION BY e.member_id ORDER BY e.d, e.at, e.k, e.change ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ), filled AS (
        SELECT member_id, seq, d, change,
               first_value(unit_id) OVER (PARTITION BY member_id, unit_group ORDER BY seq) AS unit_id,
               first_value(status) OVER (PARTITION BY member_id, status_group ORDER BY seq) AS status
          FROM ordered
    )
    INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
    SELECT member_id, seq, unit_id, status, d, lead(d) OVER w, change, lag(status) OVER w
      FROM filled
    WINDOW w AS (PARTITION BY member_id ORDER BY seq);

    -- Records whose status or unit changed without a row to date it: a last stretch from the status date.
    WITH last AS (
        SELECT DISTINCT ON (h.member_id) h.member_id, h.seq, h.unit_id, h.status, h.valid_from,
               m.unit_id AS unit_now, m.status AS status_now, m.status_since
          FROM member_unit_history h JOIN member m ON m.id = h.member_id
         WHERE member_ids IS NULL OR h.member_id = ANY(member_ids)
         ORDER BY h.member_id, h.seq DESC
    ), differ AS (
        SELECT l.*, CASE WHEN l.status <> l.status_now THEN greatest(l.status_since, l.valid_from) ELSE l.valid_from END AS since
          FROM last l WHERE l.status <> l.status_now OR l.unit_id <> l.unit_now
    ), closed AS (
        UPDATE member_unit_history h SET valid_to = d.since FROM differ d WHERE h.member_id = d.member_id AND h.seq = d.seq
    )
    INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
    SELECT member_id, seq + 1, unit_now, status_now, since, NULL,
           CASE WHEN status <> status_now THEN 'STATUS' ELSE 'TRANSFERRED' END, status
      FROM differ;
END $$;

SELECT member_unit_history_rebuild(NULL);

-- A new record: her first stretch from her joining date (and, for a record loaded with another status than
-- active, a second from her status date).
CREATE FUNCTION member_history_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
    SELECT n.id, 1, n.unit_id, 'ACTIVE', coalesce(n.joined_on, '-infinity'::date),
           CASE WHEN n.status <> 'ACTIVE' THEN greatest(n.status_since, coalesce(n.joined_on, '-infinity'::date)) END,
           'JOINED', NULL
      FROM new_rows n
    UNION ALL
    SELECT n.id, 2, n.unit_id, n.status, greatest(n.status_since, coalesce(n.joined_on, '-infinity'::date)), NULL,
           'STATUS', 'ACTIVE'
      FROM new_rows n WHERE n.status <> 'ACTIVE';
    RETURN NULL;
END $$;

CREATE TRIGGER member_history_insert AFTER INSERT ON member
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_history_after_insert();

-- A change of status closes the open stretch on the status date and opens the next.
CREATE FUNCTION member_history_after_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq  int;
    last_from date;
    since     date;
BEGIN
    SELECT seq, valid_from INTO last_seq, last_from FROM member_unit_history
     WHERE member_id = NEW.id ORDER BY seq DESC LIMIT 1;
    since := greatest(NEW.status_since, coalesce(last_from, NEW.status_since));
    UPDATE member_unit_history SET valid_to = since WHERE member_id = NEW.id AND seq = last_seq;
    INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
    VALUES (NEW.id, coalesce(last_seq, 0) + 1, NEW.unit_id, NEW.status, since, NULL, 'STATUS', OLD.status);
    RETURN NULL;
END $$;

CREATE TRIGGER member_history_status AFTER UPDATE OF status ON member
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION member_history_after_status();

-- A corrected joining date moves the start of her first stretch (never past its end).
CREATE FUNCTION member_history_after_joined() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member_unit_history
       SET valid_from = least(coalesce(NEW.joined_on, '-infinity'::date), coalesce(valid_to, 'infinity'::date))
     WHERE member_id = NEW.id AND seq = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER member_history_joined AFTER UPDATE OF joined_on ON member
    FOR EACH ROW WHEN (OLD.joined_on IS DISTINCT FROM NEW.joined_on) EXECUTE FUNCTION member_history_after_joined();

-- A transfer closes the open stretch on its effective date and opens one in the unit she moved to.
CREATE FUNCTION member_history_after_transfer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH t AS (
        SELECT DISTINCT ON (member_id) member_id, to_unit_id, effective_date FROM new_transfers ORDER BY member_id, id DESC
    ), last AS (
        SELECT DISTINCT ON (h.member_id) h.member_id, h.seq, h.status, t.to_unit_id,
               greatest(t.effective_date, h.valid_from) AS since
          FROM t JOIN member_unit_history h ON h.member_id = t.member_id
         ORDER BY h.member_id, h.seq DESC
    ), closed AS (
        UPDATE member_unit_history h SET valid_to = l.since FROM last l WHERE h.member_id = l.member_id AND h.seq = l.seq
    )
    INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
    SELECT member_id, seq + 1, to_unit_id, status, since, NULL, 'TRANSFERRED', status FROM last;
    RETURN NULL;
END $$;

CREATE TRIGGER member_history_transfer AFTER INSERT ON member_transfer
    REFERENCING NEW TABLE AS new_transfers FOR EACH STATEMENT EXECUTE FUNCTION member_history_after_transfer();

-- What other modules may read of the history: whose, where, with which status, from when to when; nothing
-- personal. The planner inlines the view, so readers use the history's own index.
-- published: where members were and when, for rates of a day (activity attendance) and counts of a past period
CREATE VIEW member_unit_history_published AS
SELECT member_id, unit_id, status, valid_from, valid_to FROM member_unit_history;

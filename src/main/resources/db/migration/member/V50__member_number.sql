-- Số hội viên: the member's number, printed on her card and shown on her pages. It is made when she is
-- registered: the code of her province (the unit at depth 2 of her unit's path) and her running number in
-- that province, "38-0001234". Unique in the province by construction, hence in the country, and kept for
-- life: a transfer to another province does not change it. It is not the database id, which says nothing
-- to anyone and counts the whole country's registrations.
ALTER TABLE member ADD COLUMN member_number text;

-- One sequence per province (member_number_<province id>; member_number_0 for a record without one): a
-- sequence takes no lock that another registration or an import would wait for. A number taken by an insert
-- that then failed is not reused (numbers may have gaps). The sequence of a unit at depth 2 is made with the
-- unit (or when a move brings it there), so a registration only draws from it: about 3 µs a row, where
-- looking the sequence up or making it on the way cost ten times more in a bulk import.
CREATE FUNCTION member_number_sequence(province bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'member_number_' || coalesce(province, 0)
$$;

CREATE FUNCTION member_number_sequence_for_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', member_number_sequence(NEW.id));
    RETURN NULL;
END $$;

CREATE TRIGGER member_number_sequence AFTER INSERT OR UPDATE ON org_unit
    FOR EACH ROW WHEN (nlevel(NEW.path) <= 2) EXECUTE FUNCTION member_number_sequence_for_unit();

DO $$
DECLARE
    u record;
BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', member_number_sequence(NULL));
    FOR u IN SELECT id FROM org_unit WHERE nlevel(path) <= 2 LOOP
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', member_number_sequence(u.id));
    END LOOP;
END $$;

CREATE FUNCTION member_number_format(province bigint, n bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT code FROM org_unit WHERE id = province), '00') || '-' || lpad(n::text, greatest(7, length(n::text)), '0')
$$;

CREATE FUNCTION member_set_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint := nextval(member_number_sequence(NEW.province_id));
BEGIN
    NEW.member_number := coalesce((SELECT code FROM org_unit WHERE id = NEW.province_id), '00') || '-'
            || lpad(n::text, greatest(7, length(n::text)), '0');
    RETURN NEW;
END $$;

-- BEFORE triggers fire in name order: "member_province_number" after "member_province", which sets the
-- province of a single registration (a bulk insert gives it itself).
CREATE TRIGGER member_province_number BEFORE INSERT ON member
    FOR EACH ROW WHEN (NEW.member_number IS NULL) EXECUTE FUNCTION member_set_number();

-- The members registered before: numbered in each province by joining date, then record. The subtree
-- counts are not touched by this update (no unit or status changes), so their trigger is held meanwhile.
ALTER TABLE member DISABLE TRIGGER member_count_update;
UPDATE member m SET member_number = member_number_format(n.province_id, n.rank)
  FROM (SELECT id, province_id, row_number() OVER (PARTITION BY province_id ORDER BY joined_on, id) AS rank FROM member) n
 WHERE n.id = m.id;
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT province_id, count(*) AS numbered FROM member GROUP BY province_id LOOP
        PERFORM setval(member_number_sequence(p.province_id), p.numbered);
    END LOOP;
END $$;
ALTER TABLE member ENABLE TRIGGER member_count_update;

ALTER TABLE member ALTER COLUMN member_number SET NOT NULL;
CREATE UNIQUE INDEX member_number ON member (member_number);

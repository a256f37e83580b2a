-- The 54 ethnic groups of Viet Nam (official list and codes, Decision 121-TCTK/PPCĐ of the General Statistics Office).
CREATE TABLE ethnicity (
    code    text PRIMARY KEY,
    name_vi text NOT NULL,
    name_en text NOT NULL
);
INSERT INTO ethnicity (code, name_vi, name_en) VALUES
('01','Kinh','Kinh'),('02','Tày','Tay'),('03','Thái','Thai'),('04','Hoa','Hoa'),('05','Khơ-me','Khmer'),
('06','Mường','Muong'),('07','Nùng','Nung'),('08','Hmông','Hmong'),('09','Dao','Dao'),('10','Gia-rai','Gia Rai'),
('11','Ngái','Ngai'),('12','Ê-đê','E De'),('13','Ba-na','Ba Na'),('14','Xơ-đăng','Xo Dang'),('15','Sán Chay','San Chay'),
('16','Cơ-ho','Co Ho'),('17','Chăm','Cham'),('18','Sán Dìu','San Diu'),('19','Hrê','Hre'),('20','Mnông','Mnong'),
('21','Ra-glai','Ra Glai'),('22','Xtiêng','Xtieng'),('23','Bru-Vân Kiều','Bru-Van Kieu'),('24','Thổ','Tho'),('25','Giáy','Giay'),
('26','Cơ-tu','Co Tu'),('27','Gié-Triêng','Gie Trieng'),('28','Mạ','Ma'),('29','Khơ-mú','Kho Mu'),('30','Co','Co'),
('31','Tà-ôi','Ta Oi'),('32','Chơ-ro','Cho Ro'),('33','Kháng','Khang'),('34','Xinh-mun','Xinh Mun'),('35','Hà Nhì','Ha Nhi'),
('36','Chu-ru','Chu Ru'),('37','Lào','Lao'),('38','La Chí','La Chi'),('39','La Ha','La Ha'),('40','Phù Lá','Phu La'),
('41','La Hủ','La Hu'),('42','Lự','Lu'),('43','Lô Lô','Lo Lo'),('44','Chứt','Chut'),('45','Mảng','Mang'),
('46','Pà Thẻn','Pa Then'),('47','Cờ Lao','Co Lao'),('48','Cống','Cong'),('49','Bố Y','Bo Y'),('50','Si La','Si La'),
('51','Pu Péo','Pu Peo'),('52','Brâu','Brau'),('53','Ơ-đu','O Du'),('54','Rơ-măm','Ro Mam');

-- A member (hội viên) is a person. Text is NFC; name_folded serves diacritic-free search.
CREATE TABLE member (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name           text    NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    name_folded         text    GENERATED ALWAYS AS (hoiso_fold(full_name)) STORED,
    birth_date          date    NOT NULL,
    national_id         text    NOT NULL CHECK (national_id ~ '^[0-9]{12}$'),
    phone               text,
    address             text,
    ethnicity_code      text REFERENCES ethnicity,
    -- Ethnicity is sensitive personal data (Law 91/2025): kept only with the member's recorded consent.
    sensitive_consent_on date,
    unit_id             bigint  NOT NULL REFERENCES org_unit,
    -- The unit at depth 2 of her unit's path (her province), kept by a trigger: see member_set_province.
    province_id         bigint,
    joined_on           date    NOT NULL,
    status              text    NOT NULL DEFAULT 'ACTIVE'
                        CHECK (status IN ('ACTIVE', 'TRANSFERRED_OUT', 'LEFT', 'DECEASED')),
    status_since        date    NOT NULL,
    position            text    NOT NULL DEFAULT 'NONE',
    has_smartphone      boolean,
    vneid_level         smallint CHECK (vneid_level BETWEEN 0 AND 2),
    has_ewallet         boolean,
    digital_skill       smallint CHECK (digital_skill BETWEEN 0 AND 3),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             int NOT NULL DEFAULT 0,
    CHECK (ethnicity_code IS NULL OR sensitive_consent_on IS NOT NULL)
);
-- One citizen, one living membership nationwide.
CREATE UNIQUE INDEX member_national_id_living ON member (national_id) WHERE status IN ('ACTIVE', 'TRANSFERRED_OUT');
CREATE INDEX member_national_id ON member (national_id);
CREATE INDEX member_unit ON member (unit_id, name_folded, id);
CREATE INDEX member_name_order ON member (name_folded, id);
CREATE INDEX member_phone ON member (phone);

CREATE TABLE member_status_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      bigint NOT NULL REFERENCES member ON DELETE CASCADE,
    status         text   NOT NULL,
    effective_date date   NOT NULL,
    reason         text,
    changed_by     text   NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_status_history_member ON member_status_history (member_id, id);

CREATE TABLE member_transfer (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      bigint NOT NULL REFERENCES member ON DELETE CASCADE,
    from_unit_id   bigint NOT NULL REFERENCES org_unit,
    to_unit_id     bigint NOT NULL REFERENCES org_unit,
    effective_date date   NOT NULL,
    reason         text,
    created_by     text   NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_transfer_member ON member_transfer (member_id, id);
CREATE INDEX member_transfer_from ON member_transfer (from_unit_id, id DESC);
CREATE INDEX member_transfer_to ON member_transfer (to_unit_id, id DESC);

-- The province of each member, kept by the database: the unit at depth 2 of her unit's path (her
-- province, or an agency directly under the central union). A name search within a province can then
-- walk that province's members in name order, or intersect the province with the trigram index,
-- instead of going through the whole country and dropping other provinces' members row by row: with
-- the name order starting with the family name, "nguyen …" sits behind 45 % of the country.
CREATE FUNCTION member_set_province() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT CASE WHEN nlevel(u.path) >= 2 THEN ltree2text(subpath(u.path, 1, 1))::bigint END
      INTO NEW.province_id
      FROM org_unit u WHERE u.id = NEW.unit_id;
    RETURN NEW;
END $$;

CREATE TRIGGER member_province BEFORE INSERT OR UPDATE OF unit_id ON member
    FOR EACH ROW EXECUTE FUNCTION member_set_province();

-- When a unit moves to another province, its members' province follows (the statement that moves a
-- unit's descendants fires this too, with their new paths).
CREATE FUNCTION member_province_follow_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member m SET province_id = ltree2text(subpath(n.path, 1, 1))::bigint
      FROM new_units n
     WHERE m.unit_id = n.id AND nlevel(n.path) >= 2
       AND m.province_id IS DISTINCT FROM ltree2text(subpath(n.path, 1, 1))::bigint;
    RETURN NULL;
END $$;

CREATE TRIGGER member_province_unit_path AFTER UPDATE ON org_unit
    REFERENCING NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION member_province_follow_path();

-- Name order within a province, carrying what a search filters on, so that walking it needs no heap
-- access until a page is found (an index-only scan).
CREATE INDEX member_province_name ON member (province_id, name_folded, id) INCLUDE (status, unit_id);
-- Trigram search within a province (btree_gin lets the province share the GIN index). A multi-column GIN
-- index serves conditions on any of its columns, so it also serves country-wide name searches.
CREATE INDEX member_province_trgm ON member USING gin (province_id, name_folded gin_trgm_ops);

-- Member counts of every subtree. Summing per-unit counts would read one row per unit of the subtree:
-- some 100,000 for the whole country, 16-50 ms whatever the plan. Instead statement-level triggers add each
-- statement's changes to every ancestor of the units it touched, so any subtree's counts are one row.
-- The root is left out on purpose: every member write in the country would queue on its row. The
-- whole country's counts are the sum of its children's (a few dozen rows). Rows are upserted in
-- unit id order, so two statements never wait for each other crosswise (no deadlock).
CREATE TABLE member_subtree_count (
    unit_id          bigint PRIMARY KEY REFERENCES org_unit,
    active           bigint NOT NULL DEFAULT 0,
    transferred_out  bigint NOT NULL DEFAULT 0,
    left_union       bigint NOT NULL DEFAULT 0,
    deceased         bigint NOT NULL DEFAULT 0
);

-- The units on a path, the root excepted: the unit itself and its ancestors below the central union.
CREATE FUNCTION hoiso_ancestors_below_root(p ltree) RETURNS SETOF bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a::bigint FROM unnest((string_to_array(ltree2text(p), '.'))[2:]) AS a;
END;

CREATE FUNCTION member_count_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_subtree_count AS c (unit_id, active, transferred_out, left_union, deceased)
    SELECT a.id, sum(n.active), sum(n.transferred_out), sum(n.left_union), sum(n.deceased)
      FROM (SELECT unit_id,
                   count(*) FILTER (WHERE status = 'ACTIVE') AS active, count(*) FILTER (WHERE status = 'TRANSFERRED_OUT') AS transferred_out,
                   count(*) FILTER (WHERE status = 'LEFT') AS left_union, count(*) FILTER (WHERE status = 'DECEASED') AS deceased
              FROM new_rows GROUP BY unit_id) n
      JOIN org_unit u ON u.id = n.unit_id
      CROSS JOIN LATERAL hoiso_ancestors_below_root(u.path) AS a(id)
     GROUP BY a.id
     ORDER BY a.id
    ON CONFLICT (unit_id) DO UPDATE SET
        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END $$;

CREATE FUNCTION member_count_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_subtree_count AS c (unit_id, active, transferred_out, left_union, deceased)
    SELECT a.id, -sum(o.active), -sum(o.transferred_out), -sum(o.left_union), -sum(o.deceased)
      FROM (SELECT unit_id,
                   count(*) FILTER (WHERE status = 'ACTIVE') AS active, count(*) FILTER (WHERE status = 'TRANSFERRED_OUT') AS transferred_out,
                   count(*) FILTER (WHERE status = 'LEFT') AS left_union, count(*) FILTER (WHERE status = 'DECEASED') AS deceased
              FROM old_rows GROUP BY unit_id) o
      JOIN org_unit u ON u.id = o.unit_id
      CROSS JOIN LATERAL hoiso_ancestors_below_root(u.path) AS a(id)
     GROUP BY a.id
     ORDER BY a.id
    ON CONFLICT (unit_id) DO UPDATE SET
        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END $$;

-- An update is a delete of the old row and an insert of the new one, restricted to rows whose unit or
-- status changed; ancestors whose totals do not change (a transfer within a commune) are not touched.
CREATE FUNCTION member_count_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH changed AS (
        SELECT o.unit_id AS old_unit, o.status AS old_status, n.unit_id AS new_unit, n.status AS new_status
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE o.unit_id <> n.unit_id OR o.status <> n.status
    ), deltas AS (
        SELECT old_unit AS unit_id, old_status AS status, -1 AS d FROM changed
        UNION ALL
        SELECT new_unit, new_status, 1 FROM changed
    ), per_unit AS (
        SELECT unit_id,
               coalesce(sum(d) FILTER (WHERE status = 'ACTIVE'), 0) AS active,
               coalesce(sum(d) FILTER (WHERE status = 'TRANSFERRED_OUT'), 0) AS transferred_out,
               coalesce(sum(d) FILTER (WHERE status = 'LEFT'), 0) AS left_union,
               coalesce(sum(d) FILTER (WHERE status = 'DECEASED'), 0) AS deceased
          FROM deltas GROUP BY unit_id
    )
    INSERT INTO member_subtree_count AS c (unit_id, active, transferred_out, left_union, deceased)
    SELECT a.id, sum(p.active), sum(p.transferred_out), sum(p.left_union), sum(p.deceased)
      FROM per_unit p
      JOIN org_unit u ON u.id = p.unit_id
      CROSS JOIN LATERAL hoiso_ancestors_below_root(u.path) AS a(id)
     GROUP BY a.id
    HAVING sum(p.active) <> 0 OR sum(p.transferred_out) <> 0 OR sum(p.left_union) <> 0 OR sum(p.deceased) <> 0
     ORDER BY a.id
    ON CONFLICT (unit_id) DO UPDATE SET
        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END $$;

CREATE TRIGGER member_count_insert AFTER INSERT ON member
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_count_after_insert();
CREATE TRIGGER member_count_delete AFTER DELETE ON member
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_count_after_delete();
CREATE TRIGGER member_count_update AFTER UPDATE ON member
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_count_after_update();

-- When a unit gets another parent, its subtree's totals leave its old ancestors and join its new ones.
-- Only the moved unit itself changed parent; its descendants' new paths change no totals.
CREATE FUNCTION member_count_follow_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH moved AS (
        SELECT s.*, o.path AS old_path, n.path AS new_path
          FROM new_units n JOIN old_units o ON o.id = n.id
          JOIN member_subtree_count s ON s.unit_id = n.id
         WHERE n.parent_id IS DISTINCT FROM o.parent_id
    ), deltas AS (
        SELECT a.id, -m.active AS active, -m.transferred_out AS transferred_out, -m.left_union AS left_union, -m.deceased AS deceased
          FROM moved m CROSS JOIN LATERAL hoiso_ancestors_below_root(subpath(m.old_path, 0, nlevel(m.old_path) - 1)) AS a(id)
        UNION ALL
        SELECT a.id, m.active, m.transferred_out, m.left_union, m.deceased
          FROM moved m CROSS JOIN LATERAL hoiso_ancestors_below_root(subpath(m.new_path, 0, nlevel(m.new_path) - 1)) AS a(id)
    )
    INSERT INTO member_subtree_count AS c (unit_id, active, transferred_out, left_union, deceased)
    SELECT id, sum(active), sum(transferred_out), sum(left_union), sum(deceased)
      FROM deltas
     GROUP BY id
    HAVING sum(active) <> 0 OR sum(transferred_out) <> 0 OR sum(left_union) <> 0 OR sum(deceased) <> 0
     ORDER BY id
    ON CONFLICT (unit_id) DO UPDATE SET
        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END $$;

CREATE TRIGGER member_count_unit_move AFTER UPDATE ON org_unit
    REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION member_count_follow_move();

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
CREATE INDEX member_name_trgm ON member USING gin (name_folded gin_trgm_ops);
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

-- Member counts per unit, kept by statement-level triggers so that a bulk insert costs one upsert per
-- unit touched. The unit's path is copied here so a subtree count is a single indexed scan.
CREATE TABLE member_unit_count (
    unit_id          bigint PRIMARY KEY REFERENCES org_unit,
    path             ltree  NOT NULL,
    active           bigint NOT NULL DEFAULT 0,
    transferred_out  bigint NOT NULL DEFAULT 0,
    left_union       bigint NOT NULL DEFAULT 0,
    deceased         bigint NOT NULL DEFAULT 0
);
CREATE INDEX member_unit_count_path ON member_unit_count USING gist (path);


CREATE FUNCTION member_count_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_unit_count AS c (unit_id, path, active, transferred_out, left_union, deceased)
    SELECT n.unit_id, u.path,
           count(*) FILTER (WHERE n.status = 'ACTIVE'), count(*) FILTER (WHERE n.status = 'TRANSFERRED_OUT'),
           count(*) FILTER (WHERE n.status = 'LEFT'), count(*) FILTER (WHERE n.status = 'DECEASED')
      FROM new_rows n JOIN org_unit u ON u.id = n.unit_id
     GROUP BY n.unit_id, u.path
    ON CONFLICT (unit_id) DO UPDATE SET
        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END $$;

CREATE FUNCTION member_count_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member_unit_count c SET
        active = c.active - d.active, transferred_out = c.transferred_out - d.transferred_out,
        left_union = c.left_union - d.left_union, deceased = c.deceased - d.deceased
      FROM (SELECT unit_id,
                   count(*) FILTER (WHERE status = 'ACTIVE') AS active, count(*) FILTER (WHERE status = 'TRANSFERRED_OUT') AS transferred_out,
                   count(*) FILTER (WHERE status = 'LEFT') AS left_union, count(*) FILTER (WHERE status = 'DECEASED') AS deceased
              FROM old_rows GROUP BY unit_id) d
     WHERE c.unit_id = d.unit_id;
    RETURN NULL;
END $$;

-- An update is a delete of the old row and an insert of the new one, restricted to rows whose unit or
-- status changed.
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
    ), agg AS (
        SELECT unit_id,
               sum(d) FILTER (WHERE status = 'ACTIVE') AS active, sum(d) FILTER (WHERE status = 'TRANSFERRED_OUT') AS transferred_out,
               sum(d) FILTER (WHERE status = 'LEFT') AS left_union, sum(d) FILTER (WHERE status = 'DECEASED') AS deceased
          FROM deltas GROUP BY unit_id
    )
    INSERT INTO member_unit_count AS c (unit_id, path, active, transferred_out, left_union, deceased)
    SELECT a.unit_id, u.path, coalesce(a.active, 0), coalesce(a.transferred_out, 0), coalesce(a.left_union, 0), coalesce(a.deceased, 0)
      FROM agg a JOIN org_unit u ON u.id = a.unit_id
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

-- When a unit moves, the copied path follows.
CREATE FUNCTION member_count_follow_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE member_unit_count c SET path = n.path
      FROM new_units n JOIN old_units o ON o.id = n.id
     WHERE c.unit_id = n.id AND n.path IS DISTINCT FROM o.path;
    RETURN NULL;
END $$;
CREATE TRIGGER member_count_unit_path AFTER UPDATE ON org_unit
    REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION member_count_follow_path();

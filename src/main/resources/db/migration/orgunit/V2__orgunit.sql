-- Levels of the organisation are data: central, province, commune-level union, branch, group, agency.
CREATE TABLE org_level (
    code     text PRIMARY KEY,
    rank     int  NOT NULL,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);
INSERT INTO org_level (code, rank, name_vi, name_en) VALUES
    ('CENTRAL',  0, 'Trung ương', 'Central'),
    ('PROVINCE', 1, 'Tỉnh, thành phố', 'Province or city'),
    ('COMMUNE',  2, 'Cơ sở (xã, phường, đặc khu)', 'Commune-level union'),
    ('AGENCY',   2, 'Hội cơ quan, doanh nghiệp', 'Agency or enterprise union'),
    ('BRANCH',   3, 'Chi hội', 'Branch'),
    ('GROUP',    4, 'Tổ phụ nữ', 'Women''s group');

-- Which level may sit under which.
CREATE TABLE org_level_parent (
    level_code   text NOT NULL REFERENCES org_level,
    parent_level text NOT NULL REFERENCES org_level,
    PRIMARY KEY (level_code, parent_level)
);
INSERT INTO org_level_parent VALUES
    ('PROVINCE', 'CENTRAL'),
    ('COMMUNE', 'PROVINCE'),
    ('AGENCY', 'PROVINCE'), ('AGENCY', 'COMMUNE'), ('AGENCY', 'CENTRAL'),
    ('BRANCH', 'COMMUNE'), ('BRANCH', 'AGENCY'),
    ('GROUP', 'BRANCH');

CREATE TABLE org_unit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text   NOT NULL,
    name        text   NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_folded text   GENERATED ALWAYS AS (hoiso_fold(name)) STORED,
    level_code  text   NOT NULL REFERENCES org_level,
    parent_id   bigint REFERENCES org_unit,
    admin_code  text,
    path        ltree  NOT NULL,
    valid_from  date   NOT NULL,
    valid_to    date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- A code is unique among open units; a merged unit may inherit a predecessor's code.
CREATE UNIQUE INDEX org_unit_code_open ON org_unit (code) WHERE valid_to IS NULL;
CREATE INDEX org_unit_path ON org_unit USING gist (path);
CREATE INDEX org_unit_parent ON org_unit (parent_id, name);
CREATE INDEX org_unit_admin_code ON org_unit (admin_code);
CREATE INDEX org_unit_name_trgm ON org_unit USING gin (name_folded gin_trgm_ops);

-- The materialised path is the chain of ids from the root. It is kept by the database itself on every
-- insert and every change of parent, so no writer can leave it wrong.
CREATE FUNCTION org_unit_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent_path ltree;
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.path := NEW.id::text::ltree;
    ELSE
        SELECT path INTO parent_path FROM org_unit WHERE id = NEW.parent_id;
        IF parent_path IS NULL THEN
            RAISE EXCEPTION 'parent unit % does not exist', NEW.parent_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND parent_path <@ OLD.path THEN
            RAISE EXCEPTION 'unit % cannot move under its own descendant %', NEW.id, NEW.parent_id
                USING ERRCODE = 'HS001';
        END IF;
        NEW.path := parent_path || NEW.id::text;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER org_unit_path_before
    BEFORE INSERT OR UPDATE OF parent_id ON org_unit
    FOR EACH ROW EXECUTE FUNCTION org_unit_set_path();

CREATE FUNCTION org_unit_move_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_unit SET path = NEW.path || subpath(path, nlevel(OLD.path))
     WHERE path <@ OLD.path AND id <> NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER org_unit_path_after
    AFTER UPDATE OF parent_id ON org_unit
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path)
    EXECUTE FUNCTION org_unit_move_subtree();

-- Reorganisations are history: merge, split, rename, move, create, close; each with an effective date.
CREATE TABLE org_lineage_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text   NOT NULL CHECK (kind IN ('CREATE', 'MERGE', 'SPLIT', 'RENAME', 'MOVE', 'CLOSE')),
    effective_date date   NOT NULL,
    note           text,
    created_by     text   NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per predecessor -> successor pair of an event (for RENAME and MOVE both are the same unit).
CREATE TABLE org_lineage_link (
    event_id      bigint NOT NULL REFERENCES org_lineage_event,
    from_unit_id  bigint REFERENCES org_unit,
    to_unit_id    bigint REFERENCES org_unit,
    old_name      text,
    new_name      text,
    old_parent_id bigint REFERENCES org_unit,
    new_parent_id bigint REFERENCES org_unit
);
CREATE INDEX org_lineage_link_from ON org_lineage_link (from_unit_id);
CREATE INDEX org_lineage_link_to ON org_lineage_link (to_unit_id);
CREATE INDEX org_lineage_link_event ON org_lineage_link (event_id);

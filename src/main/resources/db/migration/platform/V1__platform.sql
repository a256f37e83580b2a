-- Extensions hoiso relies on. All are "trusted" since PostgreSQL 13, so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Folds Vietnamese text for search: lower case, no diacritics, đ -> d.
-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary by name makes the result
-- depend on the input alone, so it can be declared IMMUTABLE and used in generated columns and indexes.
CREATE FUNCTION hoiso_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, t));

-- Who read or changed which person's record or which unit, when and from where.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    bigint,
    unit_id      bigint,
    remote_addr  text,
    detail       text
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, at DESC);

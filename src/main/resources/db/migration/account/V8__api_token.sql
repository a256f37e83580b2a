-- Tokens that partner systems (provincial data platforms, national statistics systems) send as
-- "Authorization: Bearer hs_…" to read aggregates through /api/v1: read-only, bounded by the subtree
-- of one unit. The token itself is shown once at creation and never stored.
CREATE TABLE api_token (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL,
    unit_id       bigint      NOT NULL REFERENCES org_unit,
    -- The token's first 8 characters, shown in lists so admins and partners can tell tokens apart.
    prefix        text        NOT NULL,
    -- SHA-256 (hex) of the whole token. A slow password hash (bcrypt) protects low-entropy passwords
    -- against guessing; a token carries 256 random bits, so a fast hash cannot be reversed by guessing
    -- either, and being deterministic it lets a request find its token through this unique index
    -- instead of running bcrypt against every row.
    secret_hash   text        NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    -- User names, as in the audit log.
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    -- The administrator chooses the validity (one year unless she says otherwise); a token never lives forever.
    expires_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    text,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX api_token_secret_hash ON api_token (secret_hash);
CREATE INDEX api_token_unit ON api_token (unit_id);

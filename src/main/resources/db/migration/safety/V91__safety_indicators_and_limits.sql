-- Scam indicators (dấu hiệu lừa đảo): the phone numbers, bank accounts, links and social profiles named in scam
-- reports, each normalised (identifiers package) so that many reports of one number make one indicator. The public
-- "check before you transfer" shows an indicator once enough distinct reporters named it or an officer verified it,
-- never a reporter or a case; an officer may mark one false, and it disappears from the check.
CREATE TABLE safety_indicator (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('PHONE', 'BANK_ACCOUNT', 'LINK', 'PROFILE')),
    value       text        NOT NULL CHECK (length(value) BETWEEN 1 AND 300),
    first_seen  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL,
    verified_at timestamptz,
    verified_by text,
    false_at    timestamptz,
    false_by    text,
    UNIQUE (kind, value),
    CHECK (last_seen >= first_seen)
);

-- Which reports named it, and by whom (the report's keyed reporter hash): "reported by N people" counts these.
CREATE TABLE safety_indicator_report (
    indicator_id bigint      NOT NULL REFERENCES safety_indicator,
    case_id      bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    reporter_key text        NOT NULL,
    reported_at  timestamptz NOT NULL,
    PRIMARY KEY (indicator_id, case_id)
);
CREATE INDEX safety_indicator_report_case ON safety_indicator_report (case_id);

-- Rate limits of the public form, the check and PIN attempts, kept in PostgreSQL so that every instance counts the
-- same: hits per bucket (an address's keyed hash, an account, a case code, or everyone) and fixed time window.
CREATE UNLOGGED TABLE safety_rate (
    bucket       text        NOT NULL,
    window_start timestamptz NOT NULL,
    hits         int         NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- The public form's single-use tokens: a token's nonce is kept once used (until it would have expired anyway).
CREATE TABLE safety_form_token (
    nonce   text        PRIMARY KEY,
    used_at timestamptz NOT NULL
);

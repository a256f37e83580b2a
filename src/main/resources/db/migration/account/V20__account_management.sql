-- Accounts the level above manages (reset, disable, unlock, role and unit) and a sign-in that an attacker can
-- neither guess through nor use to keep a real user out (see README, "Signing in and lock-out").

-- must_change_password: set by a reset to a one-time password; until she chooses her own she can do nothing else.
-- security_stamp: raised by every change that must end her open sessions (disabled, reset, role or unit changed,
-- her own new password); a session signed in under an older stamp is refused on its next request.
-- lock_count: locks in a row since her last successful sign-in from a new place; each lock lasts twice the last.
ALTER TABLE app_user
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN security_stamp       bigint      NOT NULL DEFAULT 0,
    ADD COLUMN lock_count           int         NOT NULL DEFAULT 0,
    ADD COLUMN last_sign_in_at      timestamptz;

-- Every limiter of attempts (sign-in failures per client address and per account and place, invitation codes per
-- address and per code) counts here, in a fixed window per key, so that all instances share the counts. Keys are
-- hashes: no address or typed name is kept in clear.
CREATE TABLE attempt_counter (
    scope        text        NOT NULL,
    key          text        NOT NULL,
    window_start timestamptz NOT NULL,
    hits         int         NOT NULL CHECK (hits > 0),
    PRIMARY KEY (scope, key)
);
CREATE INDEX attempt_counter_window ON attempt_counter (window_start);

-- Places an account signed in from successfully: a client address ('a:' and its hash) or a browser ('d:' and the
-- hash of its device cookie). From a known place she is never locked out by failures from elsewhere.
CREATE TABLE sign_in_place (
    user_id         bigint      NOT NULL REFERENCES app_user ON DELETE CASCADE,
    place           text        NOT NULL CHECK (place ~ '^[ad]:[0-9a-f]{64}$'),
    last_success_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, place)
);

-- Personal API tokens: an officer's scripts call the API as her, within her own role assignments, without a bcrypt
-- per request. Shown once; only the SHA-256 is kept (256 random bits: a fast hash cannot be reversed by guessing).
CREATE TABLE personal_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user ON DELETE CASCADE,
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    secret_hash  text        NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE UNIQUE INDEX personal_token_secret_hash ON personal_token (secret_hash);
CREATE INDEX personal_token_user ON personal_token (user_id);

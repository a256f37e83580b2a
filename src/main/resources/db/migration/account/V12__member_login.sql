-- Members' own accounts: her login (username = her phone, normalised) is linked to her member record and
-- carries no role assignment, so it reaches her own pages and nothing of anyone else.
CREATE TABLE member_login (
    user_id      bigint PRIMARY KEY REFERENCES app_user ON DELETE CASCADE,
    member_id    bigint NOT NULL UNIQUE REFERENCES member,
    activated_at timestamptz NOT NULL DEFAULT now()
);

-- Invitations a branch or commune officer prints for a member: one-time, expiring; only the code's
-- SHA-256 is kept (the code is high-entropy and shown once, so a slow hash buys nothing).
CREATE TABLE member_invitation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint NOT NULL REFERENCES member,
    code_hash   text   NOT NULL UNIQUE,
    issued_by   text   NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);
CREATE UNIQUE INDEX member_invitation_open ON member_invitation (member_id) WHERE used_at IS NULL AND revoked_at IS NULL;

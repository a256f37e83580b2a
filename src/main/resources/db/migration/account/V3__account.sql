CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text NOT NULL,
    password_hash   text NOT NULL,
    display_name    text NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    failed_logins   int NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));

-- A role reaches the unit's whole subtree and nothing else.
CREATE TABLE role_assignment (
    user_id  bigint NOT NULL REFERENCES app_user ON DELETE CASCADE,
    role     text   NOT NULL CHECK (role IN ('ADMIN', 'OFFICER', 'VIEWER')),
    unit_id  bigint NOT NULL REFERENCES org_unit,
    PRIMARY KEY (user_id, role, unit_id)
);

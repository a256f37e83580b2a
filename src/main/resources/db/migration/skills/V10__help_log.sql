-- The digital help log (nhật ký hỗ trợ số): digital-transformation ambassadors and community digital-team
-- members record each help they give, so the monthly report counts it instead of someone typing a number.

-- Who may log help for a unit's subtree besides its officers: a member designated by an officer.
CREATE TABLE digital_helper (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     bigint NOT NULL REFERENCES member,
    unit_id       bigint NOT NULL REFERENCES org_unit,
    kind          text   NOT NULL CHECK (kind IN ('AMBASSADOR', 'COMMUNITY_TEAM')),
    since         date   NOT NULL,
    until         date,
    designated_by text   NOT NULL,
    ended_by      text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (until IS NULL OR until >= since)
);
-- One open designation of a kind per member and unit; ended ones stay as history.
CREATE UNIQUE INDEX digital_helper_open ON digital_helper (member_id, unit_id, kind) WHERE until IS NULL;
CREATE INDEX digital_helper_unit ON digital_helper (unit_id);

-- A session of help (buổi hỗ trợ) entered in bulk; its lines are help_given rows.
CREATE TABLE help_session (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    bigint NOT NULL REFERENCES org_unit,
    held_on    date   NOT NULL,
    place      text   CHECK (length(place) <= 200),
    note       text   CHECK (length(note) <= 500),
    created_by text   NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE help_given (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id             bigint NOT NULL REFERENCES org_unit,
    given_on            date   NOT NULL CHECK (given_on >= DATE '2025-01-01'),
    place               text   CHECK (length(place) <= 200),
    type                text   NOT NULL CHECK (type IN ('VNEID_INSTALL', 'VNEID_LEVEL2', 'EWALLET', 'PUBLIC_SERVICE',
                                                        'ONLINE_SELLING', 'SCAM_AWARENESS', 'OTHER')),
    note                text   CHECK (note IS NULL OR (length(note) <= 200 AND type = 'OTHER')),
    helped_member_id    bigint REFERENCES member,
    -- A person who is not a member: her name and phone only (no CCCD), kept with her consent.
    citizen_name        text   CHECK (length(citizen_name) BETWEEN 1 AND 100),
    citizen_phone       text   CHECK (citizen_phone ~ '^0[35789][0-9]{8}$'),
    consent_recorded_at timestamptz,
    consent_recorded_by text,
    session_id          bigint REFERENCES help_session,
    logged_by           text   NOT NULL,
    logged_by_member_id bigint REFERENCES member,
    created_at          timestamptz NOT NULL DEFAULT now(),
    -- Either a member or a citizen, never both, never nobody.
    CHECK ((helped_member_id IS NULL) <> (citizen_name IS NULL AND citizen_phone IS NULL)),
    CHECK ((citizen_name IS NULL) = (citizen_phone IS NULL)),
    -- A citizen's name and phone are stored only with her consent on record.
    CHECK (citizen_name IS NULL OR (consent_recorded_at IS NOT NULL AND consent_recorded_by IS NOT NULL))
);
-- Counting a subtree over a period joins org_unit by path, then reads by unit and date.
CREATE INDEX help_given_unit_date ON help_given (unit_id, given_on);
CREATE INDEX help_given_session ON help_given (session_id) WHERE session_id IS NOT NULL;

-- Protection from online scams, harassment and violence (the safety module): reports and the confidential case
-- work on them. Whatever a person told in confidence (description, people named, place, contact, notes,
-- assessment, safety plan, screenshots) is stored sealed (AES-256-GCM, bytea, see SafetyCipher): a database dump
-- alone reads none of it. Statistics read only the plain columns (kind, dates, commune, money, statuses).

-- Case workers (cán bộ xử lý vụ việc): officers designated by a province or national administrator. A designation
-- reaches the subtree of its unit; a supervising case worker also approves the closing of violence cases.
CREATE TABLE safety_case_worker (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user,
    unit_id       bigint      NOT NULL REFERENCES org_unit,
    supervising   boolean     NOT NULL DEFAULT false,
    since         timestamptz NOT NULL DEFAULT now(),
    until         timestamptz,
    designated_by text        NOT NULL,
    ended_by      text,
    CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX safety_case_worker_open ON safety_case_worker (user_id, unit_id) WHERE until IS NULL;
CREATE INDEX safety_case_worker_unit ON safety_case_worker (unit_id) WHERE until IS NULL;

CREATE TABLE safety_case (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- what the reporter follows her report with: the code (shown to her) and a PIN (only its bcrypt hash)
    code                text        NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
    pin_hash            text,
    kind                text        NOT NULL CHECK (kind IN ('SCAM_CALL', 'SCAM_SMS', 'SCAM_SOCIAL', 'SCAM_WEBSITE',
                                                            'SCAM_INVESTMENT', 'SCAM_IMPERSONATION', 'HARASSMENT',
                                                            'VIOLENCE_FAMILY', 'VIOLENCE_OTHER')),
    category            text        NOT NULL CHECK (category IN ('SCAM', 'HARASSMENT', 'VIOLENCE')),
    channel             text        CHECK (channel IN ('PHONE_CALL', 'SMS', 'SOCIAL_NETWORK', 'WEBSITE_APP', 'IN_PERSON',
                                                      'OTHER')),
    happened_on         date,
    money_lost          bigint      CHECK (money_lost BETWEEN 0 AND 1000000000000),
    -- the commune where it happened (what statistics count by) and the unit whose case workers handle it
    -- (the commune at first; escalation moves it up the tree)
    unit_id             bigint      NOT NULL REFERENCES org_unit,
    handling_unit_id    bigint      NOT NULL REFERENCES org_unit,
    reporter_member_id  bigint      REFERENCES member,
    -- who reported, as a keyed hash (a member, or a client address): tells distinct reporters apart, nothing more
    reporter_key        text,
    source              text        NOT NULL CHECK (source IN ('PUBLIC', 'MEMBER')),
    consent_counselling boolean     NOT NULL,
    consent_police      boolean     NOT NULL,
    consent_health      boolean     NOT NULL,
    consent_legal       boolean     NOT NULL,
    consent_statistics  boolean     NOT NULL,
    consent_at          timestamptz NOT NULL,
    description_enc     bytea,
    people_enc          bytea,
    place_enc           bytea,
    contact_enc         bytea,
    -- the phones, accounts, links and profiles a harassment or violence report names (a scam's are indicators)
    identifiers_enc     bytea,
    status              text        NOT NULL CHECK (status IN ('NEW', 'OPEN', 'CLOSE_REQUESTED', 'CLOSED')),
    owner_user_id       bigint      REFERENCES app_user,
    owner_name          text,
    risk_level          text        CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'SEVERE')),
    assessment_enc      bytea,
    safety_plan_enc     bytea,
    received_at         timestamptz NOT NULL,
    closed_at           timestamptz,
    close_outcome       text        CHECK (close_outcome IN ('RESOLVED', 'REFERRED_ON', 'NO_CONTACT', 'WITHDRAWN',
                                                            'DELETED_BY_REPORTER')),
    anonymised_at       timestamptz,
    version             int         NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (status = 'NEW' OR owner_user_id IS NOT NULL OR anonymised_at IS NOT NULL),
    -- anonymised: nothing told in confidence is left, and the code no longer opens it
    CHECK (anonymised_at IS NULL OR (pin_hash IS NULL AND description_enc IS NULL AND people_enc IS NULL
                                     AND place_enc IS NULL AND contact_enc IS NULL AND identifiers_enc IS NULL
                                     AND assessment_enc IS NULL
                                     AND safety_plan_enc IS NULL AND reporter_member_id IS NULL))
);
CREATE INDEX safety_case_handling ON safety_case (handling_unit_id, status);
CREATE INDEX safety_case_unit_received ON safety_case (unit_id, received_at);
CREATE INDEX safety_case_closed ON safety_case (closed_at) WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;

-- Notes of the case workers, what the reporter added later, and replies to her (shown on her follow-up page).
CREATE TABLE safety_case_entry (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id  bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    kind     text        NOT NULL CHECK (kind IN ('NOTE', 'ADDITION', 'REPLY')),
    text_enc bytea       NOT NULL,
    author   text        NOT NULL,
    at       timestamptz NOT NULL
);
CREATE INDEX safety_case_entry_case ON safety_case_entry (case_id, id);

-- Screenshots (JPEG or PNG, checked by their bytes), sealed.
CREATE TABLE safety_evidence (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    content_type text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   int         NOT NULL CHECK (size_bytes > 0),
    data_enc     bytea       NOT NULL,
    by_reporter  boolean     NOT NULL,
    added_at     timestamptz NOT NULL
);
CREATE INDEX safety_evidence_case ON safety_evidence (case_id, id);

-- The case's story: received, taken, assessed, referred, escalated (from and to), closing asked, approved, refused…
CREATE TABLE safety_case_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    kind       text        NOT NULL,
    actor      text        NOT NULL,
    at         timestamptz NOT NULL,
    reason_enc bytea,
    from_unit  bigint REFERENCES org_unit,
    to_unit    bigint REFERENCES org_unit
);
CREATE INDEX safety_case_event_case ON safety_case_event (case_id, id);

-- Every read of a case (who opened this case): shown to its owner, never in the platform's audit log.
CREATE TABLE safety_case_access (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id  bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    user_id  bigint,
    who      text        NOT NULL,
    action   text        NOT NULL CHECK (action IN ('READ', 'API_READ', 'EVIDENCE', 'REPORTER')),
    at       timestamptz NOT NULL
);
CREATE INDEX safety_case_access_case ON safety_case_access (case_id, id);

-- The directory of services a case is referred to, kept by administrators: a service serves its unit's subtree,
-- or the whole country when it has no unit (the national lines seeded here). Administrators add the local ones
-- (Peace House, commune police, People's Committee, health station, legal aid).
CREATE TABLE safety_service (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    bigint      REFERENCES org_unit,
    kind       text        NOT NULL CHECK (kind IN ('PEACE_HOUSE', 'HOTLINE', 'CHILD_LINE', 'POLICE', 'PEOPLES_COMMITTEE',
                                                    'HEALTH_STATION', 'LEGAL_AID', 'OTHER')),
    purpose    text        NOT NULL CHECK (purpose IN ('COUNSELLING', 'POLICE', 'HEALTH', 'LEGAL')),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    phone      text        CHECK (length(phone) <= 40),
    address    text        CHECK (length(address) <= 300),
    active     boolean     NOT NULL DEFAULT true,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX safety_service_unit ON safety_service (unit_id) WHERE active;

INSERT INTO safety_service (unit_id, kind, purpose, name, phone, created_by) VALUES
    (NULL, 'HOTLINE', 'COUNSELLING', 'Tổng đài tư vấn, hỗ trợ phụ nữ (Hội LHPN Việt Nam)', '1900 969 680', 'hoiso'),
    (NULL, 'CHILD_LINE', 'COUNSELLING', 'Tổng đài điện thoại quốc gia bảo vệ trẻ em', '111', 'hoiso'),
    (NULL, 'POLICE', 'POLICE', 'Cảnh sát (số khẩn cấp 113)', '113', 'hoiso');

CREATE TABLE safety_referral (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint      NOT NULL REFERENCES safety_case ON DELETE CASCADE,
    service_id          bigint      NOT NULL REFERENCES safety_service,
    purpose             text        NOT NULL CHECK (purpose IN ('COUNSELLING', 'POLICE', 'HEALTH', 'LEGAL')),
    status              text        NOT NULL CHECK (status IN ('AWAITING_CONFIRMATION', 'SENT', 'ACCEPTED', 'DECLINED',
                                                               'CANCELLED')),
    deadline            date        NOT NULL,
    note_enc            bytea,
    -- referred without the matching consent: the reason (sealed), who asked and the second case worker who confirmed
    override            boolean     NOT NULL DEFAULT false,
    override_reason_enc bytea,
    requested_by        bigint      NOT NULL,
    requested_by_name   text        NOT NULL,
    confirmed_by        bigint,
    confirmed_by_name   text,
    created_at          timestamptz NOT NULL,
    sent_at             timestamptz,
    answered_at         timestamptz,
    -- (the reason is sealed text; anonymisation clears it, so only "no reason without an override" is a rule)
    CHECK (override_reason_enc IS NULL OR override),
    CHECK (NOT override OR status IN ('AWAITING_CONFIRMATION', 'CANCELLED') OR confirmed_by IS NOT NULL),
    CHECK (confirmed_by IS NULL OR confirmed_by <> requested_by),
    CHECK (status IN ('AWAITING_CONFIRMATION', 'CANCELLED') OR sent_at IS NOT NULL)
);
CREATE INDEX safety_referral_case ON safety_referral (case_id, id);

-- The one door to cases for a person: the cases her open designations reach (a designation reaches the subtree
-- of its unit, by the tree's ltree path), and whether one of those designations supervises. Every query of cases
-- a person runs joins this (CaseRepository; CaseQueriesAreScopedTest), so a case outside her reach is not found,
-- not counted, not listed.
CREATE FUNCTION safety_visible_cases(viewer bigint)
RETURNS TABLE (case_id bigint, supervising boolean)
LANGUAGE sql STABLE AS $$
    SELECT c.id, bool_or(w.supervising)
      FROM safety_case_worker w
      JOIN org_unit wu ON wu.id = w.unit_id
      JOIN org_unit hu ON hu.path <@ wu.path
      JOIN safety_case c ON c.handling_unit_id = hu.id
     WHERE w.user_id = viewer AND w.until IS NULL
     GROUP BY c.id
$$;

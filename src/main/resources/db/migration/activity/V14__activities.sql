-- "Chi hội số" (the digital branch): activities a branch or commune plans, members' answers, attendance
-- (her card scanned, the activity's QR scanned by her, or ticked by hand), minutes and photos, and
-- announcements to the members of a unit.
CREATE TABLE activity (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id       bigint NOT NULL REFERENCES org_unit,
    kind          text   NOT NULL CHECK (kind IN ('MEETING', 'TRAINING', 'CAMPAIGN', 'VOLUNTEERING')),
    title         text   NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   text   CHECK (length(description) <= 4000),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz,
    place         text   CHECK (length(place) <= 300),
    online_url    text   CHECK (online_url ~ '^https://[^\s<>"]+$'),
    -- What the activity's own QR carries: a member who scans it checks herself in.
    check_in_code text   NOT NULL UNIQUE,
    status        text   NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    minutes       text   CHECK (length(minutes) <= 20000),
    created_by    text   NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX activity_unit_time ON activity (unit_id, starts_at);
CREATE INDEX activity_time ON activity (starts_at) WHERE status = 'HELD';

CREATE TABLE activity_response (
    activity_id bigint NOT NULL REFERENCES activity,
    member_id   bigint NOT NULL REFERENCES member,
    answer      text   NOT NULL CHECK (answer IN ('YES', 'NO', 'MAYBE')),
    answered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (activity_id, member_id)
);

CREATE TABLE activity_attendance (
    activity_id bigint NOT NULL REFERENCES activity,
    member_id   bigint NOT NULL REFERENCES member,
    method      text   NOT NULL CHECK (method IN ('CARD', 'SELF_QR', 'MANUAL')),
    recorded_by text   NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (activity_id, member_id)
);

-- Photos are small (a phone's picture, resized by her browser or not, at most 3 MB) and few per activity.
CREATE TABLE activity_photo (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    activity_id  bigint NOT NULL REFERENCES activity,
    content_type text   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    data         bytea  NOT NULL CHECK (octet_length(data) <= 3145728),
    uploaded_by  text   NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_photo_activity ON activity_photo (activity_id, id);

CREATE TABLE announcement (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id      bigint NOT NULL REFERENCES org_unit,
    title        text   NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body         text   NOT NULL CHECK (length(body) <= 4000),
    created_by   text   NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX announcement_unit ON announcement (unit_id, published_at DESC);

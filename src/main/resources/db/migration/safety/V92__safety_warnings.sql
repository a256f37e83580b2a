-- Warnings to members (cảnh báo): written by a province or national officer for a subtree, approved by an
-- administrator of it who is not the author, then shown on members' home pages and sent by e-mail (outbox).
CREATE TABLE safety_warning (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id         bigint      NOT NULL REFERENCES org_unit,
    title_vi        text        NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
    title_en        text        NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
    body_vi         text        NOT NULL CHECK (length(body_vi) BETWEEN 1 AND 5000),
    body_en         text        NOT NULL CHECK (length(body_en) BETWEEN 1 AND 5000),
    valid_from      date        NOT NULL,
    valid_to        date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED', 'WITHDRAWN')),
    author_id       bigint      NOT NULL,
    author          text        NOT NULL,
    created_at      timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    return_comment  text        CHECK (length(return_comment) <= 1000),
    CHECK (valid_to >= valid_from),
    CHECK (status = 'PENDING' OR decided_at IS NOT NULL)
);
CREATE INDEX safety_warning_unit ON safety_warning (unit_id, status, valid_to);

-- The scam's indicators a warning names, normalised like reported ones.
CREATE TABLE safety_warning_indicator (
    warning_id bigint NOT NULL REFERENCES safety_warning ON DELETE CASCADE,
    kind       text   NOT NULL CHECK (kind IN ('PHONE', 'BANK_ACCOUNT', 'LINK', 'PROFILE')),
    value      text   NOT NULL,
    PRIMARY KEY (warning_id, kind, value)
);

-- Which members a warning reached (shown on her home page, or e-mailed) and when she opened it.
CREATE TABLE safety_warning_member (
    warning_id bigint      NOT NULL REFERENCES safety_warning ON DELETE CASCADE,
    member_id  bigint      NOT NULL REFERENCES member,
    reached_at timestamptz NOT NULL,
    emailed_at timestamptz,
    opened_at  timestamptz,
    PRIMARY KEY (warning_id, member_id)
);
CREATE INDEX safety_warning_member_member ON safety_warning_member (member_id);

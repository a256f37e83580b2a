-- Notices to people in hoiso (thông báo): shown on their home page and counted on the menu until they
-- open them. The module that posts one writes its text in Vietnamese and English and where it leads
-- (a path in hoiso); it may mark it for its daily digest e-mail instead of a mail of its own. user_id is the
-- account it is for (no foreign key: the accounts are another module's table).
CREATE TABLE notice (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL,
    kind        text        NOT NULL,
    text_vi     text        NOT NULL CHECK (length(text_vi) <= 1000),
    text_en     text        NOT NULL CHECK (length(text_en) <= 1000),
    link        text        NOT NULL CHECK (link ~ '^/[^/]'),
    -- what it is about ('report:12'): opening that thing marks its notices read
    subject_key text,
    -- once per person and key (a report's event, a due date)
    dedupe_key  text,
    -- waits for the poster's daily digest e-mail; digested_at when it went into one
    digest      boolean     NOT NULL DEFAULT false,
    digested_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
-- the menu's count and the home page: one person's unread notices
CREATE INDEX notice_unread ON notice (user_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notice_recent ON notice (user_id, created_at DESC);
CREATE INDEX notice_subject ON notice (user_id, subject_key) WHERE read_at IS NULL AND subject_key IS NOT NULL;
CREATE INDEX notice_digest ON notice (user_id, id) WHERE digest AND digested_at IS NULL;
CREATE UNIQUE INDEX notice_once ON notice (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

-- The transactional outbox: a message to a person is written in the same transaction as the change that
-- causes it, and delivered afterwards by OutboxSender through a channel (e-mail today; SMS or Zalo OA
-- later, by adding a channel). Delivered at least once; a message that keeps failing is given up after
-- hoiso.outbox.max-attempts and kept with its last error.
CREATE TABLE outbox_message (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel       text        NOT NULL,
    recipient     text        NOT NULL,
    subject       text        NOT NULL,
    body          text        NOT NULL,
    -- what the message is about, e.g. 'report.returned', and a key that makes it once-only
    kind          text        NOT NULL,
    dedupe_key    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    next_try_at   timestamptz NOT NULL DEFAULT now(),
    attempts      int         NOT NULL DEFAULT 0,
    sent_at       timestamptz,
    failed_at     timestamptz,
    last_error    text,
    CONSTRAINT outbox_message_size CHECK (length(subject) <= 500 AND length(body) <= 100000)
);
CREATE UNIQUE INDEX outbox_message_once ON outbox_message (channel, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- the sender's queue: only messages still to deliver
CREATE INDEX outbox_message_due ON outbox_message (next_try_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;

-- ShedLock: one row per scheduled job; the instance holding the row runs the job, the others skip it.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);

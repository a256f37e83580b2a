-- Registering a member looks her CCCD up in the whole registry, which tells an officer whether a number belongs to a
-- member elsewhere. Each member an account found that way on a day (Viet Nam dates) is kept here: the first time is
-- audited in that member's record, and past hoiso.registry.cccd-found-elsewhere-per-day members outside the account's
-- reach its look-ups stop until the next day. Member ids only, never the numbers asked.
CREATE TABLE member_cccd_found (
    user_id        bigint  NOT NULL,
    day            date    NOT NULL,
    member_id      bigint  NOT NULL,
    outside_reach  boolean NOT NULL,
    PRIMARY KEY (user_id, day, member_id)
);

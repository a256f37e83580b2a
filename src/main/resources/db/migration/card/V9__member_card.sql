-- Digital member cards (thẻ hội viên số): the keys that sign them and the cards issued.

-- ECDSA P-256 signing keys. The public key is published (SPKI DER); the private key is stored only
-- encrypted (AES-256-GCM, nonce ‖ ciphertext) with the secret from hoiso.card.secret, so a copy of the
-- database alone cannot forge cards. One key signs at a time; older keys verify until their cards expire.
CREATE TABLE card_key (
    kid          text PRIMARY KEY,
    algorithm    text NOT NULL DEFAULT 'ES256',
    public_key   bytea NOT NULL,
    private_key  bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    active       boolean NOT NULL DEFAULT false,
    retired_at   timestamptz
);
CREATE UNIQUE INDEX card_key_one_active ON card_key (active) WHERE active;

-- Issued cards. member_id refers to the member module's record; no foreign key across modules.
CREATE TABLE member_card (
    id             bigserial PRIMARY KEY,
    member_id      bigint NOT NULL,
    unit_id        bigint NOT NULL,
    kid            text NOT NULL REFERENCES card_key (kid),
    -- the signed text printed as the QR code, kept so the card shown again is the card printed
    token          text NOT NULL,
    issued_at      timestamptz NOT NULL DEFAULT now(),
    valid_from     date NOT NULL,
    valid_until    date NOT NULL,
    issued_by      text NOT NULL,
    revoked_at     timestamptz,
    revoked_by     text,
    revoke_reason  text,
    CHECK (valid_until >= valid_from)
);
-- At most one card in force per member: reissuing revokes the previous one in the same transaction.
CREATE UNIQUE INDEX member_card_one_live ON member_card (member_id) WHERE revoked_at IS NULL;
CREATE INDEX member_card_kid ON member_card (kid, valid_until);

-- A card's ECDSA signature (r, s) verifies in its other form (r, n - s) too, so one card could be written two ways.
-- Cards are now signed with s <= n/2 only and the other form is refused (CardToken). The tokens stored before are
-- rewritten in that form here (same signature, no private key needed), so a card shown again still verifies;
-- a card printed before with the other form must be printed again from the member's card page.
CREATE FUNCTION card_low_s(token text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    parts text[] := string_to_array(token, '.');
    n constant numeric := 115792089210356248762697446949407573529996955224135760342422259061068512044369;
    b64 text;
    sig bytea;
    s numeric := 0;
BEGIN
    IF array_length(parts, 1) <> 3 THEN
        RETURN token;
    END IF;
    b64 := translate(parts[3], '-_', '+/');
    sig := decode(b64 || repeat('=', (4 - length(b64) % 4) % 4), 'base64');
    IF length(sig) <> 64 THEN
        RETURN token;
    END IF;
    FOR i IN 32..63 LOOP
        s := s * 256 + get_byte(sig, i);
    END LOOP;
    IF s <= div(n, 2) THEN
        RETURN token;
    END IF;
    s := n - s;
    FOR i IN REVERSE 63..32 LOOP
        sig := set_byte(sig, i, mod(s, 256)::int);
        s := div(s, 256);
    END LOOP;
    RETURN parts[1] || '.' || parts[2] || '.' || rtrim(translate(encode(sig, 'base64'), E'+/\n', '-_'), '=');
END $$;

UPDATE member_card SET token = card_low_s(token) WHERE token <> card_low_s(token);

package org.hoiso.card;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text a member card's QR code carries: {@code HS1.<base64url(JSON)>.<base64url(r‖s)>}, an ECDSA
 * P-256 / SHA-256 signature in the raw 64-byte form WebCrypto verifies, over the payload's exact bytes, with its s in
 * the lower half of the group order (the other form of the same signature is refused).
 * The payload holds only what an officer needs to recognise the card holder: name, unit and validity.
 * Plain Java, so its rules are tested without Spring or a database.
 */
public final class CardToken {

    static final String PREFIX = "HS1";
    /** "SHA256withECDSA" would give DER; WebCrypto wants r‖s (IEEE P1363). */
    static final String ALGORITHM = "SHA256withECDSAinP1363Format";
    private static final int SIGNATURE_BYTES = 64;
    private static final int MAX_LENGTH = 2000;
    /** The order n of P-256's group, and n / 2: a signature's s must not be above it. */
    private static final BigInteger ORDER = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551",
            16);
    private static final BigInteger HALF_ORDER = ORDER.shiftRight(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private CardToken() {
    }

    /** What a card says about its holder; the dates are inclusive days in Viet Nam. */
    public record Claims(String kid, long cardId, long memberId, String name, String unitCode, String unitName,
            LocalDate validFrom, LocalDate validUntil) {
    }

    /** The outcome of checking a token; each has its own message ({@link #messageCode()}). */
    public enum Status {
        VALID, EXPIRED, REVOKED, FORGED, UNKNOWN_KEY, MALFORMED, NOT_YET_VALID;

        public String messageCode() {
            return "card.status." + name();
        }
    }

    /** A checked token: the claims are present whenever the payload could be read. */
    public record Checked(Status status, Claims claims) {
        public boolean readable() {
            return claims != null;
        }
    }

    public static String sign(Claims c, PrivateKey key) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", c.kid());
        p.put("c", c.cardId());
        p.put("m", c.memberId());
        p.put("n", c.name());
        p.put("u", c.unitCode());
        p.put("un", c.unitName());
        p.put("f", c.validFrom().toString());
        p.put("t", c.validUntil().toString());
        String payload = B64.encodeToString(JSON.writeValueAsBytes(p));
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(payload.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + "." + payload + "." + B64.encodeToString(lowS(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a card", e);
        }
    }

    /**
     * Checks signature and dates (not revocation: that needs the register). A token not shaped like ours
     * is MALFORMED; a well-shaped one whose payload cannot be read or does not match its signature is
     * FORGED, since it can only come from changing a real one; a key we do not know (or no longer trust)
     * is UNKNOWN_KEY.
     *
     * @param keys the public key of a kid, or null when unknown or retired
     */
    public static Checked verify(String token, Function<String, PublicKey> keys, LocalDate today) {
        if (token == null) {
            return new Checked(Status.MALFORMED, null);
        }
        String t = token.strip();
        String[] parts = t.split("\\.", -1);
        if (t.length() > MAX_LENGTH || parts.length != 3 || !PREFIX.equals(parts[0])) {
            return new Checked(Status.MALFORMED, null);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = B64D.decode(parts[1]);
            signature = B64D.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Checked(Status.MALFORMED, null);
        }
        // Only the canonical spelling: otherwise the unused low bits of the last character would let two
        // different texts carry the same card, and "one changed character" would not always be caught.
        if (signature.length != SIGNATURE_BYTES || payload.length == 0
                || !B64.encodeToString(payload).equals(parts[1]) || !B64.encodeToString(signature).equals(parts[2])) {
            return new Checked(Status.MALFORMED, null);
        }
        Claims claims = read(payload);
        if (claims == null) {
            return new Checked(Status.FORGED, null);
        }
        PublicKey key = keys.apply(claims.kid());
        if (key == null) {
            return new Checked(Status.UNKNOWN_KEY, claims);
        }
        if (!signatureMatches(parts[1], signature, key)) {
            return new Checked(Status.FORGED, claims);
        }
        if (today.isBefore(claims.validFrom())) {
            return new Checked(Status.NOT_YET_VALID, claims);
        }
        if (today.isAfter(claims.validUntil())) {
            return new Checked(Status.EXPIRED, claims);
        }
        return new Checked(Status.VALID, claims);
    }

    /** The claims of a token we made ourselves (no check): what the card shows. */
    static Claims claims(String token) {
        String[] parts = token.split("\\.", -1);
        return parts.length == 3 ? read(B64D.decode(parts[1])) : null;
    }

    /**
     * (r, s) and (r, n − s) both verify under ECDSA, so one card could be written two ways: only the form with
     * s ≤ n/2 is made and accepted (as Bitcoin and Ethereum do), and a card is one text.
     */
    static byte[] lowS(byte[] signature) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (s.compareTo(HALF_ORDER) <= 0) {
            return signature;
        }
        byte[] low = ORDER.subtract(s).toByteArray();
        byte[] out = Arrays.copyOf(signature, SIGNATURE_BYTES);
        Arrays.fill(out, 32, 64, (byte) 0);
        int length = Math.min(32, low.length);
        System.arraycopy(low, low.length - length, out, 64 - length, length);
        return out;
    }

    private static boolean signatureMatches(String payload, byte[] signature, PublicKey key) {
        if (new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).compareTo(HALF_ORDER) > 0) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.US_ASCII));
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Claims read(byte[] payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            if (n == null || !n.isObject() || !n.path("k").isString() || !n.path("c").isIntegralNumber()
                    || !n.path("m").isIntegralNumber() || !n.path("n").isString()) {
                return null;
            }
            return new Claims(n.get("k").asString(), n.get("c").asLong(), n.get("m").asLong(), n.get("n").asString(),
                    n.path("u").asString(""), n.path("un").asString(""),
                    LocalDate.parse(n.path("f").asString("")), LocalDate.parse(n.path("t").asString("")));
        } catch (RuntimeException e) {
            // Jackson's own exceptions are unchecked in 3.x; DateTimeParseException too.
            return null;
        }
    }
}

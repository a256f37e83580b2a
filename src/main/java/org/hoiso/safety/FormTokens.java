package org.hoiso.safety;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public form's hidden token instead of a captcha (no third-party service is reachable): the time the form was
 * given and a random nonce, signed with the module's key. A form sent back sooner than
 * {@code hoiso.safety.form-min-age} is refused as too quick (a person reading and typing takes longer; she sends it
 * again and it passes), one older than {@code hoiso.safety.form-max-age} as expired, and each token works once
 * (its nonce is kept in {@code safety_form_token} in the transaction of the report it brought).
 */
@Component
class FormTokens {

    /** What a token sent back is worth. */
    enum Verdict {
        FRESH, TOO_QUICK, EXPIRED, FORGED
    }

    record Checked(Verdict verdict, String nonce) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 16;

    private final SafetyCipher cipher;
    private final SafetyProperties settings;
    private final Clock clock;
    private final JdbcClient jdbc;

    FormTokens(SafetyCipher cipher, SafetyProperties settings, Clock clock, JdbcClient jdbc) {
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A token for a form given now. */
    String issue() {
        return issue(clock.instant());
    }

    /** A token for a form given at that time (tests give one as if the page had been open a while). */
    String issue(Instant givenAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] body = ByteBuffer.allocate(8 + NONCE_BYTES).putLong(givenAt.toEpochMilli()).put(nonce).array();
        return B64.encodeToString(body) + "." + B64.encodeToString(Arrays.copyOf(cipher.mac(body), MAC_BYTES));
    }

    Checked check(String token) {
        if (token == null || token.length() > 200) {
            return new Checked(Verdict.FORGED, null);
        }
        int dot = token.indexOf('.');
        byte[] body;
        byte[] mac;
        try {
            body = Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0)));
            mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Checked(Verdict.FORGED, null);
        }
        if (dot < 0 || body.length != 8 + NONCE_BYTES
                || !MessageDigest.isEqual(mac, Arrays.copyOf(cipher.mac(body), MAC_BYTES))) {
            return new Checked(Verdict.FORGED, null);
        }
        ByteBuffer b = ByteBuffer.wrap(body);
        Duration age = Duration.between(Instant.ofEpochMilli(b.getLong()), clock.instant());
        String nonce = B64.encodeToString(Arrays.copyOfRange(body, 8, body.length));
        if (age.compareTo(settings.formMinAge()) < 0) {
            return new Checked(Verdict.TOO_QUICK, nonce);
        }
        if (age.compareTo(settings.formMaxAge()) > 0) {
            return new Checked(Verdict.EXPIRED, nonce);
        }
        return new Checked(Verdict.FRESH, nonce);
    }

    /** Marks the nonce used, in the caller's transaction; false when it was used before. */
    boolean use(String nonce) {
        return jdbc.sql("INSERT INTO safety_form_token (nonce, used_at) VALUES (:n, :at) ON CONFLICT DO NOTHING")
                .param("n", nonce).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update() == 1;
    }

    /** Forgets the nonces of tokens that would have expired anyway (the daily job). */
    int forgetExpired() {
        return jdbc.sql("DELETE FROM safety_form_token WHERE used_at < :before")
                .param("before", OffsetDateTime.ofInstant(clock.instant().minus(settings.formMaxAge()).minus(Duration.ofHours(1)),
                        ZoneOffset.UTC))
                .update();
    }
}

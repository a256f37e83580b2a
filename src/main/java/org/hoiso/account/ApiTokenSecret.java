package org.hoiso.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token (mã truy cập API): {@code hs_} and 32 random bytes in base64url, 46
 * characters. Only its SHA-256 is stored (see V8__api_token.sql for why a fast hash is right here);
 * {@link #toString()} hides it so that it cannot end up in a log by accident.
 */
final class ApiTokenSecret {

    static final String PREFIX = "hs_";
    static final int SHOWN_CHARS = 8;
    private static final Pattern FORMAT = Pattern.compile("hs_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    static ApiTokenSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether the text could be a token at all; anything else is refused without a database query. */
    static boolean wellFormed(String presented) {
        return presented != null && FORMAT.matcher(presented).matches();
    }

    static String hashOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The whole token, for the one answer that shows it to the administrator. */
    String reveal() {
        return value;
    }

    String hash() {
        return hashOf(value);
    }

    /** The first characters, kept in clear so lists can tell tokens apart. */
    String prefix() {
        return value.substring(0, SHOWN_CHARS);
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}

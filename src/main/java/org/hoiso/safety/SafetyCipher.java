package org.hoiso.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hoiso.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals what a reporter and the case workers write in confidence (AES-256-GCM) with a key derived from
 * {@code hoiso.safety.secret}, as the card module does for its keys: a database dump alone reads none of it. Each
 * sealed value is bound to its case code and field as associated data, so it cannot be moved to another case or
 * another field. Without the setting a random secret is generated once and kept in {@code safety-secret} beside the
 * embedded database's data directory (back it up with the database: without it the sealed text is lost). The same
 * secret keys the hashes that tell reporters and client addresses apart without storing them.
 * Written here rather than shared with {@code card}: the card module's helper is private to it, and this one adds
 * the keyed hashes.
 */
@Component
public class SafetyCipher {

    private static final Logger log = LoggerFactory.getLogger(SafetyCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final byte VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final SecretKeySpec hashKey;

    SafetyCipher(SafetyProperties settings, PlatformProperties platform) throws IOException {
        String secret = settings.secret().isBlank() ? fromFile(platform.embeddedDb().dataDir()) : settings.secret();
        this.key = new SecretKeySpec(derive("hoiso safety encryption v1\n", secret), "AES");
        this.hashKey = new SecretKeySpec(derive("hoiso safety keyed hash v1\n", secret), "HmacSHA256");
    }

    private static String fromFile(String dataDir) throws IOException {
        if (dataDir.isBlank()) {
            log.warn(
                    "hoiso.safety.secret is not set and there is no data directory: sealed case text lives as long as this process");
            return random();
        }
        Path file = Path.of(dataDir).toAbsolutePath().resolveSibling("safety-secret");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.createDirectories(file.getParent());
        String secret = random();
        Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection has to do
        }
        log.warn(
                "hoiso.safety.secret is not set: generated a random one and kept it in {} (back it up, or set hoiso.safety.secret)",
                file);
        return secret;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] derive(String label, String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((label + secret).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text sealed for one field of one case; null stays null. */
    public byte[] seal(String text, String caseCode, String field) {
        return text == null ? null : sealBytes(text.getBytes(StandardCharsets.UTF_8), caseCode, field);
    }

    /** The text of a sealed field; null stays null. */
    public String open(byte[] sealed, String caseCode, String field) {
        return sealed == null ? null : new String(openBytes(sealed, caseCode, field), StandardCharsets.UTF_8);
    }

    /** version ‖ nonce ‖ ciphertext and tag; the case code and field are the associated data. */
    public byte[] sealBytes(byte[] plain, String caseCode, String field) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(caseCode, field));
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[1 + NONCE_BYTES + sealed.length];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, 1 + NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a case field", e);
        }
    }

    public byte[] openBytes(byte[] stored, String caseCode, String field) {
        if (stored.length < 1 + NONCE_BYTES + 16 || stored[0] != VERSION) {
            throw new IllegalStateException("not a sealed case field");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 1, NONCE_BYTES));
            c.updateAAD(aad(caseCode, field));
            return c.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot open a sealed field of a case: hoiso.safety.secret differs from the one it was sealed with, "
                            + "or the value was moved",
                    e);
        }
    }

    /** A keyed hash (HMAC-SHA-256, hex, 32 characters) that tells values apart without keeping them. */
    public String keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a text (the public form's token) with the keyed hash's key: the full HMAC, base64url. */
    byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aad(String caseCode, String field) {
        return ("case " + caseCode + " " + field).getBytes(StandardCharsets.UTF_8);
    }
}

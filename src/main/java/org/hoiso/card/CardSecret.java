package org.hoiso.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hoiso.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts the cards' private signing keys at rest (AES-256-GCM) with the secret {@code hoiso.card.secret},
 * so that a database dump alone cannot sign cards. Without the setting, a random secret is generated once
 * and kept in the file {@code card-secret} beside the embedded database's data directory; losing it only
 * means rotating the keys (the public halves stay readable).
 */
@Component
class CardSecret {

    private static final Logger log = LoggerFactory.getLogger(CardSecret.class);
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    CardSecret(CardProperties settings, PlatformProperties platform) throws IOException {
        String secret = settings.secret();
        this.key = derive(secret.isBlank() ? fromFile(platform.embeddedDb().dataDir()) : secret);
    }

    private static String fromFile(String dataDir) throws IOException {
        if (dataDir.isBlank()) {
            // A throw-away database (tests, benchmarks): its keys die with it, so may the secret.
            log.warn(
                    "hoiso.card.secret is not set and there is no data directory: card keys are encrypted with a secret kept in memory only");
            return randomSecret();
        }
        Path file = Path.of(dataDir).toAbsolutePath().resolveSibling("card-secret");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        Files.createDirectories(file.getParent());
        String secret = randomSecret();
        Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection has to do
        }
        log.warn("hoiso.card.secret is not set: generated a random one and kept it in {} (back it up, or set hoiso.card.secret)",
                file);
        return secret;
    }

    private static String randomSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static SecretKey derive(String secret) {
        try {
            byte[] k = MessageDigest.getInstance("SHA-256")
                    .digest(("hoiso card key encryption v1\n" + secret).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(k, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** nonce ‖ ciphertext; the kid is bound as associated data so a key cannot be moved to another row. */
    byte[] encrypt(byte[] plain, String kid) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a card key", e);
        }
    }

    byte[] decrypt(byte[] stored, String kid) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            c.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot decrypt card key " + kid + ": hoiso.card.secret differs from the one it was made with", e);
        }
    }
}

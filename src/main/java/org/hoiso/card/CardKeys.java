package org.hoiso.card;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.hoiso.orgunit.OrgTreeLoader;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys that sign member cards. One key signs at a time; {@link #rotate} makes a new one the signer,
 * and the old one keeps verifying the cards it signed until the last of them has expired, then it is
 * retired and leaves the published list. Rotation happens every {@code hoiso.card.rotation-days} or when
 * a national administrator asks for it.
 */
@Service
@Transactional
public class CardKeys {

    private static final Logger log = LoggerFactory.getLogger(CardKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    /** A key that can sign, with its id. */
    record Signer(String kid, PrivateKey key) {
    }

    /** A key as the administrator's page lists it. */
    public record KeyInfo(String kid, OffsetDateTime createdAt, boolean active, OffsetDateTime retiredAt) {
    }

    /** A verifying key as a JSON Web Key (EC P-256): what WebCrypto imports on the officer's phone. */
    public record Jwk(String kid, String kty, String crv, String x, String y) {
    }

    private final CardRepository repo;
    private final CardSecret secret;
    private final OrgUnits units;
    private final Audit audit;
    private final Clock clock;
    private final int rotationDays;

    CardKeys(CardRepository repo, CardSecret secret, OrgUnits units, Audit audit, Clock clock, CardProperties settings) {
        this.repo = repo;
        this.secret = secret;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.rotationDays = settings.rotationDays();
    }

    /** The signing key; the very first is made when the first card is issued. */
    Signer signer() {
        CardRepository.KeyRow row = repo.activeKey().orElseGet(this::newActiveKey);
        return new Signer(row.kid(), privateKey(row));
    }

    /** The public key of a kid that still verifies, or null when unknown or retired. */
    @Transactional(readOnly = true)
    public PublicKey verifier(String kid) {
        return repo.liveKey(kid).map(k -> publicKey(k.publicKey())).orElse(null);
    }

    /** A national administrator's rotation: a new signing key now. Audited. */
    public String rotate(Caller caller) {
        requireNational(caller);
        String kid = rotate();
        audit.record(Audit.Action.CARD, "card_key", null, null, "rotate → " + kid);
        return kid;
    }

    /** Makes a new signing key; the previous one only verifies from now on. Retires spent keys. */
    public String rotate() {
        repo.deactivateKeys();
        String kid = newActiveKey().kid();
        retireSpent();
        log.info("Member card signing key rotated: {} now signs", kid);
        return kid;
    }

    /** Retires old keys none of whose cards is still valid today. */
    public int retireSpent() {
        return repo.retireSpent(today(), now());
    }

    /**
     * The scheduled check, daily ({@link CardConfig}): rotates only when the signing key is older than the
     * rotation period (and not at all before the first card made a key), and retires spent keys.
     */
    public void rotateIfDue() {
        repo.activeKey().ifPresent(k -> {
            if (k.createdAt().plus(Duration.ofDays(rotationDays)).isBefore(now())) {
                rotate();
            }
        });
        retireSpent();
    }

    /** Public keys that still verify, as JWKs (what WebCrypto imports). */
    @Transactional(readOnly = true)
    public List<Jwk> publishedKeys() {
        return repo.liveKeys().stream().map(k -> jwk(k.kid(), (ECPublicKey) publicKey(k.publicKey()))).toList();
    }

    @Transactional(readOnly = true)
    public List<KeyInfo> keys(Caller caller) {
        requireNational(caller);
        return repo.allKeys().stream().map(k -> new KeyInfo(k.kid(), k.createdAt(), k.active(), k.retiredAt())).toList();
    }

    /** Whether the caller administers the central union, the only one who rotates keys. */
    public boolean isNational(Caller caller) {
        long central = units.findOpenByCode(OrgTreeLoader.CENTRAL_CODE).orElseThrow().id();
        return caller.assignments().stream().anyMatch(a -> a.role() == Caller.Role.ADMIN && a.unitId() == central);
    }

    private void requireNational(Caller caller) {
        if (!isNational(caller)) {
            throw DomainException.forbidden("card.keys.national");
        }
    }

    private CardRepository.KeyRow newActiveKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = g.generateKeyPair();
            String kid = newKid();
            byte[] pub = pair.getPublic().getEncoded();
            byte[] priv = secret.encrypt(pair.getPrivate().getEncoded(), kid);
            repo.insertKey(kid, pub, priv, now());
            return repo.activeKey().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a card key", e);
        }
    }

    /** Short (it is in every QR code) and random, so two rotations in one second never collide. */
    private static String newKid() {
        StringBuilder s = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            s.append(KID_ALPHABET.charAt(RANDOM.nextInt(KID_ALPHABET.length())));
        }
        return s.toString();
    }

    private PrivateKey privateKey(CardRepository.KeyRow row) {
        byte[] der = secret.decrypt(row.privateKey(), row.kid());
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable card key " + row.kid(), e);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    static PublicKey publicKey(byte[] spki) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable card public key", e);
        }
    }

    static Jwk jwk(String kid, ECPublicKey key) {
        return new Jwk(kid, "EC", "P-256", coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY()));
    }

    /** A JWK coordinate: exactly 32 big-endian bytes, without BigInteger's sign byte or dropped zeros. */
    private static String coordinate(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    private LocalDate today() {
        return clock.instant().atZone(VietnameseText.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

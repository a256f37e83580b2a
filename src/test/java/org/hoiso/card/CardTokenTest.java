package org.hoiso.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hoiso.card.CardToken.Status;
import org.hoiso.platform.web.QrSvg;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardTokenTest {

    private static final KeyPair KEY = generate();
    private static final KeyPair OTHER = generate();
    private static final LocalDate FROM = LocalDate.of(2026, 11, 23);
    private static final LocalDate UNTIL = LocalDate.of(2027, 11, 22);
    private static final CardToken.Claims HOA = new CardToken.Claims("k7abc", 42, 1001, "Nguyễn Thị Hoa", Places.TAN_AN,
            "Phường Tân An", FROM, UNTIL);

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CardToken.Checked check(String token, PublicKey key, LocalDate today) {
        return CardToken.verify(token, kid -> "k7abc".equals(kid) ? key : null, today);
    }

    @Test
    void aCardSignedWithTheKnownKeyIsValidOnEveryDayOfItsValidity() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        assertThat(token).startsWith("HS1.");
        for (LocalDate d : new LocalDate[] {FROM, FROM.plusDays(100), UNTIL}) {
            CardToken.Checked c = check(token, KEY.getPublic(), d);
            assertThat(c.status()).isEqualTo(Status.VALID);
            assertThat(c.claims()).isEqualTo(HOA);
        }
    }

    /** P-256's group order n: (r, s) and (r, n − s) are both valid ECDSA signatures of the same payload. */
    private static final BigInteger N = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    @Test
    void cardsAreSignedInTheLowSFormOnlyAndItsHighSTwinIsForged() {
        for (int i = 0; i < 40; i++) {
            String token = CardToken.sign(HOA, KEY.getPrivate());
            String[] parts = token.split("\\.");
            byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
            assertThat(s).as("s of signature " + i).isLessThanOrEqualTo(N.shiftRight(1));
            byte[] twin = Arrays.copyOf(sig, 64);
            byte[] highS = N.subtract(s).toByteArray();
            Arrays.fill(twin, 32, 64, (byte) 0);
            System.arraycopy(highS, Math.max(0, highS.length - 32), twin, 64 - Math.min(32, highS.length),
                    Math.min(32, highS.length));
            String other = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(twin);
            assertThat(check(token, KEY.getPublic(), FROM).status()).isEqualTo(Status.VALID);
            assertThat(check(other, KEY.getPublic(), FROM).status()).as("the (r, n - s) twin").isEqualTo(Status.FORGED);
        }
    }

    @Test
    void theTokenStaysShortEnoughForASmallQrCode() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        assertThat(token.length()).isLessThan(300);
        assertThat(QrSvg.of(token).version()).isLessThanOrEqualTo(13);
    }

    @Test
    void aChangedNameIsForged() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        String[] parts = token.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Hoa", "Hòa");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(check(tampered, KEY.getPublic(), FROM).status()).isEqualTo(Status.FORGED);
    }

    @Test
    void aLaterValidityDateIsForged() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        String[] parts = token.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("2027-11-22",
                "2037-11-22");
        String tampered = "HS1." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(check(tampered, KEY.getPublic(), FROM).status()).isEqualTo(Status.FORGED);
    }

    @Test
    void oneChangedCharacterAnywhereAfterThePrefixIsNeverValid() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        for (int i = 4; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (ch == '.') {
                continue;
            }
            String changed = token.substring(0, i) + (ch == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(check(changed, KEY.getPublic(), FROM).status()).as("position " + i)
                    .isIn(Status.FORGED, Status.MALFORMED, Status.UNKNOWN_KEY);
        }
    }

    @Test
    void changingOnlyTheUnusedLowBitsOfTheLastCharacterIsRefused() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = token.charAt(token.length() - 1);
        // 64 bytes are 86 characters whose last one carries 2 bits that decode to nothing
        char sameBytes = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String respelled = token.substring(0, token.length() - 1) + sameBytes;
        assertThat(check(respelled, KEY.getPublic(), FROM).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void aCardSignedWithAnotherKeyIsForged() {
        String token = CardToken.sign(HOA, OTHER.getPrivate());
        assertThat(check(token, KEY.getPublic(), FROM).status()).isEqualTo(Status.FORGED);
    }

    @Test
    void aCardOfAnUnknownKidIsUnknownKey() {
        String token = CardToken.sign(
                new CardToken.Claims("zzzzz", 1, 2, "Lê Thị Lan", Places.BA_DINH, "Phường Ba Đình", FROM, UNTIL),
                KEY.getPrivate());
        CardToken.Checked c = check(token, KEY.getPublic(), FROM);
        assertThat(c.status()).isEqualTo(Status.UNKNOWN_KEY);
    }

    @Test
    void theDayAfterItsLastDayTheCardIsExpired() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        assertThat(check(token, KEY.getPublic(), UNTIL.plusDays(1)).status()).isEqualTo(Status.EXPIRED);
    }

    @Test
    void theDayBeforeItsFirstDayTheCardIsNotYetValid() {
        String token = CardToken.sign(HOA, KEY.getPrivate());
        assertThat(check(token, KEY.getPublic(), FROM.minusDays(1)).status()).isEqualTo(Status.NOT_YET_VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "HS1.abc", "HS2.eyJrIjoxfQ.AAAA", "HS1.eyJrIjoxfQ.AAAA", "HS1.@@@.@@@",
            "HS1..", "HS1.a.b.c", "https://example.com/?q=1"})
    void textThatIsNotShapedLikeACardTokenIsMalformed(String text) {
        assertThat(check(text, KEY.getPublic(), FROM).status()).isEqualTo(Status.MALFORMED);
        assertThat(check(text, KEY.getPublic(), FROM).claims()).isNull();
    }

    @Test
    void nullIsMalformed() {
        assertThat(check(null, KEY.getPublic(), FROM).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void aWellShapedTokenWhosePayloadIsNotJsonIsForged() {
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("not json".getBytes(StandardCharsets.US_ASCII));
        assertThat(check("HS1." + payload + "." + sig, KEY.getPublic(), FROM).status()).isEqualTo(Status.FORGED);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void everyStatusHasItsOwnMessageInVietnameseAndEnglish(Status s) {
        ResourceBundle vi = ResourceBundle.getBundle("i18n/card", Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle("i18n/card", Locale.ENGLISH);
        assertThat(vi.getString(s.messageCode())).isNotBlank();
        assertThat(en.getString(s.messageCode())).isNotBlank().isNotEqualTo(vi.getString(s.messageCode()));
        assertThat(vi.getString("card.verdict." + s.name())).isNotBlank();
        Map<Status, String> distinct = new EnumMap<>(Status.class);
        for (Status t : Status.values()) {
            distinct.put(t, vi.getString(t.messageCode()));
        }
        assertThat(distinct.values()).doesNotHaveDuplicates();
    }
}

package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: any payment the encoder accepts decodes back to the same fields (texts as written, without marks). */
class VietQrRoundTripTest {

    private static final int CASES = 4_000;
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final List<String> BINS = BankList.bundled().banks().keySet().stream().toList();
    /** Vietnamese words and how they are written in a code. */
    private static final String[][] WORDS = {{"thanh toán", "thanh toan"}, {"đơn hàng", "don hang"}, {"Đặng", "Dang"},
            {"rau muống", "rau muong"}, {"Hưng Yên", "Hung Yen"}, {"tiền", "tien"}, {"gạo", "gao"}, {"Ơn", "On"}, {"ỷ", "y"}};

    /** A payment and what its decoded fields must be. */
    private record Case(Payment payment, Payment expected) {
    }

    @Test
    void everyValidPaymentDecodesToTheSameFieldsAfterEncoding() {
        Random random = new Random(20261203L);
        int dynamic = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = generate(random);
            assertThat(VietQr.check(c.payment())).as("case %d: %s", i, c.payment()).isEmpty();
            String code = VietQr.encode(c.payment());
            assertThat(code.length()).isLessThanOrEqualTo(VietQr.MAX_PAYLOAD_LENGTH);
            DecodedVietQr decoded = VietQr.decode(code);
            assertThat(decoded.valid()).as("case %d: %s → %s", i, c.payment(), code).isTrue();
            assertThat(decoded.payment()).as("case %d: %s", i, code).contains(c.expected());
            assertThat(decoded.currency()).isEqualTo("704");
            assertThat(decoded.country()).isEqualTo("VN");
            assertThat(VietQr.encode(decoded.payment().orElseThrow())).isEqualTo(code);
            dynamic += decoded.pointOfInitiation() == Initiation.DYNAMIC ? 1 : 0;
        }
        assertThat(dynamic).isBetween(CASES / 4, CASES * 3 / 4);
    }

    private static Case generate(Random random) {
        String bin = random.nextBoolean() ? BINS.get(random.nextInt(BINS.size())) : digits(random, 6);
        String account = chars(random, ALNUM, 1 + random.nextInt(19));
        TransferService service = random.nextBoolean() ? TransferService.ACCOUNT : TransferService.CARD;
        Initiation initiation = random.nextBoolean() ? Initiation.DYNAMIC : Initiation.STATIC;
        Long amount = initiation == Initiation.DYNAMIC || random.nextInt(10) == 0
                ? 1 + (long) (random.nextDouble() * PaymentRules.MAX_AMOUNT)
                : null;
        if (amount != null && random.nextInt(4) == 0) {
            amount = 1L + random.nextInt(1_000_000);
        }
        String[] purpose = text(random, 25);
        String[] bill = text(random, 25);
        String[] name = text(random, 25);
        String[] city = text(random, 15);
        return new Case(new Payment(bin, account, service, initiation, amount, purpose[0], bill[0], name[0], city[0]),
                new Payment(bin, account, service, initiation, amount, purpose[1], bill[1], name[1], city[1]));
    }

    /** A text (null a third of the time) and how it is written: printable ASCII, or Vietnamese words. */
    private static String[] text(Random random, int max) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return new String[] {null, null};
        }
        if (kind == 1) {
            String ascii = chars(random, null, 1 + random.nextInt(max));
            return new String[] {ascii, ascii};
        }
        StringBuilder written = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        while (true) {
            String[] word = WORDS[random.nextInt(WORDS.length)];
            String sep = written.length() == 0 ? "" : " ";
            if (written.length() + sep.length() + word[1].length() > max) {
                break;
            }
            written.append(sep).append(word[1]);
            typed.append(sep).append(word[0]);
        }
        return written.length() == 0 ? new String[] {null, null} : new String[] {typed.toString(), written.toString()};
    }

    private static String digits(Random random, int n) {
        return chars(random, "0123456789", n);
    }

    /** n characters from the alphabet, or from printable ASCII (space to tilde) when it is null. */
    private static String chars(Random random, String alphabet, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(alphabet == null
                    ? (char) (0x20 + random.nextInt(0x7F - 0x20))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

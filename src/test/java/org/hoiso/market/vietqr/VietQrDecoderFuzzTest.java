package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link VietQr#decode} with Jazzer, as the safety module will use it on a code a stranger sent:
 * a result is the only allowed outcome (any exception, a hang or running out of memory is a finding);
 * a result is valid exactly when it has no problem, a refused one carries no field, and a valid one
 * re-encodes to a payload that decodes to the same fields. Each input (one character per byte) is
 * decoded as it is and again with its CRC made right, so that the fuzzer also reaches the checks behind
 * the CRC. Without {@code JAZZER_FUZZ} it replays the seed corpus in
 * {@code src/test/resources/org/hoiso/market/vietqr/VietQrDecoderFuzzTestInputs/decode/}; the build's
 * {@code fuzz} execution runs it with {@code JAZZER_FUZZ=1} for the {@code maxDuration}.
 */
class VietQrDecoderFuzzTest {

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "8s")
    void decode(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        check(text);
        check(withCrcMadeRight(text));
    }

    private static void check(String text) {
        DecodedVietQr decoded = VietQr.decode(text);
        assertThat(decoded.valid()).isEqualTo(decoded.problem() == null);
        if (!decoded.valid()) {
            assertThat(decoded).isEqualTo(DecodedVietQr.refused(decoded.problem()));
            return;
        }
        String again = VietQr.encode(decoded.payment().orElseThrow());
        assertThat(VietQr.decode(again)).isEqualTo(decoded);
    }

    /** The text with its last CRC element replaced by the right one, or with one added. */
    private static String withCrcMadeRight(String text) {
        int end = text.length();
        String body = end >= 8 && text.startsWith("6304", end - 8) ? text.substring(0, end - 8) : text;
        return Payloads.withCrc(body);
    }
}

package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The payloads of {@code vectors.csv} (the NAPAS specification's examples), read and written exactly. */
class VietQrVectorsTest {

    /** What each vector of the file carries, read by hand from the specification's examples. */
    private static final Map<String, Payment> EXPECTED = Map.of(
            "napas-static-card", Payment.toCard("970403", "9704031101234567"),
            "napas-dynamic-account", Payment.toAccount("970403", "0011012345678").withAmount(180_000)
                    .withBillNumber("NPS6869").withPurpose("thanh toan don hang"),
            "napas-static-account-corrected", Payment.toAccount("970403", "0011012345678"),
            "leading-zero-crc", Payment.toAccount("970407", "19030413601018"));

    static Stream<Payloads.Vector> vectors() throws IOException {
        return Payloads.vectors().stream();
    }

    @Test
    void everyVectorOfTheFileHasItsExpectedFieldsAndNoOther() throws IOException {
        assertThat(Payloads.vectors().stream().map(Payloads.Vector::name).collect(Collectors.toSet()))
                .isEqualTo(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyVectorDecodesToItsFields(Payloads.Vector vector) {
        Payment p = EXPECTED.get(vector.name());
        assertThat(p).as("expected fields of %s", vector.name()).isNotNull();
        assertThat(VietQr.decode(vector.payload())).isEqualTo(new DecodedVietQr(true, null, p.bin(), p.account(),
                p.service(), p.amount(), p.purpose(), p.billNumber(), p.pointOfInitiation(), "704", "VN", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyVectorIsWrittenExactlyFromItsFields(Payloads.Vector vector) {
        assertThat(VietQr.encode(EXPECTED.get(vector.name()))).isEqualTo(vector.payload());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyVectorReEncodesToExactlyTheSamePayload(Payloads.Vector vector) {
        DecodedVietQr decoded = VietQr.decode(vector.payload());
        assertThat(VietQr.encode(decoded.payment().orElseThrow())).isEqualTo(vector.payload());
    }

    @Test
    void theLeadingZeroVectorEndsWithAZeroPaddedCrc() throws IOException {
        assertThat(Payloads.vectors()).filteredOn(v -> v.name().equals("leading-zero-crc")).singleElement()
                .satisfies(v -> assertThat(v.payload()).endsWith("63040283"));
    }
}

package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void theCheckValueOf123456789Is29B1() {
        assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
        assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void theEmptyTextKeepsTheInitialValue() {
        assertThat(Crc16.hex("")).isEqualTo("FFFF");
    }

    @Test
    void aCrcBelow0x1000IsWrittenWithItsLeadingZero() {
        String body = "00020101021138580010A000000727012800069704070114190304136010180208QRIBFTTA53037045802VN6304";
        assertThat(Crc16.of(body)).isLessThan(0x1000);
        assertThat(Crc16.hex(body)).isEqualTo("0283");
    }

    @Test
    void theCrcIsWrittenInUpperCaseAndReadInEitherCase() {
        String body = "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN6304";
        assertThat(Crc16.hex(body)).isEqualTo("4F52");
        assertThat(Crc16.matches(body, "4F52")).isTrue();
        assertThat(Crc16.matches(body, "4f52")).isTrue();
        assertThat(Crc16.matches(body, "4F53")).isFalse();
        assertThat(Crc16.matches(body, "4F5")).isFalse();
        assertThat(Crc16.matches(body, "4G52")).isFalse();
    }
}

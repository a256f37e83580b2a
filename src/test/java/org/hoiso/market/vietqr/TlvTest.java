package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlvTest {

    @Test
    void anElementIsATwoDigitIdATwoDigitLengthCountingCharactersAndTheValue() {
        assertThat(Tlv.write("53", "704")).isEqualTo("5303704");
        assertThat(Tlv.write("62", "")).isEqualTo("6200");
        assertThat(Tlv.write("08", "x".repeat(99))).startsWith("0899").hasSize(103);
    }

    @Test
    void writingRefusesAValueOfMoreThan99CharactersOrAnIdThatIsNotTwoDigits() {
        assertThatThrownBy(() -> Tlv.write("08", "x".repeat(100))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tlv.write("8", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tlv.write("A8", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTemplateIsReadAsElementsInTheOrderWritten() {
        Tlv.Reading reading = Tlv.read("0010A000000727" + "0127000697040301130011012345678" + "0208QRIBFTTA");
        assertThat(reading.complete()).isTrue();
        assertThat(reading.elements()).containsExactly(new Tlv.Element("00", "A000000727"),
                new Tlv.Element("01", "000697040301130011012345678"), new Tlv.Element("02", "QRIBFTTA"));
        assertThat(Tlv.read(reading.byId().get("01")).byId()).containsEntry("00", "970403").containsEntry("01", "0011012345678");
    }

    @ParameterizedTest
    @CsvSource({
            "5303704580, OVERRUN, 7",
            "530370458, OVERRUN, 7",
            "5309704, OVERRUN, 0",
            "53037045A02VN, NOT_DIGITS, 7",
            "5303704580xVN, NOT_DIGITS, 7",
            "hello, NOT_DIGITS, 0"})
    void readingStopsWhereTheElementsStopAddingUp(String text, Tlv.Failure failure, int at) {
        Tlv.Reading reading = Tlv.read(text);
        assertThat(reading.complete()).isFalse();
        assertThat(reading.failure()).isEqualTo(failure);
        assertThat(reading.failedAt()).isEqualTo(at);
        assertThat(reading.elements()).hasSize(at == 0 ? 0 : 1);
    }

    @Test
    void theSameIdTwiceHasNoMapByIdButStillItsElements() {
        Tlv.Reading reading = Tlv.read("54031005403200");
        assertThat(reading.complete()).isTrue();
        assertThat(reading.elements()).extracting(Tlv.Element::value).isEqualTo(List.of("100", "200"));
        assertThat(reading.byId()).isNull();
    }
}

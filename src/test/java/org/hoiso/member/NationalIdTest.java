package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdTest {

    private static List<String> codes(String number, LocalDate birth) {
        return NationalId.check(number, birth, "nationalId").stream().map(FieldProblem::code).toList();
    }

    @ParameterizedTest(name = "{0} born {1} is valid")
    @CsvSource({
            "001185123456, 1985-03-05", // Hà Nội, woman born 1985
            "079190000001, 1990-12-31", // Hồ Chí Minh City
            "096199999999, 1999-01-01", // Cà Mau, last old province code
            "001300000123, 2000-06-15", // woman born 2000: century digit 3
            "038307654321, 2007-02-28", // Thanh Hóa, born 2007
            "002145000001, 1945-08-19"
    })
    void acceptsValidNumbersOfWomen(String number, LocalDate birth) {
        assertThat(codes(number, birth)).isEmpty();
    }

    @ParameterizedTest(name = "{0} has a bad form")
    @CsvSource({"00118512345", "0011851234567", "00118512345a", "001-185-123"})
    void rejectsNumbersThatAreNotTwelveDigits(String number) {
        assertThat(codes(number, LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.format");
    }

    @Test
    void requiresANumber() {
        assertThat(codes(null, LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.required");
        assertThat(codes("", LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.required");
    }

    @ParameterizedTest(name = "prefix {0} is not a birth province")
    @CsvSource({"000", "003", "005", "013", "018", "097", "099", "100", "704"})
    void rejectsUnknownBirthProvinceCodes(String prefix) {
        assertThat(codes(prefix + "185123456", LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.province");
    }

    @Test
    void knowsTheSixtyThreeOldProvinceCodes() {
        assertThat(NationalId.provincePrefixes()).hasSize(63).contains("001", "079", "096", "095", "022");
    }

    @Test
    void rejectsAManOfTheRightCentury() {
        assertThat(codes("001085123456", LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.gender");
    }

    @Test
    void rejectsACenturyDigitThatDisagreesWithTheBirthYear() {
        // 3 = woman born 2000–2099, but she was born in 1985
        assertThat(codes("001385123456", LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.century");
    }

    @Test
    void rejectsYearDigitsThatDisagreeWithTheBirthDate() {
        assertThat(codes("001186123456", LocalDate.of(1985, 3, 5))).containsExactly("member.cccd.year");
    }

    @Test
    void reportsEveryBrokenRuleSeparately() {
        // unknown prefix, male, wrong century and wrong year all at once
        assertThat(codes("003286123456", LocalDate.of(1985, 3, 5)))
                .containsExactly("member.cccd.province", "member.cccd.gender", "member.cccd.century", "member.cccd.year");
    }

    @Test
    void withoutABirthDateChecksOnlyTheNumberItself() {
        assertThat(codes("001185123456", null)).isEmpty();
        assertThat(codes("001085123456", null)).containsExactly("member.cccd.gender");
    }

    @Test
    void normalisesSeparatorsTypedBetweenGroups() {
        assertThat(NationalId.normalise(" 001 185 123.456 ")).isEqualTo("001185123456");
        assertThat(NationalId.normalise("001-185-123456")).isEqualTo("001185123456");
    }

    @Test
    void masksAllButTheLastThreeDigits() {
        assertThat(NationalId.mask("001185123456")).isEqualTo("*********456");
    }
}

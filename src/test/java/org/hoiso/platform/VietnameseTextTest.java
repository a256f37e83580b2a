package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void cleansToNfcAndCollapsesEveryKindOfSpace() {
        String nfd = Normalizer.normalize("Phường\u00A0 Ba   Đình\u200B ", Normalizer.Form.NFD);
        String clean = VietnameseText.clean(nfd);
        assertThat(clean).isEqualTo("Phường Ba Đình");
        assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "'NGUYỄN  THỊ hoa', 'Nguyễn Thị Hoa'",
            "'trần thị thu hương', 'Trần Thị Thu Hương'",
            "'  đỗ THỊ   ánh ', 'Đỗ Thị Ánh'",
            "'Lò Thị Xuân', 'Lò Thị Xuân'",
            "'-Đỗ Thị Hà', '-Đỗ Thị Hà'",
            "'-đỗ thị hà', '-Đỗ Thị Hà'",
            "'(lê) thị na', '(Lê) Thị Na'"
    })
    void capitalisesPersonNamesWordByWordFromTheirFirstLetter(String typed, String expected) {
        assertThat(VietnameseText.personName(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "'Nguyễn Thị Hoà', 'nguyen thi hoa'",
            "'ĐẶNG Thị Ánh', 'dang thi anh'",
            "'Phường Ba Đình', 'phuong ba dinh'",
            "'Huỳnh Thị Ngọc Hường', 'huynh thi ngoc huong'"
    })
    void foldsCaseAndDiacriticsIncludingDStroke(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
        assertThat(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({
            "'0912345678', '0912345678'",
            "'0912 345 678', '0912345678'",
            "'+84 912 345 678', '0912345678'",
            "'84912345678', '0912345678'",
            "'912345678', '0912345678'",
            "'0912.345.678', '0912345678'",
            "'01662345678', '0362345678'",
            "'0123 456 7890', '0834567890'"
    })
    void normalisesMobileNumbers(String typed, String normalised) {
        assertThat(PhoneNumber.normalise(typed)).contains(normalised);
    }

    @ParameterizedTest
    @CsvSource({"'02438251234'", "'0112345678'", "'12345'", "'hoa@example.vn'", "'0912 345 67'", "'01002345678'"})
    void rejectsWhatIsNotAMobileNumber(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'05/03/1985', 1985-03-05", "'5/3/1985', 1985-03-05", "'1985-03-05', 1985-03-05", "'05-03-1985', 1985-03-05",
            "'29/02/2024', 2024-02-29"})
    void parsesDatesAsPeopleTypeThem(String typed, LocalDate expected) {
        assertThat(DateInput.parse(typed)).contains(expected);
    }

    @Test
    void rejectsImpossibleDatesAndFormatsForDisplay() {
        Assertions.assertThatThrownBy(() -> DateInput.parse("31/02/2024")).isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> DateInput.parse("29/02/2023")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DateInput.format(LocalDate.of(1985, 3, 5))).isEqualTo("05/03/1985");
    }
}

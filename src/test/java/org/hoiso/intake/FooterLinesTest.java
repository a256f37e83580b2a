package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoiso.tables.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FooterLinesTest {

    /** Name in column 0, birth date in 1, CCCD in 2, address in 3. */
    private static final Mapping MAPPING = new Mapping(1, Map.of(ImportField.FULL_NAME, 0, ImportField.BIRTH_DATE, 1,
            ImportField.NATIONAL_ID, 2, ImportField.ADDRESS, 3));

    @ParameterizedTest(name = "\"{0}\" under the table opens its footer")
    @CsvSource(delimiter = '|', value = {
            "Cầu Giấy, ngày 05 tháng 12 năm 2025", "Hà Nội, ngày ... tháng ... năm ....", "ngày 5/12/2025",
            "Cầu Giấy, 05/12/2025", "NGƯỜI LẬP BIỂU", "Người lập danh sách", "TM. BAN CHẤP HÀNH", "T/M Ban Chấp hành",
            "CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Xác nhận của Hội LHPN phường", "Tổng cộng: 25 hội viên",
            "Chi hội trưởng", "Prepared by"})
    void aFooterPhraseOrAPlaceAndDateOpensTheFooter(String text) {
        assertThat(FooterLines.isFooterText(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is no footer")
    @CsvSource(delimiter = '|', value = {"Nguyễn Thị Hoa", "Số 45 TDP 7", "Thôn Cộng Hòa", "Ngõ 12, phố Trần Duy Hưng",
            "05/03/1985", "Chi hội Tổ 5"})
    void ordinaryCellsAreNoFooter(String text) {
        assertThat(FooterLines.isFooterText(text)).isFalse();
    }

    @Test
    void theFooterRunsOverTheSignersNamesAndEndsAtARowWithACccd() {
        FooterLines footer = new FooterLines(MAPPING);
        List<Boolean> seen = new ArrayList<>();
        for (TableRow row : List.of(
                row(2, "Lan", "05/03/1985", "001185012345", "Số 3"),
                row(3, "", "", "Cầu Giấy, ngày 05 tháng 12 năm 2025", ""),
                row(4, "Người lập biểu", "", "", "TM. Ban Chấp hành"),
                row(5, "Nguyễn Thị Thu", "", "", "Lê Thị Mến"),
                row(6, "Mai", "06/04/1986", "001186012345", ""),
                row(7, "Hoa", "", "", "Thôn Đông"))) {
            seen.add(footer.isFooter(row));
        }
        // row 7 lacks its data but follows a member: an invalid row, not a footer
        assertThat(seen).containsExactly(false, true, true, true, false, false);
    }

    private static TableRow row(long n, String... cells) {
        return new TableRow(n, List.of(cells));
    }
}

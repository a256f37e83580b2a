package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.member.Position;
import org.hoiso.platform.web.DateInput;
import org.hoiso.tables.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "05/03/1985|1985-03-05", "5/3/1985|1985-03-05", "05-03-1985|1985-03-05", "05.03.1985|1985-03-05",
            "5/3/85|1985-03-05", "7/4/05|2005-04-07", "31/12/26|2026-12-31", "1985-03-05|1985-03-05",
            "1985-03-05 00:00:00|1985-03-05", "1985-03-05T00:00|1985-03-05",
            "31111|1985-03-05", "32874|1990-01-01", "31111.0|1985-03-05", "59|1900-02-28", "61|1900-03-01",
            " 05/03/1985 |1985-03-05"})
    void readsDatesTheWaysOfficersTypeThem(String typed, LocalDate expected) throws Exception {
        assertThat(Cells.date(typed, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1982|intake.date.yearOnly", "31/02/1985|intake.date.invalid", "15/13/1980|intake.date.invalid",
            "3/15/1980|intake.date.monthFirst", "ngày 5 tháng 3|intake.date.format", "5/3|intake.date.format",
            "05/03/19851|intake.date.format", "0|intake.date.format", "9999999|intake.date.format"})
    void explainsDatesItCannotRead(String typed, String code) {
        assertThatThrownBy(() -> Cells.date(typed, TODAY)).isInstanceOfSatisfying(Cells.Bad.class,
                b -> assertThat(b.code).isEqualTo(code));
    }

    @Test
    void anEmptyCellIsNoValue() throws Exception {
        assertThat(Cells.date("  ", TODAY)).isNull();
        assertThat(Cells.nationalId("")).isNull();
        assertThat(Cells.yesNo(null)).isNull();
        assertThat(Cells.level("", 2, "x")).isNull();
        assertThat(Cells.position("")).isEqualTo(Position.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "001185012345|001185012345", "1185012345|001185012345", "11185012345|011185012345", "'001185012345|001185012345",
            "001 185 012 345|001185012345", "001.185.012.345|001185012345", "abc|abc"})
    void repairsCccdNumbersThatSpreadsheetsMangled(String typed, String expected) throws Exception {
        assertThat(Cells.nationalId(typed)).isEqualTo(expected);
    }

    @Test
    void refusesOldCardsAndScientificNotationWithTheirOwnMessages() {
        assertThatThrownBy(() -> Cells.nationalId("123456789")).isInstanceOfSatisfying(Cells.Bad.class,
                b -> assertThat(b.code).isEqualTo("intake.cccd.oldCard"));
        assertThatThrownBy(() -> Cells.nationalId("1.18501E+09")).isInstanceOfSatisfying(Cells.Bad.class,
                b -> assertThat(b.code).isEqualTo("intake.cccd.scientific"));
    }

    @Test
    void readsYesNoLevelsAndPositionsInVietnameseAndEnglish() throws Exception {
        for (String yes : List.of("Có", "CO", "x", "1", "yes", "TRUE", "Đúng")) {
            assertThat(Cells.yesNo(yes)).as(yes).isTrue();
        }
        for (String no : List.of("Không", "khong", "0", "No", "false", "Chưa")) {
            assertThat(Cells.yesNo(no)).as(no).isFalse();
        }
        assertThatThrownBy(() -> Cells.yesNo("có lẽ")).isInstanceOf(Cells.Bad.class);
        assertThat(Cells.level("Mức 2", 2, "x")).isEqualTo(2);
        assertThat(Cells.level("level 1", 2, "x")).isEqualTo(1);
        assertThat(Cells.level("Chưa có", 2, "x")).isZero();
        assertThatThrownBy(() -> Cells.level("3", 2, "intake.vneid")).isInstanceOfSatisfying(Cells.Bad.class,
                b -> assertThat(b.code).isEqualTo("intake.vneid"));
        assertThat(Cells.position("Chi hội trưởng")).isEqualTo(Position.BRANCH_HEAD);
        assertThat(Cells.position("CHỦ TỊCH HỘI CƠ SỞ")).isEqualTo(Position.COMMUNE_CHAIR);
        assertThat(Cells.position("Ủy viên Ban Chấp hành cơ sở")).isEqualTo(Position.COMMUNE_COMMITTEE);
        assertThat(Cells.position("Hội viên")).isEqualTo(Position.NONE);
        assertThat(Cells.position("BRANCH_HEAD")).isEqualTo(Position.BRANCH_HEAD);
        assertThatThrownBy(() -> Cells.position("Giám đốc")).isInstanceOf(Cells.Bad.class);
    }

    @Test
    void findsTheHeaderRowBelowTitlesAndRecognisesHeadingsWithOrWithoutDiacritics() {
        List<TableRow> rows = List.of(
                new TableRow(1, List.of("DANH SÁCH HỘI VIÊN")),
                new TableRow(2, List.of("", "Năm 2024")),
                new TableRow(4, List.of("STT", "HO VA TEN", "Ngày tháng năm sinh (dd/mm/yyyy)", "Số CCCD/CMND", "SĐT",
                        "chi_hoi", "Dân tộc", "Ghi chú", "Họ tên")),
                new TableRow(5, List.of("1", "Nguyễn Thị Hoa", "05/03/1985", "001185012345")));
        Headings.Proposal p = Headings.propose(rows);
        assertThat(p.headerRow()).isEqualTo(4);
        assertThat(p.columns()).containsEntry(ImportField.FULL_NAME, 1).containsEntry(ImportField.BIRTH_DATE, 2)
                .containsEntry(ImportField.NATIONAL_ID, 3).containsEntry(ImportField.PHONE, 4)
                .containsEntry(ImportField.BRANCH, 5)
                .containsEntry(ImportField.ETHNICITY, 6).containsEntry(ImportField.SEQUENCE, 0).hasSize(7);
        assertThat(Headings.field("Full name")).isEqualTo(ImportField.FULL_NAME);
        assertThat(Headings.field("Date of birth")).isEqualTo(ImportField.BIRTH_DATE);
        assertThat(Headings.field("Số định danh cá nhân")).isEqualTo(ImportField.NATIONAL_ID);
        assertThat(Headings.field("Điện thoại thông minh")).isEqualTo(ImportField.HAS_SMARTPHONE);
        assertThat(Headings.field("Ghi chú")).isNull();
    }

    @Test
    void withoutRecognisedHeadingsTheFirstRowIsTheHeaderAndNothingIsMapped() {
        Headings.Proposal p = Headings.propose(List.of(new TableRow(3, List.of("a", "b")), new TableRow(4, List.of("c", "d"))));
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.columns()).isEmpty();
    }

    @Test
    void newBranchNamesAreInSentenceCaseUnlessTypedInMixedCase() {
        assertThat(UnitResolver.branchName("TỔ DÂN PHỐ 3")).isEqualTo("Chi hội Tổ dân phố 3");
        assertThat(UnitResolver.branchName("chi hội ấp bình an")).isEqualTo("Chi hội Ấp bình an");
        assertThat(UnitResolver.branchName("Chi hội Ấp Bình An")).isEqualTo("Chi hội Ấp Bình An");
        assertThat(UnitResolver.branchKey("CHI HOI 3")).isEqualTo(UnitResolver.branchKey("Chi hội 3")).isEqualTo("3");
    }

    @Test
    void exportDatesAreWrittenAsTheDisplayFormatWrites() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2031, 1, 10)); d = d.plusDays(13)) {
            assertThat(MemberExport.ddMMyyyy(d)).isEqualTo(DateInput.format(d));
        }
    }

    @Test
    void theCccdMapKeepsTheFirstRowOfEachNumberAcrossGrowth() {
        LongLongMap map = new LongLongMap(4);
        for (long i = 1; i <= 100_000; i++) {
            assertThat(map.putIfAbsent(1_185_000_000L + i * 7, i)).isEqualTo(-1);
        }
        assertThat(map.putIfAbsent(1_185_000_000L + 7 * 500, 999_999)).isEqualTo(500);
        assertThat(map.putIfAbsent(1_185_000_000L + 7 * 100_000, 1)).isEqualTo(100_000);
    }
}

package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.intake.ImportSteps.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.tables.LegacyFonts;
import org.hoiso.tables.TableRow;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import's last mistakes (issue 11), each with a real file and what the officer sees on the job's page
 * and in the error report.
 */
@IntegrationTest
class ImportMistakesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private ImportSteps steps;
    private OrgUnit commune;

    @BeforeEach
    void officer() {
        commune = fixtures.unit(Places.CAU_GIAY);
        steps = new ImportSteps(mvc, imports, users.loadUserByUsername(fixtures.officer(Places.CAU_GIAY).username()));
    }

    private static String birth(int year) {
        return "05/03/" + year;
    }

    private static String cccd(int year) {
        return Fixtures.cccd(LocalDate.of(year, 3, 5));
    }

    @Test
    void rowsUnderAMergedBranchCellJoinThatBranchAndThePreviewSaysSo() throws Exception {
        String tail = Fixtures.uniqueGivenName();
        OrgUnit first = fixtures.branch(Places.CAU_GIAY, "Chi hội Tổ " + tail);
        OrgUnit second = fixtures.branch(Places.CAU_GIAY, "Chi hội Khu " + tail);
        String given = Fixtures.uniqueGivenName();
        byte[] file = ImportSteps.xlsx(ws -> {
            row(ws, 0, "DANH SÁCH HỘI VIÊN PHƯỜNG CẦU GIẤY");
            ws.range(0, 0, 0, 4).merge();
            row(ws, 1, "STT", "Chi hội", "Họ và tên", "Ngày sinh", "Số CCCD");
            row(ws, 2, "1", "Chi hội Tổ " + tail, "Lan " + given, birth(1980), cccd(1980));
            row(ws, 3, "2", null, "Mai " + given, birth(1981), cccd(1981));
            row(ws, 4, "3", null, "Hoa " + given, birth(1982), cccd(1982));
            ws.range(2, 1, 4, 1).merge();
            row(ws, 5, "4", "Chi hội Khu " + tail, "Huệ " + given, birth(1983), cccd(1983));
            row(ws, 6, "5", null, "Cúc " + given, birth(1984), cccd(1984));
            ws.range(5, 1, 6, 1).merge();
        });
        long id = steps.upload(commune.id(), "gop-o.xlsx", file);
        String page = steps.page(id);
        assertThat(page).contains("2 vùng ô gộp nhiều dòng").contains("<code>B3:B5</code> → <strong>Chi hội Tổ " + tail);
        steps.dryRun(id);
        steps.act(id, "commit");
        assertThat(unitOf("Mai " + given)).isEqualTo(first.id());
        assertThat(unitOf("Hoa " + given)).isEqualTo(first.id());
        assertThat(unitOf("Cúc " + given)).isEqualTo(second.id());
    }

    private long unitOf(String name) {
        return jdbc.sql("SELECT unit_id FROM member WHERE full_name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void anAddressWithAnAbbreviationInATcvn3FileKeepsItsLowerCase() throws Exception {
        String given = Fixtures.uniqueGivenName();
        String csv = String.join("\r\n", LegacyFonts.tcvn3("Họ và tên,Ngày sinh,Số CCCD,Địa chỉ"),
                LegacyFonts.tcvn3("Nguyễn Thị Hồng " + given + ",05/03/1980,") + cccd(1980) + ","
                        + LegacyFonts.tcvn3("Số 45 TDP 7"),
                LegacyFonts.tcvn3("Trần Thị Lụa " + given + ",05/03/1981,") + cccd(1981) + ","
                        + LegacyFonts.tcvn3("Thôn Đông xã Yên Sở"),
                LegacyFonts.tcvn3("Lê Thị Nguyệt " + given + ",05/03/1982,") + cccd(1982) + ","
                        + LegacyFonts.tcvn3("Ngõ 12 phố Trần Duy Hưng"),
                "");
        assertThat(csv).contains("Sè 45 TDP 7");
        long id = steps.upload(commune.id(), "tcvn3.csv", LegacyFonts.bytes(csv));
        String page = steps.page(id);
        assertThat(page).contains("TCVN3").contains("Nguyễn Thị Hồng " + given);
        steps.dryRun(id);
        steps.act(id, "commit");
        assertThat(jdbc.sql("SELECT address FROM member WHERE full_name = :n").param("n", "Nguyễn Thị Hồng " + given)
                .query(String.class).single()).isEqualTo("Số 45 TDP 7");
        assertThat(jdbc.sql("SELECT address FROM member WHERE full_name = :n").param("n", "Trần Thị Lụa " + given)
                .query(String.class).single()).isEqualTo("Thôn Đông xã Yên Sở");
    }

    @Test
    void theErrorReportPutsTheReasonInItsOwnLastColumn() throws Exception {
        String given = Fixtures.uniqueGivenName();
        String csv = String.join("\n", "Họ và tên,Ngày sinh,Số CCCD,Số điện thoại,Địa chỉ,Ghi chú",
                "Phan Thị " + given + "," + birth(1980) + ",,,,",
                "Vi Thị " + given + "," + birth(1981) + "," + cccd(1981) + ",0912345678,Số 3,đã nộp hội phí", "");
        long id = steps.upload(commune.id(), "thieu-cccd.csv", csv.getBytes(StandardCharsets.UTF_8));
        steps.dryRun(id);
        for (String format : List.of("csv", "xlsx")) {
            List<TableRow> rows = steps.problems(id, format, dir);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).cells()).as(format).containsExactly("Họ và tên", "Ngày sinh", "Số CCCD", "Số điện thoại",
                    "Địa chỉ", "Ghi chú", "Lý do lỗi");
            assertThat(rows.get(1).cell(0)).isEqualTo("Phan Thị " + given);
            assertThat(rows.get(1).cell(2)).as("the first empty cell stays empty").isEmpty();
            assertThat(rows.get(1).cell(6)).as(format).startsWith("Số CCCD: ");
        }
    }

    @Test
    void anElevenDigitCccdSaysExcelMayHaveDroppedItsLeadingZero() throws Exception {
        String given = Fixtures.uniqueGivenName();
        // 11 digits whose zero put back gives no province: the number lost a zero, the province is not wrong
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nTô Thị " + given + "," + birth(1985) + ",99185012345\n";
        long id = steps.upload(commune.id(), "cccd-11.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = steps.page(id);
        assertThat(page).contains("11 chữ số — có thể Excel đã bỏ số 0 ở đầu").doesNotContain("mã tỉnh");
        steps.dryRun(id);
        assertThat(steps.problems(id, "csv", dir).get(1).cell(3)).contains("11 chữ số — có thể Excel đã bỏ số 0 ở đầu")
                .doesNotContain("mã tỉnh");
    }

    @Test
    void yearsInTheImportsMessagesHaveNoThousandsSeparator() throws Exception {
        String csv = "Họ và tên,Ngày sinh,Số CCCD\nTạ Thị " + Fixtures.uniqueGivenName() + "," + birth(1990) + ",001390123456\n";
        long id = steps.upload(commune.id(), "nam.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(steps.page(id)).contains("từ 2000 đến 2099, nhưng năm sinh là 1990").doesNotContain("2.000");
    }

    @Test
    void signatureLinesUnderTheTableAreSkippedWithANoticeNotCountedAsInvalid() throws Exception {
        String given = Fixtures.uniqueGivenName();
        byte[] file = ImportSteps.xlsx(ws -> {
            row(ws, 0, "STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Thôn/Xóm");
            row(ws, 1, "1", "Khúc Thị " + given, birth(1970), cccd(1970), "Thôn Đoài");
            row(ws, 2, "2", "Mạc Thị " + given, birth(1971), cccd(1971), "Xóm Mới");
            // the date line over the CCCD column, the signatures over the names: as officers lay them out
            row(ws, 4, null, null, null, "Cầu Giấy, ngày 05 tháng 12 năm 2025");
            row(ws, 5, null, "Người lập biểu", null, "TM. Ban Chấp hành");
            row(ws, 6, null, "(Ký, ghi rõ họ tên)", null, "Chủ tịch");
            row(ws, 9, null, "Nguyễn Thị Thu", null, "Lê Thị Mến");
        });
        long id = steps.upload(commune.id(), "co-chu-ky.xlsx", file);
        String page = steps.page(id);
        assertThat(page).contains("là phần ký tên").doesNotContain("Nguyễn Thị Thu");
        page = steps.dryRun(id);
        assertThat(page).contains("là phần ký tên").contains("Dòng 5–10");
        ImportJob job = imports.get(fixtures.admin(), id);
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(job.validRows()).isEqualTo(2);
        assertThat(job.invalidRows()).isZero();
        assertThat(imports.mapping(job).column(ImportField.ADDRESS)).isEqualTo(4);
    }

    @Test
    void aCommuneOfAnotherProvinceIsOutsideTheUnit() throws Exception {
        String csv = "Họ và tên,Ngày sinh,Số CCCD,Xã/Phường\nLò Thị " + Fixtures.uniqueGivenName() + "," + birth(1980) + ","
                + cccd(1980) + ",Phường Hồng Bàng\n";
        long id = steps.upload(commune.id(), "tinh-khac.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(steps.page(id)).contains("“Phường Hồng Bàng” không thuộc Phường Cầu Giấy");
    }

    @Test
    void thePreviewMarksRowsTheRegistryHoldsAndNamesRowsByTheSheetAndTheirOwnNumber() throws Exception {
        String registered = cccd(1975);
        fixtures.members().register(fixtures.admin(), AMember.valid().cccd(registered)
                .bornOn(LocalDate.of(1975, 3, 5)).inUnit(commune.id()).input());
        String twice = cccd(1976);
        String given = Fixtures.uniqueGivenName();
        String csv = String.join("\n", "Danh sách hội viên,,,", "STT,Họ và tên,Ngày sinh,Số CCCD",
                "1,Ninh Thị " + given + "," + birth(1975) + "," + registered,
                "2,Âu Thị " + given + "," + birth(1976) + "," + twice,
                "3,Kha Thị " + given + "," + birth(1977) + "," + cccd(1977),
                "4,Ông Thị " + given + "," + birth(1976) + "," + twice, "");
        long id = steps.upload(commune.id(), "stt.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = steps.page(id);
        assertThat(page).contains("class=\"in-registry\"").contains("Đã có trong sổ hội viên")
                .contains("đã thuộc hội viên đang sinh hoạt tại Phường Cầu Giấy").contains("(STT 4)")
                .contains("trùng với dòng 4 (STT 2) trong cùng tệp");
        steps.dryRun(id);
        assertThat(steps.problems(id, "csv", dir)).extracting(r -> r.cell(4))
                .contains("Số CCCD: Số CCCD trùng với dòng 4 (STT 2) trong cùng tệp.");
    }

    @Test
    void aDryRunWithRequiredColumnsUnmappedStaysOnTheJobPageWithTheMessage() throws Exception {
        String csv = "Tên,Sinh ngày khác\nHà Thị Vân,01/01/1980\n";
        long id = steps.upload(commune.id(), "khong-tieu-de.csv", csv.getBytes(StandardCharsets.UTF_8));
        String page = steps.dryRun(id);
        assertThat(page).contains("id=\"outcome-errors\"").contains("Họ và tên: Cần chọn cột cho trường bắt buộc này.")
                .contains("Số CCCD: Cần chọn cột").contains("Ghép cột");
        assertThat(imports.get(fixtures.admin(), id).status()).isEqualTo(ImportJob.Status.READY);
    }
}

package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hoiso.tables.LegacyFont;
import org.hoiso.tables.LegacyVietnamese;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A commune officer takes a messy Excel file from the 2000s to a clean registry through the pages:
 * text typed in the TCVN3 (ABC) font, dates as Excel dates and as text, CCCD numbers that Excel turned
 * into numbers (leading zero lost), a repeated person, a pre-2025 commune name, branches not yet in hoiso.
 */
class ImportBrowserTest extends BrowserTestSupport {

    String officer;
    byte[] workbook;
    String cccdHoa;

    @BeforeAll
    void arrange() throws IOException {
        officer = officer(Places.HONG_HA);
        cccdHoa = cccd(LocalDate.of(1985, 3, 5));
        String lan = cccd(LocalDate.of(1990, 7, 21));
        String ha = cccd(LocalDate.of(1978, 11, 30));
        String huong = cccd(LocalDate.of(2001, 2, 14));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Excel", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        text(ws, 0, 0, "Danh sách hội viên phụ nữ phường Hồng Hà");
        List<String> headings = List.of("Số thứ tự", "Họ và tên", "Ngày sinh", "Số căn cước", "Chi hội", "Phường");
        for (int c = 0; c < headings.size(); c++) {
            text(ws, 2, c, headings.get(c));
        }
        row(ws, 3, 1, "nguyễn thị hoa", LocalDate.of(1985, 3, 5), cccdHoa, "tổ dân phố một", "phường phúc xá");
        row(ws, 4, 2, "trần thị lan", "21/7/90", lan, "tổ dân phố một", "phường phúc xá");
        row(ws, 5, 3, "lê thị hà", LocalDate.of(1978, 11, 30), ha, "tổ dân phố hai", "phường hồng hà");
        row(ws, 6, 4, "phạm thị hương", LocalDate.of(2001, 2, 14), huong, "tổ dân phố hai", "phường hồng hà");
        row(ws, 7, 5, "nguyễn thị hoa", LocalDate.of(1985, 3, 5), cccdHoa, "tổ dân phố một", "phường phúc xá");
        row(ws, 8, 6, "vũ thị hằng", "1982", null, "tổ dân phố hai", "phường hồng hà");
        wb.finish();
        workbook = out.toByteArray();
    }

    /** A cell as the ABC keyboard typed it in the .VnTime font: each letter replaced by its TCVN3 code. */
    private static void text(Worksheet ws, int r, int c, String unicode) {
        ws.value(r, c, tcvn3(unicode));
    }

    private static void row(Worksheet ws, int r, int no, String name, Object birth, String cccd, String branch, String commune) {
        ws.value(r, 0, no);
        text(ws, r, 1, name);
        if (birth instanceof LocalDate d) {
            ws.value(r, 2, d);
            ws.style(r, 2).format("dd/mm/yyyy").set();
        } else {
            ws.value(r, 2, (String) birth);
        }
        if (cccd != null) {
            ws.value(r, 3, Long.parseLong(cccd)); // a number cell: the leading zero is gone
        }
        text(ws, r, 4, branch);
        text(ws, r, 5, commune);
    }

    private static final Map<Character, Character> TCVN3 = new HashMap<>();

    static {
        // The inverse of the application's own table, so the file holds exactly what .VnTime produced.
        for (char c = 0x80; c <= 0xFF; c++) {
            String u = LegacyVietnamese.toUnicode(String.valueOf(c), LegacyFont.TCVN3);
            if (u.length() == 1 && u.charAt(0) != c) {
                TCVN3.putIfAbsent(u.charAt(0), c);
            }
        }
    }

    static String tcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char ch : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            out.append(TCVN3.getOrDefault(ch, ch));
        }
        return out.toString();
    }

    @Test
    void aCommuneOfficerTakesALegacyExcelFileToACleanRegistry() {
        Assertions.assertThat(tcvn3("nguyễn thị hoa")).isEqualTo("nguyÔn thÞ hoa");
        login(officer);
        page.navigate("/members");
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Nhập danh sách").setExact(true)).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/imports.*"));
        page.setInputFiles("input[name=file]", new FilePayload("hoi-vien-2008.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
        page.getByLabel("Tạo chi hội chưa có trong hệ thống (theo cột Chi hội)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và xem trước")).click();

        assertThat(page).hasURL(Pattern.compile(".*/imports/\\d+$"));
        assertThat(page.locator("#job-status")).hasText("Chờ kiểm tra");
        assertThat(page.locator("#converted")).containsText("TCVN3");
        assertThat(page.locator("#converted")).containsText("Họ vµ tªn → Họ và tên".replace("Họ vµ", "Hä vµ"));
        Locator preview = page.locator("#preview");
        assertThat(preview).containsText("Nguyễn Thị Hoa");
        assertThat(preview).containsText("Trần Thị Lan");
        assertThat(preview).containsText("0" + cccdHoa.substring(1));
        assertThat(preview).containsText("21/07/1990");
        assertThat(preview).containsText("Chỉ có năm (1982)");
        assertThat(preview).containsText("Số CCCD trùng với dòng 4");
        assertThat(page.locator("#old-names")).containsText("Phường Phúc Xá");
        assertThat(page.locator("#new-branches")).containsText("Chi hội Tổ dân phố một");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview.png")).setFullPage(true));

        page.locator("#validate").click();
        assertThat(page.locator("#job-status[data-status=VALIDATED]")).hasText("Đã chạy thử",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#count-valid")).hasText("4");
        assertThat(page.locator("#count-invalid")).hasText("2");
        assertThat(page.locator("#problems-xlsx")).isVisible();

        page.locator("#commit").click();
        assertThat(page.locator("#job-status[data-status=COMMITTED]")).hasText("Đã ghi vào sổ",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#count-inserted")).hasText("4");

        page.navigate("/members");
        search("nguyen thi hoa");
        Locator rows = page.locator("#member-results tr.member-row");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Nguyễn Thị Hoa"))).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Nguyễn Thị Hoa"))).containsText("Chi hội Tổ dân phố một");
    }
}

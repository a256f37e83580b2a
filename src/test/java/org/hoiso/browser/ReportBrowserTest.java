package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.hoiso.platform.security.Caller;
import org.hoiso.reporting.Aggregates;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.TreeView;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's way up: a commune officer fills the six-monthly report on her phone, sees a rule broken
 * while she types and fixes it, submits; the province officer approves it with the others; the national
 * dashboard shows the new total.
 */
class ReportBrowserTest extends BrowserTestSupport {

    /** Phường Tân An, Cần Thơ. */
    private static final String PERIOD = "2026S1";

    @Autowired
    Aggregates aggregates;

    @Test
    void aCommuneReportGoesUpAndTheNationalDashboardShowsTheNewTotal() {
        String communeOfficer = officer(Places.TAN_AN);
        String provinceOfficer = fixtures.officer(Places.CAN_THO).username();
        String nationalAdmin = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).username();
        BigDecimal before = nationalTotal();

        newContext(390, 844);
        login(communeOfficer);
        // on a phone the menu's entries are folded behind "Menu"
        page.locator("#nav-menu-button").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
        Locator row = page.locator("#my-reports tr[data-form='PT_6THANG'][data-period='" + PERIOD + "']");
        assertThat(row).containsText("Quá hạn");
        assertThat(row).containsText("6 tháng đầu năm 2026");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bắt đầu làm")).click();
        assertThat(page.locator("h1")).containsText("6 tháng đầu năm 2026");
        assertThat(page.locator("#report-status")).hasText("Đang soạn");

        page.locator("#f-POOR_HOUSEHOLDS_OUT").fill("12");
        page.locator("#f-BUSINESS_OWNERS_TRAINED").fill("1.250");
        page.locator("#f-COOPS_NEW").fill("7");
        page.locator("#f-POLICY_LOANS_OUTSTANDING").fill("2.500,5");
        page.locator("#f-VIOLENCE_VICTIMS_DETECTED").fill("2");
        page.locator("#f-VIOLENCE_VICTIMS_SUPPORTED").fill("5");
        page.locator("#f-DIGITAL_FAMILIES").fill("9");
        page.locator("#f-DIGITAL_TEAM_MEMBERS").fill("4");
        page.locator("#f-ONLINE_SELLERS_HELPED").fill("3");
        page.locator("#f-DIGITAL_BRANCH_MODEL").selectOption("true");
        // The draft is saved while she types, and the broken rule shows under its field.
        assertThat(page.locator("#err-VIOLENCE_VICTIMS_SUPPORTED")).containsText(
                "Số nạn nhân được hỗ trợ không được lớn hơn số nạn nhân được phát hiện.");
        assertThat(page.locator("#save-status")).containsText("Đã lưu nháp");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-entry-phone.png")).setFullPage(true));

        page.locator("#f-VIOLENCE_VICTIMS_SUPPORTED").fill("2");
        assertThat(page.locator("#err-VIOLENCE_VICTIMS_SUPPORTED")).hasText("");
        page.locator("#submit-report").click();
        assertThat(page.locator("#report-status")).hasText("Đã nộp, chờ duyệt");
        assertThat(page.locator("#f-BUSINESS_OWNERS_TRAINED")).hasValue("1.250");
        assertThat(page.locator("#f-POLICY_LOANS_OUTSTANDING")).hasValue("2.500,5");

        newContext(1280, 900);
        login(provinceOfficer);
        page.navigate("/reports/review?unitId=" + fixtures.unit(Places.CAN_THO).id() + "&formId=2&period=" + PERIOD);
        page.locator("select[name=formId]").selectOption(new SelectOption()
                .setLabel("Báo cáo kết quả phong trào và chương trình trọng tâm 6 tháng"));
        page.locator("select[name=period]").selectOption(PERIOD);
        page.locator("#review-filter button[type=submit]").click();
        Locator mine = page.locator("#units-status tr[data-unit='" + Places.TAN_AN + "']");
        assertThat(mine).containsText("Đã nộp, chờ duyệt");
        mine.locator("input[name=ids]").check();
        page.locator("#bulk-approve").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã xử lý 1 báo cáo");
        assertThat(page.locator("#units-status tr[data-unit='" + Places.TAN_AN + "']")).containsText("Đã duyệt");
        assertThat(page.locator("#count-approved")).not().hasText("0");

        // The approved report prints with the unit, the period, the values and the approver, and the place of its date line.
        String href = page.locator("#units-status tr[data-unit='" + Places.TAN_AN + "'] a").getAttribute("href");
        byte[] pdf = page.request().get(href + "/print.pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            Assertions.assertThat(text).contains("Phường Tân An").contains("6 tháng đầu năm 2026")
                    .contains("Số hợp tác xã do phụ nữ quản lý thành lập mới").contains("2.500,5")
                    // the approver by her full name (the account's display name), not her user name
                    .contains("Cán bộ " + Places.CAN_THO).doesNotContain(provinceOfficer).contains("Tân An, ngày");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", SCREENSHOTS.resolve("report-print.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        newContext(1280, 900);
        login(nationalAdmin);
        page.navigate("/dashboard?indicator=COOPS_NEW&period=" + PERIOD);
        BigDecimal expected = before.add(BigDecimal.valueOf(7));
        assertThat(page.locator("#dashboard-total")).hasText(expected.toPlainString());
        assertThat(page.locator("#children-table tr[data-unit='" + Places.CAN_THO + "'] td").nth(1))
                .hasText(provinceTotal().toPlainString());
        assertThat(page.locator("figure.chart canvas").first()).isVisible();
        // The map is drawn when it comes into view (a phone does not fetch what she does not scroll to).
        page.locator("figure.province-map").scrollIntoViewIfNeeded();
        assertThat(page.locator("figure.province-map svg path").first()).isAttached();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-national.png")).setFullPage(true));
    }

    private BigDecimal nationalTotal() {
        BigDecimal v = aggregates.figure(fixtures.admin(), fixtures.centralId(),
                new Aggregates.Query("COOPS_NEW", TreeView.THEN, false), Period.parse(PERIOD)).value();
        return v == null ? BigDecimal.ZERO : v;
    }

    private BigDecimal provinceTotal() {
        BigDecimal v = aggregates.figure(fixtures.admin(), fixtures.unit(Places.CAN_THO).id(),
                new Aggregates.Query("COOPS_NEW", TreeView.THEN, false), Period.parse(PERIOD)).value();
        return v == null ? BigDecimal.ZERO : v;
    }
}

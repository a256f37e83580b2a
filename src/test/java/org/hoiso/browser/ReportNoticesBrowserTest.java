package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.hoiso.account.Accounts;
import org.hoiso.platform.outbox.OutboxSender;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's way up and back, as the people see it: a commune officer submits her monthly report; the province
 * finds it in its worklist ("Chờ duyệt (1)") and returns it with a reason; the commune officer finds the
 * return on her home page, counted on the menu, and in her mailbox (a real SMTP server).
 */
class ReportNoticesBrowserTest extends BrowserTestSupport {

    private static final String MONTH = "2026-11";

    @Autowired
    Accounts accounts;
    @Autowired
    OutboxSender sender;

    @Test
    void aReturnedReportReachesTheCommuneOfficersHomePageMenuAndMailbox() throws Exception {
        Fixtures.Officer commune = fixtures.officer(Places.DIEN_BIEN_PHU);
        String address = "can-bo-dbp-" + System.nanoTime() + "@dienbien.example.vn";
        accounts.changeOwnEmail(commune.caller(), address);
        String province = fixtures.officer(Places.DIEN_BIEN).username();
        int mailsBefore = TestMailServer.receivedInAll();

        // The commune officer submits her report of November on her phone.
        newContext(390, 844);
        login(commune.username());
        page.locator("#nav-menu-button").click(); // on a phone the menu is folded behind "Menu"
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
        Locator row = page.locator("#my-reports tr[data-form='HV_THANG'][data-period='" + MONTH + "']");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bắt đầu làm")).click();
        page.locator("#f-DIGITAL_ACTIVITIES").fill("4");
        page.locator("#f-DIGITAL_TRAINED").fill("0");
        page.locator("#f-SCAM_REPORTS").fill("2");
        page.locator("#submit-report").click();
        assertThat(page.locator("#report-status")).hasText("Đã nộp, chờ duyệt");
        assertThat(page.locator("#report-readonly")).containsText("đang chờ duyệt");

        // The province finds it waiting, opens it in one click and returns it.
        newContext(1280, 900);
        login(province);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
        assertThat(page.locator("#waiting-heading")).hasText("Chờ duyệt (1)");
        Locator waiting = page.locator("#waiting tr[data-unit='" + Places.DIEN_BIEN_PHU + "'][data-period='" + MONTH + "']");
        assertThat(waiting).containsText("Phường Điện Biên Phủ");
        waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở")).click();
        page.locator("form[action$='/return'] input[name=comment]").fill("Số buổi tập huấn chưa khớp với sổ sinh hoạt");
        page.locator("form[action$='/return'] button[type=submit]").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã trả lại báo cáo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo").setExact(true)).click();
        assertThat(page.locator("#waiting-heading")).not().isAttached();

        // The commune officer sees it on her home page and counted on the menu.
        newContext(390, 844);
        login(commune.username());
        page.navigate("/");
        assertThat(page.locator("#notice-count")).hasText("Thông báo (1)");
        Locator notice = page.locator("#home-notices li[data-kind='rpt.returned']");
        assertThat(notice).containsText("Tháng 11/2026 của Phường Điện Biên Phủ bị trả lại: Số buổi tập huấn chưa khớp");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-notice-home-phone.png"))
                .setFullPage(true));
        notice.locator("a").click();
        assertThat(page.locator("#return-comment")).containsText("Số buổi tập huấn chưa khớp với sổ sinh hoạt");
        assertThat(page.locator("#notice-count")).hasText("Thông báo");

        // And in her mailbox.
        sender.sendDue();
        Assertions.assertThat(TestMailServer.awaitTotal(mailsBefore + 1, Duration.ofSeconds(10))).isTrue();
        List<MimeMessage> mails = TestMailServer.receivedBy(address);
        Assertions.assertThat(mails).singleElement().satisfies(m -> {
            Assertions.assertThat(m.getSubject()).startsWith("[Hội số] Báo cáo nhanh công tác hội viên")
                    .contains("Tháng 11/2026 của Phường Điện Biên Phủ bị trả lại");
            Assertions.assertThat(((String) m.getContent())).contains("Số buổi tập huấn chưa khớp với sổ sinh hoạt")
                    .contains("/reports/");
        });
    }

    @Test
    void theDashboardCountsInWholeNumbersDrawsItsMapForPrintAndLinksTheServersCsv() {
        String province = fixtures.officer(Places.DIEN_BIEN).username();
        String url = "/dashboard?unitId=" + fixtures.unit(Places.DIEN_BIEN).id() + "&indicator=MEMBERS_TOTAL&period=" + MONTH;

        newContext(1280, 900);
        login(province);
        page.navigate(url);
        assertThat(page.locator("h1")).not().containsText("null");
        // a count of nothing: whole-number ticks, each once (not "0, 0, 0, …" from tenths rounded)
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('figure.chart canvas'))");
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) page.evaluate(
                "() => Chart.getChart(document.querySelector('figure.chart canvas')).scales.y.ticks.map(t => String(t.label))");
        Assertions.assertThat(ticks).isNotEmpty().doesNotHaveDuplicates().allMatch(t -> t.matches("\\d+([.]\\d{3})*"));
        // a wide screen draws the map at once, without scrolling to it
        assertThat(page.locator("figure.province-map svg path").first()).isAttached();
        assertThat(page.locator("#series-csv")).hasAttribute("href",
                Pattern.compile("/dashboard/series\\.csv\\?unitId=\\d+&indicator=MEMBERS_TOTAL&period=" + MONTH
                        + "&view=then"));

        // on a phone the map waits until she scrolls to it, or until the page is printed
        newContext(390, 844);
        login(province);
        page.navigate(url);
        assertThat(page.locator("figure.chart canvas").first()).isVisible();
        Assertions.assertThat(page.locator("figure.province-map svg").count()).isZero();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("figure.province-map svg path").first()).isAttached();
    }
}

package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An officer finds a member by a name typed without diacritics; an officer of another commune cannot. */
class MemberSearchBrowserTest extends BrowserTestSupport {

    /** NFC, as the registry stores it. */
    static final String HOA = "Nguyễn Thị Hoà";

    String baDinhOfficer;
    String ngocHaOfficer;
    long hoaId;

    @BeforeAll
    void arrange() {
        baDinhOfficer = officer(Places.BA_DINH);
        ngocHaOfficer = officer(Places.NGOC_HA);
        hoaId = member(HOA, LocalDate.of(1985, 3, 5), Places.BA_DINH);
        member("Trần Thị Lan", LocalDate.of(1990, 7, 21), Places.BA_DINH);
        member("Lê Thị Hồng Nhung", LocalDate.of(2001, 11, 2), Places.BA_DINH);
        member("Vũ Thị Hạnh", LocalDate.of(1978, 1, 30), Places.NGOC_HA);
    }

    @Test
    void officerFindsHerMemberByANameTypedWithoutDiacriticsAndOpensHerRecord() {
        login(baDinhOfficer);
        page.navigate("/members");
        Locator rows = page.locator("#member-results tr.member-row");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Trần Thị Lan"))).hasCount(1);

        search("nguyen thi hoa");

        // htmx live search replaces the results and pushes the query into the address bar
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=nguyen(\\+|%20)thi(\\+|%20)hoa.*"));
        assertThat(rows).hasCount(1);
        assertThat(page.locator("#member-results")).not().containsText("Trần Thị Lan");
        Locator link = rows.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(HOA));
        assertThat(link).containsText(HOA);

        link.click();

        assertThat(page).hasURL(Pattern.compile(".*/members/" + hoaId + "$"));
        assertThat(page.locator("h1#member-name")).hasText(HOA);
    }

    @Test
    void officerOfAnotherCommuneGetsNotFoundAndDoesNotFindHer() {
        login(ngocHaOfficer);

        Response response = page.navigate("/members/" + hoaId);

        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main h1")).hasText("Không tìm thấy");
        assertThat(page.locator("main")).containsText("Không tìm thấy hội viên trong phạm vi của bạn.");
        assertThat(page.locator("body")).not().containsText("Hoà");
        Assertions.assertThat(page.content()).doesNotContain(HOA).doesNotContain("Hoà");

        page.navigate("/members");
        assertThat(page.locator("h1")).containsText("Ngọc Hà");
        assertThat(page.locator("#member-results")).containsText("Vũ Thị Hạnh");
        search("nguyen thi hoa");
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=nguyen(\\+|%20)thi(\\+|%20)hoa.*"));
        assertThat(page.locator("#member-results")).not().containsText("Vũ Thị Hạnh");
        assertThat(page.locator("#member-results")).containsText("Không có dữ liệu.");
        assertThat(page.locator("#member-results tr.member-row")).hasCount(0);
        assertThat(page.locator("#member-results")).not().containsText(HOA);
    }

    @Test
    void memberListAtPhoneWidth() {
        newContext(360, 780);
        login(baDinhOfficer);
        page.navigate("/members");
        assertThat(page.locator("#member-results")).containsText("Trần Thị Lan");

        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-list-360.png")).setFullPage(true));
        // Nothing but the table (which scrolls inside .table-wrap) may be wider than the phone.
        Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
        Assertions.assertThat(((Number) pageWidth).intValue()).as("page width at a 360 px viewport").isLessThanOrEqualTo(360);

        search("nguyen thi hoa");
        assertThat(page.locator("#member-results tr.member-row")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-search-360.png")).setFullPage(true));
        Assertions.assertThat(SCREENSHOTS.resolve("member-list-360.png")).exists();
    }
}

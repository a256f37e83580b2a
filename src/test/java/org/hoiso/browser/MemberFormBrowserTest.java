package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The member form on a phone: inline validation while typing, then a saved record. */
class MemberFormBrowserTest extends BrowserTestSupport {

    String officer;

    @BeforeAll
    void arrange() {
        officer = officer(Places.BA_DINH);
    }

    @Test
    void inlineValidationAtPhoneWidthThenSave() {
        newContext(360, 780);
        login(officer);
        page.navigate("/members");
        page.locator("main a[href*='/members/new']").click();
        assertThat(page).hasURL(Pattern.compile(".*/members/new.*"));
        Locator form = page.locator("#member-form");
        assertThat(form.locator("select[name=unitId] option[selected]")).hasText("Phường Ba Đình");

        String name = "Đặng Thị Thu Trang";
        LocalDate born = LocalDate.of(1985, 3, 5);
        page.locator("#f-fullName").fill(name);
        page.locator("#f-birthDate").fill("05/03/1985");
        page.locator("#f-birthDate").blur();

        // 4th digit 0 = a man born in the 1900s: told under the field as soon as she leaves it
        Locator cccd = page.locator("#f-nationalId");
        cccd.fill("001085123456");
        cccd.blur();
        Locator error = page.locator("#err-nationalId");
        assertThat(error).containsText("giới tính nam");
        assertThat(error).isVisible();
        // no "valid" mark (Pico styles aria-invalid="false" with a green tick) on a field that has just been refused
        assertThat(cccd).not().hasAttribute("aria-invalid", "false");
        assertThat(page).hasURL(Pattern.compile(".*/members/new.*")); // nothing submitted
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-form-error-360.png")).setFullPage(true));

        cccd.fill(cccd(born));
        cccd.blur();
        assertThat(error).isEmpty();
        page.locator("#f-phone").fill("0912 345 678");
        page.locator("#f-joinedOn").fill("01/06/2010");
        page.locator("#f-joinedOn").blur();
        assertThat(page.locator("#err-joinedOn")).isEmpty();

        page.locator("#member-save").click();

        assertThat(page).hasURL(Pattern.compile(".*/members/\\d+$"));
        assertThat(page.locator("h1#member-name")).hasText(name);
        assertThat(page.locator("main #outcome-notice")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-detail-360.png")).setFullPage(true));
    }
}

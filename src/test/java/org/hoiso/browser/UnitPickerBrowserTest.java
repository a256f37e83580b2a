package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;

/** On a phone, an officer transfers a member to another province's commune by typing its name without diacritics. */
class UnitPickerBrowserTest extends BrowserTestSupport {

    @Test
    void anOfficerFindsTheReceivingCommuneByTypingItsNameWithoutDiacritics() {
        String name = "Lữ Thị " + Fixtures.uniqueGivenName();
        long memberId = member(name, LocalDate.of(1989, 8, 9), Places.TRUNG_LY);
        String officer = officer(Places.TRUNG_LY);
        newContext(360, 740);
        login(officer);
        page.navigate("/members/" + memberId);
        page.locator("main details summary").filter(new Locator.FilterOptions().setHasText("Chuyển sinh hoạt")).click();

        page.locator("#toUnit-input").pressSequentially("ba dinh", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator choices = page.locator("#toUnit-choices label.unit-choice");
        assertThat(choices.filter(new Locator.FilterOptions().setHasText("Tỉnh Thanh Hoá"))).hasCount(1);
        assertThat(choices.filter(new Locator.FilterOptions().setHasText("Thành phố Hà Nội"))).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("unit-picker-360.png")).setFullPage(true));

        choices.filter(new Locator.FilterOptions().setHasText("Tỉnh Thanh Hoá")).locator("input[type=radio]").check();
        page.locator("form[action$='/transfer'] input[name=date]").fill("02/03/2026");
        page.locator("form[action$='/transfer'] button[type=submit]").click();

        assertThat(page.locator("#outcome-notice")).containsText(name);
        assertThat(page.locator("#outcome-notice")).containsText("Xã Ba Đình — Tỉnh Thanh Hoá");
        Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(360);
    }
}

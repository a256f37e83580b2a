package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;

/**
 * A province officer resets a commune officer's forgotten password; she signs in with the one-time password on her
 * phone, is held on the password page until she chooses her own, and then works normally.
 */
class AccountBrowserTest extends BrowserTestSupport {

    @Test
    void aProvinceOfficerResetsACommuneOfficersPasswordAndSheChoosesHerOwnOnHerPhone() {
        String province = officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);

        login(province);
        page.navigate("/accounts?unitId=" + fixtures.unit(Places.DONG_KINH).id());
        page.locator("#account-" + lan.caller().userId() + " a").click();
        assertThat(page.locator("h1")).containsText(lan.username());
        page.locator("#reset-password").click();
        String oneTime = page.locator("#one-time-value").textContent().strip();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("account-reset.png")).setFullPage(true));

        newContext(360, 740);
        page.navigate("/login");
        page.locator("#forgot-password summary").click();
        assertThat(page.locator("#forgot-password")).containsText("cấp trên");
        page.locator("input[name=username]").fill(lan.username());
        page.locator("input[name=password]").fill(oneTime);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(page.locator("#must-change")).isVisible();
        page.navigate("/members");
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

        page.locator("input[name=currentPassword]").fill(oneTime);
        page.locator("input[name=newPassword]").fill("qwertyuiop");
        page.locator("#change-password button[type=submit]").click();
        assertThat(page.locator("#change-password")).containsText("bàn phím");
        page.locator("input[name=currentPassword]").fill(oneTime);
        page.locator("input[name=newPassword]").fill("trang rằm soi bến nước");
        page.locator("#change-password button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("#outcome-notice")).containsText("Đã đổi mật khẩu");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("account-mine-phone.png")).setFullPage(true));

        page.navigate("/members");
        assertThat(page).hasURL(Pattern.compile(".*/members$"));
        assertThat(page.locator("#member-q")).isVisible();
        page.navigate("/account?lang=en");
        assertThat(page.locator("h1")).hasText("My account");
    }
}

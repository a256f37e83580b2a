package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages are Vietnamese until the user switches; the choice sticks (cookie). */
class LanguageSwitchBrowserTest extends BrowserTestSupport {

    @Test
    void loginPageIsVietnameseByDefaultAndSwitchesToEnglish() {
        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("main h1")).hasText("Đăng nhập");
        assertThat(page.locator("#lang-switch")).hasText("English");

        page.locator("#lang-switch").click();

        assertThat(page.locator("main h1")).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("form[action$='/login'] button[type=submit]")).hasText("Sign in");
        assertThat(page.locator("#lang-switch")).hasText("Tiếng Việt");

        // the choice is kept: the next page is English without ?lang
        page.navigate("/login");
        assertThat(page.locator("main h1")).hasText("Sign in");

        page.locator("#lang-switch").click();
        assertThat(page.locator("main h1")).hasText("Đăng nhập");
    }
}

package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.MemberLogins;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The menu on a phone: folded behind "Menu" so that a page's content starts near the top of a 360 px screen,
 * every entry one tap away; on a desktop the entries stay one row, always in view.
 */
class PhoneMenuBrowserTest extends BrowserTestSupport {

    @Autowired
    MemberLogins memberLogins;

    /** Where the page's own content starts (its first heading), in CSS pixels from the top. */
    private double contentTop() {
        return page.locator("main h1").first().boundingBox().y;
    }

    private int pageWidth() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void anAdministratorsMenuFoldsOnAPhoneAndTheContentStartsAtTheTop() {
        String admin = fixtures.account(Caller.Role.ADMIN, Places.THANH_HOA).username();
        newContext(360, 740);
        login(admin);
        page.navigate("/members");

        Assertions.assertThat(contentTop()).as("the content's top at 360 px").isLessThanOrEqualTo(120);
        Assertions.assertThat(pageWidth()).as("page width at 360 px").isLessThanOrEqualTo(360);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("menu-folded-360.png")));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo"))).isHidden();

        page.locator("#nav-menu-button").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("menu-open-360.png")));
        Assertions.assertThat(contentTop()).as("the open menu lies over the page, it does not push it down")
                .isLessThanOrEqualTo(120);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ chức")).click();
        assertThat(page).hasURL(Pattern.compile(".*/units$"));
        assertThat(page.locator("main h1")).hasText("Cây tổ chức");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo"))).isHidden();
    }

    @Test
    void aMembersMenuFoldsOnAPhoneToo() {
        String name = "Cầm Thị " + Fixtures.uniqueGivenName();
        long memberId = member(name, LocalDate.of(1991, 2, 3), Places.HAC_THANH);
        String phone = memberLogins.activate(memberId);
        newContext(360, 740);
        login(phone);

        Assertions.assertThat(contentTop()).isLessThanOrEqualTo(120);
        Assertions.assertThat(pageWidth()).isLessThanOrEqualTo(360);
        page.locator("#nav-menu-button").click();
        assertThat(page.locator(".nav-panel")).containsText("Thẻ hội viên số");
        assertThat(page.locator(".nav-panel")).not().containsText("Hỗ trợ số");
        page.locator(".nav-panel").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thẻ hội viên số")).click();
        assertThat(page).hasURL(Pattern.compile(".*/me/card$"));
    }

    @Test
    void onADesktopTheEntriesAreAlwaysInView() {
        login(officer(Places.HAC_THANH));
        page.navigate("/members");
        assertThat(page.locator("#nav-menu-button")).isHidden();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo"))).isVisible();
        assertThat(page.locator("header form[action$='/logout'] button")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("menu-desktop.png")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo")).click();
        assertThat(page).hasURL(Pattern.compile(".*/reports$"));
    }
}

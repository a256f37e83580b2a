package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import org.hoiso.card.MemberCards;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The digital member card: an officer opens a member's card (printed as a bank-card-sized block), then, on
 * the checker page and with the network gone, verifies it on the phone itself; one changed character makes
 * it a forgery.
 */
class CardBrowserTest extends BrowserTestSupport {

    @Autowired
    MemberCards cards;

    @Test
    void anOfficerChecksACardOfflineAndSpotsAForgery() {
        String name = "Hoàng Thị Thẻ " + Fixtures.uniqueGivenName();
        long memberId = member(name, LocalDate.of(1991, 4, 12), Places.BA_DINH);
        String officer = officer(Places.BA_DINH);

        login(officer);
        page.navigate("/members/" + memberId);
        page.locator("#member-card-link").click();
        page.locator("#card-issue").click();
        Locator card = page.locator("#member-card");
        assertThat(card.locator("#card-name")).hasText(name);
        assertThat(card.locator("svg.card-qr")).isVisible();
        card.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-card.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.topbar")).isHidden();
        assertThat(card).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        String token = card.getAttribute("data-token");
        long cardId = Long.parseLong(card.getAttribute("data-card-id"));

        newContext(390, 844);
        login(officer);
        page.navigate("/cards/scan");
        Locator scan = page.locator("#card-scan");
        assertThat(scan).hasAttribute("data-offline-ready", "true");

        context().setOffline(true);
        page.locator("#scan-token").fill(token);
        page.locator("#scan-check").click();
        assertThat(page.locator("#scan-verdict")).hasText("HỢP LỆ");
        assertThat(page.locator("#scan-verdict")).hasAttribute("data-status", "VALID");
        assertThat(page.locator("#scan-name")).hasText(name);
        assertThat(page.locator("#scan-unit")).containsText("Ba Đình");
        assertThat(page.locator("#scan-online")).containsText("Không có mạng");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("card-scan-offline.png")).setFullPage(true));

        // one character of the signature changed
        int i = token.length() - 30;
        String forged = token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
        page.locator("#scan-token").fill(forged);
        page.locator("#scan-check").click();
        assertThat(page.locator("#scan-verdict")).hasAttribute("data-status", "FORGED");
        assertThat(page.locator("#scan-verdict")).containsText("KHÔNG HỢP LỆ");
        assertThat(page.locator("#scan-name")).hasText("—");

        // Still offline, the page opens again from the service worker's copy and checks the card.
        page.reload();
        assertThat(page.locator("#scan-token")).isVisible();
        page.locator("#scan-token").fill(token);
        page.locator("#scan-check").click();
        assertThat(page.locator("#scan-verdict")).hasAttribute("data-status", "VALID");

        // Back online, the server tells the card has been revoked.
        cards.revoke(fixtures.admin(), cardId, "Mất thẻ");
        context().setOffline(false);
        page.locator("#scan-check").click();
        assertThat(page.locator("#scan-verdict")).hasText("ĐÃ THU HỒI");
        assertThat(page.locator("#scan-online")).hasText("Đã đối chiếu với máy chủ.");
    }

}

package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
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

        // the same signature in its other form, (r, n - s): valid ECDSA, but not the card we made
        page.locator("#scan-token").fill(highSTwin(token));
        page.locator("#scan-check").click();
        assertThat(page.locator("#scan-verdict")).hasAttribute("data-status", "FORGED");

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

    /** The token with its signature's s replaced by n - s (P-256's order n): the twin every ECDSA verifier accepts. */
    private static String highSTwin(String token) {
        BigInteger n = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
        String[] parts = token.split("\\.");
        byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
        byte[] twin = n.subtract(new BigInteger(1, Arrays.copyOfRange(sig, 32, 64))).toByteArray();
        byte[] out = Arrays.copyOf(sig, 64);
        Arrays.fill(out, 32, 64, (byte) 0);
        int length = Math.min(32, twin.length);
        System.arraycopy(twin, twin.length - length, out, 64 - length, length);
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }
}

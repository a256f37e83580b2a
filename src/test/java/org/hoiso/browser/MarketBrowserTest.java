package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.hoiso.account.MemberInvitations;
import org.hoiso.platform.web.QrSvg;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The digital market's journey on a 360 px phone: a member opens a shop and adds a product with a photo and an OCOP
 * rating; her commune's officer approves them; a visitor finds the product in English by typing without diacritics,
 * orders it and is shown a VietQR code whose payload, read by this test's own TLV reader, names the seller's bank,
 * account and the amount; the seller marks it paid and the buyer sees that.
 */
class MarketBrowserTest extends BrowserTestSupport {

    private static final String MEMBER_PASSWORD = "mat-khau-cua-suong";

    @Autowired
    MemberInvitations invitations;

    @Test
    void aMembersProductIsApprovedFoundInEnglishOrderedAndPaidByVietQr() throws IOException {
        String given = Fixtures.uniqueGivenName();
        String memberName = "Nguyễn Thị " + given;
        long branch = fixtures.branch(Places.PHAN_THIET, "Chi hội khu phố 3").id();
        long memberId = fixtures.members().register(fixtures.admin(),
                AMember.valid().named(memberName).bornOn(LocalDate.of(1979, 8, 12)).inUnit(branch).input());
        String phone = "0987" + String.format("%06d", memberId % 1_000_000);
        String code = invitations.issue(fixtures.admin(), memberId).code();
        invitations.activate(code, phone, MEMBER_PASSWORD, "market-browser-test");
        String officer = officer(Places.PHAN_THIET);
        String productVi = "Nước mắm Phan Thiết " + given;
        String productEn = given + "'s Phan Thiet fish sauce";

        // the member, on her phone
        newContext(360, 740);
        memberLogin(phone);
        page.locator("#nav-menu-button").click(); // on a phone the menu is folded behind "Menu"
        page.locator("#my-shops-link").click();
        page.locator("#open-shop").click();
        page.locator("#shop-form input[name=name]").fill("Nước mắm nhà " + given);
        page.locator("#shop-form input[name=phone]").fill("0912 345 678");
        page.locator("#shop-form select[name=bankBin]").selectOption("970436");
        page.locator("#shop-form input[name=bankAccount]").fill("0071000123456");
        page.locator("#shop-form input[name=accountHolder]").fill(memberName);
        page.locator("#shop-form textarea[name=pickups]").fill("Nhà văn hóa khu phố 3");
        page.locator("#save-shop").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã mở cửa hàng");
        assertThat(page.locator("#shop-status")).hasText("Chờ duyệt");

        page.locator("#add-product").click();
        page.locator("#product-form input[name=nameVi]").fill(productVi);
        page.locator("#product-form input[name=nameEn]").fill(productEn);
        page.locator("#product-form input[name=unitVi]").fill("chai");
        page.locator("#product-form input[name=unitEn]").fill("bottle");
        page.locator("#product-form textarea[name=descriptionVi]").fill("Nước mắm cá cơm **ủ chượp 12 tháng**.");
        page.locator("#product-form input[name=variantPrice]").first().fill("120.000");
        page.locator("#product-form input[name=variantStock]").first().fill("30");
        page.locator("#product-form select[name=ocopStars]").selectOption("4");
        page.locator("#product-form input[name=ocopDecision]").fill("2207/QĐ-UBND");
        page.locator("#product-form input[name=ocopDate]")
                .fill(LocalDate.now().minusMonths(8).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.locator("#product-form input[name=ocopAuthority]").fill("UBND tỉnh Bình Thuận");
        page.locator("#save-product").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã thêm sản phẩm");
        page.locator("#photo-form input[type=file]").setInputFiles(photo());
        page.locator("#upload-photo").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã thêm ảnh");
        assertThat(page.locator("#product-photos img")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("market-seller-product.png")).setFullPage(true));

        // her commune's officer approves the shop and the product
        newContext(360, 740);
        login(officer);
        page.navigate("/market/review");
        page.locator("#pending-shops a", new Page.LocatorOptions().setHasText("Nước mắm nhà " + given)).click();
        page.locator("#approve-shop").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã duyệt");
        page.locator(".approve-product").first().click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã duyệt");

        // a visitor, in English, typing without diacritics
        newContext(360, 740);
        page.navigate("/en/market");
        page.locator("#market-q").fill("nuoc mam phan thiet " + given.toLowerCase());
        page.locator("#market-q").press("Enter");
        page.locator("#results a", new Page.LocatorOptions().setHasText(productEn)).click();
        assertThat(page.locator("#product-name")).hasText(productEn);
        assertThat(page.locator("#ocop-badge")).containsText("OCOP 4 stars");
        page.locator("#order-form input[name=quantity]").fill("2");
        page.locator("#order-form input[name=buyerName]").fill("Trần Thị Mai");
        page.locator("#order-form input[name=buyerPhone]").fill("0903 123 456");
        page.locator("#order-form input[name=receive]").first().check();
        page.locator("#place-order").click();
        assertThat(page.locator("#order-status")).hasText("Placed, waiting for the seller");
        String orderUrl = page.url();
        String payload = page.locator("#vietqr-payload").inputValue().strip();
        Map<String, String> qr = readVietQr(payload);
        Map<String, String> account = tlv(tlv(qr.get("38")).get("01"));
        assertThat(account.get("00")).as("the seller's bank (BIN)").isEqualTo("970436");
        assertThat(account.get("01")).as("the seller's account").isEqualTo("0071000123456");
        assertThat(qr.get("54")).as("the amount").isEqualTo("240000");
        assertThat(qr.get("53")).isEqualTo("704");
        assertThat(qr.get("01")).as("a dynamic code").isEqualTo("12");
        assertThat(tlv(qr.get("62")).get("08")).as("the order code in the purpose").startsWith("Don hang CS");
        assertThat(page.locator("#pay-bank")).hasText("Vietcombank");
        // the code drawn on the page is the payload shown: the same modules as drawing that text anew
        String drawn = QrSvg.of(payload).svg().replaceAll("(?s).* d=\"([^\"]+)\".*", "$1");
        assertThat(page.locator("#vietqr svg path").getAttribute("d")).isEqualTo(drawn);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("market-order-vietqr.png")).setFullPage(true));

        // the seller marks it paid
        newContext(360, 740);
        memberLogin(phone);
        page.locator("#nav-menu-button").click(); // on a phone the menu is folded behind "Menu"
        page.locator("#my-shops-link").click();
        page.locator("#my-shops a").first().click();
        page.locator("#shop-orders").click();
        page.locator("#seller-orders a").first().click();
        page.locator("#step-PAY").click();
        assertThat(page.locator("#outcome-notice")).containsText("người bán đã nhận tiền");

        // and the buyer sees it
        newContext(360, 740);
        page.navigate(orderUrl.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.locator("#order-paid")).hasText("The seller received the payment");
        assertThat(page.locator("#order-steps li")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("market-order-paid.png")).setFullPage(true));
    }

    private void memberLogin(String phone) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(phone);
        page.locator("input[name=password]").fill(MEMBER_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
    }

    /** A phone photo of a bottle, written as a JPEG file the page uploads. */
    private static Path photo() throws IOException {
        BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 240, 220));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(120, 60, 10));
        g.fillRoundRect(650, 200, 300, 900, 60, 60);
        g.dispose();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("nuoc-mam.jpg");
        ImageIO.write(img, "jpeg", file.toFile());
        return file;
    }

    /** This test's own reading of a VietQR payload: the CRC-16/CCITT-FALSE over all but its 4 digits, then the TLVs. */
    static Map<String, String> readVietQr(String payload) {
        assertThat(payload).matches("[ -~]+");
        String body = payload.substring(0, payload.length() - 4);
        assertThat(body).endsWith("6304");
        int crc = 0xFFFF;
        for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xff) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        assertThat(payload.substring(payload.length() - 4)).as("CRC").isEqualTo(String.format("%04X", crc));
        Map<String, String> fields = tlv(payload);
        assertThat(fields.get("00")).isEqualTo("01");
        assertThat(tlv(fields.get("38")).get("00")).as("NAPAS").isEqualTo("A000000727");
        return fields;
    }

    static Map<String, String> tlv(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            String id = text.substring(i, i + 2);
            int length = Integer.parseInt(text.substring(i + 2, i + 4));
            out.put(id, text.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return out;
    }
}

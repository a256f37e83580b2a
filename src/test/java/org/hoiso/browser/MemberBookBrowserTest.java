package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;

/**
 * A branch officer prints her branch's member book: from the member list (which shows the total) to the A4
 * page, and the PDF she downloads, read back with PDFBox.
 */
class MemberBookBrowserTest extends BrowserTestSupport {

    @Test
    void aBranchsMemberBookIsPrintedAsAPdfWithItsTitleMembersNumbersAndTotal() throws IOException {
        OrgUnit branch = fixtures.branch(Places.TAY_HO, "Chi hội Tổ " + Fixtures.uniqueGivenName());
        String given = Fixtures.uniqueGivenName();
        for (String name : new String[] {"Đặng Thị " + given, "Lương Thị " + given, "Quách Thị " + given}) {
            fixtures.members().register(fixtures.admin(), AMember.valid().named(name).bornOn(LocalDate.of(1982, 4, 9))
                    .address("Ngõ 52 Tô Ngọc Vân").joinedOn(LocalDate.of(2008, 10, 20)).inUnit(branch.id()).input());
        }
        login(officer(Places.TAY_HO));
        page.navigate("/members?unitId=" + branch.id());
        assertThat(page.locator("#members-total")).hasText("Tổng số: 3 hội viên");
        page.locator("#book-link").click();

        assertThat(page.locator("h1.book-title")).hasText("Sổ hội viên");
        assertThat(page.locator("#book-total")).hasText("Tổng số: 3 hội viên");
        assertThat(page.locator("#book-table tbody tr.book-row")).hasCount(3);
        assertThat(page.locator("#book-table tbody tr.book-row").first().locator("td").nth(2)).hasText("1982");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-book.png")).setFullPage(true));

        Download download = page.waitForDownload(() -> page.locator("#book-pdf").click());
        Assertions.assertThat(download.suggestedFilename()).startsWith("Sổ hội viên - " + branch.name()).endsWith(".pdf");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(doc);
            Assertions.assertThat(text).contains("SỔ HỘI VIÊN").contains(branch.name()).contains("Tổng số: 3 hội viên")
                    .contains("Đặng Thị " + given).contains("20/10/2008").contains("Trang 1/1");
            Assertions.assertThat(text.lines().filter(l -> l.startsWith("3 Quách Thị " + given))).as("STT 3").hasSize(1);
        }

        newContext(360, 740);
        login(officer(Places.TAY_HO));
        page.navigate("/members/book?unitId=" + branch.id());
        assertThat(page.locator("#book-table")).isVisible();
        assertThat(page.locator("#book-pdf")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-book-phone.png")).setFullPage(true));
    }
}

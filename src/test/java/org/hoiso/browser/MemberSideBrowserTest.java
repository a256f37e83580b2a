package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;

/**
 * The member's door: her branch officer prints an invitation; on her phone she activates it with her
 * phone number and a password, signs in, learns a lesson and passes its quiz.
 */
class MemberSideBrowserTest extends BrowserTestSupport {

    @Test
    void aMemberActivatesHerInvitationOnHerPhoneAndLearnsALesson() {
        String name = "Đinh Thị " + Fixtures.uniqueGivenName();
        long memberId = member(name, LocalDate.of(1990, 9, 2), Places.BA_DINH);
        String officer = officer(Places.BA_DINH);

        login(officer);
        page.navigate("/members/" + memberId);
        page.locator("#issue-invitation").click();
        assertThat(page.locator("#invitation")).containsText(name);
        String code = page.locator("#invitation-code").textContent().strip();
        String link = page.locator("#invitation-link").textContent().strip();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-invitation.png")).setFullPage(true));
        // the slip carries a QR code of its link and a print button (shown by its script), and fits a phone's 360 px
        assertThat(page.locator("#print-invitation")).isVisible();
        page.setViewportSize(360, 740);
        assertThat(page.locator("#invitation-qr svg")).isVisible();
        BoundingBox qr = page.locator("#invitation-qr svg").boundingBox();
        Assertions.assertThat(qr.width).isBetween(150.0, 360.0);
        Assertions.assertThat(qr.x + qr.width).isLessThanOrEqualTo(360.0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-invitation-360.png")).setFullPage(true));

        newContext(360, 740);
        page.navigate(link.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.locator("input[name=code]")).hasValue(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        assertThat(page.locator("#join-who")).containsText("Đinh T.");
        String phone = "0987" + String.format("%06d", memberId % 1_000_000);
        page.locator("input[name=phone]").fill(phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7));
        page.locator("input[name=password]").fill("mat-khau-that-dai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã tạo tài khoản");

        page.locator("input[name=username]").fill(phone);
        page.locator("input[name=password]").fill("mat-khau-that-dai");
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertThat(page.locator("h1")).hasText(name);

        page.locator("#my-lessons").click();
        page.locator("#course-SCAMS a").first().click();
        assertThat(page.locator("#lesson-body")).containsText("113");
        page.locator("#q-1 label").nth(0).click();
        page.locator("#q-2 label").nth(0).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp bài")).click();
        assertThat(page.locator("#outcome-errors")).containsText("chưa đúng");
        page.locator("#q-1 label").nth(1).click();
        page.locator("#q-2 label").nth(2).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp bài")).click();
        assertThat(page.locator("#outcome-notice")).containsText("Bài học đã hoàn thành");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-lesson-phone.png")).setFullPage(true));
    }

    @Test
    void aBranchPlansAMeetingTheMemberAnswersAndChecksInWithTheActivitysCode() {
        String name = "Lương Thị " + Fixtures.uniqueGivenName();
        var branch = fixtures.branch(Places.BA_DINH, "Chi hội tổ 12");
        long memberId = fixtures.member(name, LocalDate.of(1986, 6, 6), branch.id());
        String officer = officer(Places.BA_DINH);
        String phone = "0988" + String.format("%06d", memberId % 1_000_000);
        login(officer);
        page.navigate("/members/" + memberId);
        page.locator("#issue-invitation").click();
        String code = page.locator("#invitation-code").textContent().strip();

        page.navigate("/activities?unitId=" + branch.id());
        page.locator("#plan-activity select[name=kind]").selectOption("MEETING");
        page.locator("#plan-activity input[name=title]").fill("Sinh hoạt chi hội: cài VNeID");
        // in ten minutes: the door opens half an hour before the start, so she can check in already
        page.locator("#plan-activity input[name=startsAt]").fill(LocalDateTime.now(VietnameseText.ZONE).plusMinutes(10)
                .withSecond(0).withNano(0).toString().substring(0, 16));
        page.locator("#plan-activity input[name=place]").fill("Nhà văn hóa tổ 12");
        page.locator("#plan-activity button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Sinh hoạt chi hội: cài VNeID");
        String checkIn = page.locator("#checkin-url").textContent().strip().replaceFirst("^https?://[^/]+", "");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("activity-officer.png")).setFullPage(true));

        newContext(360, 740);
        page.navigate("/join?code=" + code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        page.locator("input[name=phone]").fill(phone);
        page.locator("input[name=password]").fill("mat-khau-that-dai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        page.locator("input[name=username]").fill(phone);
        page.locator("input[name=password]").fill("mat-khau-that-dai");
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.locator("#my-activities").click();
        assertThat(page.locator("article.activity-card")).containsText("Sinh hoạt chi hội: cài VNeID");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi sẽ đến")).click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã ghi câu trả lời");
        page.navigate(checkIn);
        page.locator("#check-in").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã điểm danh: Sinh hoạt chi hội: cài VNeID");

        newContext(1280, 900);
        login(officer);
        page.navigate("/activities?unitId=" + branch.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sinh hoạt chi hội: cài VNeID")).click();
        assertThat(page.locator("#activity-counts")).containsText("Sẽ đến: 1");
        assertThat(page.locator("#activity-counts")).containsText("Có mặt: 1");
    }
}

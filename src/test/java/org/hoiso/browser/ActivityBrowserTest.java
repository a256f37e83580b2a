package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.assertj.core.api.Assertions;
import org.hoiso.activity.Activities;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.MemberLogins;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Chi hội số on phones: an announcement reaches both sides; the check-in code fits the screen. */
class ActivityBrowserTest extends BrowserTestSupport {

    @Autowired
    MemberLogins memberLogins;
    @Autowired
    Activities activities;

    @Test
    void anAnnouncementShowsOnTheOfficersPageAndOnTheMembersPhone() {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 8");
        long memberId = fixtures.member("Mạc Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1979, 9, 9), branch.id());
        String phone = memberLogins.activate(memberId);
        newContext(360, 740);
        login(officer(Places.HAM_RONG));
        page.navigate("/activities?unitId=" + branch.id());
        page.locator("#announce input[name=title]").fill("Họp bàn làm đường bê tông");
        page.locator("#announce textarea[name=body]").fill("Tối thứ Sáu, 19 giờ, tại nhà văn hóa khu phố.");
        page.locator("#announce button[type=submit]").click();
        assertThat(page.locator("#outcome-notice")).isVisible();
        assertThat(page.locator("article.announcement").first()).containsText("Họp bàn làm đường bê tông");
        page.navigate("/activities?unitId=" + fixtures.unit(Places.HAM_RONG).id());
        assertThat(page.locator("main")).containsText("Họp bàn làm đường bê tông");

        newContext(360, 740);
        login(phone);
        page.navigate("/me/activities");
        assertThat(page.locator("article.announcement").first()).containsText("Tối thứ Sáu, 19 giờ");
        assertThat(page.locator("article.announcement").first()).containsText("Chi hội phố Hàm Rồng 8");
        page.screenshot(
                new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("announcement-member-360.png")).setFullPage(true));
    }

    @Test
    void theCheckInCodeFitsTheScreenOfAPhoneAndOfADesktop() {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 9");
        var officer = fixtures.officer(Places.HAM_RONG);
        OffsetDateTime start = OffsetDateTime.now(VietnameseText.ZONE).plusMinutes(15);
        long id = activities.plan(officer.caller(), new Activities.NewActivity(branch.id(), "MEETING", "Họp chi hội tháng 3",
                null, start, start.plusHours(2), "Nhà văn hóa", null)).id();

        login(officer.username());
        page.navigate("/activities/" + id);
        BoundingBox desktop = page.locator(".checkin-qr svg").boundingBox();
        Assertions.assertThat(desktop.height).as("the code's height on a 900 px high screen").isBetween(300.0, 900.0);
        Assertions.assertThat(desktop.width).isEqualTo(desktop.height, Assertions.within(1.0));

        newContext(360, 740);
        login(officer.username());
        page.navigate("/activities/" + id);
        BoundingBox phone = page.locator(".checkin-qr svg").boundingBox();
        Assertions.assertThat(phone.width).as("the code's width on a 360 px phone").isBetween(250.0, 340.0);
        Assertions.assertThat(phone.height).isLessThan(740.0);
        page.locator(".checkin-qr").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("activity-checkin-qr-360.png")));
    }
}

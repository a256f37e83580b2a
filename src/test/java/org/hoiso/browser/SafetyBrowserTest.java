package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.hoiso.account.Accounts;
import org.hoiso.account.MemberInvitations;
import org.hoiso.platform.outbox.OutboxSender;
import org.hoiso.platform.security.Caller;
import org.hoiso.safety.AReport;
import org.hoiso.safety.CaseWorkers;
import org.hoiso.safety.SafetyTestData;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The safety module's acceptance test (issue 13, "done when"): a citizen without an account reports a fake-police
 * call with a phone number and a bank account, gets her code and PIN, and later adds a screenshot with them; after
 * three reporters the number shows in "check before you transfer" with its count; a member reports harassment, the
 * case worker of her commune sees and handles it and refers it with consent, and an ordinary officer of the same
 * commune finds no trace of it; a province officer's warning, once approved, appears on the member's home page and
 * reaches her by e-mail in the test's SMTP server.
 */
class SafetyBrowserTest extends BrowserTestSupport {

    private static final String SCAMMER_PHONE = "0868 113 456";
    private static final String MEMBER_PASSWORD = "mat-khau-that-dai";

    @Autowired
    SafetyTestData safety;
    @Autowired
    CaseWorkers caseWorkers;
    @Autowired
    MemberInvitations invitations;
    @Autowired
    Accounts accounts;
    @Autowired
    OutboxSender outbox;
    @Autowired
    JdbcClient jdbc;

    /** Types as a person does, a key at a time (the form must be a few seconds old when it is sent). */
    private void type(String selector, String text) {
        page.locator(selector).pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(35));
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void aCitizenAMemberTheirCaseWorkersAndAWarningDoWhatTheIssueAsks() {
        long commune = fixtures.unit(Places.THUAN_HOA).id();
        long province = fixtures.unit(Places.HUE).id();

        // ---- a citizen without an account, on her phone, reports a fake-police call
        newContext(360, 740);
        page.navigate("/login");
        page.locator("#login-safety a").first().click();
        assertThat(page.locator("#emergency")).containsText("113");
        assertThat(page.locator("#emergency")).containsText("111");
        assertThat(page.locator("#emergency")).containsText("1900 969 680");
        page.locator("#kind").selectOption("SCAM_IMPERSONATION");
        page.locator("select[name=channel]").selectOption("PHONE_CALL");
        page.locator("#provinceId").selectOption(Long.toString(province));
        assertThat(page.locator("#communeId option[value='" + commune + "']")).hasCount(1);
        page.locator("#communeId").selectOption(Long.toString(commune));
        type("#phones", SCAMMER_PHONE);
        page.locator("#bankBin").selectOption(new SelectOption().setLabel("Vietcombank"));
        type("#bankAccount", "1023 4567 8910");
        page.locator("input[name=moneyLost]").fill("5.000.000");
        type("#description", "Một người gọi xưng là công an phường, nói tôi liên quan đến một vụ án và bắt chuyển 5 triệu.");
        page.locator("input[name=counselling]").check();
        shot("safety-report-phone.png");
        page.locator("#send-report").click();
        assertThat(page.locator("h1")).hasText("Đã nhận báo cáo");
        String code = page.locator("#case-code").textContent().strip();
        String pin = page.locator("#case-pin").textContent().strip();
        Assertions.assertThat(pin).matches("[0-9]{6}");
        shot("safety-receipt-phone.png");

        // ---- later, with her code and PIN, she adds a screenshot
        newContext(360, 740);
        page.navigate("/safety/follow");
        page.locator("input[name=code]").fill(code);
        page.locator("input[name=pin]").fill(pin);
        page.locator("#follow-open").click();
        assertThat(page.locator("#followed")).containsText(code);
        page.setInputFiles("#follow-screenshots", new FilePayload("man-hinh.png", "image/png", AReport.png()));
        page.locator("#follow-add-send").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã nhận phần bổ sung");
        assertThat(page.locator("#followed-additions")).containsText("1 ảnh");

        // ---- two more people report the same number; then "check before you transfer" shows it with its count
        safety.report(AReport.scam(commune).phone("+84 868 113 456"));
        page.navigate("/safety/check");
        page.locator("#check-q").fill(SCAMMER_PHONE);
        page.locator("#check-send").click();
        assertThat(page.locator("#check-nothing")).isVisible();
        safety.report(AReport.scam(fixtures.unit(Places.KIM_LONG).id()).phone("84868113456"));
        page.locator("#check-q").fill(SCAMMER_PHONE);
        page.locator("#check-send").click();
        assertThat(page.locator("#check-reported")).containsText("Đã có 3 người báo cáo");
        shot("safety-check-phone.png");

        // ---- a member reports harassment (her commune is proposed)
        String memberName = "Hồ Thị " + Fixtures.uniqueGivenName();
        long memberId = fixtures.member(memberName, LocalDate.of(1991, 5, 19), commune);
        String memberPhone = "0975" + String.format("%06d", memberId % 1_000_000);
        long memberUser = invitations.activate(invitations.issue(fixtures.admin(), memberId).code(), memberPhone, MEMBER_PASSWORD,
                "198.51.100.40");
        String memberEmail = "hoi.vien." + memberId + "@example.vn";
        accounts.changeOwnEmail(Caller.member(memberUser, memberPhone, memberName, memberId), memberEmail);
        newContext(360, 740);
        memberLogin(memberPhone);
        page.locator("#nav-menu-button").click(); // on a phone the menu is folded behind "Menu"
        page.locator("#nav-safety-report").click();
        assertThat(page.locator("#communeId")).hasValue(Long.toString(commune));
        page.locator("#kind").selectOption("HARASSMENT");
        page.locator("select[name=channel]").selectOption("SOCIAL_NETWORK");
        type("#links", "https://www.facebook.com/ke.quay.roi.hue");
        type("#description", "Một tài khoản lạ nhắn tin đe doạ tôi mỗi đêm và gửi ảnh của tôi cho người quen.");
        page.locator("input[name=counselling]").check();
        page.locator("#send-report").click();
        String harassment = page.locator("#case-code").textContent().strip();

        // ---- the case worker of her commune sees it, takes it and refers it with her consent
        String worker = officer(Places.THUAN_HOA);
        caseWorkers.designate(fixtures.admin(), worker, commune, false);
        String colleague = officer(Places.THUAN_HOA);
        newContext(1280, 900);
        login(worker);
        page.locator("#nav-safety").click();
        assertThat(page.locator("#hub-waiting")).isVisible();
        page.locator("#hub-cases").click();
        page.locator("#case-list tr[data-code='" + harassment + "'] a").click();
        assertThat(page.locator("#case-description")).containsText("đe doạ tôi mỗi đêm");
        page.locator("#take-case").click();
        assertThat(page.locator("#outcome-notice")).containsText("Bạn đã nhận xử lý vụ việc");
        page.locator("#refer-service").selectOption(new SelectOption().setLabel(
                "Tổng đài tư vấn, hỗ trợ phụ nữ (Hội LHPN Việt Nam) · 1900 969 680 — Tư vấn, hỗ trợ"));
        page.locator("#refer-send").click();
        assertThat(page.locator("#outcome-notice")).hasText("Đã chuyển gửi.");
        assertThat(page.locator("#referrals tr[data-status='SENT']")).hasCount(1);
        assertThat(page.locator("#access-log")).containsText(worker);
        String caseUrl = page.url().replaceFirst("^https?://[^/]+", "");
        long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
        shot("safety-case.png");

        // ---- an ordinary officer of the same commune finds no trace of it
        newContext(1280, 900);
        login(colleague);
        page.locator("#nav-safety").click();
        assertThat(page.locator("#safety-hub")).isVisible();
        assertThat(page.locator("#hub-cases")).hasCount(0);
        assertThat(page.locator("body")).not().containsText(harassment);
        Assertions.assertThat(page.navigate("/safety/cases").status()).isEqualTo(404);
        Assertions.assertThat(page.navigate("/safety/cases?code=" + harassment).status()).isEqualTo(404);
        Assertions.assertThat(page.navigate(caseUrl).status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("đe doạ tôi mỗi đêm");
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((colleague + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var api = page.request().get("/api/v1/safety/cases/" + caseId, RequestOptions.create().setHeader("Authorization", basic));
        Assertions.assertThat(api.status()).isEqualTo(404);
        Assertions.assertThat(api.text()).doesNotContain(harassment);
        var list = page.request().get("/api/v1/safety/cases", RequestOptions.create().setHeader("Authorization", basic));
        Assertions.assertThat(list.status()).isEqualTo(404);

        // ---- a province officer writes a warning; an administrator of the province approves it
        String author = officer(Places.HUE);
        String approver = fixtures.account(Caller.Role.ADMIN, Places.HUE).username();
        String title = "Cảnh báo: kẻ gian giả danh công an gọi điện đòi chuyển tiền";
        newContext(1280, 900);
        login(author);
        page.locator("#nav-safety").click();
        page.locator("#hub-warnings").click();
        page.locator("#warning-form input[name=titleVi]").fill(title);
        page.locator("#warning-form textarea[name=bodyVi]").fill("Công an không bao giờ yêu cầu chuyển tiền qua điện thoại.");
        page.locator("#warning-form input[name=titleEn]").fill("Warning: fake police calls asking for money");
        page.locator("#warning-form textarea[name=bodyEn]").fill("The police never ask for money on the phone.");
        page.locator("#warning-form textarea[name=identifiers]").fill(SCAMMER_PHONE);
        page.locator("#warning-send").click();
        assertThat(page.locator("#warning-status")).hasText("Chờ duyệt");
        String warningUrl = page.url().replaceFirst("^https?://[^/]+", "");

        newContext(1280, 900);
        login(approver);
        page.navigate(warningUrl);
        page.locator("#approve-warning").click();
        assertThat(page.locator("#outcome-notice")).containsText("Đã duyệt");
        assertThat(page.locator("#warning-status")).hasText("Đã duyệt, đang có hiệu lực");

        // ---- it reaches her by e-mail (the test's SMTP server) and on her home page
        outbox.sendDue();
        Assertions.assertThat(TestMailServer.awaitTotal(1, Duration.ofSeconds(10))).isTrue();
        List<MimeMessage> mails = TestMailServer.receivedBy(memberEmail);
        Assertions.assertThat(mails).singleElement().satisfies(m -> Assertions.assertThat(m.getSubject()).contains(title));

        newContext(360, 740);
        memberLogin(memberPhone);
        assertThat(page.locator("#my-warnings")).containsText(title);
        assertThat(page.locator("#my-warnings-unread")).hasText("1");
        shot("safety-member-home-phone.png");
        page.locator("#my-warnings a", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#warning-title")).hasText(title);
        Assertions
                .assertThat(jdbc.sql("SELECT count(*) FROM safety_warning_member WHERE member_id = :m AND opened_at IS NOT NULL")
                        .param("m", memberId).query(Long.class).single())
                .isOne();
    }

    /** A member signs in with her phone number on the login form and lands on her own page. */
    private void memberLogin(String phone) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(phone);
        page.locator("input[name=password]").fill(MEMBER_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page.locator("h1")).not().hasText("Đăng nhập");
        page.navigate("/me");
    }
}

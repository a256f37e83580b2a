package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.account.Accounts;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.notice.Notice;
import org.hoiso.platform.notice.Notices;
import org.hoiso.platform.outbox.OutboxSender;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who hears of a report's steps and due days, on her home page and by e-mail (read back from a real SMTP
 * server): approvers of a submission, the unit's officers and the submitter of a return or an approval, the
 * unit's officers of a report due in three days or overdue; an approver of many units gets a daily digest.
 */
@IntegrationTest
class ReportNoticesIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> MONTHLY = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Notices notices;
    @Autowired
    ReportReminders reminders;
    @Autowired
    OutboxSender sender;
    @Autowired
    Accounts accounts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aSubmissionIsAnnouncedToWhoApprovesItAndMailedAtOnceToAnApproverOfFewUnits() throws Exception {
        Form form = branchForm();
        OrgUnit branch = fixtures.branch(Places.KHUN_HA, "Chi hội bản Khun Há");
        Caller branchOfficer = fixtures.officer(branch.code()).caller();
        Caller commune = withAddress(fixtures.officer(Places.KHUN_HA).caller());
        Caller otherCommune = withAddress(fixtures.officer(Places.BUM_TO).caller());
        int before = TestMailServer.receivedInAll();

        Report opened = reports.open(branchOfficer, form.id(), branch.id(), Period.parse("2026-10"));
        Report r = reports.submit(branchOfficer, opened.id(), opened.version(),
                Map.of(form.items().get(0).indicator().code(), "4"), VI);

        assertThat(notices.unread(commune, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("rpt.submitted");
            assertThat(n.link()).isEqualTo("/reports/" + r.id());
            assertThat(n.textVi()).isEqualTo("Chi hội bản Khun Há đã nộp " + form.nameVi() + " — Tháng 10/2026, chờ duyệt.");
        });
        assertThat(notices.unreadCount(branchOfficer)).isZero();
        assertThat(notices.unreadCount(otherCommune)).isZero();
        sender.sendDue();
        assertThat(TestMailServer.awaitTotal(before + 1, Duration.ofSeconds(10))).isTrue();
        assertThat(mails(commune)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[Hội số] Chi hội bản Khun Há đã nộp " + form.nameVi()
                    + " — Tháng 10/2026, chờ duyệt.");
            assertThat(body(m)).contains("http://localhost:8080/reports/" + r.id());
        });
        assertThat(mails(otherCommune)).isEmpty();
    }

    @Test
    void aReturnReachesTheUnitsOfficersAndTheSubmitterWithTheReasonAndOpeningTheReportReadsIt() throws Exception {
        Fixtures.Officer submitterAccount = fixtures.officer(Places.BINH_LU);
        Caller submitter = withAddress(submitterAccount.caller());
        Caller colleague = withAddress(fixtures.officer(Places.BINH_LU).caller());
        Caller province = withAddress(fixtures.officer(Places.LAI_CHAU).caller());
        Report r = reports.open(submitter, catalogue.form("HV_THANG").id(), fixtures.unit(Places.BINH_LU).id(),
                Period.parse("2026-08"));
        reports.submit(submitter, r.id(), r.version(), MONTHLY, VI);
        int before = TestMailServer.receivedInAll();

        reports.sendBack(province, r.id(), null, "Thiếu số buổi tập huấn tháng 8");

        for (Caller c : List.of(submitter, colleague)) {
            assertThat(notices.unread(c, 10)).filteredOn(n -> n.kind().equals("rpt.returned")).singleElement()
                    .extracting(Notice::textVi).isEqualTo("Báo cáo nhanh công tác hội viên và chuyển đổi số hằng tháng"
                            + " — Tháng 08/2026 của Xã Bình Lư bị trả lại: Thiếu số buổi tập huấn tháng 8");
        }
        assertThat(notices.unread(province, 10)).noneMatch(n -> n.kind().equals("rpt.returned"));
        sender.sendDue();
        assertThat(TestMailServer.awaitTotal(before + 2, Duration.ofSeconds(10))).isTrue();
        assertThat(mails(colleague)).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("Thiếu số buổi tập huấn tháng 8"));
        assertThat(mails(submitter)).hasSize(1);

        mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername(submitterAccount.username()))))
                .andExpect(status().isOk());
        assertThat(notices.unreadCount(submitter)).isZero();
        assertThat(notices.unreadCount(colleague)).isEqualTo(1);

        Report again = reports.get(r.id());
        reports.submit(submitter, r.id(), again.version(), MONTHLY, VI);
        reports.approve(province, r.id(), null);
        assertThat(notices.unread(colleague, 10)).extracting(Notice::kind).containsExactly("rpt.approved", "rpt.returned");
    }

    @Test
    void anApproverOfManyUnitsGetsOneDigestADayInsteadOfAMailPerReport() throws Exception {
        Caller province = withAddress(fixtures.officer(Places.LAI_CHAU).caller());
        submit(Places.TA_TONG, "2026-07");
        submit(Places.MU_CA, "2026-07");
        int before = TestMailServer.receivedInAll();
        sender.sendDue();
        assertThat(notices.unread(province, 10)).filteredOn(n -> n.kind().equals("rpt.submitted")).hasSize(2);
        assertThat(mails(province)).as("no mail per report").isEmpty();

        assertThat(reminders.sendDigests(reports.today())).isPositive();
        sender.sendDue();
        assertThat(TestMailServer.awaitTotal(before + 1, Duration.ofSeconds(10))).isTrue();

        assertThat(mails(province)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("[Hội số] 2 thông báo về báo cáo ngày ");
            assertThat(body(m)).contains("Xã Tà Tổng đã nộp Báo cáo nhanh").contains("Xã Mù Cả đã nộp Báo cáo nhanh")
                    .contains("Đang chờ chị duyệt: ").contains("http://localhost:8080/reports");
        });
        reminders.sendDigests(reports.today());
        sender.sendDue();
        assertThat(mails(province)).as("one digest").hasSize(1);
    }

    @Test
    void aReportDueInThreeDaysAndOneOverdueAreAnnouncedOnceToTheUnitsOfficers() throws Exception {
        Caller officer = withAddress(fixtures.officer(Places.HUA_BUM).caller());
        String monthly = catalogue.form("HV_THANG").nameVi();
        int before = TestMailServer.receivedInAll();

        ReportReminders.Round round = reminders.run(LocalDate.of(2026, 12, 12));

        assertThat(round.dueSoon()).isPositive();
        assertThat(round.overdue()).isPositive();
        List<String> mine = notices.unread(officer, 50).stream().map(Notice::textVi).filter(t -> t.contains(monthly)).toList();
        assertThat(mine).containsExactlyInAnyOrder(
                monthly + " — Tháng 11/2026 của Xã Hua Bum đến hạn nộp ngày 15/12/2026.",
                monthly + " — Tháng 10/2026 của Xã Hua Bum đã quá hạn nộp (hạn 15/11/2026).");
        sender.sendDue();
        assertThat(TestMailServer.awaitTotal(before + 2, Duration.ofSeconds(10))).isTrue();
        assertThat(mails(officer)).extracting(ReportNoticesIT::subject)
                .contains("[Hội số] " + monthly + " — Tháng 11/2026 của Xã Hua Bum đến hạn nộp ngày 15/12/2026.");

        int count = notices.unreadCount(officer);
        reminders.run(LocalDate.of(2026, 12, 13));
        assertThat(notices.unreadCount(officer)).as("once per report and event").isEqualTo(count);
    }

    @Test
    void aUnitThatStartedLaterHearsNothingOfPeriodsBeforeItsStart() {
        Caller officer = fixtures.officer(Places.SIN_SUOI_HO).caller();
        Caller province = fixtures.officer(Places.LAI_CHAU).caller();
        starts.set(province, fixtures.unit(Places.SIN_SUOI_HO).id(), catalogue.form("HV_THANG").id(), LocalDate.of(2026, 11, 1));
        String monthly = catalogue.form("HV_THANG").nameVi();

        reminders.run(LocalDate.of(2026, 12, 12));

        assertThat(notices.unread(officer, 50)).extracting(Notice::textVi).filteredOn(t -> t.contains(monthly))
                .containsExactly(monthly + " — Tháng 11/2026 của Xã Sin Suối Hồ đến hạn nộp ngày 15/12/2026.");
    }

    // ---- arranging

    @Autowired
    ReportStarts starts;

    private Caller withAddress(Caller c) {
        accounts.changeOwnEmail(c, c.username() + "-" + SEQ.incrementAndGet() + "@notices.example.vn");
        return c;
    }

    private List<MimeMessage> mails(Caller c) {
        return TestMailServer.receivedBy(accounts.email(c.userId()).orElseThrow());
    }

    private void submit(String communeCode, String period) {
        Caller officer = fixtures.officer(communeCode).caller();
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), fixtures.unit(communeCode).id(), Period.parse(period));
        reports.submit(officer, r.id(), r.version(), MONTHLY, VI);
    }

    /** A monthly form filled by branches, with one indicator of its own: a commune officer approves only her branches. */
    private Form branchForm() {
        Caller admin = fixtures.admin();
        String code = "CHI_HOI_" + (System.nanoTime() % 1_000_000);
        catalogue.createIndicator(admin, new Catalogue.NewIndicator(code, "Số buổi sinh hoạt " + code, "Meetings " + code, null,
                null, ValueType.INTEGER, Aggregation.SUM, null, "buổi", "meetings"));
        Form form = catalogue.createForm(admin, new Catalogue.NewForm(code, "Báo cáo chi hội " + code, "Branch report " + code,
                Periodicity.MONTHLY, "BRANCH", 10, LocalDate.of(2026, 10, 1)));
        return catalogue.addItem(admin, form.id(), new Catalogue.NewItem(code, null, null, true));
    }

    private static String body(MimeMessage m) {
        try {
            return ((String) m.getContent()).strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

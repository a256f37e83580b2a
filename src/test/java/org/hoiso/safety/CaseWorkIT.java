package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confidential case work: who sees a case, who works it, referrals with consent, escalation, closing. */
@IntegrationTest
class CaseWorkIT {

    @Autowired
    SafetyTestData data;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Cases cases;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    SupportServices services;
    @Autowired
    CaseWorkers workers;
    @Autowired
    JdbcClient jdbc;

    private long caseIdOf(String code) {
        return jdbc.sql("SELECT id FROM safety_case WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theCaseWorkerOfTheCommuneSeesAReportAndAnOfficerOfTheSameCommuneWhoIsNoCaseWorkerFindsNoTrace() {
        Fixtures.Officer worker = data.caseWorker(Places.PHU_XUAN, false);
        Fixtures.Officer officer = fixtures.officer(Places.PHU_XUAN);
        long commune = fixtures.unit(Places.PHU_XUAN).id();
        var receipt = data.report(AReport.harassment(commune).describedAs("Bí mật của chị Hoa, Phú Xuân"));
        long id = caseIdOf(receipt.code());

        assertThat(cases.list(worker.caller(), new Cases.Filter(null, null, false, receipt.code())))
                .extracting(CaseView.Summary::code).containsExactly(receipt.code());
        assertThat(cases.open(worker.caller(), id, false).description()).isEqualTo("Bí mật của chị Hoa, Phú Xuân");

        assertThatThrownBy(() -> cases.list(officer.caller(), new Cases.Filter(null, null, false, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> cases.open(officer.caller(), id, false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> cases.take(officer.caller(), id)).isInstanceOf(DomainException.class);
        assertThat(cases.ofIndicator(officer.caller(), 1)).isEmpty();
    }

    @Test
    void aCaseWorkerOfAnotherCommuneDoesNotSeeTheCaseButTheProvincesDoes() {
        data.caseWorker(Places.PHU_XUAN, false);
        Fixtures.Officer elsewhere = data.caseWorker(Places.KIM_LONG, false);
        Fixtures.Officer province = data.caseWorker(Places.HUE, true);
        var receipt = data.report(AReport.violence(fixtures.unit(Places.PHU_XUAN).id()));
        long id = caseIdOf(receipt.code());
        assertThatThrownBy(() -> cases.open(elsewhere.caller(), id, false)).isInstanceOf(DomainException.class);
        assertThat(cases.list(elsewhere.caller(), new Cases.Filter(null, null, false, receipt.code()))).isEmpty();
        assertThat(cases.open(province.caller(), id, false).supervising()).isTrue();
    }

    @Test
    void whatTheReporterToldIsSealedAtRestAndOnlyTheCaseWorkersReadIt() {
        long commune = fixtures.unit(Places.VY_DA).id();
        Fixtures.Officer worker = data.caseWorker(Places.VY_DA, false);
        var receipt = data.report(AReport.violence(commune).describedAs("Chồng tôi, Nguyễn Văn Bạo, đánh tôi")
                .naming("Nguyễn Văn Bạo").place("Kiệt 12 đường Ngự Viên").contact("0912 000 111")
                .screenshot("anh.png", AReport.png()));
        long id = caseIdOf(receipt.code());
        byte[][] stored = jdbc.sql("""
                SELECT c.description_enc, c.people_enc, c.place_enc, c.contact_enc, e.data_enc
                  FROM safety_case c JOIN safety_evidence e ON e.case_id = c.id WHERE c.id = :id
                """).param("id", id)
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4),
                        rs.getBytes(5)})
                .single();
        for (byte[] b : stored) {
            String raw = new String(b, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Nguy")
                    .doesNotContain("Ngự").doesNotContain("0912").doesNotContain("PNG");
        }
        CaseView v = cases.open(worker.caller(), id, false);
        assertThat(v.people()).isEqualTo("Nguyễn Văn Bạo");
        assertThat(v.place()).isEqualTo("Kiệt 12 đường Ngự Viên");
        assertThat(v.contact()).isEqualTo("0912 000 111");
        assertThat(cases.screenshot(worker.caller(), id, v.evidence().get(0).id()).bytes()).isEqualTo(AReport.png());
    }

    @Test
    void onlyTheOwnerWorksACaseAndEveryReadIsShownToHerOnly() {
        long commune = fixtures.unit(Places.THUAN_HOA).id();
        Fixtures.Officer owner = data.caseWorker(Places.THUAN_HOA, false);
        Fixtures.Officer colleague = data.caseWorker(Places.THUAN_HOA, false);
        long id = caseIdOf(data.report(AReport.harassment(commune)).code());
        cases.take(owner.caller(), id);
        assertThatThrownBy(() -> cases.take(colleague.caller(), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("safety.case.wrongStatus"));
        assertThatThrownBy(() -> cases.note(colleague.caller(), id, "ghi chú"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("safety.case.notOwner"));
        cases.assess(owner.caller(), id, RiskLevel.HIGH, "Nguy cơ cao");
        cases.plan(owner.caller(), id, "Gọi 1900 969 680 khi cần");
        cases.note(owner.caller(), id, "Đã gọi lại cho chị");

        CaseView seenByColleague = cases.open(colleague.caller(), id, false);
        assertThat(seenByColleague.accessLog()).isEmpty();
        CaseView seenByOwner = cases.open(owner.caller(), id, false);
        assertThat(seenByOwner.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(seenByOwner.safetyPlan()).isEqualTo("Gọi 1900 969 680 khi cần");
        assertThat(seenByOwner.entries()).extracting(CaseView.Entry::text).containsExactly("Đã gọi lại cho chị");
        assertThat(seenByOwner.accessLog()).extracting(CaseView.Access::who).contains(colleague.username(), owner.username());
    }

    @Test
    void aReferralNeedsTheMatchingConsentOrAReasonAndASecondCaseWorkersConfirmation() {
        long commune = fixtures.unit(Places.HUONG_AN).id();
        Fixtures.Officer owner = data.caseWorker(Places.HUONG_AN, false);
        Fixtures.Officer second = data.caseWorker(Places.HUONG_AN, false);
        long id = caseIdOf(data.report(AReport.violence(commune).consents(true, false, false, false, true)).code());
        cases.take(owner.caller(), id);
        List<SupportServices.SupportService> serving = services.serving(commune);
        long hotline = serving.stream().filter(s -> s.kind() == ServiceKind.HOTLINE).findFirst().orElseThrow().id();
        long police = serving.stream().filter(s -> s.kind() == ServiceKind.POLICE).findFirst().orElseThrow().id();
        LocalDate deadline = LocalDate.now().plusDays(7);

        assertThat(decisions.refer(owner.caller(), id, new CaseDecisions.Referral(hotline, deadline, null, null)))
                .isEqualTo(ReferralStatus.SENT);
        assertThatThrownBy(() -> decisions.refer(owner.caller(), id, new CaseDecisions.Referral(police, deadline, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldProblems()).extracting(p -> p.code())
                                .containsExactly("safety.referral.noConsent"));
        assertThat(decisions.refer(owner.caller(), id,
                new CaseDecisions.Referral(police, deadline, null, "Chị đang gặp nguy hiểm tính mạng")))
                .isEqualTo(ReferralStatus.AWAITING_CONFIRMATION);
        long overridden = cases.open(owner.caller(), id, false).referrals().stream().filter(CaseView.Referral::override)
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> decisions.confirm(owner.caller(), overridden)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("safety.referral.secondWorker"));
        decisions.confirm(second.caller(), overridden);
        CaseView v = cases.open(owner.caller(), id, false);
        assertThat(v.referrals()).extracting(CaseView.Referral::status).containsExactly(ReferralStatus.SENT, ReferralStatus.SENT);
        assertThat(v.referrals().get(1).overrideReason()).isEqualTo("Chị đang gặp nguy hiểm tính mạng");
        assertThat(v.referrals().get(1).confirmedBy()).isNotBlank();
        assertThat(v.events()).extracting(CaseView.Event::kind).contains("REFERRED", "OVERRIDE_REQUESTED", "OVERRIDE_CONFIRMED");
        decisions.answer(owner.caller(), v.referrals().get(0).id(), true);
        assertThat(cases.open(owner.caller(), id, false).referrals().get(0).status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void closingAViolenceCaseNeedsASupervisingCaseWorkerWhoIsNotItsOwner() {
        long commune = fixtures.unit(Places.THUY_XUAN).id();
        Fixtures.Officer owner = data.caseWorker(Places.THUY_XUAN, true);
        Fixtures.Officer plain = data.caseWorker(Places.THUY_XUAN, false);
        Fixtures.Officer supervisor = data.caseWorker(Places.THUY_XUAN, true);
        long id = caseIdOf(data.report(AReport.violence(commune)).code());
        cases.take(owner.caller(), id);
        assertThat(decisions.close(owner.caller(), id, CloseOutcome.RESOLVED)).isEqualTo(CaseStatus.CLOSE_REQUESTED);
        assertThatThrownBy(() -> decisions.approveClose(owner.caller(), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("safety.case.ownerCannotApprove"));
        assertThatThrownBy(() -> decisions.approveClose(plain.caller(), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("safety.case.notSupervisor"));
        decisions.refuseClose(supervisor.caller(), id, "Chưa có kế hoạch an toàn");
        assertThat(cases.open(owner.caller(), id, false).status()).isEqualTo(CaseStatus.OPEN);
        decisions.close(owner.caller(), id, CloseOutcome.RESOLVED);
        decisions.approveClose(supervisor.caller(), id);
        CaseView closed = cases.open(owner.caller(), id, false);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.events()).extracting(CaseView.Event::kind).contains("CLOSE_REFUSED", "CLOSE_APPROVED");
    }

    @Test
    void aHarassmentCaseIsClosedByItsOwner() {
        long commune = fixtures.unit(Places.THUY_XUAN).id();
        Fixtures.Officer owner = data.caseWorker(Places.THUY_XUAN, false);
        long id = caseIdOf(data.report(AReport.harassment(commune)).code());
        cases.take(owner.caller(), id);
        assertThat(decisions.close(owner.caller(), id, CloseOutcome.RESOLVED)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void escalationGoesOneLevelUpWithItsReasonAndLeavesTheCommunesReach() {
        long commune = fixtures.unit(Places.AN_CUU).id();
        Fixtures.Officer owner = data.caseWorker(Places.AN_CUU, false);
        Fixtures.Officer province = data.caseWorker(Places.HUE, false);
        long id = caseIdOf(data.report(AReport.violence(commune)).code());
        cases.take(owner.caller(), id);
        assertThatThrownBy(() -> decisions.escalate(owner.caller(), id, " ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldProblems()).extracting(p -> p.field()).containsExactly("reason"));
        decisions.escalate(owner.caller(), id, "Cần nhà tạm lánh của tỉnh");
        assertThatThrownBy(() -> cases.open(owner.caller(), id, false)).isInstanceOf(DomainException.class);
        CaseView v = cases.open(province.caller(), id, false);
        assertThat(v.status()).isEqualTo(CaseStatus.NEW);
        assertThat(v.handlingUnitName()).isEqualTo("Thành phố Huế");
        assertThat(v.events()).filteredOn(e -> e.kind().equals("ESCALATED")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Cần nhà tạm lánh của tỉnh"));
    }

    /**
     * The platform's audit page is read by every administrator and officer of a unit: a case's reads and steps go to the
     * case's own access log and events, never there, so the audit page cannot tell anyone that the case exists.
     */
    @Test
    void workingACaseLeavesNoLineInThePlatformAuditLogThatOtherOfficersRead() {
        long commune = fixtures.unit(Places.HUONG_AN).id();
        Fixtures.Officer owner = data.caseWorker(Places.HUONG_AN, false);
        String code = data.report(AReport.harassment(commune).describedAs("Kẻ lạ nhắn tin đe doạ chị Lan ở Hương An")
                .screenshot("anh.png", AReport.png())).code();
        long id = caseIdOf(code);
        long hotline = services.serving(commune).stream().filter(s -> s.kind() == ServiceKind.HOTLINE).findFirst()
                .orElseThrow().id();
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();

        CaseView v = cases.open(owner.caller(), id, false);
        cases.screenshot(owner.caller(), id, v.evidence().get(0).id());
        cases.list(owner.caller(), new Cases.Filter(null, null, false, code));
        cases.take(owner.caller(), id);
        cases.assess(owner.caller(), id, RiskLevel.MEDIUM, "Nguy cơ trung bình");
        cases.plan(owner.caller(), id, "Chặn tài khoản, lưu bằng chứng");
        cases.note(owner.caller(), id, "Đã gọi lại");
        cases.reply(owner.caller(), id, "Chúng tôi đã nhận và đang hỗ trợ chị");
        decisions.refer(owner.caller(), id, new CaseDecisions.Referral(hotline, LocalDate.now().plusDays(7), null, null));
        decisions.close(owner.caller(), id, CloseOutcome.RESOLVED);

        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_log
                 WHERE id > :before AND (entity_type LIKE 'safety%' OR detail LIKE '%' || :code || '%' OR detail LIKE '%Lan%')
                """).param("before", before).param("code", code).query(Long.class).single()).isZero();
        assertThat(cases.open(owner.caller(), id, false).accessLog()).extracting(CaseView.Access::who)
                .contains(owner.username());
    }

    @Test
    void aCaseWorkerWhoseDesignationEndedFindsNoTraceOfTheCaseSheOwned() {
        long commune = fixtures.unit(Places.AN_CUU).id();
        Fixtures.Officer worker = data.caseWorker(Places.AN_CUU, false);
        String code = data.report(AReport.harassment(commune)).code();
        long id = caseIdOf(code);
        cases.take(worker.caller(), id);
        assertThat(cases.open(worker.caller(), id, false).mine()).isTrue();
        long designation = jdbc.sql("SELECT id FROM safety_case_worker WHERE user_id = :u AND until IS NULL")
                .param("u", worker.caller().userId()).query(Long.class).single();

        workers.end(fixtures.admin(), designation);

        assertThat(cases.isCaseWorker(worker.caller())).isFalse();
        assertThatThrownBy(() -> cases.open(worker.caller(), id, false)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> cases.list(worker.caller(), new Cases.Filter(null, null, true, code)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> cases.note(worker.caller(), id, "ghi chú")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}

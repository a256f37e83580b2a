package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReportLifecycleIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** A monthly report (HV_THANG) of a commune without members that passes its checks (trained ≤ members). */
    private static final Map<String, String> VALID = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");
    /** A word for a number, and more people trained than the activities allow. */
    private static final Map<String, String> MISTAKES = Map.of("DIGITAL_ACTIVITIES", "ba", "DIGITAL_TRAINED", "5");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Aggregates aggregates;
    @Autowired
    Worklist worklist;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRepository repo;
    @Autowired
    ValueBulk bulk;

    @Test
    void aCommuneFillsTheMonthlyReportTheProvinceApprovesItAndACorrectionKeepsTheHistory() {
        OrgUnit commune = fixtures.unit(Places.CAI_KHE);
        OrgUnit branch = fixtures.branch(Places.CAI_KHE, "Chi hội Khu vực 1");
        fixtures.member("Trần Thị Lan", LocalDate.of(1995, 5, 2), branch.id());
        fixtures.member("Lê Thị Mai", LocalDate.of(1960, 1, 9), branch.id());
        Caller officer = fixtures.officer(Places.CAI_KHE).caller();
        Caller province = fixtures.officer(Places.CAN_THO).caller();
        Form form = catalogue.form("HV_THANG");
        Period period = lastMonth();

        Report r = reports.open(officer, form.id(), commune.id(), period);
        Map<ValueKey, Value> values = reports.entry(officer, r.id()).values();
        assertThat(values.get(new ValueKey("MEMBERS_TOTAL", "")).num()).isEqualByComparingTo("2");
        assertThat(values.get(new ValueKey("MEMBERS_18_35", "")).num()).isEqualByComparingTo("1");

        Report submitted = reports.submit(officer, r.id(), r.version(),
                Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "2", "SCAM_REPORTS", "1.000"), VI);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.entry(officer, r.id()).values().get(new ValueKey("SCAM_REPORTS", "")).num())
                .isEqualByComparingTo("1000");

        Report approved = reports.approve(province, r.id(), null);
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(province.username());

        Report reopened = reports.reopen(province, r.id(), "Sai số buổi tập huấn");
        assertThat(reopened.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reopened.revision()).isEqualTo(1);
        reports.submit(officer, r.id(), reopened.version(), Map.of("DIGITAL_ACTIVITIES", "4"), VI);
        List<Reports.Change> history = reports.history(officer, r.id());
        assertThat(history).anySatisfy(c -> {
            assertThat(c.key().indicatorCode()).isEqualTo("DIGITAL_ACTIVITIES");
            assertThat(c.before().num()).isEqualByComparingTo("3");
            assertThat(c.after().num()).isEqualByComparingTo("4");
            assertThat(c.revision()).isEqualTo(1);
            assertThat(c.by()).isEqualTo(officer.username());
        });

        Worklist.Completeness c = worklist.completeness(province, fixtures.unit(Places.CAN_THO).id(), form.id(), period);
        assertThat(c.expected()).isEqualTo((int) (long) jdbc.sql("""
                SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE p.code = :province AND p.valid_to IS NULL AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                """).param("province", Places.CAN_THO).query(Long.class).single());
        assertThat(c.submitted()).isGreaterThanOrEqualTo(1);
        assertThat(c.units()).anySatisfy(s -> {
            assertThat(s.unit().id()).isEqualTo(commune.id());
            assertThat(s.state()).isEqualTo(Worklist.State.SUBMITTED);
        });
    }

    @Test
    void aDraftKeepsWhatSheTypedAndNamesEachMistakeAndBrokenRuleBesideItsField() {
        Opened o = lastMonthsReport(Places.THOI_LONG);

        Reports.Saved draft = reports.save(o.officer(), o.report().id(), o.report().version(), MISTAKES, VI);

        assertThat(draft.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .contains(tuple("DIGITAL_ACTIVITIES", "report.value.notNumber"), tuple("DIGITAL_TRAINED", "report.rule"));
    }

    @Test
    void aReportThatBreaksARuleIsNotSubmittedAndKeepsNothingOfTheAttempt() {
        Opened o = lastMonthsReport(Places.PHUOC_THOI);
        long id = o.report().id();
        int version = reports.save(o.officer(), id, o.report().version(), MISTAKES, VI).version();

        assertThatThrownBy(() -> reports.submit(o.officer(), id, version, Map.of("DIGITAL_ACTIVITIES", "3"), VI))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems()).extracting(FieldProblem::field)
                        .contains("DIGITAL_TRAINED"));
        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.entry(o.officer(), id).values()).doesNotContainKey(new ValueKey("DIGITAL_ACTIVITIES", ""));
    }

    @Test
    void theCommuneCannotApproveItsOwnReport() {
        Opened o = lastMonthsReport(Places.BINH_THUY);
        long id = o.report().id();
        reports.submit(o.officer(), id, o.report().version(), VALID, VI);

        assertThatThrownBy(() -> reports.approve(o.officer(), id, null)).isInstanceOf(DomainException.class)
                .hasMessage("report.notApprover");
    }

    @Test
    void anApprovedReportIsLockedAgainstChanges() {
        Opened o = lastMonthsReport(Places.THOI_AN_DONG);
        long id = o.report().id();
        reports.submit(o.officer(), id, o.report().version(), VALID, VI);
        Report approved = reports.approve(fixtures.officer(Places.CAN_THO).caller(), id, null);

        assertThatThrownBy(() -> reports.save(o.officer(), id, approved.version(), Map.of("DIGITAL_ACTIVITIES", "4"), VI))
                .isInstanceOf(DomainException.class).hasMessage("report.locked");
    }

    @Test
    void anOfficerOfAnotherUnitGetsNothingOfTheReport() {
        OrgUnit commune = fixtures.unit(Places.NINH_KIEU);
        Caller officer = fixtures.officer(Places.NINH_KIEU).caller();
        Caller stranger = fixtures.officer(Places.THU_DAU_MOT).caller();
        Report r = reports.open(officer, catalogue.form("PT_6THANG").id(), commune.id(),
                Period.containing(Periodicity.SIX_MONTHLY, reports.today()));
        // the report of a unit she cannot see does not exist for her; the unit itself is no secret
        assertThatThrownBy(() -> reports.entry(stranger, r.id())).isInstanceOf(DomainException.class)
                .hasMessage("report.notFound");
        assertThatThrownBy(() -> reports.save(stranger, r.id(), r.version(), Map.of("COOPS_NEW", "1"), VI))
                .isInstanceOf(DomainException.class).hasMessage("report.notFound");
        assertThatThrownBy(() -> reports.open(stranger, r.formId(), commune.id(), r.period()))
                .isInstanceOf(DomainException.class).hasMessage("unit.outOfScope");
        assertThatThrownBy(() -> aggregates.figure(stranger, commune.id(), new Aggregates.Query("COOPS_NEW", TreeView.THEN, true),
                r.period())).isInstanceOf(DomainException.class).hasMessage("unit.outOfScope");
        assertThatThrownBy(() -> worklist.completeness(stranger, commune.id(), r.formId(), r.period()))
                .isInstanceOf(DomainException.class).hasMessage("unit.outOfScope");
    }

    @Test
    void aColleaguesStaleFormIsAConflictButHerOwnEarlierDraftIsNot() {
        OrgUnit commune = fixtures.unit(Places.TAN_AN);
        Caller lan = fixtures.officer(Places.TAN_AN).caller();
        Caller mai = fixtures.officer(Places.TAN_AN).caller();
        Report r = reports.open(lan, catalogue.form("PT_6THANG").id(), commune.id(), new Period(Periodicity.SIX_MONTHLY,
                LocalDate.of(2026, 1, 1)));
        int read = r.version();
        Reports.Saved autosaved = reports.save(lan, r.id(), read, Map.of("COOPS_NEW", "1"), VI);
        Reports.Saved again = reports.save(lan, r.id(), read, Map.of("COOPS_NEW", "2"), VI);
        assertThat(again.version()).isGreaterThan(autosaved.version());
        assertThatThrownBy(() -> reports.save(mai, r.id(), read, Map.of("COOPS_NEW", "3"), VI))
                .isInstanceOf(DomainException.class).hasMessage("report.changedMeanwhile");
        assertThat(reports.entry(lan, r.id()).values().get(new ValueKey("COOPS_NEW", "")).num()).isEqualByComparingTo("2");
    }

    @Test
    void aFormCannotTakeAnIndicatorAnotherFormOfTheSamePeriodicityAlreadyReports() {
        Form form = catalogue.createForm(fixtures.admin(), new Catalogue.NewForm("THU_" + System.nanoTime() % 100000,
                "Biểu thử", "Test form", Periodicity.MONTHLY, "COMMUNE", 10, LocalDate.of(2026, 1, 1)));
        assertThatThrownBy(
                () -> catalogue.addItem(fixtures.admin(), form.id(), new Catalogue.NewItem("MEMBERS_TOTAL", null, null, true)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems()).extracting(FieldProblem::code)
                        .containsExactly("report.admin.onOtherForm"));
    }

    @Test
    void onlyANationalAdministratorPutsAnIndicatorOnAForm() {
        Form form = catalogue.createForm(fixtures.admin(), new Catalogue.NewForm("THU_" + System.nanoTime() % 100000,
                "Biểu thử", "Test form", Periodicity.MONTHLY, "COMMUNE", 10, LocalDate.of(2026, 1, 1)));
        assertThatThrownBy(() -> catalogue.addItem(fixtures.officer(Places.CAN_THO).caller(), form.id(),
                new Catalogue.NewItem("COOPS_NEW", null, null, true))).hasMessage("report.admin.forbidden");
    }

    @Test
    void aStaleVersionOnApproveIsAChangeMeanwhileAndAReportNoLongerSubmittedIsNotSubmitted() {
        OrgUnit commune = fixtures.unit(Places.HA_TU);
        Caller officer = fixtures.officer(Places.HA_TU).caller();
        Caller province = fixtures.officer(Places.QUANG_NINH).caller();
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), commune.id(),
                Period.containing(Periodicity.MONTHLY, reports.today()).previous());
        Report submitted = reports.submit(officer, r.id(), r.version(),
                Map.of("DIGITAL_ACTIVITIES", "1", "DIGITAL_TRAINED", "0", "SCAM_REPORTS", "0"), VI);
        assertThatThrownBy(() -> reports.approve(province, r.id(), submitted.version() - 1)).isInstanceOf(DomainException.class)
                .hasMessage("report.changedMeanwhile");
        reports.approve(province, r.id(), submitted.version());
        assertThatThrownBy(() -> reports.approve(province, r.id(), submitted.version())).isInstanceOf(DomainException.class)
                .hasMessage("report.notSubmitted");
    }

    @Test
    void whoMayTakeAStepIsAskedOfTheCallersRoleAssignments() {
        OrgUnit commune = fixtures.unit(Places.CAI_RANG);
        Caller officer = fixtures.officer(Places.CAI_RANG).caller();
        Caller province = fixtures.officer(Places.CAN_THO).caller();
        Caller provinceViewer = fixtures.account(Caller.Role.VIEWER, Places.CAN_THO).caller();
        Caller stranger = fixtures.officer(Places.THU_DAU_MOT).caller();
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), commune.id(),
                Period.containing(Periodicity.MONTHLY, reports.today()).previous());

        Reports.Saved byTheLevelAbove = reports.save(province, r.id(), r.version(),
                Map.of("DIGITAL_ACTIVITIES", "1", "DIGITAL_TRAINED", "0", "SCAM_REPORTS", "0"), VI);
        assertThat(byTheLevelAbove.problems()).isEmpty();
        assertThatThrownBy(() -> reports.save(provinceViewer, r.id(), byTheLevelAbove.version(), Map.of("SCAM_REPORTS", "2"), VI))
                .isInstanceOf(DomainException.class).hasMessage("unit.outOfScope");
        Reports.Entry seen = reports.entry(provinceViewer, r.id());
        assertThat(List.of(seen.canEdit(), seen.canApprove(), seen.canReopen())).containsOnly(false);

        reports.submit(officer, r.id(), byTheLevelAbove.version(), Map.of(), VI);
        assertThatThrownBy(() -> reports.approve(provinceViewer, r.id(), null)).isInstanceOf(DomainException.class)
                .hasMessage("report.notApprover");
        assertThatThrownBy(() -> reports.approve(stranger, r.id(), null)).isInstanceOf(DomainException.class)
                .hasMessage("report.notFound");
        assertThat(reports.entry(province, r.id()).canApprove()).isTrue();
        reports.approve(province, r.id(), null);
        assertThatThrownBy(() -> reports.approve(province, r.id(), null)).isInstanceOf(DomainException.class)
                .hasMessage("report.notSubmitted");
        assertThatThrownBy(() -> reports.submit(officer, r.id(), reports.get(r.id()).version(), Map.of(), VI))
                .isInstanceOf(DomainException.class).hasMessage("report.locked");
        assertThat(reports.entry(province, r.id()).canReopen()).isTrue();
        assertThat(reports.entry(officer, r.id()).canReopen()).isFalse();
    }

    @Test
    void theDatabaseTakesAStepOnlyFromItsStatusesAtTheVersionReadAndLeavesItsEvent() {
        OrgUnit commune = fixtures.unit(Places.LONG_TUYEN);
        Caller officer = fixtures.officer(Places.LONG_TUYEN).caller();
        Report r = reports.open(officer, catalogue.form("PT_6THANG").id(), commune.id(),
                new Period(Periodicity.SIX_MONTHLY, LocalDate.of(2026, 1, 1)));

        assertThat(repo.transition(r.id(), ReportStep.APPROVE, null, "someone", null)).isFalse();
        assertThat(repo.transition(r.id(), ReportStep.REOPEN, null, "someone", "why")).isFalse();
        assertThat(repo.transition(r.id(), ReportStep.SUBMIT, r.version() + 1, "someone", null)).isFalse();
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(repo.events(r.id())).extracting(ReportRepository.ReportEvent::kind).containsExactly(ReportStep.OPENED);

        assertThat(repo.transition(r.id(), ReportStep.SUBMIT, r.version(), "lan", null)).isTrue();
        Report submitted = reports.get(r.id());
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("lan");
        assertThat(bulk.finish(List.of(r.id()), "lan", true)).isZero();
        assertThat(bulk.finish(List.of(r.id()), "lan", false)).isZero();
        assertThat(reports.get(r.id()).version()).isEqualTo(submitted.version());

        assertThat(repo.transition(r.id(), ReportStep.APPROVE, null, "hoa", null)).isTrue();
        assertThat(repo.transition(r.id(), ReportStep.REOPEN, null, "hoa", "Sai số")).isTrue();
        Report reopened = reports.get(r.id());
        assertThat(reopened.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reopened.revision()).isEqualTo(1);
        assertThat(reopened.approvedBy()).isNull();
        assertThat(reopened.returnComment()).isEqualTo("Sai số");

        assertThat(bulk.finish(List.of(r.id()), "lan", true)).isEqualTo(1);
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(repo.events(r.id())).extracting(ReportRepository.ReportEvent::kind, ReportRepository.ReportEvent::comment)
                .containsExactly(tuple("OPENED", null), tuple("SUBMITTED", null), tuple("APPROVED", null),
                        tuple("REOPENED", "Sai số"), tuple("IMPORTED", null), tuple("SUBMITTED", null));
    }

    /** A report of a commune's last month, and the officer of the commune who opened it. */
    private record Opened(Report report, Caller officer) {
    }

    private Opened lastMonthsReport(String communeCode) {
        Caller officer = fixtures.officer(communeCode).caller();
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), fixtures.unit(communeCode).id(), lastMonth());
        return new Opened(r, officer);
    }

    private Period lastMonth() {
        return Period.containing(Periodicity.MONTHLY, reports.today()).previous();
    }
}

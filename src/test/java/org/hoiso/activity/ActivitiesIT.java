package org.hoiso.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.card.MemberCards;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A branch plans a meeting; members answer and are recorded present three ways; the monthly report counts it. */
@IntegrationTest
class ActivitiesIT {

    @Autowired
    Activities activities;
    @Autowired
    MemberCards cards;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;

    @Test
    void aBranchMeetingIsAnsweredAttendedThreeWaysAndCountedInTheMonthlyReport() {
        OrgUnit commune = fixtures.unit(Places.O_MON);
        OrgUnit branch = fixtures.branch(Places.O_MON, "Chi hội Khu vực 5");
        Caller officer = fixtures.officer(Places.O_MON).caller();
        long lan = fixtures.member("Lâm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1980, 1, 1), branch.id());
        long hoa = fixtures.member("Kim Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1985, 1, 1), branch.id());
        long mai = fixtures.member("Tô Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1990, 1, 1), branch.id());
        fixtures.member("Mã Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1995, 1, 1), branch.id());
        Caller lanLogin = Caller.member(800_000 + lan, "lan" + lan, "Lan", lan);
        Caller hoaLogin = Caller.member(800_000 + hoa, "hoa" + hoa, "Hoa", hoa);

        // begun ten minutes ago: the door is open, and it may be marked held
        OffsetDateTime start = OffsetDateTime.now(VietnameseText.ZONE).minusMinutes(10);
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Sinh hoạt chi hội tháng",
                "Hướng dẫn cài VNeID", start, start.plusHours(2), "Nhà văn hóa khu vực 5", null));
        assertThat(activities.mine(lanLogin).activities()).extracting(Activity::id).contains(a.id());

        activities.respond(lanLogin, a.id(), "YES");
        activities.respond(hoaLogin, a.id(), "MAYBE");
        activities.checkIn(lanLogin, a.checkInCode().toLowerCase());
        String token = cards.issue(officer, hoa).token();
        assertThat(activities.scanCard(officer, a.id(), token)).startsWith("Kim Thị");
        activities.tick(officer, a.id(), List.of(mai, lan));
        activities.markHeld(officer, a.id(), "Có 3 hội viên dự. Đã hướng dẫn 3 chị cài VNeID.");

        Activity held = activities.get(officer, a.id());
        assertThat(held.yes()).isEqualTo(1);
        assertThat(held.maybe()).isEqualTo(1);
        assertThat(held.attended()).isEqualTo(3);
        assertThat(held.held()).isTrue();

        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), commune.id(),
                Period.containing(Periodicity.MONTHLY, start.toLocalDate()));
        var values = reports.entry(officer, r.id()).values();
        assertThat(values.get(new ValueKey("ACTIVITIES_HELD", "")).num()).isEqualByComparingTo("1");
        assertThat(values.get(new ValueKey("ATTENDANCE_RATE", "")).num()).isEqualByComparingTo("75");
    }

    @Test
    void nobodyOutsideTheUnitTakesPartOrSeesIt() {
        OrgUnit branch = fixtures.branch(Places.O_MON, "Chi hội Khu vực 6");
        Caller officer = fixtures.officer(Places.O_MON).caller();
        long outsiderMember = fixtures.member("Lý Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1980, 1, 1),
                fixtures.branch(Places.AN_BINH, "Chi hội khác").id());
        Caller outsiderLogin = Caller.member(700_000 + outsiderMember, "x" + outsiderMember, "X", outsiderMember);
        OffsetDateTime start = OffsetDateTime.now(VietnameseText.ZONE).plusDays(1);
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "TRAINING", "Tập huấn ví điện tử", null,
                start, null, "Hội trường", null));
        assertThatThrownBy(() -> activities.checkIn(outsiderLogin, a.checkInCode())).isInstanceOf(DomainException.class)
                .hasMessage("activity.notFound");
        assertThatThrownBy(() -> activities.respond(outsiderLogin, a.id(), "YES")).hasMessage("activity.notFound");
        assertThat(activities.mine(outsiderLogin).activities()).extracting(Activity::id).doesNotContain(a.id());
        Caller strangerOfficer = fixtures.officer(Places.AN_BINH).caller();
        assertThatThrownBy(() -> activities.get(strangerOfficer, a.id())).hasMessage("activity.notFound");
        String token = cards.issue(strangerOfficer, outsiderMember).token();
        assertThatThrownBy(() -> activities.scanCard(officer, a.id(), token)).isInstanceOf(DomainException.class);
    }

    @Test
    void aPlanNamesEachMissingOrUnsafeField() {
        OrgUnit branch = fixtures.branch(Places.O_MON, "Chi hội Khu vực 7");
        Caller officer = fixtures.officer(Places.O_MON).caller();
        assertThatThrownBy(() -> activities.plan(officer, new Activities.NewActivity(branch.id(), "PARTY", "", null, null, null,
                null, "http://x"))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("kind", "title", "startsAt", "onlineUrl"));
    }

    @Test
    void anActivityKeepsPicturesOnly() {
        OrgUnit branch = fixtures.branch(Places.O_MON, "Chi hội Khu vực 8");
        Caller officer = fixtures.officer(Places.O_MON).caller();
        OffsetDateTime start = OffsetDateTime.now(VietnameseText.ZONE).plusDays(1);
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "TRAINING", "Tập huấn ví điện tử", null,
                start, null, "Hội trường", null));
        assertThatThrownBy(() -> activities.addPhoto(officer, a.id(), "image/jpeg", "not a picture".getBytes()))
                .isInstanceOf(DomainException.class);
        long photo = activities.addPhoto(officer, a.id(), "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThat(activities.photos(officer, a.id())).containsExactly(photo);
    }
}

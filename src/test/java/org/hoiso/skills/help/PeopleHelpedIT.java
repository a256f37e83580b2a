package org.hoiso.skills.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.reporting.Aggregates;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.TreeView;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People helped (PEOPLE_HELPED) are people, not helps: a citizen (by her phone) or a member helped in two
 * communes of a province in the month counts once for the province, while each commune's report counts her.
 */
@IntegrationTest
class PeopleHelpedIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Period OCTOBER = new Period(Periodicity.MONTHLY, LocalDate.of(2026, 10, 1));
    private static final Map<String, String> VALID = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");

    @Autowired
    HelpLog help;
    @Autowired
    MemberRegistry registry;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Aggregates aggregates;
    @Autowired
    Fixtures fixtures;

    private HelpEntry citizen(OrgUnit unit, int day, String name, String phone) {
        return new HelpEntry(unit.id(), OCTOBER.start().plusDays(day), null, HelpType.VNEID_INSTALL, null, null, name, phone,
                true);
    }

    private HelpEntry member(OrgUnit unit, int day, long memberId) {
        return new HelpEntry(unit.id(), OCTOBER.start().plusDays(day), null, HelpType.EWALLET, null, memberId, null, null, false);
    }

    private BigDecimal approved(OrgUnit commune, Caller officer, Caller province) {
        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), commune.id(), OCTOBER);
        BigDecimal people = reports.entry(officer, r.id()).values().get(new ValueKey("PEOPLE_HELPED", "")).num();
        Report submitted = reports.submit(officer, r.id(), r.version(), VALID, VI);
        reports.approve(province, submitted.id(), null);
        return people;
    }

    @Test
    void someoneHelpedInTwoCommunesCountsOnceForTheirProvince() {
        OrgUnit naSang = fixtures.unit(Places.NA_SANG);
        OrgUnit chaTo = fixtures.unit(Places.CHA_TO);
        Caller naSangOfficer = fixtures.officer(Places.NA_SANG).caller();
        Caller chaToOfficer = fixtures.officer(Places.CHA_TO).caller();
        Caller province = fixtures.officer(Places.DIEN_BIEN).caller();

        help.log(naSangOfficer, citizen(naSang, 2, "Lò Thị Ánh", "0987111222"));
        help.log(naSangOfficer, citizen(naSang, 3, "Cà Thị Bé", "0987111333"));
        help.log(chaToOfficer, citizen(chaTo, 9, "Lò Thị Ánh", "0987 111 222"));
        // A member helped in Na Sang, transferred to Chà Tở, and helped there in the same month.
        long member = fixtures.member("Quàng Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1979, 7, 7), naSang.id());
        help.log(naSangOfficer, member(naSang, 4, member));
        registry.transfer(fixtures.admin(), member, chaTo.id(), OCTOBER.start().plusDays(10), null);
        help.log(chaToOfficer, member(chaTo, 12, member));

        assertThat(approved(naSang, naSangOfficer, province)).isEqualByComparingTo("3");
        assertThat(approved(chaTo, chaToOfficer, province)).isEqualByComparingTo("2");

        Aggregates.Query people = new Aggregates.Query("PEOPLE_HELPED", TreeView.THEN, false);
        OrgUnit dienBien = fixtures.unit(Places.DIEN_BIEN);
        Aggregates.Figure figure = aggregates.figure(province, dienBien.id(), people, OCTOBER);
        assertThat(figure.value()).isEqualByComparingTo("3");
        assertThat(figure.reports()).isEqualTo(2);
        assertThat(aggregates.series(province, dienBien.id(), people, OCTOBER, OCTOBER).get(0).figure().value())
                .isEqualByComparingTo("3");
        assertThat(aggregates.figure(province, dienBien.id(), new Aggregates.Query("PEOPLE_HELPED", TreeView.TODAY, false),
                OCTOBER).value()).isEqualByComparingTo("3");
        assertThat(aggregates.children(province, dienBien.id(), people, OCTOBER))
                .filteredOn(c -> c.unit().id() == naSang.id() || c.unit().id() == chaTo.id())
                .extracting(c -> c.figure().value().intValue()).containsExactlyInAnyOrder(3, 2);
        assertThat(aggregates.figure(naSangOfficer, naSang.id(), people, OCTOBER).value()).isEqualByComparingTo("3");
    }
}

package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The past stays as it was: the registry keeps where each member was and with which status, day by day
 * ({@code member_unit_history}), and the computed indicators of a past period count her where she was
 * then, so a report of March computed months later gives March's figures.
 */
@IntegrationTest
class MemberUnitHistoryIT {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MemberIndicators indicators;
    @Autowired
    JdbcClient jdbc;

    private long register(OrgUnit unit, LocalDate birth, LocalDate joined) {
        return registry.register(fixtures.admin(), AMember.valid().named("Lò Thị " + Fixtures.uniqueGivenName())
                .bornOn(birth).inUnit(unit.id()).joinedOn(joined).input());
    }

    /** A branch of its own, so that no other test's members count in it. */
    private OrgUnit branch(String communeCode) {
        return fixtures.branch(communeCode, "Chi hội bản " + Fixtures.uniqueGivenName());
    }

    private long figure(String key, OrgUnit unit, LocalDate from, LocalDate to) {
        return indicators.compute(key, unit.path(), from, to).get("").longValueExact();
    }

    @Test
    void aMonthComputedLaterCountsEachMemberInTheUnitSheWasInThen() {
        Caller admin = fixtures.admin();
        OrgUnit muongNhe = branch(Places.MUONG_NHE);
        OrgUnit namKe = branch(Places.NAM_KE);
        long stays = register(muongNhe, LocalDate.of(1960, 5, 1), LocalDate.of(2020, 1, 1));
        long joinedInMarch = register(muongNhe, LocalDate.of(1995, 7, 9), LocalDate.of(2026, 3, 10));
        long leavesInApril = register(muongNhe, LocalDate.of(1980, 2, 2), LocalDate.of(2019, 6, 1));
        long arrivesInMay = register(namKe, LocalDate.of(1990, 1, 1), LocalDate.of(2018, 1, 1));

        registry.transfer(admin, joinedInMarch, namKe.id(), LocalDate.of(2026, 5, 15), "chuyển về Nậm Kè");
        registry.changeStatus(admin, leavesInApril, MemberStatus.LEFT, LocalDate.of(2026, 4, 20), "xin ra hội");
        registry.transfer(admin, arrivesInMay, muongNhe.id(), LocalDate.of(2026, 5, 2), "chuyển về Mường Nhé");
        assertThat(stays).isPositive();

        // March as it was: three members in Mường Nhé's branch (one of them new), one in Nậm Kè.
        assertThat(figure("members.active", muongNhe, MARCH_1, MARCH_31)).isEqualTo(3);
        assertThat(figure("members.joined", muongNhe, MARCH_1, MARCH_31)).isEqualTo(1);
        assertThat(figure("members.age18to35", muongNhe, MARCH_1, MARCH_31)).isEqualTo(1);
        assertThat(indicators.compute("members.byAge", muongNhe.path(), MARCH_1, MARCH_31))
                .containsEntry("18_35", BigDecimal.ONE).containsEntry("36_55", BigDecimal.ONE)
                .containsEntry("56_PLUS", BigDecimal.ONE);
        assertThat(figure("members.active", namKe, MARCH_1, MARCH_31)).isEqualTo(1);
        assertThat(figure("members.joined", namKe, MARCH_1, MARCH_31)).isZero();

        // April: she left while in Mường Nhé.
        assertThat(figure("members.left", muongNhe, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isEqualTo(1);
        assertThat(figure("members.active", muongNhe, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isEqualTo(2);

        // June: the one who joined in March is in Nậm Kè, the one from Nậm Kè in Mường Nhé.
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        LocalDate june30 = LocalDate.of(2026, 6, 30);
        assertThat(figure("members.active", muongNhe, june1, june30)).isEqualTo(2);
        assertThat(figure("members.active", namKe, june1, june30)).isEqualTo(1);
        assertThat(figure("members.joined", namKe, LocalDate.of(2026, 1, 1), june30)).isZero();
    }

    @Test
    void aJoiningDateCorrectedOnTheRecordMovesHerJoiningInTheHistory() {
        OrgUnit unit = branch(Places.MUONG_NHE);
        LocalDate birth = LocalDate.of(1988, 8, 8);
        long id = register(unit, birth, LocalDate.of(2026, 3, 10));
        Member m = registry.get(fixtures.admin(), id);
        registry.update(fixtures.admin(), id, m.version(), AMember.valid().named(m.fullName()).bornOn(birth)
                .cccd(m.nationalId()).inUnit(unit.id()).joinedOn(LocalDate.of(2026, 2, 14)).input());

        assertThat(figure("members.joined", unit, MARCH_1, MARCH_31)).isZero();
        assertThat(figure("members.joined", unit, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEqualTo(1);
        assertThat(figure("members.active", unit, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEqualTo(1);
        assertThat(figure("members.active", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).isZero();
    }

    /** One stretch of a member's history. */
    record Stretch(int seq, long unitId, String status, LocalDate validFrom, LocalDate validTo, String change,
            String previousStatus) {
    }

    private List<Stretch> stretches(long memberId) {
        return jdbc.sql("""
                SELECT seq, unit_id, status, valid_from, valid_to, change, previous_status FROM member_unit_history
                 WHERE member_id = :m ORDER BY seq
                """).param("m", memberId).query(Stretch.class).list();
    }

    @Test
    void theHistoryBuiltFromTheRecordsIsTheHistoryKeptAsTheyChanged() {
        Caller admin = fixtures.admin();
        OrgUnit muongNhe = branch(Places.MUONG_NHE);
        OrgUnit branch = branch(Places.NAM_KE);
        long id = register(muongNhe, LocalDate.of(1975, 4, 4), LocalDate.of(2010, 10, 20));
        registry.transfer(admin, id, branch.id(), LocalDate.of(2026, 1, 5), null);
        registry.changeStatus(admin, id, MemberStatus.LEFT, LocalDate.of(2026, 2, 1), null);
        registry.changeStatus(admin, id, MemberStatus.ACTIVE, LocalDate.of(2026, 3, 1), null);
        registry.transfer(admin, id, muongNhe.id(), LocalDate.of(2026, 4, 1), null);
        registry.changeStatus(admin, id, MemberStatus.DECEASED, LocalDate.of(2026, 6, 9), null);

        List<Stretch> kept = stretches(id);
        assertThat(kept).containsExactly(
                new Stretch(1, muongNhe.id(), "ACTIVE", LocalDate.of(2010, 10, 20), LocalDate.of(2026, 1, 5), "JOINED", null),
                new Stretch(2, branch.id(), "ACTIVE", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), "TRANSFERRED",
                        "ACTIVE"),
                new Stretch(3, branch.id(), "LEFT", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), "STATUS", "ACTIVE"),
                new Stretch(4, branch.id(), "ACTIVE", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "STATUS", "LEFT"),
                new Stretch(5, muongNhe.id(), "ACTIVE", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 9), "TRANSFERRED",
                        "ACTIVE"),
                new Stretch(6, muongNhe.id(), "DECEASED", LocalDate.of(2026, 6, 9), null, "STATUS", "ACTIVE"));

        // The migration builds the history of existing members from their joining date, transfers and statuses.
        jdbc.sql("SELECT member_unit_history_rebuild(ARRAY[CAST(:m AS bigint)])").param("m", id).query(Object.class).single();
        assertThat(stretches(id)).isEqualTo(kept);
    }

    @Test
    void otherModulesMayReadWhereAMemberWasAndWhenButNothingPersonal() {
        assertThat(jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_name = 'member_unit_history_published' ORDER BY ordinal_position
                """).query(String.class).list()).containsExactly("member_id", "unit_id", "status", "valid_from", "valid_to");
        OrgUnit unit = branch(Places.NAM_KE);
        long id = register(unit, LocalDate.of(1999, 9, 9), LocalDate.of(2026, 2, 2));
        assertThat(jdbc.sql("SELECT unit_id, valid_from FROM member_unit_history_published WHERE member_id = :m")
                .param("m", id).query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).single())
                .isEqualTo(Map.entry(unit.id(), LocalDate.of(2026, 2, 2)));
    }
}

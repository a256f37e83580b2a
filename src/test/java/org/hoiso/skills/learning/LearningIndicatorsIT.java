package org.hoiso.skills.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The past stays as it was: a lesson completed or a certificate earned counts, in every report of its period,
 * for the unit the member was in on that day, even after she is transferred elsewhere.
 */
@IntegrationTest
class LearningIndicatorsIT {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final ZoneOffset VIET_NAM = ZoneOffset.ofHours(7);

    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;
    @Autowired
    LearningIndicators indicators;
    @Autowired
    JdbcClient jdbc;

    private long figure(String key, OrgUnit unit) {
        return indicators.compute(key, unit.path(), MARCH_1, MARCH_31).get("").longValueExact();
    }

    @Test
    void whatSheLearntInMarchStaysWithTheUnitSheWasInInMarchAfterHerTransfer() {
        OrgUnit first = fixtures.branch(Places.MUONG_TOONG, "Chi hội bản " + Fixtures.uniqueGivenName());
        OrgUnit second = fixtures.branch(Places.NA_SANG, "Chi hội bản " + Fixtures.uniqueGivenName());
        long her = registry.register(fixtures.admin(), AMember.valid().named("Lò Thị " + Fixtures.uniqueGivenName())
                .inUnit(first.id()).joinedOn(LocalDate.of(2021, 4, 1)).input());
        // Late on 31 March in Viet Nam (still 31 March), the last day of the period.
        OffsetDateTime lastEvening = OffsetDateTime.of(2026, 3, 31, 22, 30, 0, 0, VIET_NAM);
        long lesson = jdbc.sql("SELECT id FROM lesson ORDER BY id LIMIT 1").query(Long.class).single();
        long course = jdbc.sql("SELECT course_id FROM lesson WHERE id = :l").param("l", lesson).query(Long.class).single();
        jdbc.sql("INSERT INTO lesson_progress (member_id, lesson_id, completed_at) VALUES (:m, :l, :at)")
                .param("m", her).param("l", lesson).param("at", lastEvening).update();
        jdbc.sql("INSERT INTO certificate (code, member_id, course_id, issued_at) VALUES (:code, :m, :c, :at)")
                .param("code", "LEARNIT-" + her).param("m", her).param("c", course).param("at", lastEvening).update();

        registry.transfer(fixtures.admin(), her, second.id(), LocalDate.of(2026, 5, 15), "chuyển về Nà Sang");

        assertThat(figure("skills.lessons.completed", first)).isEqualTo(1);
        assertThat(figure("skills.certificates", first)).isEqualTo(1);
        assertThat(figure("skills.lessons.completed", second)).isZero();
        assertThat(figure("skills.certificates", second)).isZero();
    }
}

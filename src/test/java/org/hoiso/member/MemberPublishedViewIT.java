package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What other modules' SQL may read of the registry (see SqlOwnershipTest). */
@IntegrationTest
class MemberPublishedViewIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistryPublishesAMembersIdUnitAndStatusAndNothingPersonal() {
        assertThat(jdbc.sql("""
                SELECT column_name FROM information_schema.columns WHERE table_name = 'member_published' ORDER BY ordinal_position
                """).query(String.class).list()).containsExactly("id", "unit_id", "status");

        OrgUnit branch = fixtures.branch(Places.CAI_RANG, "Chi hội Khu vực 2");
        long id = fixtures.member("Đỗ Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1990, 3, 4), branch.id());
        record Published(long unitId, String status) {
        }
        assertThat(jdbc.sql("SELECT unit_id, status FROM member_published WHERE id = :id").param("id", id)
                .query(Published.class).single()).isEqualTo(new Published(branch.id(), "ACTIVE"));
    }
}

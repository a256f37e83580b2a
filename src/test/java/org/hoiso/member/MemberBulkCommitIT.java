package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A bulk commit moves staged rows into the registry in chunks and tells its progress after each. */
@IntegrationTest
class MemberBulkCommitIT {

    @Autowired
    MemberBulk bulk;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommitTellsHowManyStagedRowsItHasMovedAfterEveryChunk() {
        long batch = -System.nanoTime();
        long unit = fixtures.unit(Places.CAO_XANH).id();
        String family = "Ninh " + Fixtures.uniqueGivenName();
        try (MemberBulk.Staging staging = bulk.staging(batch)) {
            for (int i = 1; i <= 5; i++) {
                LocalDate birth = LocalDate.of(1980 + i, 1, 1);
                staging.add(i * 10, AMember.valid().named(family + " Thị " + Fixtures.uniqueGivenName()).bornOn(birth)
                        .cccd(Fixtures.cccd(birth)).inUnit(unit).input(), unit, null, null);
            }
            staging.finish();
        }
        List<Long> told = new ArrayList<>();
        MemberBulk.Committed done = tx.execute(s -> bulk.commit(batch, Map.of(), "test", told::add, 2));

        assertThat(done.inserted()).isEqualTo(5);
        assertThat(told).containsExactly(2L, 4L, 5L);
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE batch_id = :b").param("b", batch).query(Long.class).single())
                .isEqualTo(5);
        assertThat(bulk.staged(batch)).isZero();
    }
}

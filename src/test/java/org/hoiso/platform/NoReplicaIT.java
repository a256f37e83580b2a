package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Without {@code hoiso.replica.url} every read, the replica's reads included, goes to the primary. */
@IntegrationTest
class NoReplicaIT {

    @Autowired
    ReadReplica replica;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void replicaReadsGoToThePrimaryAndJoinItsTransaction() {
        assertThat(replica.configured()).isFalse();
        assertThat(dataSource).isNotInstanceOf(ReadReplicaConfig.ReplicaRouting.class);
        assertThat(replica.read(() -> jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single())).isFalse();
        // inside a write transaction the read joins it (one connection): it sees what the transaction has not committed
        Long seen = tx.execute(s -> {
            jdbc.sql("CREATE TEMPORARY TABLE no_replica_check (x int) ON COMMIT DROP").update();
            jdbc.sql("INSERT INTO no_replica_check VALUES (41), (1)").update();
            return replica.read(() -> jdbc.sql("SELECT sum(x) FROM no_replica_check").query(Long.class).single());
        });
        assertThat(seen).isEqualTo(42L);
    }
}

package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rate limits count in PostgreSQL, per bucket and window, and keep no address in clear. */
@IntegrationTest
class FloodgateIT {

    @Autowired
    Floodgate floodgate;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBucketPassesUpToItsLimitInAWindowAndOneForEveryoneCountsEveryone() {
        String kind = "test-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(floodgate.pass(kind, null, 3, Duration.ofHours(1))).isTrue();
        }
        assertThat(floodgate.pass(kind, null, 3, Duration.ofHours(1))).isFalse();
        assertThat(floodgate.pass(kind, "198.51.100.9", 3, Duration.ofHours(1))).as("another bucket").isTrue();
    }

    @Test
    void aBucketKeepsTheAddressOnlyAsAKeyedHash() {
        String kind = "test-" + System.nanoTime();
        floodgate.pass(kind, "203.0.113.77", 5, Duration.ofMinutes(1));
        assertThat(jdbc.sql("SELECT bucket FROM safety_rate WHERE bucket LIKE :k").param("k", kind + ":%").query(String.class)
                .single()).doesNotContain("203.0.113.77").matches(kind + ":[0-9a-f]{32}");
    }
}

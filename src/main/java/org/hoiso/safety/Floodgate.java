package org.hoiso.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate limits kept in PostgreSQL, so that every instance counts the same: hits per bucket (a client address's
 * keyed hash, a signed-in account, a case code, or everyone) in fixed windows. Each hit is counted in a
 * transaction of its own, so a refused request still counts. Buckets never hold an address or a code in clear.
 */
@Component
class Floodgate {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SafetyCipher cipher;

    Floodgate(JdbcClient jdbc, Clock clock, SafetyCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** Counts a hit; whether the bucket is still within its limit for the window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean pass(String kind, String who, int limit, Duration window) {
        long w = window.toMillis();
        Instant start = Instant.ofEpochMilli(clock.millis() / w * w);
        int hits = jdbc.sql("""
                INSERT INTO safety_rate (bucket, window_start, hits) VALUES (:b, :w, 1)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = safety_rate.hits + 1
                RETURNING hits
                """).param("b", kind + ":" + (who == null ? "*" : cipher.keyedHash(kind + "\n" + who)))
                .param("w", OffsetDateTime.ofInstant(start, ZoneOffset.UTC)).query(Integer.class).single();
        return hits <= limit;
    }

    /** Forgets windows older than a day (the daily job). */
    int forgetOld() {
        return jdbc.sql("DELETE FROM safety_rate WHERE window_start < :before")
                .param("before", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC)).update();
    }
}

package org.hoiso.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters of attempts in PostgreSQL (table attempt_counter), shared by every instance: sign-in failures per client
 * address and per account and place, invitation codes per address and per code. Each key counts in a fixed window
 * that starts with its first hit. Keys are stored as hashes, never the address or the name typed.
 */
@Repository
class AttemptCounters {

    /** The hits of a key in its current window, and when that window ends. */
    record Window(int hits, OffsetDateTime endsAt) {

        static final Window EMPTY = new Window(0, null);

        /** Whole seconds until the window ends, at least 1. */
        long secondsLeft(Clock clock) {
            return endsAt == null ? 1 : Math.max(1, Duration.between(clock.instant(), endsAt.toInstant()).toSeconds() + 1);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptCounters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one hit for the key, in its own transaction: it stands even when the request then fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Window hit(String scope, String key, Duration window) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                INSERT INTO attempt_counter AS c (scope, key, window_start, hits) VALUES (:scope, :key, :now, 1)
                ON CONFLICT (scope, key) DO UPDATE
                   SET hits = CASE WHEN c.window_start <= :cutoff THEN 1 ELSE c.hits + 1 END,
                       window_start = CASE WHEN c.window_start <= :cutoff THEN :now ELSE c.window_start END
                RETURNING hits, window_start + make_interval(secs => :seconds) AS ends_at
                """).param("scope", scope).param("key", hash(key)).param("now", now).param("cutoff", now.minus(window))
                .param("seconds", window.toSeconds()).query(Window.class).single();
    }

    /** The key's hits in its current window (none when the window has passed). */
    Window count(String scope, String key, Duration window) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                SELECT hits, window_start + make_interval(secs => :seconds) AS ends_at FROM attempt_counter
                 WHERE scope = :scope AND key = :key AND window_start > :cutoff
                """).param("scope", scope).param("key", hash(key)).param("cutoff", now.minus(window))
                .param("seconds", window.toSeconds()).query(Window.class).optional().orElse(Window.EMPTY);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void clear(String scope, String key) {
        jdbc.sql("DELETE FROM attempt_counter WHERE scope = :scope AND key = :key").param("scope", scope).param("key", hash(key))
                .update();
    }

    /** Forgets windows that ended more than a day ago; one instance an hour does it (a ShedLock lock in PostgreSQL). */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "attempt-counter-purge", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    int purge() {
        return jdbc.sql("DELETE FROM attempt_counter WHERE window_start < :before").param("before", now().minusDays(2)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

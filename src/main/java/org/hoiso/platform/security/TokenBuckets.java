package org.hoiso.platform.security;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A token bucket per API token: {@code perMinute} requests a minute on average, and up to
 * {@code perMinute} at once after a quiet spell.
 *
 * <p>The buckets are rows of {@code api_rate_bucket} in PostgreSQL, so every instance behind the load balancer draws
 * from the same one: N instances still let a partner make {@code perMinute} requests, not N times as many. Each
 * request is one atomic statement ({@code INSERT … ON CONFLICT DO UPDATE … RETURNING}, the row locked for its
 * duration) that refills the bucket for the time since its last request and takes one if there is one. Time is the
 * application's clock; a request dated before the bucket's last (another instance's clock a little ahead) refills
 * nothing and does not move the bucket back.
 */
final class TokenBuckets {

    private record Taken(boolean granted, double tokens) {
    }

    private final JdbcClient jdbc;
    private final int perMinute;
    private final Clock clock;

    TokenBuckets(JdbcClient jdbc, int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("hoiso.api-tokens.requests-per-minute must be at least 1, is " + perMinute);
        }
        this.jdbc = jdbc;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request from the key's bucket: 0 if it may go ahead, else the whole seconds to wait (at least 1). */
    long take(long key) {
        // In ON CONFLICT's SET every b.* is the row before the update, so the refill reads the same in all three.
        String refilled = "least(CAST(:per AS float8), b.tokens + greatest(0, EXCLUDED.at_millis - b.at_millis) * CAST(:per AS float8) / 60000)";
        Taken taken = jdbc.sql("""
                INSERT INTO api_rate_bucket AS b (token_id, tokens, at_millis, granted)
                VALUES (:key, CAST(:per AS float8) - 1, :now, true)
                ON CONFLICT (token_id) DO UPDATE
                   SET granted = %1$s >= 1,
                       tokens = CASE WHEN %1$s >= 1 THEN %1$s - 1 ELSE %1$s END,
                       at_millis = greatest(b.at_millis, EXCLUDED.at_millis)
                RETURNING granted, tokens
                """.formatted(refilled)).param("now", clock.millis()).param("per", perMinute).param("key", key)
                .query(Taken.class).single();
        if (taken.granted()) {
            return 0;
        }
        double millisToOne = (1 - taken.tokens()) * 60_000.0 / perMinute;
        return Math.max(1, (long) Math.ceil(millisToOne / 1000.0));
    }
}

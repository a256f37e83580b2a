package org.hoiso.platform.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API token: {@code perMinute} requests a minute on average, and up to
 * {@code perMinute} at once after a quiet spell.
 *
 * <p>The buckets live in this instance's memory. With N instances behind a load balancer a partner
 * may make up to N × the limit; an exact limit across instances would need a shared store (a row in
 * PostgreSQL or Redis). The map holds one small entry per token ever used since start-up, and tokens
 * are created by administrators one by one, so it needs no eviction.
 */
final class TokenBuckets {

    private record Bucket(double tokens, long atMillis) {
    }

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("hoiso.api-tokens.requests-per-minute must be at least 1, is " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request from the key's bucket: 0 if it may go ahead, else the whole seconds to wait (at least 1). */
    long take(long key) {
        long now = clock.millis();
        long[] wait = new long[1];
        buckets.compute(key, (k, b) -> {
            double tokens = b == null
                    ? perMinute
                    : Math.min(perMinute, b.tokens() + Math.max(0, now - b.atMillis()) * perMinute / 60_000.0);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            double millisToOne = (1 - tokens) * 60_000.0 / perMinute;
            wait[0] = Math.max(1, (long) Math.ceil(millisToOne / 1000.0));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }
}

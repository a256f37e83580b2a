package org.hoiso.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API tokens' request budgets live in PostgreSQL: two {@link TokenBuckets} on the same database (two instances
 * of hoiso behind a load balancer) draw from one bucket per token.
 */
@IntegrationTest
class TokenBucketsIT {

    /** Keys far from real tokens' ids, one per test, so the tests sharing the (fresh) database never meet. */
    private static final AtomicLong KEYS = new AtomicLong(9_000_000_000L);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T00:00:00Z"));

    @Autowired
    JdbcClient jdbc;

    private TokenBuckets instance(int perMinute) {
        return new TokenBuckets(jdbc, perMinute, clock);
    }

    @Test
    void twoInstancesShareOneBucketPerToken() {
        long key = KEYS.incrementAndGet();
        TokenBuckets a = instance(10);
        TokenBuckets b = instance(10);
        for (int i = 0; i < 10; i++) {
            assertThat((i % 2 == 0 ? a : b).take(key)).as("request " + i).isZero();
        }
        assertThat(a.take(key)).as("the eleventh on the first instance").isPositive();
        assertThat(b.take(key)).as("and on the second").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM api_rate_bucket WHERE token_id = :k").param("k", key).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsFromTwoInstancesTakeExactlyTheBurst() throws Exception {
        long key = KEYS.incrementAndGet();
        TokenBuckets a = instance(40);
        TokenBuckets b = instance(40);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> requests = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                TokenBuckets on = i % 2 == 0 ? a : b;
                requests.add(() -> on.take(key));
            }
            long granted = 0;
            for (Future<Long> f : pool.invokeAll(requests)) {
                if (f.get() == 0) {
                    granted++;
                }
            }
            // the clock stands still: exactly the burst goes through, no request is counted twice or lost
            assertThat(granted).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFreshTokenMayBurstUpToItsPerMinuteLimit() {
        long key = KEYS.incrementAndGet();
        TokenBuckets buckets = instance(120);
        for (int i = 0; i < 120; i++) {
            assertThat(buckets.take(key)).as("request " + i).isZero();
        }
        assertThat(buckets.take(key)).isEqualTo(1);
    }

    @Test
    void anEmptyBucketSaysHowManySecondsToWaitAndRefillsAtTheAverageRate() {
        long key = KEYS.incrementAndGet();
        TokenBuckets a = instance(6);
        TokenBuckets b = instance(6);
        for (int i = 0; i < 6; i++) {
            a.take(key);
        }
        assertThat(b.take(key)).isEqualTo(10);
        clock.advance(Duration.ofSeconds(9));
        assertThat(a.take(key)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(b.take(key)).as("refilled on the other instance").isZero();
        assertThat(a.take(key)).isEqualTo(10);
    }

    @Test
    void aLongPauseRefillsNoMoreThanOneBurst() {
        long key = KEYS.incrementAndGet();
        TokenBuckets buckets = instance(3);
        buckets.take(key);
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(key)).isZero();
        }
        assertThat(buckets.take(key)).isPositive();
    }

    @Test
    void anInstanceWhoseClockIsBehindRefillsNothingAndDoesNotMoveTheBucketBack() {
        long key = KEYS.incrementAndGet();
        TokenBuckets ahead = instance(1);
        MutableClock behindClock = new MutableClock(clock.instant().minusSeconds(30));
        TokenBuckets behind = new TokenBuckets(jdbc, 1, behindClock);
        assertThat(ahead.take(key)).isZero();
        assertThat(behind.take(key)).as("30 s behind: nothing refilled").isEqualTo(60);
        clock.advance(Duration.ofSeconds(60));
        assertThat(ahead.take(key)).as("a minute after the first: one again").isZero();
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        long one = KEYS.incrementAndGet();
        long two = KEYS.incrementAndGet();
        TokenBuckets buckets = instance(1);
        assertThat(buckets.take(one)).isZero();
        assertThat(buckets.take(one)).isEqualTo(60);
        assertThat(buckets.take(two)).isZero();
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> instance(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.hoiso.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.hoiso.testing.MutableClock;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T00:00:00Z"));

    @Test
    void aFreshTokenMayBurstUpToItsPerMinuteLimit() {
        TokenBuckets buckets = new TokenBuckets(120, clock);
        for (int i = 0; i < 120; i++) {
            assertThat(buckets.take(1)).as("request " + i).isZero();
        }
        assertThat(buckets.take(1)).isEqualTo(1);
    }

    @Test
    void anEmptyBucketSaysHowManySecondsToWaitAndRefillsAtTheAverageRate() {
        TokenBuckets buckets = new TokenBuckets(6, clock);
        for (int i = 0; i < 6; i++) {
            buckets.take(1);
        }
        assertThat(buckets.take(1)).isEqualTo(10);
        clock.advance(Duration.ofSeconds(9));
        assertThat(buckets.take(1)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(buckets.take(1)).isZero();
        assertThat(buckets.take(1)).isEqualTo(10);
    }

    @Test
    void aLongPauseRefillsNoMoreThanOneBurst() {
        TokenBuckets buckets = new TokenBuckets(3, clock);
        buckets.take(1);
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(1)).isZero();
        }
        assertThat(buckets.take(1)).isPositive();
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1, clock);
        assertThat(buckets.take(1)).isZero();
        assertThat(buckets.take(1)).isEqualTo(60);
        assertThat(buckets.take(2)).isZero();
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new TokenBuckets(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}

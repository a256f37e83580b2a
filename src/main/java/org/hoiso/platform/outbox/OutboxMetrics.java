package org.hoiso.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's meter (README, "Monitoring"): {@code hoiso.outbox.waiting}, messages not yet delivered and not given
 * up; a number that keeps growing means a channel is down. Counted on a scrape over the partial index of waiting
 * messages ({@code outbox_message_due}), at most once a second.
 */
@Component
class OutboxMetrics {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private long waiting;
    private long countedAt;
    private boolean counted;

    OutboxMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.jdbc = jdbc;
        Gauge.builder("hoiso.outbox.waiting", this, OutboxMetrics::waiting)
                .description("Outbox messages waiting for delivery (not sent, not given up)").register(registry);
    }

    private synchronized double waiting() {
        long now = System.nanoTime();
        if (!counted || now - countedAt > FRESH_NANOS) {
            waiting = jdbc.sql("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL AND failed_at IS NULL")
                    .query(Long.class).single();
            countedAt = now;
            counted = true;
        }
        return waiting;
    }
}

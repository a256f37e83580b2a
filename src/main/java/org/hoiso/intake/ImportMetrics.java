package org.hoiso.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The imports' meters (README, "Monitoring"): {@code hoiso.import.rows}, rows an import committed to the registry
 * (inserted or updated; its rate is the import's rows a second), and {@code hoiso.import.jobs}, the jobs in each status
 * (READY, VALIDATING, …, COMMITTED), counted on a scrape by one grouped query of {@code import_job}, at most once a
 * second however many gauges read it.
 */
@Component
class ImportMetrics {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final Counter rows;
    private Map<ImportJob.Status, Long> counts = new EnumMap<>(ImportJob.Status.class);
    private long countedAt;
    private boolean counted;

    ImportMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = Counter.builder("hoiso.import.rows")
                .description("Rows of imports committed to the member registry (inserted or updated)").register(registry);
        for (ImportJob.Status status : ImportJob.Status.values()) {
            Gauge.builder("hoiso.import.jobs", this, m -> m.count(status)).tag("status", status.name())
                    .description("Import jobs in each status").register(registry);
        }
    }

    /** Counts the rows of a commit once its transaction has committed (nothing when it rolls back). */
    void rowsCommitted(long n) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    rows.increment(n);
                }
            });
        } else {
            rows.increment(n);
        }
    }

    private synchronized double count(ImportJob.Status status) {
        long now = System.nanoTime();
        if (!counted || now - countedAt > FRESH_NANOS) {
            Map<ImportJob.Status, Long> fresh = new EnumMap<>(ImportJob.Status.class);
            jdbc.sql("SELECT status, count(*) AS n FROM import_job GROUP BY status")
                    .query((rs, i) -> fresh.put(ImportJob.Status.valueOf(rs.getString("status")), rs.getLong("n"))).list();
            counts = fresh;
            countedAt = now;
            counted = true;
        }
        return counts.getOrDefault(status, 0L);
    }
}

package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The import's meters: rows count only when the commit's transaction commits; the jobs' gauge reads import_job. */
@IntegrationTest
class ImportMetricsIT {

    @Autowired
    ImportMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private double rows() {
        return registry.get("hoiso.import.rows").counter().count();
    }

    @Test
    void rowsCountWhenTheCommitCommitsAndNotWhenItRollsBack() {
        double before = rows();
        tx.executeWithoutResult(status -> {
            metrics.rowsCommitted(7);
            assertThat(rows()).as("not before the commit").isEqualTo(before);
            status.setRollbackOnly();
        });
        assertThat(rows()).isEqualTo(before);
        tx.executeWithoutResult(status -> metrics.rowsCommitted(5));
        assertThat(rows()).isEqualTo(before + 5);
    }

    @Test
    void theJobsGaugeCountsEachStatus() {
        for (ImportJob.Status status : ImportJob.Status.values()) {
            long inTable = jdbc.sql("SELECT count(*) FROM import_job WHERE status = :s").param("s", status.name())
                    .query(Long.class).single();
            double gauge = registry.get("hoiso.import.jobs").tag("status", status.name()).gauge().value();
            // the gauge may be up to a second old, but no other test runs an import at the same time
            assertThat(gauge).as(status.name()).isEqualTo((double) inTable);
        }
    }
}

package org.hoiso.platform.jobs;

import java.time.Duration;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a job once across all instances of hoiso (a lock row per job in PostgreSQL, table {@code shedlock}):
 * an instance that finds the job running elsewhere skips this round.
 */
@Component
public class ClusterJobs {

    private final LockingTaskExecutor executor;

    ClusterJobs(LockingTaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs the job here unless another instance holds its lock; the lock is kept at least
     * {@code atLeast} (so a quick job is not repeated by an instance whose clock is a little behind)
     * and at most {@code atMost} (so a dead instance's lock expires).
     */
    public void once(String name, Duration atLeast, Duration atMost, Runnable job) {
        // The lock's times are kept in the database's time (the provider is usingDbTime), and ShedLock dates the
        // request with its own ClockProvider, as its @SchedulerLock does: not the application's clock.
        executor.executeWithLock(job, new LockConfiguration(ClockProvider.now(), name, atMost, atLeast));
    }

    /** {@link #once(String, Duration, Duration, Runnable)} for a daily job: held at least a minute, at most an hour. */
    public void once(String name, Runnable job) {
        once(name, Duration.ofMinutes(1), Duration.ofHours(1), job);
    }
}

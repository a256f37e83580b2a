package org.hoiso.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hoiso.member.MemberBulk;
import org.hoiso.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs on this instance, whichever instance they were asked on. Every {@code hoiso.intake.poll}
 * (and at once when a job is asked here) it claims waiting jobs, up to its free threads, with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never claim the same one. For each job it runs it holds a
 * <em>lease</em>: a connection of its own with the job's advisory lock, on which it refreshes the job's
 * {@code heartbeat_at} every {@code hoiso.intake.heartbeat}. When an instance dies its connections close and
 * PostgreSQL rolls its commit back and frees the lock; once the heartbeat is older than
 * {@code hoiso.intake.stale-after}, another instance takes the job over and runs it again from the start, or,
 * after {@code hoiso.intake.takeovers} takeovers, ends it interrupted. An instance that is alive but lost its
 * lease stops the job and leaves it for a taker; whatever it writes at the end is written only while the job
 * is still claimed in its name.
 */
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    /** The advisory lock a run's lease holds (two-key form: this class and the job's id). */
    static final int LEASE_LOCK = 0x696d_7001;
    /** The advisory lock a commit's transaction holds, so that a taker's commit waits for a dying one's to end. */
    static final int COMMIT_LOCK = 0x696d_7002;

    private final ImportJobRepository jobs;
    private final ImportWork work;
    private final MemberBulk bulk;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;
    private final IntakeProperties settings;
    private final String instance;
    private final int threads;
    private final Map<Long, Lease> running = new ConcurrentHashMap<>();

    ImportRunner(ImportJobRepository jobs, ImportWork work, MemberBulk bulk, DataSource dataSource, TransactionTemplate tx,
            TaskExecutor executor, JsonMapper json, Clock clock, IntakeProperties settings, String instance, int threads) {
        this.jobs = jobs;
        this.work = work;
        this.bulk = bulk;
        this.dataSource = dataSource;
        this.tx = tx;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.instance = instance;
        this.threads = threads;
    }

    String instance() {
        return instance;
    }

    /** Whether this instance is running the job now. */
    boolean runs(long id) {
        return running.containsKey(id);
    }

    /** Who asked for a run, as stored with the job: her name and her role assignments when she asked. */
    record Requester(long userId, String username, String displayName, List<Caller.Assignment> assignments) {

        static Requester of(Caller caller) {
            return new Requester(caller.userId(), caller.username(), caller.displayName(), caller.assignments());
        }

        Caller caller() {
            return new Caller(userId, username, displayName, assignments);
        }
    }

    /** Claims what it can run now and starts it; answers the ids started. */
    synchronized List<Long> poll() {
        List<Long> started = new ArrayList<>();
        int free = threads - running.size();
        if (free <= 0) {
            return started;
        }
        for (Lease lease : claim(free)) {
            running.put(lease.id, lease);
            try {
                executor.execute(() -> run(lease));
                started.add(lease.id);
            } catch (RuntimeException e) {
                running.remove(lease.id);
                jobs.release(lease.id, instance);
                lease.close();
                log.warn("Import job {}: could not start on {}; left for any instance", lease.id, instance, e);
            }
        }
        return started;
    }

    private List<Lease> claim(int free) {
        List<Lease> leases = new ArrayList<>();
        try {
            tx.executeWithoutResult(status -> {
                for (ImportJobRepository.Claimable c : jobs.claimable(instance, free, settings.staleAfter(), running.keySet())) {
                    Lease lease = Lease.take(dataSource, c.id(), instance);
                    if (lease == null) {
                        continue; // a session (of an instance that stopped beating but lives) still holds it
                    }
                    boolean takeover = c.claimedBy() != null;
                    if (c.requestedBy() == null || takeover && c.takeovers() >= settings.takeovers()) {
                        jobs.interrupted(c.id());
                        bulk.discard(c.id());
                        lease.close();
                        log.warn("Import job {} was interrupted ({} stopped); nothing of it was committed", c.id(),
                                c.claimedBy());
                        continue;
                    }
                    leases.add(lease);
                    lease.status = c.status();
                    lease.requestedBy = c.requestedBy();
                    jobs.claim(c.id(), instance);
                    if (takeover) {
                        log.warn("Import job {}: taken over from {} by {}", c.id(), c.claimedBy(), instance);
                    }
                }
            });
        } catch (RuntimeException e) {
            leases.forEach(Lease::close);
            throw e;
        }
        return leases;
    }

    private void run(Lease lease) {
        try {
            Caller caller = json.readValue(lease.requestedBy, Requester.class).caller();
            // The audit log names the officer who asked, on whichever instance the job runs.
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.username(), null, List.of()));
            if (lease.status == ImportJob.Status.VALIDATING) {
                ImportJob job = jobs.find(lease.id).orElseThrow();
                work.dryRun(caller, lease.id, json.readValue(job.mapping(), Mapping.class), LocalDate.now(clock), lease);
            } else {
                work.commit(caller, lease.id, lease);
            }
        } catch (RuntimeException e) {
            log.error("Import job {} failed on {}", lease.id, instance, e);
            if (!lease.lost()) {
                jobs.ended(lease.id, instance, ImportJob.Status.FAILED, "intake.job.failed", null);
            }
        } finally {
            SecurityContextHolder.clearContext();
            running.remove(lease.id);
            lease.close();
        }
    }

    /**
     * Refreshes the heartbeat of every job running here, each on its lease. A lease that fails (its connection
     * lost, the job taken over) stops its job: a dry run at its next chunk, a commit's statement at once when the
     * connection was lost (taken over, it fails at its end and waits for nothing); a cancel asked on another
     * instance stops a commit's statement.
     */
    void heartbeat() {
        for (Lease lease : running.values()) {
            Boolean cancel = lease.beat();
            if (Boolean.TRUE.equals(cancel) || lease.broken) {
                work.cancelCommit(lease);
            }
        }
    }

    /**
     * A run's hold on its job: a connection of its own holding the job's advisory lock (freed by PostgreSQL when
     * the connection dies) on which the heartbeat is written. Lost once a heartbeat fails.
     */
    static final class Lease {

        final long id;
        final String instance;
        private final Connection connection;
        private volatile boolean lost;
        /** Whether the lease's connection failed (the job is left for a taker, not ended here). */
        private volatile boolean broken;
        ImportJob.Status status;
        String requestedBy;

        private Lease(long id, String instance, Connection connection) {
            this.id = id;
            this.instance = instance;
            this.connection = connection;
        }

        /** The job's lease, or null when another session holds its lock. */
        static Lease take(DataSource dataSource, long id, String instance) {
            try {
                Connection c = dataSource.getConnection();
                try {
                    c.setAutoCommit(true);
                    try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                        st.setInt(1, LEASE_LOCK);
                        st.setInt(2, (int) id);
                        try (ResultSet rs = st.executeQuery()) {
                            rs.next();
                            if (rs.getBoolean(1)) {
                                return new Lease(id, instance, c);
                            }
                        }
                    }
                    c.close();
                    return null;
                } catch (SQLException | RuntimeException e) {
                    c.close();
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take the lease of import job " + id, e);
            }
        }

        /** Whether the run lost its hold on the job (it must stop and write nothing more). */
        boolean lost() {
            return lost;
        }

        /** Writes the heartbeat: whether a cancel was requested, null when the lease is lost. */
        synchronized Boolean beat() {
            if (lost) {
                return null;
            }
            try (PreparedStatement st = connection.prepareStatement(ImportJobRepository.HEARTBEAT)) {
                st.setLong(1, id);
                st.setString(2, instance);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getBoolean(1);
                    }
                }
                // The job ended (this run is finishing) or is claimed by another instance now.
                lost = true;
                return null;
            } catch (SQLException e) {
                broken = true;
                log.warn("Import job {}: the lease's connection failed; the job is left for another instance", id, e);
                lost = true;
                return null;
            }
        }

        /** Frees the lock and gives the connection back (a broken one is closed, which frees it too). */
        synchronized void close() {
            try (Connection c = connection; PreparedStatement st = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                st.setInt(1, LEASE_LOCK);
                st.setInt(2, (int) id);
                st.executeQuery().close();
            } catch (SQLException e) {
                log.debug("Import job {}: unlocking the lease failed (its connection is gone)", id, e);
            }
        }
    }
}

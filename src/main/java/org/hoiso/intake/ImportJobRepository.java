package org.hoiso.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of import jobs. */
@Repository
class ImportJobRepository {

    private static final String COLUMNS = """
            j.id, j.unit_id, u.name AS unit_name, j.file_name, j.file_size, j.file_sha256, j.file_info::text AS file_info,
            j.mapping::text AS mapping, j.update_existing, j.create_branches, j.status, j.cancel_requested, j.progress,
            j.rows_read, j.valid_rows, j.invalid_rows, j.update_rows, j.new_branches::text AS new_branches, j.inserted,
            j.updated, j.skipped, j.error_code, j.error_args::text AS error_args, j.created_by, j.created_at,
            j.validated_at, j.committed_at, j.joined_default, j.notices::text AS notices, j.files_deleted_at
            """;

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, String fileName, long size, String sha256, String createdBy, String remoteAddr) {
        return jdbc.sql("""
                INSERT INTO import_job (unit_id, file_name, file_size, file_sha256, status, created_by, remote_addr)
                VALUES (:u, :name, :size, :sha, 'READY', :by, :addr) RETURNING id
                """).param("u", unitId).param("name", fileName).param("size", size).param("sha", sha256)
                .param("by", createdBy).param("addr", remoteAddr).query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job j JOIN org_unit u ON u.id = j.unit_id WHERE j.id = :id")
                .param("id", id).query(ImportJob.class).optional();
    }

    /** Jobs for units of a subtree, newest first. */
    List<ImportJob> inSubtree(String path, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM import_job j JOIN org_unit u ON u.id = j.unit_id
                WHERE u.path <@ CAST(:p AS ltree) ORDER BY j.id DESC LIMIT :limit
                """).param("p", path).param("limit", limit).query(ImportJob.class).list();
    }

    /** An earlier committed import of the same file for the same unit, if any. */
    Optional<ImportJob> committedSameFile(String sha256, long unitId, long exceptId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM import_job j JOIN org_unit u ON u.id = j.unit_id
                WHERE j.file_sha256 = :sha AND j.status = 'COMMITTED' AND j.unit_id = :u AND j.id <> :id
                ORDER BY j.id DESC LIMIT 1
                """).param("sha", sha256).param("u", unitId).param("id", exceptId).query(ImportJob.class).optional();
    }

    void setPrepared(long id, String fileInfo, String mapping, boolean updateExisting, boolean createBranches,
            LocalDate joinedDefault) {
        jdbc.sql("""
                UPDATE import_job SET file_info = CAST(:info AS jsonb), mapping = CAST(:mapping AS jsonb),
                       update_existing = :upd, create_branches = :cb, joined_default = :joined, status = 'READY', progress = 0,
                       rows_read = 0, valid_rows = 0, invalid_rows = 0, update_rows = 0, new_branches = NULL, notices = NULL,
                       error_code = NULL, error_args = NULL, cancel_requested = false, updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("info", fileInfo).param("mapping", mapping).param("upd", updateExisting)
                .param("cb", createBranches).param("joined", joinedDefault).update();
    }

    /** Progress of a running job; returns whether it should stop: a cancel was requested, or the job is no longer this instance's. */
    boolean progress(long id, String claimer, float progress, long rowsRead, long valid, long invalid) {
        return jdbc.sql("""
                UPDATE import_job SET progress = :p, rows_read = :r, valid_rows = :v, invalid_rows = :i, updated_at = now()
                 WHERE id = :id RETURNING cancel_requested OR claimed_by IS DISTINCT FROM :me
                """).param("id", id).param("me", claimer).param("p", progress).param("r", rowsRead).param("v", valid)
                .param("i", invalid).query(Boolean.class).optional().orElse(true);
    }

    /**
     * Asks for a dry run or a commit: moves the job from one status to the running one, unclaimed, in the name of
     * {@code requestedBy} (JSON); any instance's {@link ImportRunner} claims it. False when it was not in {@code from}.
     */
    boolean requestRun(long id, ImportJob.Status from, ImportJob.Status to, String requestedBy) {
        return jdbc.sql("""
                UPDATE import_job SET status = :to, progress = 0, cancel_requested = false, error_code = NULL, error_args = NULL,
                       requested_by = CAST(:by AS jsonb), claimed_by = NULL, claimed_at = NULL, heartbeat_at = NULL,
                       attempts = 0, takeovers = 0, updated_at = now()
                 WHERE id = :id AND status = :from
                """).param("id", id).param("from", from.name()).param("to", to.name()).param("by", requestedBy).update() == 1;
    }

    /** Jobs asked to run that no instance has claimed yet, all instances together. */
    long waiting() {
        return jdbc.sql("SELECT count(*) FROM import_job WHERE status IN ('VALIDATING', 'COMMITTING') AND claimed_by IS NULL")
                .query(Long.class).single();
    }

    /** A job an instance may claim: waiting, or stale ({@code claimedBy} is the instance that stopped beating). */
    record Claimable(long id, ImportJob.Status status, String requestedBy, String claimedBy, int takeovers) {
    }

    /**
     * Jobs this instance may claim, locked for the caller's transaction (rows another transaction is claiming are
     * skipped): waiting ones first, then those whose heartbeat is older than {@code staleAfter} or that this
     * instance's name claimed in an earlier life (not among {@code here}, the jobs it runs now).
     */
    List<Claimable> claimable(String me, int limit, Duration staleAfter, Collection<Long> here) {
        return jdbc.sql("""
                SELECT id, status, requested_by::text AS requested_by, claimed_by, takeovers FROM import_job
                 WHERE status IN ('VALIDATING', 'COMMITTING')
                   AND (claimed_by IS NULL OR heartbeat_at < now() - make_interval(secs => :stale)
                        OR (claimed_by = :me AND id <> ALL(CAST(:here AS bigint[]))))
                 ORDER BY claimed_by IS NOT NULL, id
                 LIMIT :limit FOR UPDATE SKIP LOCKED
                """).param("me", me).param("stale", staleAfter.toMillis() / 1000.0)
                .param("here", here.toArray(Long[]::new)).param("limit", limit).query(Claimable.class).list();
    }

    /** Claims a job for an instance: a takeover when another (or an earlier life of this one) had claimed it. */
    void claim(long id, String me) {
        jdbc.sql("""
                UPDATE import_job SET takeovers = takeovers + CASE WHEN claimed_by IS NULL THEN 0 ELSE 1 END,
                       claimed_by = :me, claimed_at = now(), heartbeat_at = now(), attempts = attempts + 1, updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("me", me).update();
    }

    /** Gives a claimed job back unstarted (this instance could not start it): it waits for any instance again. */
    void release(long id, String me) {
        jdbc.sql("""
                UPDATE import_job SET claimed_by = NULL, claimed_at = NULL, heartbeat_at = NULL, attempts = attempts - 1,
                       updated_at = now()
                 WHERE id = :id AND claimed_by = :me AND status IN ('VALIDATING', 'COMMITTING')
                """).param("id", id).param("me", me).update();
    }

    /**
     * The heartbeat of a running job (run on the job's lease connection); answers whether a cancel was
     * requested, and no row when the job ended or is no longer the instance's.
     */
    static final String HEARTBEAT = """
            UPDATE import_job SET heartbeat_at = now()
             WHERE id = ? AND claimed_by = ? AND status IN ('VALIDATING', 'COMMITTING') RETURNING cancel_requested
            """;

    /** The dry run's end, if the job is still the claimer's; false when another instance took it over. */
    boolean validated(long id, String claimer, String fileInfo, long rowsRead, long valid, long invalid, long updates,
            String newBranches,
            String notices) {
        return jdbc.sql("""
                UPDATE import_job SET status = 'VALIDATED', progress = 1, file_info = CAST(:info AS jsonb), rows_read = :r,
                       valid_rows = :v, invalid_rows = :i, update_rows = :u, new_branches = CAST(:nb AS jsonb),
                       notices = CAST(:notices AS jsonb), validated_at = now(), updated_at = now()
                 WHERE id = :id AND status = 'VALIDATING' AND claimed_by = :me
                """).param("id", id).param("me", claimer).param("info", fileInfo).param("r", rowsRead).param("v", valid)
                .param("i", invalid)
                .param("u", updates).param("nb", newBranches).param("notices", notices).update() == 1;
    }

    /** Marks a job thrown away by the officer: its files are gone; a committed job keeps its status. */
    boolean discarded(long id) {
        return jdbc.sql("""
                UPDATE import_job SET status = CASE WHEN status = 'COMMITTED' THEN status ELSE 'DISCARDED' END,
                       files_deleted_at = coalesce(files_deleted_at, now()), updated_at = now()
                 WHERE id = :id AND status NOT IN ('VALIDATING', 'COMMITTING')
                """).param("id", id).update() == 1;
    }

    /** Jobs whose files outlived the retention period (not running): their ids, at most {@code limit}. */
    List<Long> filesOlderThan(int days, int limit) {
        return jdbc.sql("""
                SELECT id FROM import_job
                 WHERE files_deleted_at IS NULL AND status NOT IN ('VALIDATING', 'COMMITTING')
                   AND updated_at < now() - make_interval(days => :days)
                 ORDER BY id LIMIT :limit
                """).param("days", days).param("limit", limit).query(Long.class).list();
    }

    /** Records that a job's files were deleted at the end of the retention period. */
    void filesDeleted(long id) {
        jdbc.sql("UPDATE import_job SET files_deleted_at = now() WHERE id = :id AND files_deleted_at IS NULL")
                .param("id", id).update();
    }

    /** The commit's end (in the commit's transaction), if the job is still the claimer's: otherwise false. */
    boolean committed(long id, String claimer, long inserted, long updated, long skipped) {
        return jdbc.sql("""
                UPDATE import_job SET status = 'COMMITTED', progress = 1, inserted = :ins, updated = :upd, skipped = :sk,
                       committed_at = now(), updated_at = now()
                 WHERE id = :id AND status = 'COMMITTING' AND claimed_by = :me
                """).param("id", id).param("me", claimer).param("ins", inserted).param("upd", updated).param("sk", skipped)
                .update() == 1;
    }

    /** A running job's end (failed, cancelled), if it is still the claimer's; false when it is not. */
    boolean ended(long id, String claimer, ImportJob.Status status, String errorCode, String errorArgs) {
        return jdbc.sql("""
                UPDATE import_job SET status = :s, error_code = :code, error_args = CAST(:args AS jsonb), updated_at = now()
                 WHERE id = :id AND status IN ('VALIDATING', 'COMMITTING') AND claimed_by = :me
                """).param("id", id).param("me", claimer).param("s", status.name()).param("code", errorCode)
                .param("args", errorArgs).update() == 1;
    }

    boolean requestCancel(long id) {
        return jdbc.sql(
                "UPDATE import_job SET cancel_requested = true, updated_at = now() WHERE id = :id AND status IN ('VALIDATING', 'COMMITTING')")
                .param("id", id).update() == 1;
    }

    /** Ends a stale job that was taken over too often (or that nobody asked for): nothing of it was committed. */
    void interrupted(long id) {
        jdbc.sql(
                """
                        UPDATE import_job SET status = 'FAILED', error_code = 'intake.job.interrupted', error_args = NULL, updated_at = now()
                         WHERE id = :id AND status IN ('VALIDATING', 'COMMITTING')
                        """)
                .param("id", id).update();
    }
}

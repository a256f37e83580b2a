package org.hoiso.intake;

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
            j.validated_at, j.committed_at
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

    void setPrepared(long id, String fileInfo, String mapping, boolean updateExisting, boolean createBranches) {
        jdbc.sql("""
                UPDATE import_job SET file_info = CAST(:info AS jsonb), mapping = CAST(:mapping AS jsonb),
                       update_existing = :upd, create_branches = :cb, status = 'READY', progress = 0, rows_read = 0,
                       valid_rows = 0, invalid_rows = 0, update_rows = 0, new_branches = NULL, error_code = NULL,
                       error_args = NULL, cancel_requested = false, updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("info", fileInfo).param("mapping", mapping).param("upd", updateExisting)
                .param("cb", createBranches).update();
    }

    /** Moves the job from one status to another; false when it was not in {@code from} (someone else moved it). */
    boolean transition(long id, ImportJob.Status from, ImportJob.Status to) {
        return jdbc.sql("""
                UPDATE import_job SET status = :to, progress = 0, cancel_requested = false, error_code = NULL, error_args = NULL,
                       updated_at = now()
                 WHERE id = :id AND status = :from
                """).param("id", id).param("from", from.name()).param("to", to.name()).update() == 1;
    }

    /** Progress of a running job; returns whether a cancel was requested. */
    boolean progress(long id, float progress, long rowsRead, long valid, long invalid) {
        return jdbc.sql("""
                UPDATE import_job SET progress = :p, rows_read = :r, valid_rows = :v, invalid_rows = :i, updated_at = now()
                 WHERE id = :id RETURNING cancel_requested
                """).param("id", id).param("p", progress).param("r", rowsRead).param("v", valid).param("i", invalid)
                .query(Boolean.class).single();
    }

    void validated(long id, String fileInfo, long rowsRead, long valid, long invalid, long updates, String newBranches) {
        jdbc.sql("""
                UPDATE import_job SET status = 'VALIDATED', progress = 1, file_info = CAST(:info AS jsonb), rows_read = :r,
                       valid_rows = :v, invalid_rows = :i, update_rows = :u, new_branches = CAST(:nb AS jsonb),
                       validated_at = now(), updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("info", fileInfo).param("r", rowsRead).param("v", valid).param("i", invalid)
                .param("u", updates).param("nb", newBranches).update();
    }

    void committed(long id, long inserted, long updated, long skipped) {
        jdbc.sql("""
                UPDATE import_job SET status = 'COMMITTED', progress = 1, inserted = :ins, updated = :upd, skipped = :sk,
                       committed_at = now(), updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("ins", inserted).param("upd", updated).param("sk", skipped).update();
    }

    void ended(long id, ImportJob.Status status, String errorCode, String errorArgs) {
        jdbc.sql("""
                UPDATE import_job SET status = :s, error_code = :code, error_args = CAST(:args AS jsonb), updated_at = now()
                 WHERE id = :id
                """).param("id", id).param("s", status.name()).param("code", errorCode).param("args", errorArgs).update();
    }

    boolean requestCancel(long id) {
        return jdbc.sql(
                "UPDATE import_job SET cancel_requested = true, updated_at = now() WHERE id = :id AND status IN ('VALIDATING', 'COMMITTING')")
                .param("id", id).update() == 1;
    }

    /** Jobs that were running when the application stopped (crash, kill, lost database): their ids. */
    List<Long> interrupted() {
        return jdbc.sql("""
                UPDATE import_job SET status = 'FAILED', error_code = 'intake.job.interrupted', updated_at = now()
                 WHERE status IN ('VALIDATING', 'COMMITTING') RETURNING id
                """).query(Long.class).list();
    }
}

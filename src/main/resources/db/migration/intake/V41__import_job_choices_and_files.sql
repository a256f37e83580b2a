-- What an import does with rows that have no joining date, what the dry run noticed, and the files' life.
--
-- joined_default: the joining date the officer gave the whole file for rows without one; NULL means
-- "existing members, date unknown" (member.joined_on stays NULL, never counted as joined in a period).
ALTER TABLE import_job ADD COLUMN joined_default date;
-- Notices of the dry run the officer should read, not problems of rows: footer and signature lines
-- skipped, cells merged down filled (JSON: [{"code": …, "args": […]}]).
ALTER TABLE import_job ADD COLUMN notices jsonb;
-- The uploaded file and the problem list (full CCCD numbers) are deleted after hoiso.intake.retention-days,
-- or at once when the job is discarded; the job's row stays as history.
ALTER TABLE import_job ADD COLUMN files_deleted_at timestamptz;
ALTER TABLE import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('READY', 'VALIDATING', 'VALIDATED', 'COMMITTING', 'COMMITTED', 'FAILED', 'CANCELLED', 'DISCARDED'));
CREATE INDEX import_job_files_kept ON import_job (updated_at) WHERE files_deleted_at IS NULL;

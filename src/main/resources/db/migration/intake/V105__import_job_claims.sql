-- Import jobs run by any instance: a job asked to run (status VALIDATING or COMMITTING) waits with claimed_by
-- NULL until an instance's ImportRunner claims it (FOR UPDATE SKIP LOCKED) and runs it; while it runs, the
-- instance refreshes heartbeat_at (the database's now()). A job whose heartbeat is older than
-- hoiso.intake.stale-after and whose advisory lock no session holds is taken over by another instance (it
-- runs again from the start: the commit is one transaction, so nothing of the dead run was written) or,
-- after hoiso.intake.takeovers takeovers, ends FAILED with error_code 'intake.job.interrupted'.
--
-- requested_by: the officer who asked for the run and her role assignments then (JSON), so any instance runs
-- it in her name and with her rights.
ALTER TABLE import_job ADD COLUMN requested_by jsonb;
-- The instance running the job (hoiso.intake.instance), kept after the run as history.
ALTER TABLE import_job ADD COLUMN claimed_by text;
ALTER TABLE import_job ADD COLUMN claimed_at timestamptz;
ALTER TABLE import_job ADD COLUMN heartbeat_at timestamptz;
-- Runs started for the job's current request (1 when nobody died), and of them the takeovers of a stale run.
ALTER TABLE import_job ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD COLUMN takeovers integer NOT NULL DEFAULT 0;
CREATE INDEX import_job_to_run ON import_job (id) WHERE status IN ('VALIDATING', 'COMMITTING');
-- Jobs left running by the previous version (which ran them in its own memory) cannot be claimed: nobody's
-- request is recorded. Like a stopped instance's, they end interrupted; nothing of them was committed.
UPDATE import_job SET status = 'FAILED', error_code = 'intake.job.interrupted', updated_at = now()
 WHERE status IN ('VALIDATING', 'COMMITTING');

package org.hoiso.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.hoiso.member.MemberBulk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the uploaded files and problem lists of imports (whole member lists with full CCCD numbers) once
 * {@code hoiso.intake.retention-days} have passed since the job last changed, with the rows the dry run
 * staged; the job's row stays as history. Runs daily ({@link IntakeConfig}); tests call {@link #deleteExpired()}.
 */
@Component
class ImportRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);
    /** Jobs handled in one run (a day's worth many times over). */
    private static final int PER_RUN = 10_000;

    private final ImportJobRepository jobs;
    private final JobFiles files;
    private final MemberBulk bulk;
    private final IntakeProperties settings;

    ImportRetention(ImportJobRepository jobs, JobFiles files, MemberBulk bulk, IntakeProperties settings) {
        this.jobs = jobs;
        this.files = files;
        this.bulk = bulk;
        this.settings = settings;
    }

    /** Deletes the expired jobs' files (and uploads that never became a job); returns how many jobs lost theirs. */
    public int deleteExpired() {
        int deleted = 0;
        for (long id : jobs.filesOlderThan(settings.retentionDays(), PER_RUN)) {
            try {
                deleteFiles(id);
                deleted++;
            } catch (IOException | RuntimeException e) {
                log.warn("Import job {}: its files could not be deleted ({}); tried again tomorrow", id, e.toString());
            }
        }
        try {
            files.deleteAbandonedUploads(Duration.ofDays(1));
        } catch (IOException e) {
            log.warn("Abandoned uploads could not be listed: {}", e.toString());
        }
        if (deleted > 0) {
            log.info("Deleted the files of {} imports older than {} days", deleted, settings.retentionDays());
        }
        return deleted;
    }

    /** Deletes one job's files and staged rows, and records it. */
    void deleteFiles(long id) throws IOException {
        files.delete(id);
        bulk.discard(id);
        jobs.filesDeleted(id);
    }

    /** The job ids whose files are due, for tests. */
    List<Long> due() {
        return jobs.filesOlderThan(settings.retentionDays(), PER_RUN);
    }
}

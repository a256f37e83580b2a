package org.hoiso.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An import job as stored: its file, its state, its counts and who started it.
 *
 * @param joinedDefault  the joining date of rows without one, given by the officer for the whole file; null
 *                       means "existing members, date unknown"
 * @param notices        what the dry run noticed (JSON list of {code, args}), or null
 * @param filesDeletedAt when the uploaded file and the problem list were deleted (retention or discard)
 */
public record ImportJob(long id, long unitId, String unitName, String fileName, long fileSize, String fileSha256,
        String fileInfo, String mapping, boolean updateExisting, boolean createBranches, Status status,
        boolean cancelRequested, float progress, long rowsRead, long validRows, long invalidRows,
        long updateRows, String newBranches, Long inserted, Long updated, Long skipped, String errorCode,
        String errorArgs, String createdBy, OffsetDateTime createdAt, OffsetDateTime validatedAt, OffsetDateTime committedAt,
        LocalDate joinedDefault, String notices, OffsetDateTime filesDeletedAt) {

    public enum Status {
        /** Uploaded; the mapping is proposed and can be corrected. */
        READY, VALIDATING,
        /** Dry run done: counts and problems known, valid rows staged, waiting for the commit. */
        VALIDATED, COMMITTING, COMMITTED, FAILED, CANCELLED,
        /** Thrown away by the officer before its commit: its files are deleted, its row kept as history. */
        DISCARDED;

        public boolean running() {
            return this == VALIDATING || this == COMMITTING;
        }

        public boolean finished() {
            return this == COMMITTED || this == FAILED || this == CANCELLED || this == DISCARDED;
        }
    }

    /** Whether the uploaded file is still kept (neither the retention period nor a discard removed it). */
    public boolean hasFiles() {
        return filesDeletedAt == null;
    }
}

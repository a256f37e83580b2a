package org.hoiso.intake;

import java.time.OffsetDateTime;

/** An import job as stored: its file, its state, its counts and who started it. */
public record ImportJob(long id, long unitId, String unitName, String fileName, long fileSize, String fileSha256,
        String fileInfo, String mapping, boolean updateExisting, boolean createBranches, Status status,
        boolean cancelRequested, float progress, long rowsRead, long validRows, long invalidRows,
        long updateRows, String newBranches, Long inserted, Long updated, Long skipped, String errorCode,
        String errorArgs, String createdBy, OffsetDateTime createdAt, OffsetDateTime validatedAt, OffsetDateTime committedAt) {

    public enum Status {
        /** Uploaded; the mapping is proposed and can be corrected. */
        READY, VALIDATING,
        /** Dry run done: counts and problems known, valid rows staged, waiting for the commit. */
        VALIDATED, COMMITTING, COMMITTED, FAILED, CANCELLED;

        public boolean running() {
            return this == VALIDATING || this == COMMITTING;
        }

        public boolean finished() {
            return this == COMMITTED || this == FAILED || this == CANCELLED;
        }
    }
}

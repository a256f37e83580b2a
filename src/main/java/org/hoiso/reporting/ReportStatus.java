package org.hoiso.reporting;

/**
 * A report's place in its life: the unit drafts and submits; the level above approves (which locks it)
 * or returns it with a comment; a correction reopens an approved report as a draft of the next revision.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The unit may change values. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}

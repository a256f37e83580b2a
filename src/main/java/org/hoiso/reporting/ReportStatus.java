package org.hoiso.reporting;

/**
 * A report's place in its life: the unit drafts and submits; the level above approves (which locks it)
 * or returns it with a comment; a correction reopens an approved report as a draft of the next revision.
 * Which step leads from which status to which is said by {@link ReportStep}.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The unit may change values: a save is taken from this status (see {@link ReportStep}). */
    public boolean editable() {
        return ReportStep.SAVE.takenFrom(this);
    }
}

package org.hoiso.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hoiso.platform.text.VietnameseText;

/** A report (báo cáo): one per form, unit and period. */
public record Report(long id, long formId, long unitId, Period period, String unitPath, ReportStatus status, LocalDate dueOn,
        OffsetDateTime submittedAt, String submittedBy, OffsetDateTime approvedAt, String approvedBy,
        String returnComment, int revision, int version, String updatedBy, OffsetDateTime updatedAt) {

    /** Submitted (first or last time) by the end of the due day, Viet Nam time. */
    public boolean onTime() {
        return submittedAt != null && !submittedAt.atZoneSameInstant(VietnameseText.ZONE).toLocalDate().isAfter(dueOn);
    }

    /** Past its due day and still waiting for the unit to submit it. */
    public boolean overdue(LocalDate today) {
        return ReportStep.SUBMIT.takenFrom(status) && today.isAfter(dueOn);
    }
}

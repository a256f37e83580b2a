package org.hoiso.reporting.exchange;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One unit's report for one period as it is printed (bản in báo cáo): names and labels already in the
 * reader's language, values already formatted ({@code 1.234}, {@code 45,5 %}, {@code Có}).
 *
 * @param parentUnitName the unit above, printed under the union's name in the heading; may be null
 * @param submittedBy    who sent the report; null when not yet sent (likewise the approval fields)
 * @param returnComment  why the report was sent back, or null
 * @param printedAt      when it is printed (the heading's date and every page's foot)
 */
public record PrintableReport(String formCode, String formName, String unitCode, String unitName, String parentUnitName,
        String periodLabel, String statusLabel, String submittedBy, OffsetDateTime submittedAt,
        String approvedBy, OffsetDateTime approvedAt, String returnComment,
        List<PrintableLine> lines, OffsetDateTime printedAt) {

    public PrintableReport {
        lines = List.copyOf(lines);
    }
}

package org.hoiso.reporting.exchange;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One unit's report for one period as it is printed (bản in báo cáo): names and labels already in the
 * reader's language, values already formatted ({@code 1.234}, {@code 45,5 %}, {@code Có}).
 *
 * @param parentUnitName the unit above, printed under the union's name in the heading; may be null
 * @param place          the place name of the date line ("Hà Nội, ngày …"); null prints the date alone
 * @param submittedBy    the full name of who sent the report; null when not yet sent (likewise the approval fields)
 * @param submitterTitle her title (chức danh), printed under the signature's heading; may be null
 * @param approverTitle  the approver's title; may be null
 * @param returnComment  why the report was sent back, or null
 * @param printedAt      when it is printed (the heading's date and every page's foot)
 */
public record PrintableReport(String formCode, String formName, String unitCode, String unitName, String parentUnitName,
        String place, String periodLabel, String statusLabel, String submittedBy, String submitterTitle,
        OffsetDateTime submittedAt, String approvedBy, String approverTitle, OffsetDateTime approvedAt, String returnComment,
        List<PrintableLine> lines, OffsetDateTime printedAt) {

    public PrintableReport {
        lines = List.copyOf(lines);
    }
}

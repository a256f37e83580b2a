package org.hoiso.market;

/**
 * A buyer reported a listing (a suspected scam, a fake or forbidden product, wrong information): published in the
 * transaction of the report, for the online-safety module to take up. It names the listing and the shop's unit,
 * never a person.
 */
public record ListingReported(long reportId, long shopId, Long productId, long unitId, ReportReason reason) {
}

package org.hoiso.market;

/** Why a buyer reports a listing; names in the bundles as {@code market.report.reason.<NAME>}. */
public enum ReportReason {
    SCAM, FAKE, FORBIDDEN, WRONG_INFO, OTHER
}

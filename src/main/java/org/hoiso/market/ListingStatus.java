package org.hoiso.market;

/** Where a shop or a product stands: waiting for an officer, shown to the public, or hidden by an officer with a reason. */
public enum ListingStatus {
    PENDING, PUBLISHED, HIDDEN
}

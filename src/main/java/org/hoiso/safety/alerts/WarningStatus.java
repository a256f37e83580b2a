package org.hoiso.safety.alerts;

/** A warning: waiting for approval, approved (sent, shown while valid), returned to its author, withdrawn. */
public enum WarningStatus {
    PENDING, APPROVED, RETURNED, WITHDRAWN
}

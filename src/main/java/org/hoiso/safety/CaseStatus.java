package org.hoiso.safety;

/** Where a case stands: received and not yet taken, owned by a case worker, waiting for a supervisor's approval to close, closed. */
public enum CaseStatus {
    NEW, OPEN, CLOSE_REQUESTED, CLOSED
}

package org.hoiso.safety;

/** Why a case was closed. {@link #DELETED_BY_REPORTER} is set only by the reporter's own request. */
public enum CloseOutcome {
    RESOLVED, REFERRED_ON, NO_CONTACT, WITHDRAWN, DELETED_BY_REPORTER;

    /** The outcomes a case worker chooses from. */
    public static CloseOutcome[] chosen() {
        return new CloseOutcome[] {RESOLVED, REFERRED_ON, NO_CONTACT, WITHDRAWN};
    }
}

package org.hoiso.safety;

/** A referral: waiting for a second case worker (an override of consent), sent, accepted or declined by the service, cancelled. */
public enum ReferralStatus {
    AWAITING_CONFIRMATION, SENT, ACCEPTED, DECLINED, CANCELLED
}

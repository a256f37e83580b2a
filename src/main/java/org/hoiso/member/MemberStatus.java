package org.hoiso.member;

/** Membership status (tình trạng sinh hoạt). */
public enum MemberStatus {
    ACTIVE, TRANSFERRED_OUT, LEFT, DECEASED;

    /** A living membership: the CCCD must be unique among these. */
    public boolean isLiving() {
        return this == ACTIVE || this == TRANSFERRED_OUT;
    }
}

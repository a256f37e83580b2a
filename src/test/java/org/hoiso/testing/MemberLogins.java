package org.hoiso.testing;

import org.hoiso.account.MemberInvitations;
import org.springframework.stereotype.Component;

/** Members' own logins made through the real invitation and activation, for tests that sign in as a member. */
@Component
public class MemberLogins {

    private final MemberInvitations invitations;
    private final Fixtures fixtures;

    MemberLogins(MemberInvitations invitations, Fixtures fixtures) {
        this.invitations = invitations;
        this.fixtures = fixtures;
    }

    /** A mobile number of her own, derived from her record's id (no other member has it). */
    public static String phoneOf(long memberId) {
        return "09" + String.format("%08d", memberId % 100_000_000);
    }

    /** Issues her an invitation and activates it with {@link #phoneOf} and {@link Fixtures#PASSWORD}; returns the phone. */
    public String activate(long memberId) {
        String code = invitations.issue(fixtures.admin(), memberId).code();
        String phone = phoneOf(memberId);
        invitations.activate(code, phone, Fixtures.PASSWORD, "member-logins-" + memberId);
        return phone;
    }
}

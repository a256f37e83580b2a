package org.hoiso.member.events;

import java.util.List;

/**
 * The members' changes of one transaction, as the registry publishes every change: one member's when an officer
 * changes her record, many when a bulk statement (an import) does; listeners act on all of them at once, in a few
 * set-based statements, instead of once per member.
 */
public record MembersChanged(List<MemberLeft> left, List<MemberDied> died, List<MemberTransferred> transferred,
        List<MemberReturned> returned) {

    public MembersChanged {
        left = List.copyOf(left);
        died = List.copyOf(died);
        transferred = List.copyOf(transferred);
        returned = List.copyOf(returned);
    }

    public boolean isEmpty() {
        return left.isEmpty() && died.isEmpty() && transferred.isEmpty() && returned.isEmpty();
    }

    public static MembersChanged of(MemberLeft e) {
        return new MembersChanged(List.of(e), List.of(), List.of(), List.of());
    }

    public static MembersChanged of(MemberDied e) {
        return new MembersChanged(List.of(), List.of(e), List.of(), List.of());
    }

    public static MembersChanged of(MemberTransferred e) {
        return new MembersChanged(List.of(), List.of(), List.of(e), List.of());
    }

    public static MembersChanged of(MemberReturned e) {
        return new MembersChanged(List.of(), List.of(), List.of(), List.of(e));
    }
}

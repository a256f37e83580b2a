package org.hoiso.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.member.events.MemberDied;
import org.hoiso.member.events.MemberLeft;
import org.hoiso.member.events.MemberReturned;
import org.hoiso.member.events.MemberTransferred;
import org.hoiso.member.events.MembersChanged;

/** Which event a change of a member's status is: one rule for the registry's single changes and its bulk path. */
final class LifeEvents {

    private LifeEvents() {
    }

    /** The event of a change of status from {@code from} to {@code to} (they differ). */
    static Object ofStatus(long memberId, long unitId, MemberStatus from, MemberStatus to, LocalDate on, String by) {
        return switch (to) {
            case DECEASED -> new MemberDied(memberId, unitId, on, by);
            case LEFT, TRANSFERRED_OUT -> new MemberLeft(memberId, unitId, to, on, by);
            case ACTIVE -> new MemberReturned(memberId, unitId, on, by);
        };
    }

    /** One member's change of status as the registry publishes every change: a {@link MembersChanged} of one. */
    static MembersChanged changeOfStatus(long memberId, long unitId, MemberStatus from, MemberStatus to, LocalDate on,
            String by) {
        Batch one = new Batch();
        one.add(ofStatus(memberId, unitId, from, to, on, by));
        return one.build();
    }

    /** Collects the events of a bulk change into one {@link MembersChanged}. */
    static final class Batch {
        private final List<MemberLeft> left = new ArrayList<>();
        private final List<MemberDied> died = new ArrayList<>();
        private final List<MemberTransferred> transferred = new ArrayList<>();
        private final List<MemberReturned> returned = new ArrayList<>();

        void add(Object event) {
            if (event instanceof MemberLeft e) {
                left.add(e);
            } else if (event instanceof MemberDied e) {
                died.add(e);
            } else if (event instanceof MemberTransferred e) {
                transferred.add(e);
            } else if (event instanceof MemberReturned e) {
                returned.add(e);
            } else {
                throw new IllegalArgumentException("not a member's life event: " + event);
            }
        }

        MembersChanged build() {
            return new MembersChanged(left, died, transferred, returned);
        }
    }
}

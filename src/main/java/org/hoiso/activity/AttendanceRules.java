package org.hoiso.activity;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When an activity may be marked held and when presence may be recorded (điểm danh). One place for the
 * times: a meeting that has not begun is not held and has nobody present; a member checks herself in with
 * the activity's code only from {@link #OPENS_BEFORE} before the start until its end (or, with no end
 * given, {@link #WITHOUT_END} after the start), and never once it was held or cancelled, so a code
 * photographed at one meeting is worth nothing later.
 */
final class AttendanceRules {

    /** The door opens this long before the start. */
    static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    /** An activity without an end time is taken to last this long. */
    static final Duration WITHOUT_END = Duration.ofHours(4);

    /** Whether a member may check herself in now, and if not, why. */
    enum SelfCheckIn {
        OPEN, NOT_YET, CLOSED
    }

    private AttendanceRules() {
    }

    /** Only an activity that has begun can have been held. */
    static boolean mayMarkHeld(Activity a, OffsetDateTime now) {
        return !a.cancelled() && !now.isBefore(a.startsAt());
    }

    /** Officers record presence (card at the door, ticks by hand) from the opening of the door on, also afterwards. */
    static boolean mayRecordPresence(Activity a, OffsetDateTime now) {
        return !a.cancelled() && !now.isBefore(opens(a));
    }

    static SelfCheckIn selfCheckIn(Activity a, OffsetDateTime now) {
        if (a.cancelled() || a.held()) {
            return SelfCheckIn.CLOSED;
        }
        if (now.isBefore(opens(a))) {
            return SelfCheckIn.NOT_YET;
        }
        return now.isAfter(closes(a)) ? SelfCheckIn.CLOSED : SelfCheckIn.OPEN;
    }

    static OffsetDateTime opens(Activity a) {
        return a.startsAt().minus(OPENS_BEFORE);
    }

    static OffsetDateTime closes(Activity a) {
        return a.endsAt() != null ? a.endsAt() : a.startsAt().plus(WITHOUT_END);
    }
}

package org.hoiso.platform.notice;

import java.util.List;
import org.hoiso.platform.security.Caller;

/**
 * The signed-in person's notices as a page shows them: the menu's count and the home page's list, each
 * read from the database only when the page asks for it (a fragment swapped in by htmx asks nothing).
 */
public final class NoticeBadge {

    /** Unread notices shown on the home page. */
    static final int ON_HOME = 10;

    private final Notices notices;
    private final Caller caller;
    private Integer count;
    private List<Notice> unread;

    NoticeBadge(Notices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    /** How many notices she has not opened. */
    public int count() {
        if (count == null) {
            count = notices.unreadCount(caller);
        }
        return count;
    }

    /** Her newest unread notices (at most ten). */
    public List<Notice> unread() {
        if (unread == null) {
            unread = notices.unread(caller, ON_HOME);
        }
        return unread;
    }
}

package org.hoiso.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoiso.platform.security.Caller;

/**
 * A module that has something new for a member answers here what her home page ({@code /me}) shows of it: a
 * heading with a link, a count of what she has not opened yet, and a few lines. The account module's home page asks
 * every such bean, so a module adds to it without the account module knowing the module (the safety module's
 * warnings are one).
 */
public interface MemberHomeSection {

    /** The block for this member, in her language; empty to show nothing. */
    Optional<Block> forMember(Caller member, Locale locale);

    /** What the home page shows: {@code id} is the element's id, {@code unread} the count beside the title. */
    record Block(String id, String title, String href, long unread, List<Line> lines) {

        public Block {
            lines = List.copyOf(lines);
        }
    }

    /** One line: a text, the link it opens, and whether she has not opened it yet. */
    record Line(String text, String href, boolean unread) {
    }
}

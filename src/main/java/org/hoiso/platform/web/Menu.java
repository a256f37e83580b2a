package org.hoiso.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;

/**
 * The menu's facts for one page (model attribute {@code menu}): asked of every {@link MenuSource} the
 * first time the layout reads one, then kept for the rest of the page.
 */
public final class Menu {

    private final Caller caller;
    private final List<MenuSource> sources;
    private Map<String, Object> facts;

    Menu(Caller caller, List<MenuSource> sources) {
        this.caller = caller;
        this.sources = sources;
    }

    /** Whether the entry of that name is shown: a fact that is true or a count above zero. */
    public boolean shows(String name) {
        Object fact = facts().get(name);
        return Boolean.TRUE.equals(fact) || fact instanceof Number n && n.longValue() > 0;
    }

    /** The count of that name (0 when no module gives one). */
    public long count(String name) {
        return facts().get(name) instanceof Number n ? n.longValue() : 0;
    }

    private Map<String, Object> facts() {
        if (facts == null) {
            Map<String, Object> all = new HashMap<>();
            if (caller != null) {
                for (MenuSource source : sources) {
                    all.putAll(source.facts(caller));
                }
            }
            facts = all;
        }
        return facts;
    }
}

package org.hoiso.platform.web;

import java.util.Map;
import org.hoiso.platform.security.Caller;

/**
 * What a module tells the menu about the person signed in: whether she sees one of its entries and how
 * many things wait for her there (a count badge). The layout's entries read these facts by name,
 * {@code th:if="${menu?.shows('help')}"} or {@code th:text="${menu?.count('reports.waiting')}"}, so the
 * layout needs no module and a module adds an entry with one line of the layout and one name here.
 * Facts are asked for once per page, only when a page with the layout is drawn: keep each one a single
 * indexed query.
 */
public interface MenuSource {

    /**
     * The facts this module owns for the caller, by name (prefixed by the module, e.g. {@code "help"},
     * {@code "reports.waiting"}): {@link Boolean} for an entry she may see, a {@link Number} for a count.
     */
    Map<String, Object> facts(Caller caller);
}

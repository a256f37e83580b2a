package org.hoiso.platform.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module that can compute report indicators from the data it owns (the member registry: members in
 * total, joined, left; later activities, lessons, help given). Reporting finds every such bean and asks
 * it for the indicators whose definition names one of its keys, so nobody types a number the system
 * already knows. It lives in the platform so the modules that own the data need not depend on reporting.
 */
public interface IndicatorSource {

    /** The computed keys this source answers, e.g. {@code members.active}. */
    Set<String> keys();

    /**
     * The values for the units of a subtree over a period.
     *
     * @param key         one of {@link #keys()}
     * @param subtreePath the ltree path of the unit whose subtree is counted (already checked by the caller)
     * @param from        the period's first day
     * @param to          the period's last day
     * @return category code → value; the empty string for an indicator that is not disaggregated. Every
     *         category of a disaggregated indicator is present, with zero when nothing was counted.
     */
    Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to);

    /**
     * Whether the key counts distinct things, such as people, that a sum of the units' values would count twice
     * (someone helped in two communes is one person of their province). Above the units that report it, such a
     * value is counted again over their subtrees together ({@link #computeAcross}), never summed.
     */
    default boolean distinct(String key) {
        return false;
    }

    /**
     * The value of a {@link #distinct} key over the subtrees of several units together, each thing counted
     * once; same categories as {@link #compute}.
     */
    default Map<String, BigDecimal> computeAcross(String key, List<String> subtreePaths, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException(key + " is not counted across units");
    }
}

package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.indicators.IndicatorSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills a form's computed indicators from the modules that own the data ({@link IndicatorSource} beans):
 * the member registry today; activities, lessons and help given later.
 */
@Component
class ComputedValues {

    private static final Logger log = LoggerFactory.getLogger(ComputedValues.class);
    private final Map<String, IndicatorSource> byKey = new HashMap<>();

    ComputedValues(List<IndicatorSource> sources) {
        for (IndicatorSource s : sources) {
            for (String key : s.keys()) {
                IndicatorSource before = byKey.put(key, s);
                if (before != null) {
                    throw new IllegalStateException("two indicator sources answer " + key + ": " + before + " and " + s);
                }
            }
        }
    }

    boolean knows(String key) {
        return byKey.containsKey(key);
    }

    /** Whether the indicator is computed and counts distinct things (people) that summing would count twice. */
    boolean distinct(Indicator ind) {
        IndicatorSource source = ind.computed() ? byKey.get(ind.computedKey()) : null;
        return source != null && source.distinct(ind.computedKey());
    }

    /** A {@link #distinct} indicator over the subtrees of several units together, for one period. */
    Map<String, BigDecimal> across(Indicator ind, List<String> unitPaths, Period period) {
        return byKey.get(ind.computedKey()).computeAcross(ind.computedKey(), unitPaths, period.start(), period.end());
    }

    /** The computed values of the form for the unit's subtree over the period. */
    Map<ValueKey, Value> compute(Form form, String unitPath, Period period) {
        Map<ValueKey, Value> values = new LinkedHashMap<>();
        for (Form.Item item : form.items()) {
            Indicator ind = item.indicator();
            if (!ind.computed()) {
                continue;
            }
            IndicatorSource source = byKey.get(ind.computedKey());
            if (source == null) {
                log.warn("No source computes {} (indicator {}); it stays empty", ind.computedKey(), ind.code());
                continue;
            }
            Map<String, BigDecimal> result = source.compute(ind.computedKey(), unitPath, period.start(), period.end());
            result.forEach((category, value) -> values.put(new ValueKey(ind.code(), category), Value.of(value)));
        }
        return values;
    }
}

package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Small numbers of sensitive indicators (column {@code rpt_indicator.sensitive}: counts of violence and harassment
 * cases, scam reports) are shown as "&lt;5" wherever a figure leaves the hands of those who own the data: a report's
 * page, print and API, its history, dashboards and aggregates, CSV, XLSX and JSON exports; ADX, whose values must be
 * decimals, leaves them out. Zero counts as small too, so a "&lt;5" never tells one case from none. The stored
 * values stay exact, so sums up the tree stay right; only what is shown is withheld.
 */
public final class SmallNumbers {

    /** How a withheld value reads, in every language. */
    public static final String SHOWN = "<5";
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private SmallNumbers() {
    }

    /** Whether a value of the indicator is withheld. */
    public static boolean hides(Indicator ind, BigDecimal value) {
        return ind != null && ind.sensitive() && value != null && value.compareTo(FIVE) < 0;
    }

    /** The value as it may be shown: a withheld number becomes the text "&lt;5". */
    static Value shown(Indicator ind, Value v) {
        return v != null && hides(ind, v.num()) ? Value.text(SHOWN) : v;
    }

    /** The values of a report as they may be shown. */
    static Map<ValueKey, Value> shown(Function<String, Indicator> byCode, Map<ValueKey, Value> values) {
        Map<ValueKey, Value> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, shown(byCode.apply(k.indicatorCode()), v)));
        return out;
    }

    /** Whether an exported value is a withheld one. */
    public static boolean withheld(String plainValue) {
        return SHOWN.equals(plainValue);
    }
}

package org.hoiso.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.springframework.stereotype.Component;

/** Activities held and the attendance rate of a subtree in a period, for the monthly report. */
@Component
class ActivityIndicators implements IndicatorSource {

    private final ActivityRepository repo;

    ActivityIndicators(ActivityRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<String> keys() {
        return Set.of("activity.held", "activity.attendanceRate");
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        return switch (key) {
            case "activity.held" -> Map.of("", BigDecimal.valueOf(repo.countHeld(subtreePath, from, to)));
            case "activity.attendanceRate" -> {
                BigDecimal rate = repo.attendanceRate(subtreePath, from, to);
                // No activity held: no rate (an empty field), not a misleading zero.
                yield rate == null ? Map.of() : Map.of("", rate);
            }
            default -> throw new IllegalArgumentException("not an activity indicator: " + key);
        };
    }
}

package org.hoiso.skills.help;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.springframework.stereotype.Component;

/**
 * The report indicators the help log knows: help given by type, and people helped (members once each,
 * citizens once per phone number), in a subtree over a period. Nobody types these numbers. People helped are
 * counted once above the commune too: the figure of a province is counted over its communes' log together.
 */
@Component
class HelpIndicators implements IndicatorSource {

    static final String BY_TYPE = "skills.help.byType";
    static final String PEOPLE = "skills.help.people";

    private final HelpRepository repo;

    HelpIndicators(HelpRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<String> keys() {
        return Set.of(BY_TYPE, PEOPLE);
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        return switch (key) {
            case BY_TYPE -> {
                Map<String, BigDecimal> out = new LinkedHashMap<>();
                repo.countByType(subtreePath, from, to).forEach((type, n) -> out.put(type.name(), BigDecimal.valueOf(n)));
                yield out;
            }
            case PEOPLE -> Map.of("", BigDecimal.valueOf(repo.peopleHelped(subtreePath, from, to)));
            default -> throw new IllegalArgumentException("not a help indicator: " + key);
        };
    }

    /** People are counted once however many communes helped them: above a commune, never summed. */
    @Override
    public boolean distinct(String key) {
        return PEOPLE.equals(key);
    }

    @Override
    public Map<String, BigDecimal> computeAcross(String key, List<String> subtreePaths, LocalDate from, LocalDate to) {
        if (!PEOPLE.equals(key)) {
            throw new IllegalArgumentException("not counted across units: " + key);
        }
        return Map.of("", BigDecimal.valueOf(repo.peopleHelped(subtreePaths, from, to)));
    }
}

package org.hoiso.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * The report forms' safety indicators, counted from the cases (never typed, never from a sealed field): scam reports
 * received and the money they say was lost; harassment and violence cases opened, referred and closed, by kind
 * (dimension CASE_KIND). The reporting module marks the counts sensitive and shows them as "&lt;5" below five
 * wherever they leave the case workers' hands.
 */
@Component
class SafetyIndicators implements IndicatorSource {

    static final String SCAM_REPORTS = "safety.scamReports";
    static final String MONEY_LOST = "safety.moneyLost";
    static final String OPENED = "safety.casesOpened";
    static final String REFERRED = "safety.casesReferred";
    static final String CLOSED = "safety.casesClosed";

    private final StatsRepository repo;

    SafetyIndicators(StatsRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<String> keys() {
        return Set.of(SCAM_REPORTS, MONEY_LOST, OPENED, REFERRED, CLOSED);
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(VietnameseText.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnameseText.ZONE).toOffsetDateTime();
        return switch (key) {
            case SCAM_REPORTS -> Map.of("", BigDecimal.valueOf(repo.scamReports(subtreePath, start, end)));
            case MONEY_LOST -> Map.of("", BigDecimal.valueOf(repo.moneyLost(subtreePath, start, end)));
            case OPENED -> values(repo.opened(subtreePath, start, end));
            case REFERRED -> values(repo.referred(subtreePath, start, end));
            case CLOSED -> values(repo.closed(subtreePath, start, end));
            default -> throw new IllegalArgumentException("not a safety indicator: " + key);
        };
    }

    private static Map<String, BigDecimal> values(Map<String, Long> counts) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, BigDecimal.valueOf(v)));
        return out;
    }
}

package org.hoiso.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of an indicator over a subtree the caller may read: for one period, over time, and per child
 * unit with its target. By default only approved reports count; submitted ones can be included.
 */
@Service
@Transactional(readOnly = true)
public class Aggregates {

    private static final List<String> APPROVED = List.of(ReportStatus.APPROVED.name());
    private static final List<String> SUBMITTED_OR_APPROVED = List.of(ReportStatus.SUBMITTED.name(),
            ReportStatus.APPROVED.name());

    private final AggregateRepository repo;
    private final CatalogueRepository catalogue;
    private final OrgUnits units;
    private final Audit audit;
    private final ComputedValues computed;

    Aggregates(AggregateRepository repo, CatalogueRepository catalogue, OrgUnits units, Audit audit, ComputedValues computed) {
        this.repo = repo;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.computed = computed;
    }

    /**
     * The value of an indicator for a unit: total and, when disaggregated, per category; null when nothing counted.
     * {@code small} names what is withheld as "&lt;5" ({@link SmallNumbers}): "" for the total, else a category, whose
     * value is then null (the total) or absent (a category).
     */
    public record Figure(BigDecimal value, Map<String, BigDecimal> byCategory, long reports, Set<String> small) {

        public Figure {
            small = Set.copyOf(small);
        }

        public Figure(BigDecimal value, Map<String, BigDecimal> byCategory, long reports) {
            this(value, byCategory, reports, Set.of());
        }
    }

    public record Point(Period period, Figure figure) {
    }

    public record ChildFigure(OrgUnit unit, Figure figure, BigDecimal target, BigDecimal percentOfTarget) {
    }

    public record Query(String indicatorCode, TreeView view, boolean includeSubmitted) {
        public Query {
            view = view == null ? TreeView.THEN : view;
        }
    }

    public Figure figure(Caller caller, long unitId, Query q, Period period) {
        Subtree s = units.readable(caller, unitId);
        Indicator ind = indicator(q.indicatorCode());
        long form = formOf(ind, period.periodicity());
        if (computed.distinct(ind)) {
            List<AggregateRepository.Reporting> r = repo.reportingTotal(form, ind.id(), period.start(), s.path(), q.view(),
                    statuses(q));
            return counted(ind, period, r.isEmpty() ? null : r.get(0));
        }
        return combine(ind, repo.total(form, ind.id(), period.start(), s.path(), q.view(), statuses(q)));
    }

    /**
     * An indicator that counts distinct people over the units whose reports count (not a sum of their values,
     * which would count someone helped in two communes twice): counted again by its source over those units'
     * subtrees together, for the period.
     */
    private Figure counted(Indicator ind, Period period, AggregateRepository.Reporting reporting) {
        if (reporting == null) {
            return new Figure(null, Map.of(), 0);
        }
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>(computed.across(ind, reporting.unitPaths(), period));
        BigDecimal total = byCategory.remove("");
        if (total == null && !byCategory.isEmpty()) {
            total = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Figure(total, byCategory, reporting.reports());
    }

    public List<Point> series(Caller caller, long unitId, Query q, Period from, Period to) {
        Subtree s = units.readable(caller, unitId);
        Indicator ind = indicator(q.indicatorCode());
        if (from.periodicity() != to.periodicity() || from.compareTo(to) > 0) {
            throw DomainException.invalid(List.of(FieldProblem.of("to", "report.aggregate.range")));
        }
        long form = formOf(ind, from.periodicity());
        if (computed.distinct(ind)) {
            Map<String, AggregateRepository.Reporting> reporting = new HashMap<>();
            repo.reportingByPeriod(form, ind.id(), from.start(), to.start(), s.path(), q.view(), statuses(q))
                    .forEach(r -> reporting.put(r.group(), r));
            List<Point> points = new ArrayList<>();
            int guard = 0;
            for (Period p = from; p.compareTo(to) <= 0 && guard++ < 240; p = p.next()) {
                points.add(new Point(p, counted(ind, p, reporting.get(p.start().toString()))));
            }
            return points;
        }
        Map<String, List<AggregateRepository.Row>> byStart = new HashMap<>();
        for (AggregateRepository.Row r : repo.byPeriod(form, ind.id(), from.start(), to.start(), s.path(), q.view(),
                statuses(q))) {
            byStart.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
        }
        List<Point> points = new ArrayList<>();
        int guard = 0;
        for (Period p = from; p.compareTo(to) <= 0 && guard++ < 240; p = p.next()) {
            points.add(new Point(p, combine(ind, byStart.getOrDefault(p.start().toString(), List.of()))));
        }
        return points;
    }

    /** Each open child of the unit (or each child that reported) with its figure and its target for the year. */
    public List<ChildFigure> children(Caller caller, long unitId, Query q, Period period) {
        Subtree s = units.readable(caller, unitId);
        Indicator ind = indicator(q.indicatorCode());
        long form = formOf(ind, period.periodicity());
        Map<Long, List<AggregateRepository.Row>> byChild = new LinkedHashMap<>();
        Map<Long, AggregateRepository.Reporting> reportingByChild = new LinkedHashMap<>();
        if (computed.distinct(ind)) {
            for (AggregateRepository.Reporting r : repo.reportingByChild(form, ind.id(), period.start(), s.path(), q.view(),
                    statuses(q))) {
                reportingByChild.put(Long.parseLong(r.group()), r);
                byChild.put(Long.parseLong(r.group()), List.of());
            }
        } else {
            for (AggregateRepository.Row r : repo.byChild(form, ind.id(), period.start(), s.path(), q.view(), statuses(q))) {
                byChild.computeIfAbsent(Long.parseLong(r.group()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, OrgUnit> children = new LinkedHashMap<>();
        for (var node : units.openChildren(caller, unitId)) {
            children.put(node.id(), units.get(node.id()));
        }
        List<Long> missing = byChild.keySet().stream().filter(id -> !children.containsKey(id)).toList();
        units.findAll(missing).forEach(u -> children.put(u.id(), u));
        List<ChildFigure> result = new ArrayList<>();
        for (OrgUnit child : children.values()) {
            Figure f = computed.distinct(ind)
                    ? counted(ind, period, reportingByChild.get(child.id()))
                    : combine(ind, byChild.getOrDefault(child.id(), List.of()));
            BigDecimal target = repo.target(ind.id(), child.id(), period.start().getYear());
            BigDecimal pct = target == null || target.signum() == 0 || f.value() == null
                    ? null
                    : f.value().multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
            result.add(new ChildFigure(child, f, target, pct));
        }
        return result;
    }

    /** Sets the yearly target of a unit; the level above it (or an administrator above) sets it. */
    @Transactional
    public void setTarget(Caller caller, long unitId, String indicatorCode, int year, BigDecimal value) {
        units.readable(caller, unitId);
        OrgUnit unit = units.get(unitId);
        boolean allowed = unit.parentId() == null ? units.canWrite(caller, unitId) : units.canWrite(caller, unit.parentId());
        if (!allowed) {
            throw DomainException.forbidden("report.target.forbidden");
        }
        Indicator ind = indicator(indicatorCode);
        if (value == null || value.signum() < 0 || year < 2000 || year > 2100) {
            throw DomainException.invalid(List.of(FieldProblem.of("value", "report.target.invalid")));
        }
        repo.setTarget(ind.id(), unitId, year, value, caller.username());
        audit.record(Audit.Action.UPDATE, "rpt_target", null, unitId, ind.code() + " " + year + " = " + value.toPlainString());
    }

    Indicator indicator(String code) {
        return catalogue.indicator(code == null ? "" : code.strip())
                .orElseThrow(() -> DomainException.notFound("report.indicator.notFound", code));
    }

    private long formOf(Indicator ind, Periodicity p) {
        return catalogue.formOf(ind.id(), p)
                .orElseThrow(() -> DomainException.badRequest("report.aggregate.noForm", ind.code(), p.name()));
    }

    private static List<String> statuses(Query q) {
        return q.includeSubmitted() ? SUBMITTED_OR_APPROVED : APPROVED;
    }

    /** Category rows into one figure, by the indicator's aggregation; a total over categories for disaggregated sums. */
    static Figure combine(Indicator ind, List<AggregateRepository.Row> rows) {
        if (rows.isEmpty() || ind.aggregation() == Aggregation.NONE) {
            return new Figure(null, Map.of(), rows.stream().mapToLong(AggregateRepository.Row::reports).max().orElse(0));
        }
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        BigDecimal total = null;
        long reports = 0;
        for (AggregateRepository.Row r : rows) {
            BigDecimal v = switch (ind.aggregation()) {
                case SUM -> r.sum();
                case AVERAGE -> r.avg() == null ? null : r.avg().setScale(2, RoundingMode.HALF_UP);
                case MIN -> r.min();
                case MAX -> r.max();
                case NONE -> null;
            };
            reports = Math.max(reports, r.reports());
            if (!r.category().isEmpty()) {
                byCategory.put(r.category(), v);
            }
            if (v != null && (ind.aggregation() == Aggregation.SUM || r.category().isEmpty())) {
                total = total == null ? v : (ind.aggregation() == Aggregation.SUM ? total.add(v) : v);
            }
        }
        if (!ind.sensitive()) {
            return new Figure(total, byCategory, reports);
        }
        Set<String> small = new LinkedHashSet<>();
        byCategory.entrySet().removeIf(e -> SmallNumbers.hides(ind, e.getValue()) && small.add(e.getKey()));
        if (SmallNumbers.hides(ind, total)) {
            small.add("");
            total = null;
        }
        return new Figure(total, byCategory, reports, small);
    }
}

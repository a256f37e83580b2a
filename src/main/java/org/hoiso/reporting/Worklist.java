package org.hoiso.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due: for an officer, the reports of her own units (due, overdue, returned, waiting); for the
 * level above, the completeness and timeliness of every unit under her.
 */
@Service
@Transactional(readOnly = true)
public class Worklist {

    /** How far back the officer's list goes for periods that were never started. */
    private static final int MAX_PERIODS = 24;
    /** The longest worklist shown; the count says how many wait in all. */
    static final int MAX_WAITING = 500;

    private final ReportRepository reports;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final Reports lifecycle;
    private final ReportStarts starts;

    Worklist(ReportRepository reports, Catalogue catalogue, OrgUnits units, Reports lifecycle, ReportStarts starts) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.units = units;
        this.lifecycle = lifecycle;
        this.starts = starts;
    }

    public enum State {
        RETURNED, OVERDUE, DUE, UPCOMING, SUBMITTED, APPROVED
    }

    public record Due(Form form, OrgUnit unit, Period period, LocalDate dueOn, Report report, State state) {
    }

    public record UnitStatus(OrgUnit unit, Report report, State state) {
    }

    /** A report waiting for the caller's approval. */
    public record Waiting(Report report, Form form, String unitCode, String unitName) {
    }

    public record Completeness(Form form, Period period, OrgUnit root, int expected, int submitted, int onTime, int approved,
            int returned, int drafts, int missing, List<UnitStatus> units) {
        public int percentSubmitted() {
            return expected == 0 ? 0 : Math.round(100f * submitted / expected);
        }
    }

    /**
     * The caller's own reports: every form of her units' level, from the form's first period (or the day her
     * unit started reporting, when the level above set one) to the current one.
     */
    public List<Due> mine(Caller caller) {
        LocalDate today = lifecycle.today();
        List<Due> result = new ArrayList<>();
        List<OrgUnit> mine = units.findAll(caller.writableUnits()).stream().filter(OrgUnit::isOpen).toList();
        for (Form form : catalogue.forms()) {
            if (!form.active()) {
                continue;
            }
            List<OrgUnit> filling = mine.stream().filter(u -> u.levelCode().equals(form.levelCode())).toList();
            if (filling.isEmpty()) {
                continue;
            }
            Map<String, Report> existing = new HashMap<>();
            reports.ofUnits(form.id(), filling.stream().map(OrgUnit::id).toList())
                    .forEach(r -> existing.put(r.unitId() + "/" + r.period().start(), r));
            Period current = Period.containing(form.periodicity(), today);
            Map<Long, LocalDate> startOf = starts.startsOn(form.id(), filling.stream().map(OrgUnit::id).toList());
            for (OrgUnit unit : filling) {
                Period p = current;
                for (int i = 0; i < MAX_PERIODS && !p.start().isBefore(form.firstPeriod())
                        && !p.end().isBefore(unit.validFrom()) && ReportStarts.owes(startOf.get(unit.id()), p); i++) {
                    Report r = existing.get(unit.id() + "/" + p.start());
                    State state = state(r, form.dueOn(p), p, today);
                    if (state != State.APPROVED || i < 2) {
                        result.add(new Due(form, unit, p, form.dueOn(p), r, state));
                    }
                    p = p.previous();
                }
            }
        }
        result.sort(Comparator.comparing(Due::state).thenComparing(Due::dueOn));
        return result;
    }

    /**
     * The approver's worklist (chờ duyệt): every report submitted by a unit whose parent she may change,
     * across forms and periods, oldest submission first (at most {@link #MAX_WAITING}).
     */
    public List<Waiting> waiting(Caller caller) {
        return reports.waiting(caller.writableUnits(), MAX_WAITING).stream()
                .map(w -> new Waiting(w.report(), catalogue.form(w.report().formId()), w.unitCode(), w.unitName())).toList();
    }

    /** How many reports wait for the caller's approval (one indexed query, for menus and headings). */
    public int waitingCount(Caller caller) {
        return reports.countWaiting(caller.writableUnits());
    }

    /**
     * The report of the latest period with a submitted or approved report of the form (any active form when
     * null) under a unit the caller may read: where the review page opens.
     */
    public Optional<Report> latestSubmitted(Caller caller, long unitId, Long formId) {
        return reports.latestSubmitted(units.readable(caller, unitId).path(), formId);
    }

    /**
     * Every unit of the form's level under the unit that owes the period (it ends on or after the unit's
     * start) or reported it all the same, with its report's state for the period.
     */
    public Completeness completeness(Caller caller, long unitId, long formId, Period period) {
        Subtree s = units.readable(caller, unitId);
        Form form = catalogue.form(formId);
        LocalDate today = lifecycle.today();
        List<OrgUnit> atLevel = units.unitsAtLevel(s, form.levelCode(), period.start(), period.end());
        Map<Long, LocalDate> startOf = starts.startsOn(formId, atLevel.stream().map(OrgUnit::id).toList());
        Map<Long, Report> byUnit = new HashMap<>();
        reports.inSubtree(formId, period.start(), s.path()).forEach(r -> byUnit.put(r.unitId(), r));
        // a unit that had not started yet owes nothing, unless it reported all the same
        List<OrgUnit> expected = atLevel.stream()
                .filter(u -> ReportStarts.owes(startOf.get(u.id()), period) || byUnit.containsKey(u.id())).toList();
        List<UnitStatus> rows = new ArrayList<>();
        int submitted = 0, onTime = 0, approved = 0, returned = 0, drafts = 0, missing = 0;
        for (OrgUnit u : expected) {
            Report r = byUnit.get(u.id());
            State st = state(r, form.dueOn(period), period, today);
            rows.add(new UnitStatus(u, r, st));
            if (r == null) {
                missing++;
            } else {
                switch (r.status()) {
                    case SUBMITTED -> submitted++;
                    case APPROVED -> {
                        submitted++;
                        approved++;
                    }
                    case RETURNED -> returned++;
                    case DRAFT -> drafts++;
                }
                if ((r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.APPROVED) && r.onTime()) {
                    onTime++;
                }
            }
        }
        rows.sort(Comparator.comparing(UnitStatus::state).thenComparing(x -> x.unit().name()));
        return new Completeness(form, period, units.get(unitId), expected.size(), submitted, onTime, approved, returned, drafts,
                missing, rows);
    }

    static State state(Report r, LocalDate dueOn, Period p, LocalDate today) {
        if (r != null && r.status() == ReportStatus.APPROVED) {
            return State.APPROVED;
        }
        if (r != null && r.status() == ReportStatus.SUBMITTED) {
            return State.SUBMITTED;
        }
        if (r != null && r.status() == ReportStatus.RETURNED) {
            return State.RETURNED;
        }
        if (today.isAfter(dueOn)) {
            return State.OVERDUE;
        }
        return today.isAfter(p.end()) ? State.DUE : State.UPCOMING;
    }
}

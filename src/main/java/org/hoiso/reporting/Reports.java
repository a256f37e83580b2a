package org.hoiso.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a report: a unit opens, fills and submits it; the level above approves (locking it) or
 * returns it with a comment; a correction reopens an approved report as the next revision. Every value
 * change is kept with who, when, the old and the new value. Who may take which step from which status
 * is said by {@link ReportStep}; who hears of a submission, a return or an approval, by {@link ReportNotices}
 * (in the step's transaction).
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportRepository repo;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final ComputedValues computed;
    private final Audit audit;
    private final Clock clock;
    private final ReportNotices notices;

    Reports(ReportRepository repo, Catalogue catalogue, OrgUnits units, ComputedValues computed, Audit audit,
            Clock clock, ReportNotices notices) {
        this.repo = repo;
        this.catalogue = catalogue;
        this.units = units;
        this.computed = computed;
        this.audit = audit;
        this.clock = clock;
        this.notices = notices;
    }

    /** A report with everything its page shows. */
    public record Entry(Report report, Form form, OrgUnit unit, Map<ValueKey, Value> values, boolean canEdit,
            boolean canApprove, boolean canReopen, List<Event> events) {
    }

    public record Event(String kind, String actor, OffsetDateTime at, String comment) {
    }

    public record Change(ValueKey key, Value before, Value after, int revision, String by, OffsetDateTime at) {
    }

    /** The outcome of saving a draft: the new version and the problems still to fix (rules, formats). */
    public record Saved(int version, int changed, List<FieldProblem> problems, Map<ValueKey, Value> values) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens (or finds) the report of a form for a unit and period; the unit must be one the caller may change. */
    @Transactional
    public Report open(Caller caller, long formId, long unitId, Period period) {
        Form form = catalogue.form(formId);
        OrgUnit unit = units.get(unitId);
        units.writable(caller, unitId);
        if (!unit.levelCode().equals(form.levelCode())) {
            throw DomainException.badRequest("report.wrongLevel", form.code());
        }
        if (period.periodicity() != form.periodicity()) {
            throw DomainException.badRequest("report.wrongPeriodicity", period.code(), form.code());
        }
        if (unit.validFrom().isAfter(period.end()) || (unit.validTo() != null && unit.validTo().isBefore(period.start()))) {
            throw DomainException.badRequest("report.unitNotThen", unit.name(), period.code());
        }
        var existing = repo.find(formId, unitId, period.start());
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = repo.insertIfAbsent(formId, unitId, period.start(), unit.path(), form.dueOn(period));
        Report report = repo.find(id).orElseThrow();
        if (report.version() == 0 && repo.events(id).isEmpty()) {
            repo.event(id, ReportStep.OPENED, caller.username(), null);
            refreshComputed(report, form, caller.username());
            audit.record(Audit.Action.CREATE, "rpt_report", id, unitId, form.code() + " " + period.code());
        }
        return repo.find(id).orElseThrow();
    }

    public Entry entry(Caller caller, long reportId) {
        Report r = visible(caller, reportId);
        Form form = catalogue.form(r.formId());
        OrgUnit unit = units.get(r.unitId());
        ReportStep.Reach reach = ReportStep.Reach.of(true, units.canWrite(caller, r.unitId()), canApprove(caller, unit));
        // what leaves here is shown, so small sensitive numbers read "<5" (SmallNumbers)
        Map<ValueKey, Value> values = SmallNumbers.shown(byCode(form), repo.values(reportId));
        return new Entry(r, form, unit, values, ReportStep.SAVE.allows(r.status(), reach),
                ReportStep.APPROVE.allows(r.status(), reach), ReportStep.REOPEN.allows(r.status(), reach),
                repo.events(reportId).stream().map(e -> new Event(e.kind(), e.actor(), e.at(), e.comment())).toList());
    }

    /** The report of a form for a unit and period, if opened; the unit must be one the caller may read. */
    public Optional<Report> find(Caller caller, long formId, long unitId, Period period) {
        units.readable(caller, unitId);
        return repo.find(formId, unitId, period.start());
    }

    public Report get(long reportId) {
        return repo.find(reportId).orElseThrow(() -> DomainException.notFound("report.notFound", reportId));
    }

    /** The report if the caller may read its unit; a report of a unit she cannot see does not exist for her (404). */
    private Report visible(Caller caller, long reportId) {
        Report r = get(reportId);
        if (!units.canRead(caller, r.unitId())) {
            throw DomainException.notFound("report.notFound", reportId);
        }
        return r;
    }

    public List<Change> history(Caller caller, long reportId) {
        Report r = visible(caller, reportId);
        Function<String, Indicator> byCode = byCode(catalogue.form(r.formId()));
        return repo.history(reportId).stream()
                .map(c -> new Change(c.key(), SmallNumbers.shown(byCode.apply(c.key().indicatorCode()), c.before()),
                        SmallNumbers.shown(byCode.apply(c.key().indicatorCode()), c.after()), c.revision(), c.by(), c.at()))
                .toList();
    }

    /** The form's indicators by code (an indicator no longer on the form: null). */
    private static Function<String, Indicator> byCode(Form form) {
        Map<String, Indicator> m = new HashMap<>();
        form.items().forEach(i -> m.put(i.indicator().code(), i.indicator()));
        return m::get;
    }

    /**
     * Saves what was typed as a draft. Fields that do not parse are not saved (their problems come back);
     * rules between fields are reported but do not stop a draft.
     */
    @Transactional
    public Saved save(Caller caller, long reportId, Integer version, Map<String, String> input, Locale locale) {
        return save(ReportStep.SAVE, caller, reportId, version, input, locale);
    }

    /**
     * A save, alone or as the first half of a submit: the report must be one the caller sees, then the step says
     * who may and from which statuses, and only then is the version read looked at.
     */
    private Saved save(ReportStep step, Caller caller, long reportId, Integer version, Map<String, String> input,
            Locale locale) {
        Report r = visible(caller, reportId);
        refuse(step.refusalOf(reach(caller, r)));
        refuse(step.refusalIn(r.status()));
        if (version == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("version", "report.changedMeanwhile")));
        }
        if (r.version() != version && !caller.username().equals(r.updatedBy())) {
            throw step.movedMeanwhile().exception();
        }
        Form form = catalogue.form(r.formId());
        Map<String, Dimension> dims = catalogue.dimensions();
        FormCheck.Parsed parsed = FormCheck.parse(form, dims, input);
        int changed = repo.writeValues(reportId, indicatorIds(form), parsed.values(), r.revision(), caller.username());
        changed += refreshComputed(r, form, caller.username());
        if (!repo.touch(reportId, version, caller.username())) {
            throw step.movedMeanwhile().exception();
        }
        Map<ValueKey, Value> values = repo.values(reportId);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(FormCheck.check(form, dims, values, false, locale));
        return new Saved(get(reportId).version(), changed, problems, values);
    }

    /** Saves and submits in one step; with any problem nothing is saved and the problems come back. */
    @Transactional
    public Report submit(Caller caller, long reportId, Integer version, Map<String, String> input, Locale locale) {
        Saved saved = save(ReportStep.SUBMIT, caller, reportId, version, input, locale);
        Form form = catalogue.form(get(reportId).formId());
        List<FieldProblem> problems = new ArrayList<>(saved.problems());
        problems.addAll(FormCheck.check(form, catalogue.dimensions(), saved.values(), true, locale).stream()
                .filter(p -> !problems.contains(p)).toList());
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        move(ReportStep.SUBMIT, reportId, saved.version(), caller, null);
        Report r = get(reportId);
        audit.record(Audit.Action.UPDATE, "rpt_report", reportId, r.unitId(),
                "submitted " + form.code() + " " + r.period().code());
        notices.submitted(r, caller.username());
        return r;
    }

    /** The level above approves: the report is locked. */
    @Transactional
    public Report approve(Caller caller, long reportId, Integer version) {
        return review(ReportStep.APPROVE, caller, reportId, version, null, "approved");
    }

    /** The level above returns a submitted report with a comment saying what to fix. */
    @Transactional
    public Report sendBack(Caller caller, long reportId, Integer version, String comment) {
        return review(ReportStep.RETURN, caller, reportId, version, comment, "returned");
    }

    /** A correction: the approver reopens an approved report; it becomes a draft of the next revision. */
    @Transactional
    public Report reopen(Caller caller, long reportId, String reason) {
        return review(ReportStep.REOPEN, caller, reportId, null, reason, "reopened");
    }

    /** Whether the caller approves this unit's reports: she may change the unit above it. */
    public boolean canApprove(Caller caller, OrgUnit unit) {
        return unit.parentId() != null && units.canWrite(caller, unit.parentId());
    }

    Map<String, Long> indicatorIds(Form form) {
        Map<String, Long> ids = new HashMap<>();
        form.items().forEach(i -> ids.put(i.indicator().code(), i.indicator().id()));
        return ids;
    }

    /** Recomputes the computed values from the registry while the report can still change. */
    int refreshComputed(Report r, Form form, String actor) {
        Map<ValueKey, Value> values = computed.compute(form, r.unitPath(), r.period());
        return values.isEmpty()
                ? 0
                : repo.writeValues(r.id(), indicatorIds(form), new LinkedHashMap<>(values), r.revision(), actor);
    }

    /** A step of the level above: who may, the comment it needs, then whether the report is in a status it is taken from. */
    private Report review(ReportStep step, Caller caller, long reportId, Integer version, String givenComment, String audited) {
        Report r = visible(caller, reportId);
        refuse(step.refusalOf(reach(caller, r)));
        String comment = step.comment(givenComment);
        refuse(step.refusalIn(r.status()));
        move(step, reportId, version, caller, comment);
        audit.record(Audit.Action.UPDATE, "rpt_report", reportId, r.unitId(), audited);
        Report moved = get(reportId);
        switch (step) {
            case APPROVE -> notices.approved(moved, caller.username());
            case RETURN -> notices.returned(moved, caller.username(), comment);
            default -> {
                // a reopening is the approver's own correction: nobody else needs a notice
            }
        }
        return moved;
    }

    /** Moves the report if it is still in a status the step is taken from (and at the version given). */
    private void move(ReportStep step, long reportId, Integer version, Caller caller, String comment) {
        if (!repo.transition(reportId, step, version, caller.username(), comment)) {
            // moved to a status the step is not taken from, or still there but at another version than the one read
            refuse(step.refusalIn(get(reportId).status()));
            throw step.movedMeanwhile().exception();
        }
    }

    /** What the caller reaches from the report's unit, each answer looked up when a step asks for it. */
    private ReportStep.Reach reach(Caller caller, Report r) {
        return new ReportStep.Reach() {
            @Override
            public boolean readsUnit() {
                return units.canRead(caller, r.unitId());
            }

            @Override
            public boolean writesUnit() {
                return units.canWrite(caller, r.unitId());
            }

            @Override
            public boolean writesParent() {
                return canApprove(caller, units.get(r.unitId()));
            }
        };
    }

    private static void refuse(Optional<ReportStep.Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }
}

package org.hoiso.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of periodic reports, for officers' own tools and partner systems: forms and indicators,
 * reports (open, fill, submit, approve, return, reopen), aggregates and completeness by unit code,
 * period and date. Every call is bounded by the caller's subtrees.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Indicators, forms, reports, approval, aggregates, completeness")
class ReportApi {

    private final Catalogue catalogue;
    private final Reports reports;
    private final Worklist worklist;
    private final Aggregates aggregates;
    private final OrgUnits units;

    ReportApi(Catalogue catalogue, Reports reports, Worklist worklist, Aggregates aggregates, OrgUnits units) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.worklist = worklist;
        this.aggregates = aggregates;
        this.units = units;
    }

    record ReportView(Report report, String formCode, String unitCode, String unitName, String period,
            Map<String, String> values) {
    }

    record Opening(String form, Long unitId, String unit, String period) {
    }

    record ValuesInput(Integer version, Map<String, String> values) {
    }

    record Decision(Integer version, String comment) {
    }

    /** {@code withheld}: what a sensitive indicator shows as "<5" (SmallNumbers): "" for the value, else categories. */
    record FigureView(String unit, String unitName, String indicator, String period, String view, BigDecimal value,
            Map<String, BigDecimal> byCategory, long reports, Set<String> withheld) {
    }

    record TargetInput(String unit, String indicator, int year, BigDecimal value) {
    }

    record TargetView(String unit, String indicator, int year, BigDecimal value) {
    }

    /** One of the caller's reports to do: its form, unit and period, when it is due and where it stands. */
    record DueView(String form, String unit, String period, LocalDate dueOn, Worklist.State state, Long reportId) {
    }

    /** A report waiting for the caller's approval: its id, form, unit, period and when it was submitted. */
    record WaitingView(long reportId, String form, String unit, String unitName, String period, OffsetDateTime submittedAt,
            String submittedBy, boolean onTime) {
    }

    /** A draft saved: the new version, how many values changed, and the problems still to fix. */
    record SavedView(int version, int changed, List<FieldProblem> problems) {
    }

    /** {@code withheld}: the value is a small number of a sensitive indicator, shown as "<5" (SmallNumbers). */
    record ChildView(String unit, String name, BigDecimal value, BigDecimal target, BigDecimal percentOfTarget,
            boolean withheld) {
    }

    record CompletenessView(String unit, String form, String period, int expected, int submitted, int onTime, int approved,
            int returned, int drafts, int missing, List<UnitStateView> units) {
    }

    record UnitStateView(String unit, String state) {
    }

    @GetMapping("/forms")
    @Operation(summary = "All report forms with their indicators and checks")
    List<Form> forms() {
        return catalogue.forms();
    }

    @GetMapping("/forms/{code}")
    @Operation(summary = "One form")
    Form form(@PathVariable String code) {
        return catalogue.form(code);
    }

    @GetMapping("/indicators")
    @Operation(summary = "All indicators")
    List<Indicator> indicators() {
        return catalogue.indicators();
    }

    @GetMapping("/dimensions")
    @Operation(summary = "Disaggregations and their categories")
    Map<String, Dimension> dimensions() {
        return catalogue.dimensions();
    }

    @PostMapping("/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a typed indicator (national administrator)")
    Indicator createIndicator(@RequestBody Catalogue.NewIndicator input, Caller caller) {
        return catalogue.createIndicator(caller, input);
    }

    @PostMapping("/forms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a form (national administrator)")
    Form createForm(@RequestBody Catalogue.NewForm input, Caller caller) {
        return catalogue.createForm(caller, input);
    }

    @PutMapping("/forms/{code}")
    @Operation(summary = "Change a form's names, deadline, or take it out of use (national administrator)")
    Form changeForm(@PathVariable String code, @RequestBody Catalogue.FormChange input, Caller caller) {
        return catalogue.changeForm(caller, catalogue.form(code).id(), input);
    }

    @PostMapping("/forms/{code}/items")
    @Operation(summary = "Put an indicator on a form (national administrator)")
    Form addItem(@PathVariable String code, @RequestBody Catalogue.NewItem input, Caller caller) {
        return catalogue.addItem(caller, catalogue.form(code).id(), input);
    }

    @PostMapping("/forms/{code}/rules")
    @Operation(summary = "Add a check between fields (national administrator)")
    Form addRule(@PathVariable String code, @RequestBody Catalogue.NewRule input, Caller caller) {
        return catalogue.addRule(caller, catalogue.form(code).id(), input);
    }

    @GetMapping("/due")
    @Operation(summary = "The caller's own reports: due, overdue, returned, awaiting approval")
    List<DueView> due(Caller caller) {
        return worklist.mine(caller).stream().map(d -> new DueView(d.form().code(), d.unit().code(), d.period().code(), d.dueOn(),
                d.state(), d.report() == null ? null : d.report().id())).toList();
    }

    @GetMapping("/waiting")
    @Operation(summary = "The approver's worklist: reports submitted by units below the caller, every form and period, oldest first")
    List<WaitingView> waiting(Caller caller) {
        return worklist.waiting(caller).stream().map(w -> new WaitingView(w.report().id(), w.form().code(), w.unitCode(),
                w.unitName(), w.report().period().code(), w.report().submittedAt(), w.report().submittedBy(),
                w.report().onTime())).toList();
    }

    @PostMapping("/reports")
    @Operation(summary = "Open (or find) the report of a form for a unit and period")
    ReportView open(@RequestBody Opening o, Caller caller) {
        Form form = catalogue.form(o.form() == null ? "" : o.form());
        Period period = ReportParams.period(o.period());
        long unitId = o.unitId() != null ? o.unitId() : unit(o.unit(), period.end()).id();
        return view(reports.open(caller, form.id(), unitId, period).id(), caller);
    }

    @GetMapping("/reports")
    @Operation(summary = "The report of a form for a unit (by code, as of the period) and period")
    ReportView find(@RequestParam String form, @RequestParam String unit, @RequestParam String period, Caller caller) {
        Form f = catalogue.form(form);
        Period p = ReportParams.period(period);
        OrgUnit u = unit(unit, p.end());
        Report r = reports.find(caller, f.id(), u.id(), p)
                .orElseThrow(() -> DomainException.notFound("report.notFound", form + "/" + unit + "/" + period));
        return view(r.id(), caller);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report with its values (field → plain value: 1234.5, true/false, text)")
    ReportView get(@PathVariable long id, Caller caller) {
        return view(id, caller);
    }

    @PutMapping("/reports/{id}/values")
    @Operation(summary = "Save values as a draft; `version` is the version read. Answers the problems still to fix")
    SavedView save(@PathVariable long id, @RequestBody ValuesInput in, Locale locale, Caller caller) {
        Reports.Saved s = reports.save(caller, id, in.version(), in.values() == null ? Map.of() : in.values(), locale);
        return new SavedView(s.version(), s.changed(), s.problems());
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "Save and submit; all or nothing")
    ReportView submit(@PathVariable long id, @RequestBody ValuesInput in, Locale locale, Caller caller) {
        reports.submit(caller, id, in.version(), in.values() == null ? Map.of() : in.values(), locale);
        return view(id, caller);
    }

    @PostMapping("/reports/{id}/approve")
    @Operation(summary = "Approve a submitted report (the level above)")
    ReportView approve(@PathVariable long id, @RequestBody(required = false) Decision d, Caller caller) {
        reports.approve(caller, id, d == null ? null : d.version());
        return view(id, caller);
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "Return a submitted report with a comment (the level above)")
    ReportView sendBack(@PathVariable long id, @RequestBody Decision d, Caller caller) {
        reports.sendBack(caller, id, d.version(), d.comment());
        return view(id, caller);
    }

    @PostMapping("/reports/{id}/reopen")
    @Operation(summary = "Reopen an approved report for correction, with the reason (the level above)")
    ReportView reopen(@PathVariable long id, @RequestBody Decision d, Caller caller) {
        reports.reopen(caller, id, d.comment());
        return view(id, caller);
    }

    @GetMapping("/reports/{id}/history")
    @Operation(summary = "Every change of the report's values: who, when, old and new")
    List<Reports.Change> history(@PathVariable long id, Caller caller) {
        return reports.history(caller, id);
    }

    @GetMapping("/aggregates")
    @Operation(summary = "An indicator over a unit's subtree for a period; unit by code as of `date` (default: the period's end). "
            + "view=then (tree at the time) or today (mapped through the reorganisation lineage); approved reports only unless includeSubmitted")
    FigureView aggregate(@RequestParam String unit, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String view,
            @RequestParam(defaultValue = "false") boolean includeSubmitted, Caller caller) {
        Period p = ReportParams.period(period);
        OrgUnit u = unit(unit, date != null ? date : p.end());
        TreeView v = ReportParams.view(view);
        Aggregates.Figure f = aggregates.figure(caller, u.id(), new Aggregates.Query(indicator, v, includeSubmitted), p);
        return new FigureView(u.code(), u.name(), indicator, p.code(), v.name(), f.value(), f.byCategory(), f.reports(),
                f.small());
    }

    @GetMapping("/aggregates/series")
    @Operation(summary = "An indicator over a unit's subtree for each period from `from` to `to` (same periodicity)")
    List<FigureView> series(@RequestParam String unit, @RequestParam String indicator, @RequestParam String from,
            @RequestParam String to, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String view, @RequestParam(defaultValue = "false") boolean includeSubmitted,
            Caller caller) {
        Period f = ReportParams.period(from);
        Period t = ReportParams.period(to);
        OrgUnit u = unit(unit, date != null ? date : t.end());
        TreeView v = ReportParams.view(view);
        return aggregates.series(caller, u.id(), new Aggregates.Query(indicator, v, includeSubmitted), f, t).stream()
                .map(pt -> new FigureView(u.code(), u.name(), indicator, pt.period().code(), v.name(), pt.figure().value(),
                        pt.figure().byCategory(), pt.figure().reports(), pt.figure().small()))
                .toList();
    }

    @GetMapping("/aggregates/children")
    @Operation(summary = "An indicator for each child unit of a unit, with the child's target for the year")
    List<ChildView> children(@RequestParam String unit, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String view,
            Caller caller) {
        Period p = ReportParams.period(period);
        OrgUnit u = unit(unit, date != null ? date : p.end());
        return aggregates.children(caller, u.id(), new Aggregates.Query(indicator, ReportParams.view(view), false), p)
                .stream().map(c -> new ChildView(c.unit().code(), c.unit().name(), c.figure().value(), c.target(),
                        c.percentOfTarget(), c.figure().small().contains("")))
                .toList();
    }

    @GetMapping("/completeness")
    @Operation(summary = "How many units under a unit submitted a form for a period, on time, approved; and each unit's state")
    CompletenessView completeness(@RequestParam String unit, @RequestParam String form, @RequestParam String period,
            @RequestParam(required = false) LocalDate date, Caller caller) {
        Period p = ReportParams.period(period);
        OrgUnit u = unit(unit, date != null ? date : p.end());
        Worklist.Completeness c = worklist.completeness(caller, u.id(), catalogue.form(form).id(), p);
        List<UnitStateView> states = c.units().stream().map(s -> new UnitStateView(s.unit().code(), s.state().name())).toList();
        return new CompletenessView(u.code(), form, p.code(), c.expected(), c.submitted(), c.onTime(), c.approved(), c.returned(),
                c.drafts(), c.missing(), states);
    }

    @PutMapping("/targets")
    @Operation(summary = "Set a unit's yearly target for an indicator (the level above)")
    TargetView target(@RequestBody TargetInput in, Caller caller) {
        OrgUnit u = unit(in.unit(), LocalDate.of(Math.max(2000, Math.min(2100, in.year())), 12, 31));
        aggregates.setTarget(caller, u.id(), in.indicator(), in.year(), in.value());
        return new TargetView(u.code(), in.indicator(), in.year(), in.value());
    }

    private ReportView view(long id, Caller caller) {
        Reports.Entry e = reports.entry(caller, id);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, ValueType> types = new LinkedHashMap<>();
        e.form().items().forEach(i -> types.put(i.indicator().code(), i.indicator().valueType()));
        e.values().forEach((k, v) -> values.put(k.field(), v.plain(types.getOrDefault(k.indicatorCode(), ValueType.TEXT))));
        return new ReportView(e.report(), e.form().code(), e.unit().code(), e.unit().name(), e.report().period().code(), values);
    }

    private OrgUnit unit(String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(List.of(FieldProblem.of("unit", "unit.notFound", "")));
        }
        return units.findByCodeOn(code.strip(), on).or(() -> units.findOpenByCode(code.strip()))
                .orElseThrow(() -> DomainException.notFound("unit.notFound", code));
    }
}

package org.hoiso.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.reporting.exchange.AdxReader;
import org.hoiso.reporting.exchange.AdxWriter;
import org.hoiso.reporting.exchange.ExchangeReport;
import org.hoiso.reporting.exchange.ExchangeValue;
import org.hoiso.reporting.exchange.JsonExchange;
import org.hoiso.reporting.exchange.ValueKind;
import org.hoiso.reporting.exchange.ValueTable;
import org.hoiso.reporting.exchange.ValueTableReader;
import org.hoiso.reporting.exchange.ValueTableWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report values in and out of hoiso: ADX, CSV, XLSX and JSON exports of a subtree's reports, imports that
 * go through the same checks and approval as typing (all or nothing), and the printable PDF.
 */
@Service
@Transactional(readOnly = true)
public class ReportExchange {

    public enum Format {
        ADX, CSV, XLSX, JSON
    }

    public record Imported(int reports, int values, int changed, int skippedComputed) {
    }

    private static final int MAX_PROBLEMS = 200;

    private final Catalogue catalogue;
    private final ReportRepository reports;
    private final ValueBulk bulk;
    private final OrgUnits units;
    private final Reports lifecycle;
    private final Audit audit;
    private final ReportFormats rpt;
    private final MessageSource messageSource;
    private final Clock clock;
    private final ReportPrint print;

    ReportExchange(Catalogue catalogue, ReportRepository reports, ValueBulk bulk, OrgUnits units, Reports lifecycle, Audit audit,
            ReportFormats rpt, MessageSource messageSource, Clock clock, ReportPrint print) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.bulk = bulk;
        this.units = units;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.rpt = rpt;
        this.messageSource = messageSource;
        this.clock = clock;
        this.print = print;
    }

    /** The reports of a form and period in the unit's subtree (approved only, or all submitted and approved); audited. */
    @Transactional
    public List<ExchangeReport> export(Caller caller, long unitId, long formId, Period period, boolean approvedOnly) {
        Subtree s = units.readable(caller, unitId);
        Form form = catalogue.form(formId);
        Map<String, Indicator> byCode = new HashMap<>();
        form.items().forEach(i -> byCode.put(i.indicator().code(), i.indicator()));
        List<Report> list = reports.inSubtree(formId, period.start(), s.path()).stream()
                .filter(r -> r.status() == ReportStatus.APPROVED || (!approvedOnly && r.status() == ReportStatus.SUBMITTED))
                .toList();
        Map<Long, OrgUnit> unitById = new HashMap<>();
        units.findAll(list.stream().map(Report::unitId).distinct().toList()).forEach(u -> unitById.put(u.id(), u));
        List<ExchangeReport> result = new ArrayList<>();
        for (Report r : list) {
            List<ExchangeValue> values = new ArrayList<>();
            reports.values(r.id()).forEach((k, stored) -> {
                Indicator ind = byCode.get(k.indicatorCode());
                Value v = SmallNumbers.shown(ind, stored);
                if (ind != null && v.plain(ind.valueType()) != null) {
                    values.add(new ExchangeValue(k.indicatorCode(), k.category().isEmpty() ? null : ind.dimensionCode(),
                            k.category().isEmpty() ? null : k.category(), v.plain(ind.valueType())));
                }
            });
            result.add(new ExchangeReport(form.code(), unitById.get(r.unitId()).code(), period, values));
        }
        audit.record(Audit.Action.EXPORT, "rpt_report", null, unitId,
                form.code() + " " + period.code() + " " + result.size() + " reports");
        return result;
    }

    public void write(Format format, List<ExchangeReport> list, OutputStream out) {
        switch (format) {
            // ADX values are decimals: a small sensitive number ("<5") is left out of it
            case ADX -> new AdxWriter(clock).write(list.stream().map(ReportExchange::withoutWithheld), out, kinds());
            case CSV -> new ValueTableWriter(ValueTable.Format.CSV, ValueTable.Headings.CODES).write(list.stream(), out);
            case XLSX -> new ValueTableWriter(ValueTable.Format.XLSX, ValueTable.Headings.CODES).write(list.stream(), out);
            case JSON -> new JsonExchange().write(list.stream(), out);
        }
    }

    /** Reads a file of any supported format (by its name) into reports; syntax problems carry their row. */
    public List<ExchangeReport> read(String fileName, Path file) {
        Format f = formatOf(fileName);
        try (InputStream in = Files.newInputStream(file)) {
            return switch (f) {
                case ADX -> new AdxReader().read(in, kinds());
                case JSON -> new JsonExchange().read(in);
                case CSV, XLSX -> new ValueTableReader().read(file);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Format formatOf(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml") || n.endsWith(".adx")) {
            return Format.ADX;
        }
        if (n.endsWith(".csv")) {
            return Format.CSV;
        }
        if (n.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        throw DomainException.invalid(List.of(FieldProblem.of("file", "import.format", fileName)));
    }

    /**
     * Imports reports read from a file: every unit must be one the caller may change, every report still
     * editable, every value valid by the form's rules (and complete when submitting). One problem and
     * nothing is written.
     */
    @Transactional
    public Imported importReports(Caller caller, List<ExchangeReport> list, boolean submit, Locale locale) {
        Map<String, Dimension> dims = catalogue.dimensions();
        List<FieldProblem> problems = new ArrayList<>();
        // Group by (form, period) so units, existing reports and writes go in one query each.
        Map<String, List<ExchangeReport>> groups = new LinkedHashMap<>();
        Map<String, Form> forms = new HashMap<>();
        for (ExchangeReport r : list) {
            long row = r.values().isEmpty() ? 0 : r.values().get(0).row();
            if (r.formCode() == null || r.formCode().isBlank()) {
                problems.add(problem(row, "import.noForm"));
                continue;
            }
            Form form = forms.computeIfAbsent(r.formCode(), c -> {
                try {
                    return catalogue.form(c);
                } catch (DomainException e) {
                    return null;
                }
            });
            if (form == null) {
                problems.add(problem(row, "import.unknownForm", r.formCode()));
            } else if (r.period().periodicity() != form.periodicity()) {
                problems.add(problem(row, "import.wrongPeriod", r.period().code(), form.code()));
            } else {
                groups.computeIfAbsent(form.code() + "/" + r.period().code(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Planned> planned = new ArrayList<>();
        int skippedComputed = 0;
        for (List<ExchangeReport> group : groups.values()) {
            Form form = forms.get(group.get(0).formCode());
            Period period = group.get(0).period();
            Map<String, OrgUnit> writable = writableUnits(caller, form, period);
            Map<Long, Report> existing = new HashMap<>();
            for (OrgUnit root : units.findAll(caller.writableUnits())) {
                reports.inSubtree(form.id(), period.start(), root.path()).forEach(x -> existing.put(x.unitId(), x));
            }
            Map<String, Indicator> onForm = new HashMap<>();
            form.items().forEach(i -> onForm.put(i.indicator().code(), i.indicator()));
            Set<Long> seenUnits = new HashSet<>();
            for (ExchangeReport r : group) {
                long row0 = r.values().isEmpty() ? 0 : r.values().get(0).row();
                OrgUnit unit = writable.get(r.unitCode());
                if (unit == null) {
                    boolean exists = units.findByCodeOn(String.valueOf(r.unitCode()), period.end()).isPresent();
                    problems.add(
                            problem(row0, exists ? "import.notWritable" : "import.unknownUnit", r.unitCode(), period.code()));
                    continue;
                }
                Report current = existing.get(unit.id());
                if (current != null && !current.status().editable()) {
                    problems.add(problem(row0, "import.locked", unit.name(), rpt.period(period, locale)));
                    continue;
                }
                Map<ValueKey, Value> values = new LinkedHashMap<>();
                for (ExchangeValue v : r.values()) {
                    Indicator ind = onForm.get(v.indicatorCode());
                    if (ind == null) {
                        problems.add(problem(v.row(), "import.notOnForm", v.indicatorCode(), form.code()));
                        continue;
                    }
                    if (ind.computed()) {
                        skippedComputed++;
                        continue;
                    }
                    String category = v.category() == null ? "" : v.category();
                    Dimension d = ind.dimensionCode() == null ? null : dims.get(ind.dimensionCode());
                    if ((d == null) != category.isEmpty() || (d != null && !d.has(category))) {
                        problems.add(problem(v.row(), "import.category", ind.code(), category));
                        continue;
                    }
                    ValueKey key = new ValueKey(ind.code(), category);
                    ValueParser.Result parsed = ValueParser.parsePlain(key.field(), ind.valueType(), v.value());
                    if (parsed.problem() != null) {
                        problems.add(problem(v.row(), "import.value", ind.code(),
                                messageSource.getMessage(parsed.problem().code(), parsed.problem().args().toArray(), locale)));
                    } else if (values.put(key, parsed.value()) != null) {
                        problems.add(problem(v.row(), "import.duplicate", key.field(), unit.code(), period.code()));
                    }
                }
                if (!seenUnits.add(unit.id())) {
                    problems.add(problem(row0, "import.duplicate", "*", unit.code(), period.code()));
                }
                Map<ValueKey, Value> merged = new LinkedHashMap<>(current == null ? Map.of() : reports.values(current.id()));
                merged.putAll(values);
                for (FieldProblem p : FormCheck.check(form, dims, merged, submit && !hasComputed(form), locale)) {
                    problems.add(problem(row0, "import.value", p.field(),
                            messageSource.getMessage(p.code(), p.args().toArray(), locale)));
                }
                planned.add(new Planned(form, period, unit, values));
            }
            if (problems.size() > MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            List<FieldProblem> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(FieldProblem.of("file", "import.tooMany", problems.size() - MAX_PROBLEMS));
            }
            throw DomainException.invalid(shown);
        }
        return write(caller, planned, submit, skippedComputed);
    }

    private Imported write(Caller caller, List<Planned> planned, boolean submit, int skippedComputed) {
        Map<String, List<Planned>> byGroup = new LinkedHashMap<>();
        planned.forEach(p -> byGroup.computeIfAbsent(p.form().code() + "/" + p.period().code(), k -> new ArrayList<>()).add(p));
        List<ValueBulk.Row> rows = new ArrayList<>();
        List<Long> reportIds = new ArrayList<>();
        List<Report> needComputed = new ArrayList<>();
        Set<Long> fresh = new HashSet<>();
        for (List<Planned> group : byGroup.values()) {
            Form form = group.get(0).form();
            Period period = group.get(0).period();
            Map<Long, String> paths = new LinkedHashMap<>();
            group.forEach(p -> paths.put(p.unit().id(), p.unit().path()));
            ValueBulk.Opened opened = bulk.openReports(form.id(), period.start(), form.dueOn(period), paths);
            fresh.addAll(opened.fresh());
            Map<Long, Long> ids = opened.idsByUnit();
            Map<String, Long> indicatorIds = lifecycle.indicatorIds(form);
            for (Planned p : group) {
                long reportId = ids.get(p.unit().id());
                reportIds.add(reportId);
                p.values()
                        .forEach((k, v) -> rows.add(new ValueBulk.Row(reportId, indicatorIds.get(k.indicatorCode()), k.category(),
                                v.num(), v.txt())));
                if (hasComputed(form)) {
                    needComputed.add(reports.find(reportId).orElseThrow());
                }
            }
        }
        int changed = bulk.write(rows, fresh, caller.username());
        for (Report r : needComputed) {
            changed += lifecycle.refreshComputed(r, catalogue.form(r.formId()), caller.username());
        }
        if (bulk.finish(reportIds, caller.username(), submit) != reportIds.size()) {
            throw (submit ? ReportStep.SUBMIT : ReportStep.SAVE).movedMeanwhile().exception();
        }
        audit.record(Audit.Action.IMPORT, "rpt_report", null, null,
                reportIds.size() + " reports, " + rows.size() + " values" + (submit ? ", submitted" : ""));
        return new Imported(reportIds.size(), rows.size(), changed, skippedComputed);
    }

    /** The printable report, in the caller's language. */
    public byte[] pdf(Caller caller, long reportId, Locale locale) {
        return print.pdf(caller, reportId, locale);
    }

    private Map<String, OrgUnit> writableUnits(Caller caller, Form form, Period period) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        for (long root : caller.writableUnits()) {
            Subtree s = units.writable(caller, root);
            for (OrgUnit u : units.unitsAtLevel(s, form.levelCode(), period.start(), period.end())) {
                // A code is read as of the period's end: of a closed unit and the successor that took its code
                // (communes before and after 1 July 2025), the one that carried it then.
                byCode.merge(u.code(), u, (a, b) -> !carriedOn(a, period.end()) && carriedOn(b, period.end()) ? b : a);
            }
        }
        return byCode;
    }

    private static boolean carriedOn(OrgUnit u, LocalDate day) {
        return !u.validFrom().isAfter(day) && (u.validTo() == null || !u.validTo().isBefore(day));
    }

    private static ExchangeReport withoutWithheld(ExchangeReport r) {
        return new ExchangeReport(r.formCode(), r.unitCode(), r.period(),
                r.values().stream().filter(v -> !SmallNumbers.withheld(v.value())).toList());
    }

    private Function<String, ValueKind> kinds() {
        Map<String, ValueKind> m = new HashMap<>();
        for (Indicator i : catalogue.indicators()) {
            m.put(i.code(), switch (i.valueType()) {
                case BOOLEAN -> ValueKind.YES_NO;
                case TEXT -> ValueKind.TEXT;
                default -> ValueKind.NUMBER;
            });
        }
        return code -> m.getOrDefault(code, ValueKind.NUMBER);
    }

    private static boolean hasComputed(Form form) {
        return form.items().stream().anyMatch(i -> i.indicator().computed());
    }

    private static FieldProblem problem(long row, String code, Object... args) {
        return FieldProblem.of(row > 0 ? "row " + row : "file", code, args);
    }

    private record Planned(Form form, Period period, OrgUnit unit, Map<ValueKey, Value> values) {
    }
}

package org.hoiso.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgTreeLoader;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.ReadReplica;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.reporting.Aggregates;
import org.hoiso.reporting.Aggregation;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Indicator;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.ReportFormats;
import org.hoiso.reporting.TreeView;
import org.hoiso.tables.CsvTableWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard page and the JSON its charts draw from. The page renders every number in tables, so it
 * reads without JavaScript; the scripts draw over them. Each request reads in one read-only transaction, from the
 * read replica when one is configured ({@link ReadReplica}): a dashboard may be a moment behind the primary.
 */
@Controller
@Transactional(readOnly = true, label = ReadReplica.LABEL)
class DashboardController {

    private static final int SERIES_LENGTH = 12;

    private final Aggregates aggregates;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final ReportFormats rpt;
    private final Messages messages;
    private final Clock clock;

    DashboardController(Aggregates aggregates, Catalogue catalogue, OrgUnits units, ReportFormats rpt, Messages messages,
            Clock clock) {
        this.aggregates = aggregates;
        this.catalogue = catalogue;
        this.units = units;
        this.rpt = rpt;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the caller chose, with defaults filled in. */
    record Choice(OrgUnit unit, Indicator indicator, Period period, TreeView view) {
    }

    record SeriesJson(String title, String unit, IndicatorJson indicator, List<String> labels, List<Series> series) {
    }

    record Series(String name, List<BigDecimal> values) {
    }

    record MapJson(String title, String unit, IndicatorJson indicator, List<ProvinceValue> rows) {
    }

    record ProvinceValue(String code, String name, BigDecimal value) {
    }

    record IndicatorJson(String code, String name, String valueType) {
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period, @RequestParam(required = false) String view,
            Locale locale, Model model, Caller caller) {
        Choice c = choose(caller, unitId, indicator, period, view);
        List<Aggregates.Point> series = series(caller, c);
        Aggregates.Figure total = aggregates.figure(caller, c.unit().id(), query(c), c.period());
        model.addAttribute("c", c);
        model.addAttribute("view", c.view() == TreeView.TODAY ? "today" : "then");
        model.addAttribute("indName", c.indicator().name(locale));
        model.addAttribute("periodLabel", rpt.period(c.period(), locale));
        model.addAttribute("total", total);
        model.addAttribute("series", series);
        model.addAttribute("children", aggregates.children(caller, c.unit().id(), query(c), c.period()));
        model.addAttribute("indicators", catalogue.indicators().stream()
                .filter(i -> i.aggregation() != Aggregation.NONE && !catalogue.periodicitiesOf(i).isEmpty()).toList());
        model.addAttribute("periods", periods(c.period()));
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("showMap", units.canRead(caller, central().id()) || c.unit().levelCode().equals("PROVINCE"));
        model.addAttribute("pageScripts",
                List.of("/webjars/chart.js/dist/chart.umd.min.js", "/js/dashboard.js", "/js/province-map.js"));
        model.addAttribute("pageStyles", List.of("/css/dashboard.css"));
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/series.json")
    @ResponseBody
    SeriesJson seriesJson(@RequestParam long unitId, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view, Locale locale, Caller caller) {
        Choice c = choose(caller, unitId, indicator, period, view);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Aggregates.Point p : series(caller, c)) {
            labels.add(rpt.period(p.period(), locale));
            values.add(p.figure().value());
        }
        return new SeriesJson(c.indicator().name(locale) + " — " + c.unit().name(), c.indicator().unit(locale),
                indicatorJson(c.indicator(), locale), labels, List.of(new Series(c.unit().name(), values)));
    }

    @GetMapping("/dashboard/children.json")
    @ResponseBody
    SeriesJson childrenJson(@RequestParam long unitId, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view, Locale locale, Caller caller) {
        Choice c = choose(caller, unitId, indicator, period, view);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Aggregates.ChildFigure f : aggregates.children(caller, c.unit().id(), query(c), c.period())) {
            labels.add(f.unit().name());
            values.add(f.figure().value());
        }
        return new SeriesJson(c.indicator().name(locale) + " — " + rpt.period(c.period(), locale), c.indicator().unit(locale),
                indicatorJson(c.indicator(), locale), labels, List.of(new Series(rpt.period(c.period(), locale), values)));
    }

    /** Every province of today's map; a province the caller may not read has no value (drawn as "no data"). */
    @GetMapping("/dashboard/provinces.json")
    @ResponseBody
    MapJson provincesJson(@RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view,
            Locale locale, Caller caller) {
        OrgUnit central = central();
        Choice c = choose(caller, null, indicator, period, view);
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        if (units.canRead(caller, central.id())) {
            aggregates.children(caller, central.id(), query(c), c.period())
                    .forEach(f -> values.put(f.unit().id(), f.figure().value()));
        } else {
            for (OrgUnit root : units.roots(caller)) {
                if ("PROVINCE".equals(root.levelCode())) {
                    values.put(root.id(), aggregates.figure(caller, root.id(), query(c), c.period()).value());
                }
            }
        }
        List<ProvinceValue> rows = new ArrayList<>();
        for (OrgUnit p : units.findAll(new ArrayList<>(values.keySet()))) {
            if (!p.isOpen() || !"PROVINCE".equals(p.levelCode())) {
                continue;
            }
            rows.add(new ProvinceValue(p.code(), p.name(), values.get(p.id())));
        }
        return new MapJson(c.indicator().name(locale) + " — " + rpt.period(c.period(), locale), c.indicator().unit(locale),
                indicatorJson(c.indicator(), locale), rows);
    }

    /** The data of the chart over time as CSV (one rule against formulas for every CSV: {@link CsvTableWriter}). */
    @GetMapping("/dashboard/series.csv")
    ResponseEntity<byte[]> seriesCsv(@RequestParam long unitId, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view, Locale locale, Caller caller) {
        SeriesJson data = seriesJson(unitId, indicator, period, view, locale, caller);
        return csv(data.title(), messages.get(locale, "dashboard.csv.period"), data);
    }

    /** The data of the comparison of the units below as CSV. */
    @GetMapping("/dashboard/children.csv")
    ResponseEntity<byte[]> childrenCsv(@RequestParam long unitId, @RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view, Locale locale, Caller caller) {
        SeriesJson data = childrenJson(unitId, indicator, period, view, locale, caller);
        return csv(data.title(), messages.get(locale, "dashboard.csv.unit"), data);
    }

    /** The data of the province map as CSV: code, province, value. */
    @GetMapping("/dashboard/provinces.csv")
    ResponseEntity<byte[]> provincesCsv(@RequestParam String indicator, @RequestParam String period,
            @RequestParam(required = false) String view, Locale locale, Caller caller) {
        MapJson data = provincesJson(indicator, period, view, locale, caller);
        List<List<Object>> rows = new ArrayList<>();
        for (ProvinceValue p : data.rows()) {
            rows.add(Arrays.asList(p.code(), p.name(), p.value()));
        }
        String value = data.indicator().name() + (data.unit() == null ? "" : " (" + data.unit() + ")");
        return csvFile(data.title(), List.of(messages.get(locale, "dashboard.csv.code"),
                messages.get(locale, "dashboard.csv.province"), value), rows);
    }

    private static ResponseEntity<byte[]> csv(String title, String firstHeading, SeriesJson data) {
        List<String> headings = new ArrayList<>();
        headings.add(firstHeading);
        data.series().forEach(s -> headings.add(s.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < data.labels().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(data.labels().get(i));
            for (Series s : data.series()) {
                row.add(s.values().get(i));
            }
            rows.add(row);
        }
        return csvFile(title, headings, rows);
    }

    private static ResponseEntity<byte[]> csvFile(String title, List<String> headings, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter w = new CsvTableWriter(out)) {
            w.header(headings);
            for (List<Object> row : rows) {
                w.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug(title) + ".csv").build().toString())
                .body(out.toByteArray());
    }

    /** "Tổng số hội viên — Hà Nội" → "tong-so-hoi-vien-ha-noi": a file name safe on every system. */
    static String slug(String title) {
        String s = VietnameseText.fold(title == null ? "" : title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 80 ? s.substring(0, 80) : s;
        return s.isEmpty() ? "du-lieu" : s;
    }

    private Choice choose(Caller caller, Long unitId, String indicatorCode, String period, String view) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        units.readable(caller, unit);
        Indicator ind = catalogue.indicator(indicatorCode == null || indicatorCode.isBlank() ? "MEMBERS_TOTAL" : indicatorCode);
        List<Periodicity> periodicities = catalogue.periodicitiesOf(ind);
        if (periodicities.isEmpty()) {
            throw DomainException.badRequest("report.aggregate.noForm", ind.code(), "-");
        }
        Period p;
        if (period == null || period.isBlank()) {
            p = Period.containing(periodicities.get(0), LocalDate.now(clock)).previous();
        } else {
            try {
                p = Period.parse(period);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(List.of(FieldProblem.of("period", "report.period.invalid", period)));
            }
            if (!periodicities.contains(p.periodicity())) {
                p = Period.containing(periodicities.get(0), p.start());
            }
        }
        TreeView v = "today".equalsIgnoreCase(view) ? TreeView.TODAY : TreeView.THEN;
        return new Choice(units.get(unit), ind, p, v);
    }

    private List<Aggregates.Point> series(Caller caller, Choice c) {
        Period from = c.period();
        for (int i = 1; i < SERIES_LENGTH; i++) {
            from = from.previous();
        }
        return aggregates.series(caller, c.unit().id(), query(c), from, c.period());
    }

    private static Aggregates.Query query(Choice c) {
        return new Aggregates.Query(c.indicator().code(), c.view(), false);
    }

    private OrgUnit central() {
        return units.findOpenByCode(OrgTreeLoader.CENTRAL_CODE).orElseThrow();
    }

    private static IndicatorJson indicatorJson(Indicator ind, Locale locale) {
        return new IndicatorJson(ind.code(), ind.name(locale), ind.valueType().name());
    }

    private List<Period> periods(Period selected) {
        List<Period> list = new ArrayList<>();
        Period p = Period.containing(selected.periodicity(), LocalDate.now(clock));
        for (int i = 0; i < 24; i++) {
            list.add(p);
            p = p.previous();
        }
        if (!list.contains(selected)) {
            list.add(0, selected);
        }
        return list;
    }
}

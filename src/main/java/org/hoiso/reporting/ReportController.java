package org.hoiso.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.notice.Notices;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Formats;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's pages: her reports, filling one in (with drafts saved as she types), approving one. */
@Controller
class ReportController {

    static final String FIELD_PREFIX = "v.";

    private final Reports reports;
    private final Worklist worklist;
    private final Catalogue catalogue;
    private final Messages messages;
    private final Formats fmt;
    private final Notices notices;
    private final Clock clock;

    ReportController(Reports reports, Worklist worklist, Catalogue catalogue, Messages messages, Formats fmt, Notices notices,
            Clock clock) {
        this.reports = reports;
        this.worklist = worklist;
        this.catalogue = catalogue;
        this.messages = messages;
        this.fmt = fmt;
        this.notices = notices;
        this.clock = clock;
    }

    /** Her own reports to do and, when she approves units below her, the reports waiting for her (chờ duyệt). */
    @GetMapping("/reports")
    String mine(Model model, Caller caller) {
        model.addAttribute("due", worklist.mine(caller));
        model.addAttribute("waiting", worklist.waiting(caller));
        model.addAttribute("waitingCount", worklist.waitingCount(caller));
        return "reporting/mine";
    }

    @PostMapping("/reports/open")
    String open(@RequestParam long formId, @RequestParam long unitId, @RequestParam String period, Caller caller) {
        Report r = reports.open(caller, formId, unitId, ReportParams.period(period));
        return "redirect:/reports/" + r.id();
    }

    @GetMapping("/reports/{id}")
    String entry(@PathVariable long id, Model model, Caller caller) {
        Reports.Entry e = reports.entry(caller, id);
        notices.readAbout(caller, "report:" + id);
        return page(model, e, inputs(e), Map.of());
    }

    /** Draft saved while she types (htmx): the save status, each field's messages and the new version. */
    @PostMapping(value = "/reports/{id}/draft", headers = "HX-Request")
    String draft(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> params,
            Locale locale, Model model, Caller caller) {
        Reports.Entry e = reports.entry(caller, id);
        try {
            Reports.Saved saved = reports.save(caller, id, version, fields(params), locale);
            String at = fmt.dateTime(OffsetDateTime.now(clock));
            model.addAttribute("status", saved.problems().isEmpty()
                    ? messages.get("report.saved", at)
                    : messages.get("report.savedWithProblems", at, saved.problems().size()));
            model.addAttribute("version", saved.version());
            model.addAttribute("errors", messages.byField(saved.problems()));
        } catch (DomainException ex) {
            model.addAttribute("status", String.join(" ", messages.all(ex)));
            model.addAttribute("version", version);
            model.addAttribute("errors", messages.byField(ex.fieldProblems()));
            model.addAttribute("failed", true);
        }
        model.addAttribute("fields", FormCheck.keysOf(e.form(), catalogue.dimensions()));
        return "reporting/entry :: saved";
    }

    @PostMapping("/reports/{id}")
    String saveOrSubmit(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "save") String action,
            @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
            RedirectAttributes redirect, Caller caller) {
        Map<String, String> input = fields(params);
        try {
            if ("submit".equals(action)) {
                reports.submit(caller, id, version, input, locale);
                Outcome.notice(redirect, messages.get("report.submitted"));
            } else {
                Reports.Saved saved = reports.save(caller, id, version, input, locale);
                if (!saved.problems().isEmpty()) {
                    return page(model, reports.entry(caller, id), input, messages.byField(saved.problems()));
                }
                Outcome.notice(redirect, messages.get("report.saved", fmt.dateTime(OffsetDateTime.now(clock))));
            }
            return "redirect:/reports/" + id;
        } catch (DomainException ex) {
            Reports.Entry e = reports.entry(caller, id);
            if (ex.fieldProblems().isEmpty()) {
                Outcome.errors(model, messages.all(ex));
                return page(model, e, input, Map.of());
            }
            Outcome.errors(model, List.of(messages.get("error.validation")));
            return page(model, e, input, messages.byField(ex.fieldProblems()));
        }
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "report.approved", () -> reports.approve(caller, id, null));
    }

    @PostMapping("/reports/{id}/return")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, "report.returned", () -> reports.sendBack(caller, id, null, comment));
    }

    @PostMapping("/reports/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect,
            Caller caller) {
        try {
            Report r = reports.reopen(caller, id, comment);
            Outcome.notice(redirect, messages.get("report.reopened", r.revision()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/{id}/history")
    String history(@PathVariable long id, Model model, Caller caller) {
        Reports.Entry e = reports.entry(caller, id);
        model.addAttribute("e", e);
        model.addAttribute("changes", reports.history(caller, id));
        model.addAttribute("indicators", indicatorsByCode(e.form()));
        model.addAttribute("dimensions", catalogue.dimensions());
        return "reporting/history";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            Outcome.notice(redirect, messages.get(done));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/reports/" + id;
    }

    private String page(Model model, Reports.Entry e, Map<String, String> inputs, Map<String, List<String>> errors) {
        model.addAttribute("e", e);
        model.addAttribute("inputs", inputs);
        model.addAttribute("errors", errors);
        model.addAttribute("dimensions", catalogue.dimensions());
        model.addAttribute("pageStyles", List.of("/css/reporting.css"));
        return "reporting/entry";
    }

    /** What each input shows: the stored value, formatted the way she types it. */
    private Map<String, String> inputs(Reports.Entry e) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, Indicator> byCode = indicatorsByCode(e.form());
        e.values().forEach((k, v) -> {
            Indicator ind = byCode.get(k.indicatorCode());
            if (ind != null) {
                inputs.put(k.field(), ReportParams.input(v, ind.valueType()));
            }
        });
        return inputs;
    }

    private static Map<String, Indicator> indicatorsByCode(Form form) {
        Map<String, Indicator> m = new LinkedHashMap<>();
        form.items().forEach(i -> m.put(i.indicator().code(), i.indicator()));
        return m;
    }

    static Map<String, String> fields(MultiValueMap<String, String> params) {
        Map<String, String> input = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(FIELD_PREFIX) && !values.isEmpty()) {
                input.put(name.substring(FIELD_PREFIX.length()), values.get(values.size() - 1));
            }
        });
        return input;
    }
}

package org.hoiso.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The level above: completeness and timeliness of every unit under her for a form and period, approve or
 * return in bulk, and the totals of her subtree.
 */
@Controller
class ReviewController {

    private final Worklist worklist;
    private final Reports reports;
    private final Catalogue catalogue;
    private final Aggregates aggregates;
    private final OrgUnits units;
    private final Messages messages;

    ReviewController(Worklist worklist, Reports reports, Catalogue catalogue, Aggregates aggregates, OrgUnits units,
            Messages messages) {
        this.worklist = worklist;
        this.reports = reports;
        this.catalogue = catalogue;
        this.aggregates = aggregates;
        this.units = units;
        this.messages = messages;
    }

    /** A figure of the subtree for one field of the form. */
    record Total(Indicator indicator, ValueKey key, String category, Aggregates.Figure figure, String value) {
    }

    @GetMapping("/reports/review")
    String review(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long formId,
            @RequestParam(required = false) String period, Locale locale, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        List<Form> forms = catalogue.forms().stream().filter(Form::active).toList();
        Form form = formId == null ? forms.get(0) : catalogue.form(formId);
        Period p = period == null || period.isBlank() ? lastFinished(form) : ReportParams.period(period);
        if (p.periodicity() != form.periodicity()) {
            p = Period.containing(form.periodicity(), p.start());
        }
        Worklist.Completeness c = worklist.completeness(caller, unit, form.id(), p);
        List<Total> totals = new ArrayList<>();
        for (Form.Item item : form.items()) {
            Indicator ind = item.indicator();
            if (ind.aggregation() == Aggregation.NONE) {
                continue;
            }
            Aggregates.Figure f = aggregates.figure(caller, unit, new Aggregates.Query(ind.code(), TreeView.THEN, false), p);
            totals.add(new Total(ind, new ValueKey(ind.code(), ""), null, f,
                    f.value() == null ? "—" : ReportParams.number(f.value())));
        }
        OrgUnit u = units.get(unit);
        model.addAttribute("c", c);
        model.addAttribute("forms", forms);
        model.addAttribute("form", form);
        model.addAttribute("period", p);
        model.addAttribute("periods", recentPeriods(form, p));
        model.addAttribute("unit", u);
        model.addAttribute("totals", totals);
        model.addAttribute("approvedReports", c.approved());
        return "reporting/review";
    }

    @PostMapping("/reports/review/bulk")
    String bulk(@RequestParam(required = false) List<Long> ids, @RequestParam String action,
            @RequestParam(required = false) String comment, @RequestParam long unitId, @RequestParam long formId,
            @RequestParam String period, RedirectAttributes redirect, Caller caller) {
        if (ids == null || ids.isEmpty()) {
            Outcome.errors(redirect, List.of(messages.get("review.noneSelected")));
        } else {
            int done = 0;
            List<String> failures = new ArrayList<>();
            for (long id : ids) {
                try {
                    if ("return".equals(action)) {
                        reports.sendBack(caller, id, null, comment);
                    } else {
                        reports.approve(caller, id, null);
                    }
                    done++;
                } catch (DomainException e) {
                    failures.add("#" + id + ": " + String.join(" ", messages.all(e)));
                }
            }
            Outcome.notice(redirect, messages.get("review.bulkDone", done, failures.size()));
            if (!failures.isEmpty()) {
                Outcome.errors(redirect, failures.stream().limit(20).toList());
            }
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/reports/review").queryParam("unitId", unitId)
                .queryParam("formId", formId).queryParam("period", period).build().toUriString();
    }

    private Period lastFinished(Form form) {
        Period current = Period.containing(form.periodicity(), reports.today());
        Period last = current.previous();
        return last.start().isBefore(form.firstPeriod()) ? current : last;
    }

    private Map<String, Period> recentPeriods(Form form, Period selected) {
        Map<String, Period> periods = new LinkedHashMap<>();
        Period p = Period.containing(form.periodicity(), reports.today().plusMonths(form.periodicity().months()));
        for (int i = 0; i < 24 && !p.end().isBefore(form.firstPeriod().minusYears(1)); i++) {
            periods.put(p.code(), p);
            p = p.previous();
        }
        periods.putIfAbsent(selected.code(), selected);
        return periods;
    }
}

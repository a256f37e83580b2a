package org.hoiso.reporting;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The level above sets the day each unit below starts reporting (ngày bắt đầu báo cáo). */
@Controller
class StartController {

    private final ReportStarts starts;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final Messages messages;

    StartController(ReportStarts starts, Catalogue catalogue, OrgUnits units, Messages messages) {
        this.starts = starts;
        this.catalogue = catalogue;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/reports/starts")
    String page(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : units.readable(caller, unitId).unitId();
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("children", units.openChildren(caller, unit));
        model.addAttribute("forms", catalogue.forms().stream().filter(Form::active).toList());
        model.addAttribute("starts", starts.inSubtree(caller, unit));
        model.addAttribute("canSet", units.canWrite(caller, unit));
        return "reporting/starts";
    }

    @PostMapping("/reports/starts")
    String set(@RequestParam long unitId, @RequestParam long target, @RequestParam(required = false) Long formId,
            @RequestParam(required = false) String startsOn, RedirectAttributes redirect, Caller caller) {
        try {
            LocalDate day = parse(startsOn);
            starts.set(caller, target, formId, day);
            Outcome.notice(redirect, messages.get("starts.saved", units.get(target).name()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/reports/starts?unitId=" + unitId;
    }

    @PostMapping("/reports/starts/remove")
    String remove(@RequestParam long unitId, @RequestParam long target, @RequestParam(required = false) Long formId,
            RedirectAttributes redirect, Caller caller) {
        try {
            starts.set(caller, target, formId, null);
            Outcome.notice(redirect, messages.get("starts.removed", units.get(target).name()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/reports/starts?unitId=" + unitId;
    }

    private static LocalDate parse(String text) {
        try {
            return DateInput.parse(text)
                    .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("startsOn", "error.field.required"))));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of("startsOn", "error.field.date")));
        }
    }
}

package org.hoiso.safety.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' pages of warnings: the list of a subtree with how many members each reached and opened, writing one, deciding. */
@Controller
class WarningController {

    private final Warnings warnings;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;

    WarningController(Warnings warnings, OrgUnits units, Messages messages, Clock clock) {
        this.warnings = warnings;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the form shows back after a refusal, as she typed it. */
    record WarningForm(Long unitId, String titleVi, String titleEn, String bodyVi, String bodyEn, String validFrom,
            String validTo, String identifiers) {
    }

    @GetMapping("/safety/warnings")
    String list(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        LocalDate today = LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE);
        return page(model, caller, unit, new WarningForm(unit, null, null, null, null, DateInput.format(today),
                DateInput.format(today.plusDays(30)), null), Map.of());
    }

    @PostMapping("/safety/warnings")
    String create(WarningForm form, Model model, RedirectAttributes redirect, Caller caller) {
        try {
            long id = warnings.create(caller,
                    new Warnings.NewWarning(form.unitId(), form.titleVi(), form.titleEn(), form.bodyVi(),
                            form.bodyEn(), date(form.validFrom()), date(form.validTo()), form.identifiers()));
            Outcome.notice(redirect, messages.get("safety.warning.created"));
            return "redirect:/safety/warnings/" + id;
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            Outcome.errors(model, List.of(messages.get("error.validation")));
            return page(model, caller, form.unitId() == null ? units.home(caller).unitId() : form.unitId(), form,
                    messages.byField(e.fieldProblems()));
        }
    }

    @GetMapping("/safety/warnings/{id}")
    String detail(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("w", warnings.get(caller, id));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/warning";
    }

    @PostMapping("/safety/warnings/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        int sent = warnings.approve(caller, id);
        Outcome.notice(redirect, messages.get("safety.warning.approved", sent));
        return "redirect:/safety/warnings/" + id;
    }

    @PostMapping("/safety/warnings/{id}/return")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect,
            Caller caller) {
        try {
            warnings.sendBack(caller, id, comment);
            Outcome.notice(redirect, messages.get("safety.warning.returned"));
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/safety/warnings/" + id;
    }

    @PostMapping("/safety/warnings/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        warnings.withdraw(caller, id);
        Outcome.notice(redirect, messages.get("safety.warning.withdrawn"));
        return "redirect:/safety/warnings/" + id;
    }

    private String page(Model model, Caller caller, long unitId, WarningForm form, Map<String, List<String>> errors) {
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("list", warnings.list(caller, unitId));
        model.addAttribute("writes", warnings.writes(caller));
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/warnings";
    }

    private static LocalDate date(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank()).flatMap(DateInput::parse).orElse(null);
    }
}

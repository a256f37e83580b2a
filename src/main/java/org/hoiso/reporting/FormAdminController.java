package org.hoiso.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.security.Caller;
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

/** A national administrator changes forms and adds indicators without code. */
@Controller
class FormAdminController {

    private final Catalogue catalogue;
    private final Messages messages;

    FormAdminController(Catalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/admin/forms")
    String forms(Model model, Caller caller) {
        model.addAttribute("forms", catalogue.forms());
        model.addAttribute("indicators", catalogue.indicators());
        model.addAttribute("dimensions", catalogue.dimensions().values());
        model.addAttribute("canEdit", catalogue.canEdit(caller));
        model.addAttribute("periodicities", Periodicity.values());
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("aggregations", Aggregation.values());
        return "reporting/forms";
    }

    @GetMapping("/admin/forms/{id}")
    String form(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("form", catalogue.form(id));
        model.addAttribute("indicators", catalogue.indicators());
        model.addAttribute("canEdit", catalogue.canEdit(caller));
        return "reporting/form";
    }

    @PostMapping("/admin/indicators")
    String createIndicator(@RequestParam(required = false) String code, @RequestParam(required = false) String nameVi,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) String descriptionVi,
            @RequestParam(required = false) String descriptionEn, @RequestParam(required = false) ValueType valueType,
            @RequestParam(required = false) Aggregation aggregation, @RequestParam(required = false) String dimensionCode,
            @RequestParam(required = false) String unitVi, @RequestParam(required = false) String unitEn,
            RedirectAttributes redirect, Caller caller) {
        return act(redirect, "/admin/forms", () -> catalogue.createIndicator(caller, new Catalogue.NewIndicator(
                code == null ? null : code.strip().toUpperCase(Locale.ROOT), nameVi, nameEn, descriptionVi, descriptionEn,
                valueType, aggregation, dimensionCode, unitVi, unitEn)));
    }

    @PostMapping("/admin/forms")
    String createForm(@RequestParam(required = false) String code, @RequestParam(required = false) String nameVi,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) Periodicity periodicity,
            @RequestParam(required = false) String levelCode, @RequestParam(defaultValue = "15") int deadlineDays,
            @RequestParam(required = false) String firstPeriod, RedirectAttributes redirect, Caller caller) {
        return act(redirect, "/admin/forms", () -> {
            LocalDate first = firstPeriod == null || firstPeriod.isBlank()
                    ? null
                    : DateInput.orToday(firstPeriod, "firstPeriod", null);
            catalogue.createForm(caller, new Catalogue.NewForm(
                    code == null ? null : code.strip().toUpperCase(Locale.ROOT), nameVi, nameEn, periodicity, levelCode,
                    deadlineDays, first));
        });
    }

    @PostMapping("/admin/forms/{id}")
    String change(@PathVariable long id, @RequestParam String nameVi, @RequestParam String nameEn,
            @RequestParam int deadlineDays, @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect,
            Caller caller) {
        return act(redirect, "/admin/forms/" + id, () -> catalogue.changeForm(caller, id,
                new Catalogue.FormChange(nameVi, nameEn, deadlineDays, active)));
    }

    @PostMapping("/admin/forms/{id}/items")
    String addItem(@PathVariable long id, @RequestParam String indicatorCode, @RequestParam(required = false) String sectionVi,
            @RequestParam(required = false) String sectionEn, @RequestParam(defaultValue = "false") boolean required,
            RedirectAttributes redirect, Caller caller) {
        return act(redirect, "/admin/forms/" + id, () -> catalogue.addItem(caller, id,
                new Catalogue.NewItem(indicatorCode, sectionVi, sectionEn, required)));
    }

    @PostMapping("/admin/forms/{id}/rules")
    String addRule(@PathVariable long id, @RequestParam String leftCode, @RequestParam String op,
            @RequestParam(required = false) String rightCode, @RequestParam(required = false) String rightValue,
            @RequestParam String messageVi, @RequestParam String messageEn, RedirectAttributes redirect, Caller caller) {
        return act(redirect, "/admin/forms/" + id, () -> {
            BigDecimal value = null;
            if (rightValue != null && !rightValue.isBlank()) {
                ValueParser.Result r = ValueParser.parse("rightValue", ValueType.DECIMAL, rightValue);
                if (r.problem() != null) {
                    throw DomainException.invalid(List.of(r.problem()));
                }
                value = r.value().num();
            }
            catalogue.addRule(caller, id, new Catalogue.NewRule(leftCode, op,
                    rightCode == null || rightCode.isBlank() ? null : rightCode, value, messageVi, messageEn));
        });
    }

    private String act(RedirectAttributes redirect, String back, Runnable action) {
        try {
            action.run();
            Outcome.notice(redirect, messages.get("admin.saved"));
        } catch (DomainException e) {
            Map<String, List<String>> byField = messages.byField(e.fieldProblems());
            List<String> lines = byField.isEmpty()
                    ? messages.all(e)
                    : byField.entrySet().stream().map(x -> x.getKey() + ": " + String.join(" ", x.getValue())).toList();
            Outcome.errors(redirect, lines);
        }
        return "redirect:" + back;
    }
}

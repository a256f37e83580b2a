package org.hoiso.orgunit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit picker's choices while the officer types (htmx swaps them under the field): open units within
 * her reach whose name, commune and province hold every word typed.
 */
@Controller
class UnitPickerController {

    /** Names the picker's own parameters use, which a field may not take. */
    private static final Set<String> RESERVED = Set.of("field", "reach", "levels");
    private final UnitPicker picker;

    UnitPickerController(UnitPicker picker) {
        this.picker = picker;
    }

    /** The typed text comes under the field's own name (the input's name), as htmx sends an input's value. */
    @GetMapping("/units/pick")
    String choices(@RequestParam String field, @RequestParam(required = false) String reach,
            @RequestParam(required = false) String levels, HttpServletRequest request, Model model, Caller caller) {
        if (!field.matches("[A-Za-z][A-Za-z0-9]{0,39}") || RESERVED.contains(field)) {
            throw DomainException.badRequest("error.parameter");
        }
        String typed = request.getParameter(field);
        List<UnitChoice> choices = typed == null || typed.strip().length() < 2
                ? List.of()
                : picker.search(caller, UnitPicker.Pick.of(reach, levels), typed);
        model.addAttribute("field", field);
        model.addAttribute("typed", typed);
        model.addAttribute("choices", choices);
        model.addAttribute("limit", UnitPicker.LIMIT);
        return "orgunit/picker :: choices";
    }
}

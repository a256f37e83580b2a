package org.hoiso.safety.alerts;

import java.util.List;
import java.util.Locale;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A member's warnings (/me/** is for members, see SecurityConfig): the current ones, and one opened. */
@Controller
class MyWarningsController {

    private final Warnings warnings;

    MyWarningsController(Warnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/me/warnings")
    String list(Model model, Locale locale, Caller caller) {
        model.addAttribute("warnings", warnings.forMember(caller, locale));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/my-warnings";
    }

    @GetMapping("/me/warnings/{id}")
    String open(@PathVariable long id, Model model, Locale locale, Caller caller) {
        model.addAttribute("w", warnings.open(caller, id, locale));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/my-warning";
    }
}

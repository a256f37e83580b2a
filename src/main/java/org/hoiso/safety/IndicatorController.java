package org.hoiso.safety;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Province and national officers review the scam indicators: counts of distinct reporters, first and last seen,
 * whether the public check shows it; they verify one or mark it false. A case worker also sees, per indicator, the
 * cases she may open among those that named it.
 */
@Controller
class IndicatorController {

    private final ScamIndicators indicators;
    private final Cases cases;
    private final Messages messages;

    IndicatorController(ScamIndicators indicators, Cases cases, Messages messages) {
        this.indicators = indicators;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/safety/indicators")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long casesOf, Model model,
            Caller caller) {
        model.addAttribute("rows", indicators.list(caller, q));
        model.addAttribute("q", q);
        model.addAttribute("casesOf", casesOf);
        model.addAttribute("cases", casesOf == null ? List.of() : cases.ofIndicator(caller, casesOf));
        model.addAttribute("caseWorker", cases.isCaseWorker(caller));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/indicators";
    }

    @PostMapping("/safety/indicators/{id}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        indicators.verify(caller, id);
        Outcome.notice(redirect, messages.get("safety.indicator.verified"));
        return "redirect:/safety/indicators";
    }

    @PostMapping("/safety/indicators/{id}/false")
    String markFalse(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        indicators.markFalse(caller, id);
        Outcome.notice(redirect, messages.get("safety.indicator.markedFalse"));
        return "redirect:/safety/indicators";
    }
}

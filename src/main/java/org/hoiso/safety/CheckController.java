package org.hoiso.safety;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.hoiso.safety.identifiers.BankAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Check before you transfer" (kiểm tra trước khi chuyển tiền), public: a phone, an account, a link or profile, or a
 * pasted or scanned VietQR code, answered with "reported by N people, last on …", "verified by the union" or
 * nothing to show; never a reporter, never a case.
 */
@Controller
class CheckController {

    private final ScamIndicators indicators;
    private final Messages messages;

    CheckController(ScamIndicators indicators, Messages messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping("/safety/check")
    String check(@RequestParam(required = false) String q, @RequestParam(required = false) String bin, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("bin", bin);
        model.addAttribute("banks", BankAccounts.banks());
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        model.addAttribute("pageScripts", List.of("/js/qr-scan.js"));
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("result", indicators.check(q, bin, request.getRemoteAddr()));
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.TOO_MANY) {
                    response.setStatus(429);
                }
                Outcome.errors(model, messages.all(e));
            }
        }
        return "safety/check";
    }
}

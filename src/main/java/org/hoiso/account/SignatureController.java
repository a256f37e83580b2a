package org.hoiso.account;

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

/**
 * An officer's own settings for reports: the title printed under her name where she signs a report, and
 * the address that receives notices of reports by e-mail.
 */
@Controller
class SignatureController {

    private final Officers officers;
    private final Accounts accounts;
    private final Messages messages;

    SignatureController(Officers officers, Accounts accounts, Messages messages) {
        this.officers = officers;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/reporting")
    String page(Model model, Caller caller) {
        refuseMembers(caller);
        model.addAttribute("signatureTitle", officers.title(caller).orElse(""));
        model.addAttribute("email", accounts.email(caller.userId()).orElse(""));
        return "account/reporting";
    }

    @PostMapping("/account/reporting")
    String save(@RequestParam(required = false) String title, @RequestParam(required = false) String email,
            RedirectAttributes redirect, Caller caller) {
        refuseMembers(caller);
        try {
            officers.changeOwnTitle(caller, title);
            accounts.changeOwnEmail(caller, email);
            Outcome.notice(redirect, messages.get("account.reporting.saved"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/account/reporting";
    }

    /** A member's own login signs no report. */
    private static void refuseMembers(Caller caller) {
        if (caller.isMember()) {
            throw DomainException.forbidden("error.forbidden");
        }
    }
}

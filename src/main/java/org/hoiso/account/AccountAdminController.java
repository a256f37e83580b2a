package org.hoiso.account;

import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One account of the subtree, as the level above manages it: reset, disable and enable, unlock, role and unit. */
@Controller
class AccountAdminController {

    private final AccountManagement management;
    private final OrgUnits units;
    private final Messages messages;

    AccountAdminController(AccountManagement management, OrgUnits units, Messages messages) {
        this.management = management;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("account", management.view(caller, id));
        model.addAttribute("self", caller.userId() == id);
        model.addAttribute("roles",
                caller.isAdmin() ? Caller.Role.values() : new Caller.Role[] {Caller.Role.OFFICER, Caller.Role.VIEWER});
        return "account/account";
    }

    /**
     * Answers with a page rather than a redirect: the one-time password is shown once and never kept in a session,
     * a flash attribute or a URL.
     */
    @PostMapping("/accounts/{id}/reset")
    String reset(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("reset", management.resetPassword(caller, id));
        model.addAttribute("account", management.view(caller, id));
        return "account/reset";
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        var a = management.disable(caller, id);
        Outcome.notice(redirect, messages.get("account.disabled", a.username()));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        var a = management.enable(caller, id);
        Outcome.notice(redirect, messages.get("account.enabled", a.username()));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        var a = management.unlock(caller, id);
        Outcome.notice(redirect, messages.get("account.unlocked", a.username()));
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam Caller.Role role, @RequestParam String unitCode,
            RedirectAttributes redirect, Caller caller) {
        management.view(caller, id);
        try {
            OrgUnit unit = units.findOpenByCode(VietnameseText.clean(unitCode)).orElseThrow(
                    () -> DomainException.invalid(List.of(FieldProblem.of("unitCode", "unit.code.unknown", unitCode))));
            var a = management.changeAssignment(caller, id, new AccountManagement.NewAssignment(role, unit.id()));
            Outcome.notice(redirect, messages.get("account.assigned", a.username()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/accounts/" + id;
    }
}

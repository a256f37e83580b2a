package org.hoiso.account;

import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.UnitPicker;
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

/** Officers and administrators manage the accounts of their subtree. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final OrgUnits units;
    private final UnitPicker picker;
    private final Messages messages;

    AccountController(Accounts accounts, OrgUnits units, UnitPicker picker, Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/accounts")
    String list(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId != null
                ? unitId
                : caller.writableUnits().stream().findFirst()
                        .orElseThrow(() -> DomainException.forbidden("error.forbidden"));
        model.addAttribute("unit", units.get(units.writable(caller, unit).unitId()));
        model.addAttribute("unitChoice", picker.choice(units.get(unit)));
        model.addAttribute("accounts", accounts.inSubtree(caller, unit));
        model.addAttribute("roles",
                caller.isAdmin() ? Caller.Role.values() : new Caller.Role[] {Caller.Role.OFFICER, Caller.Role.VIEWER});
        return "account/accounts";
    }

    @PostMapping("/accounts")
    String create(@RequestParam long unitId, @RequestParam String username, @RequestParam String password,
            @RequestParam String displayName, @RequestParam Caller.Role role, @RequestParam(required = false) String targetUnit,
            @RequestParam(required = false) Long targetUnitId, RedirectAttributes redirect, Caller caller) {
        units.writable(caller, unitId);
        try {
            long target = targetUnitId == null && (targetUnit == null || targetUnit.isBlank())
                    ? unitId
                    : picker.resolve(caller, UnitPicker.Pick.writable(), "targetUnitId", targetUnitId, targetUnit).id();
            accounts.create(caller, new Accounts.NewAccount(username, password, displayName, role, target));
            Outcome.notice(redirect, messages.get("account.created", username));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/accounts?unitId=" + unitId;
    }
}

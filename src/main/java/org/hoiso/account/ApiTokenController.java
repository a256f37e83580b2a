package org.hoiso.account;

import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.UnitPicker;
import org.hoiso.platform.security.Caller;
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

/** The administrator's page of API tokens (/admin/** is for ADMIN only, see SecurityConfig). */
@Controller
class ApiTokenController {

    private static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, ApiTokens.DEFAULT_VALID_DAYS,
            ApiTokens.MAX_VALID_DAYS);

    private final ApiTokens tokens;
    private final OrgUnits units;
    private final UnitPicker picker;
    private final Messages messages;

    ApiTokenController(ApiTokens tokens, OrgUnits units, UnitPicker picker, Messages messages) {
        this.tokens = tokens;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/admin/tokens")
    String list(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        return page(caller, unitId != null ? unitId : tokens.homeUnit(caller), model);
    }

    /**
     * Answers with the page itself rather than a redirect: the new token is then shown once and never
     * kept anywhere, not even in the session's flash attributes.
     */
    @PostMapping("/admin/tokens")
    String create(@RequestParam long unitId, @RequestParam String name, @RequestParam(required = false) Integer validDays,
            @RequestParam(required = false) String targetUnit, @RequestParam(required = false) Long targetUnitId, Model model,
            RedirectAttributes redirect, Caller caller) {
        tokens.requireAdministers(caller, unitId);
        try {
            long target = targetUnitId == null && (targetUnit == null || targetUnit.isBlank())
                    ? unitId
                    : picker.resolve(caller, UnitPicker.Pick.writable(), "targetUnitId", targetUnitId, targetUnit).id();
            ApiTokens.CreatedToken created = tokens.create(caller, new ApiTokens.NewToken(name, target, validDays));
            model.addAttribute("created", created);
            Outcome.notice(model, messages.get("tokens.created", created.name()));
            return page(caller, unitId, model);
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
            return "redirect:/admin/tokens?unitId=" + unitId;
        }
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long unitId, RedirectAttributes redirect, Caller caller) {
        ApiTokens.TokenSummary revoked = tokens.revoke(caller, id);
        Outcome.notice(redirect, messages.get("tokens.revoked", revoked.name()));
        return "redirect:/admin/tokens?unitId=" + unitId;
    }

    private String page(Caller caller, long unitId, Model model) {
        List<ApiTokens.TokenSummary> list = tokens.inSubtree(caller, unitId);
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("unitChoice", picker.choice(units.get(unitId)));
        model.addAttribute("tokens", list);
        model.addAttribute("validityDays", VALIDITY_DAYS);
        model.addAttribute("defaultDays", ApiTokens.DEFAULT_VALID_DAYS);
        return "account/tokens";
    }
}

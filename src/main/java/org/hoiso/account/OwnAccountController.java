package org.hoiso.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Tài khoản của tôi": everyone's own account, officers and members alike: her password (the page an account with a
 * one-time password is held on until she chooses her own), her e-mail address for notices, and an officer's
 * personal API tokens.
 */
@Controller
class OwnAccountController {

    private final Accounts accounts;
    private final OwnPassword password;
    private final PersonalTokens tokens;
    private final AccountUserDetailsService users;
    private final Messages messages;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    OwnAccountController(Accounts accounts, OwnPassword password, PersonalTokens tokens, AccountUserDetailsService users,
            Messages messages) {
        this.accounts = accounts;
        this.password = password;
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/account")
    String mine(Model model, Caller caller) {
        return page(model, caller);
    }

    @GetMapping("/account/password")
    String passwordPage(Model model, Caller caller) {
        model.addAttribute("mustChange", password.mustChange(caller));
        model.addAttribute("oidc", caller.username().startsWith("oidc:"));
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            Model model, RedirectAttributes redirect, Caller caller, HttpServletRequest req, HttpServletResponse res) {
        try {
            password.change(caller, currentPassword, newPassword);
        } catch (DomainException e) {
            model.addAttribute("mustChange", password.mustChange(caller));
            model.addAttribute("oidc", caller.username().startsWith("oidc:"));
            model.addAttribute("errors", e.fieldProblems().isEmpty()
                    ? Map.of("newPassword", messages.all(e))
                    : messages.byField(e.fieldProblems()));
            return "account/password";
        }
        // Her other sessions end (the stamp moved on); this one goes on as the account is now, under a new session id.
        HoisoUser fresh = (HoisoUser) users.loadUserByUsername(caller.username());
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        req.changeSessionId();
        sessions.saveContext(context, req, res);
        Outcome.notice(redirect, messages.get("account.password.changed"));
        return caller.isMember() ? "redirect:/me" : "redirect:/account";
    }

    @PostMapping("/account/email")
    String email(@RequestParam(required = false) String email, RedirectAttributes redirect, Caller caller) {
        try {
            accounts.changeOwnEmail(caller, email);
            Outcome.notice(redirect, messages.get("account.email.changed"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/account";
    }

    /** Answers with the page itself: the new token is shown once and kept nowhere. */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, @RequestParam(required = false) Integer validDays,
            Model model, RedirectAttributes redirect, Caller caller) {
        try {
            PersonalTokens.CreatedToken created = tokens.create(caller, new PersonalTokens.NewToken(name, validDays));
            model.addAttribute("created", created);
            Outcome.notice(model, messages.get("tokens.created", created.name()));
            return page(model, caller);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            Outcome.errors(redirect, messages.all(e));
            return "redirect:/account";
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        PersonalTokens.TokenSummary revoked = tokens.revoke(caller, id);
        Outcome.notice(redirect, messages.get("tokens.revoked", revoked.name()));
        return "redirect:/account";
    }

    private String page(Model model, Caller caller) {
        boolean officer = !caller.isMember() && !caller.assignments().isEmpty() && caller.userId() > 0;
        model.addAttribute("email", accounts.email(caller.userId()).orElse(""));
        model.addAttribute("tokens", officer ? tokens.mine(caller) : List.of());
        model.addAttribute("officer", officer);
        model.addAttribute("validityDays", List.of(30, PersonalTokens.DEFAULT_VALID_DAYS, 180, PersonalTokens.MAX_VALID_DAYS));
        model.addAttribute("defaultDays", PersonalTokens.DEFAULT_VALID_DAYS);
        return "account/mine";
    }
}

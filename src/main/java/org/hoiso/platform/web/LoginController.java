package org.hoiso.platform.web;

import org.hoiso.platform.PlatformProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final Messages messages;
    private final PlatformProperties.Oidc provider;

    LoginController(Messages messages, PlatformProperties settings) {
        this.messages = messages;
        this.provider = settings.oidc();
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String joined, @RequestParam(required = false) String oidc,
            @RequestParam(required = false) String throttled, @RequestParam(required = false) String ended, Model model) {
        // Spring Security and the join page come back here with what happened (?error, ?logout, ?joined, ?oidc=reason).
        if (error != null) {
            Outcome.error(model, messages.get("login.failed"));
        }
        if (throttled != null) {
            Outcome.error(model, messages.get("login.throttled"));
        }
        if (ended != null) {
            Outcome.error(model, messages.get("login.ended"));
        }
        if (logout != null) {
            Outcome.notice(model, messages.get("login.loggedOut"));
        }
        if (joined != null) {
            Outcome.notice(model, messages.get("otherPhone".equals(joined) ? "join.doneOtherPhone" : "join.done"));
        }
        if (oidc != null) {
            String code = "login.oidc." + oidc;
            String reason = messages.get(code);
            Outcome.error(model, reason.equals(code) ? messages.get("login.oidc.failed") : reason);
        }
        // The provider's button only when a deployment configured one (an agreement with the e-ID operator).
        model.addAttribute("oidcEnabled", provider.enabled());
        model.addAttribute("oidcDisplayName", provider.displayName());
        model.addAttribute("oidcRegistration", provider.registrationId());
        return "platform/login";
    }
}

package org.hoiso.platform.web;

import org.hoiso.platform.PlatformProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final PlatformProperties.Oidc oidc;

    LoginController(PlatformProperties settings) {
        this.oidc = settings.oidc();
    }

    @GetMapping("/login")
    String login(Model model) {
        // The provider's button only when a deployment configured one (an agreement with the e-ID operator).
        model.addAttribute("oidcEnabled", oidc.enabled());
        model.addAttribute("oidcDisplayName", oidc.displayName());
        model.addAttribute("oidcRegistration", oidc.registrationId());
        return "platform/login";
    }
}

package org.hoiso.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean oidcEnabled;
    private final String oidcDisplayName;
    private final String oidcRegistration;

    LoginController(@Value("${hoiso.oidc.enabled:false}") boolean oidcEnabled,
                    @Value("${hoiso.oidc.display-name:VNeID}") String oidcDisplayName,
                    @Value("${hoiso.oidc.registration-id:eid}") String oidcRegistration) {
        this.oidcEnabled = oidcEnabled;
        this.oidcDisplayName = oidcDisplayName;
        this.oidcRegistration = oidcRegistration;
    }

    @GetMapping("/login")
    String login(Model model) {
        // The provider's button only when a deployment configured one (an agreement with the e-ID operator).
        model.addAttribute("oidcEnabled", oidcEnabled);
        model.addAttribute("oidcDisplayName", oidcDisplayName);
        model.addAttribute("oidcRegistration", oidcRegistration);
        return "platform/login";
    }
}

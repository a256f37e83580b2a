package org.hoiso.platform.web;

import java.util.Locale;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in caller and the current language. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    @ModelAttribute("me")
    Caller me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof HoisoUser u ? u.caller() : null;
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }
}

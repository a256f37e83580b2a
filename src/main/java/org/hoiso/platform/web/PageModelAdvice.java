package org.hoiso.platform.web;

import java.util.List;
import java.util.Locale;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in caller, the current language and the menu's facts. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private final List<MenuSource> menuSources;

    PageModelAdvice(List<MenuSource> menuSources) {
        this.menuSources = menuSources;
    }

    @ModelAttribute("me")
    Caller me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof HoisoUser u ? u.caller() : null;
    }

    /** Nothing is asked of the modules until the layout reads a fact: fragments and JSON answers cost nothing. */
    @ModelAttribute("menu")
    Menu menu() {
        return new Menu(me(), menuSources);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }
}

package org.hoiso.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name of whoever is acting, for components that are no controller and have no {@link Caller} argument
 * (the audit log). Controllers take a {@code Caller} parameter instead (see {@link CallerArgumentResolver}).
 */
public final class Callers {

    private Callers() {
    }

    public static String currentName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}

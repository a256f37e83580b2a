package org.hoiso.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoiso.platform.security.AccountStanding.Standing;
import org.hoiso.platform.web.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every request of a signed-in account asks the account's standing (one primary-key read): a disabled account, or
 * one whose security stamp moved on since the session signed in, is refused and its session ends at once (the page
 * goes to /login?ended, the API answers 401); an account that must change a one-time password reaches only the page
 * and the API call that change it. Partner API tokens (user 0) have no account and pass.
 */
final class AccountGuardFilter extends OncePerRequestFilter {

    /** Where an account that must change its password is sent. */
    static final String PASSWORD_PAGE = "/account/password";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final List<RequestMatcher> PAGES_BEFORE_A_NEW_PASSWORD = List.of(PATHS.matcher(PASSWORD_PAGE),
            PATHS.matcher(HttpMethod.POST, "/logout"), PATHS.matcher("/login"), PATHS.matcher("/error"),
            PATHS.matcher("/css/**"), PATHS.matcher("/js/**"), PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico"));
    private static final List<RequestMatcher> API_BEFORE_A_NEW_PASSWORD = List.of(
            PATHS.matcher(HttpMethod.POST, "/api/v1/accounts/me/password"), PATHS.matcher(HttpMethod.GET, "/api/v1/accounts/me"));

    private final ObjectProvider<AccountStanding> standings;
    private final boolean api;
    private final Messages messages;
    private final LocaleResolver locales;

    AccountGuardFilter(ObjectProvider<AccountStanding> standings, boolean api, Messages messages, LocaleResolver locales) {
        this.standings = standings;
        this.api = api;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        AccountStanding accounts = standings.getIfAvailable();
        if (accounts == null || auth == null || !(auth.getPrincipal() instanceof HoisoUser user) || user.caller().userId() <= 0) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Standing> standing = accounts.of(user.caller().userId());
        if (standing.isEmpty() && user.stamp() == HoisoUser.UNCHECKED) {
            // a principal made without an account's row (no sign-in path does; a test's hand-made member may)
            chain.doFilter(req, res);
            return;
        }
        boolean ended = standing.isEmpty() || !standing.get().enabled()
                || (user.stamp() != HoisoUser.UNCHECKED && user.stamp() != standing.get().stamp());
        if (ended) {
            end(req, res);
            return;
        }
        if (standing.get().mustChangePassword()
                && (api ? API_BEFORE_A_NEW_PASSWORD : PAGES_BEFORE_A_NEW_PASSWORD).stream().noneMatch(m -> m.matches(req))) {
            if (api) {
                problem(req, res, 403, "account.password.mustChange");
            } else {
                res.sendRedirect(req.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(req, res);
    }

    /** The session ends here: nothing of it is kept, and the next request starts signed out. */
    private void end(HttpServletRequest req, HttpServletResponse res) throws IOException {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            problem(req, res, 401, "error.sessionEnded");
        } else {
            res.sendRedirect(req.getContextPath() + "/login?ended");
        }
    }

    private void problem(HttpServletRequest req, HttpServletResponse res, int status, String code) throws IOException {
        Locale locale = locales.resolveLocale(req);
        ProblemResponse.write(res, status, code, messages.get(locale, "error.title." + status), messages.get(locale, code));
    }
}

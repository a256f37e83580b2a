package org.hoiso.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hoiso.platform.security.ApiTokenAuthenticator.ApiToken;
import org.hoiso.platform.security.ApiTokenAuthenticator.Status;
import org.hoiso.platform.security.ApiTokenAuthenticator.Verdict;
import org.hoiso.platform.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code Authorization: Bearer hs_…} in the API chain: the request runs as a viewer of the token's
 * unit, so every subtree check of the API applies unchanged. A token only reads (GET, HEAD), only the
 * aggregate paths of {@code hoiso.api-tokens.paths}, within its rate limit, and each request is
 * audited. Other requests (HTTP Basic, none) pass through untouched.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final int DETAIL_MAX = 500;

    /** What a personal token may not do: manage accounts and tokens (a leaked token must not make itself a successor). */
    private static final List<RequestMatcher> NOT_FOR_PERSONAL_TOKENS = List.of(
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/accounts/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/tokens/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/accounts"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/tokens"));
    private static final RequestMatcher WHO_AM_I = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET,
            "/api/v1/accounts/me");

    private final ObjectProvider<ApiTokenAuthenticator> authenticator;
    private final ObjectProvider<PersonalTokenAuthenticator> personal;
    private final List<RequestMatcher> allowedPaths;
    private final TokenBuckets buckets;
    private final Messages messages;
    private final LocaleResolver locales;

    ApiTokenFilter(ObjectProvider<ApiTokenAuthenticator> authenticator, ObjectProvider<PersonalTokenAuthenticator> personal,
            List<RequestMatcher> allowedPaths, TokenBuckets buckets, Messages messages, LocaleResolver locales) {
        this.authenticator = authenticator;
        this.personal = personal;
        this.allowedPaths = List.copyOf(allowedPaths);
        this.buckets = buckets;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String header = req.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(req, res);
            return;
        }
        String presented = header.substring(7).trim();
        if (presented.startsWith(PersonalTokenAuthenticator.PREFIX)) {
            personal(presented, req, res, chain);
            return;
        }
        ApiTokenAuthenticator tokens = authenticator.getIfAvailable();
        Verdict verdict = tokens == null ? Verdict.refused(Status.UNKNOWN) : tokens.verify(presented);
        if (verdict.status() != Status.VALID) {
            // The message says unknown, revoked or expired, never the token itself.
            res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            refuse(req, res, 401, "error.token." + verdict.status().name().toLowerCase(Locale.ROOT));
            return;
        }
        ApiToken token = verdict.token();
        long wait = buckets.take(token.id());
        if (wait > 0) {
            // Not audited: a client hammering past its limit must not turn into a flood of audit rows.
            res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            refuse(req, res, 429, "error.token.rateLimited", wait);
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication(token));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);

        String refusal = !READ_METHODS.contains(req.getMethod())
                ? "error.token.readOnly"
                : allowedPaths.stream().noneMatch(m -> m.matches(req)) ? "error.token.path" : null;
        recordUse(tokens, token, req, refusal);
        if (refusal != null) {
            refuse(req, res, 403, refusal);
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * A personal token acts as its account with her own role assignments, on every API path but those that manage
     * accounts and tokens. No audit per request: her reads of people's records are audited as they are with a password.
     */
    private void personal(String presented, HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        PersonalTokenAuthenticator tokens = personal.getIfAvailable();
        HoisoUser user = tokens == null ? null : tokens.authenticate(presented).orElse(null);
        if (user == null) {
            res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            refuse(req, res, 401, "error.token.personal");
            return;
        }
        if (!WHO_AM_I.matches(req) && NOT_FOR_PERSONAL_TOKENS.stream().anyMatch(m -> m.matches(req))) {
            refuse(req, res, 403, "error.token.personalPath");
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(req, res);
    }

    private static UsernamePasswordAuthenticationToken authentication(ApiToken token) {
        Caller caller = new Caller(0, "token:" + token.prefix(), token.name(),
                List.of(new Caller.Assignment(Caller.Role.VIEWER, token.unitId())));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Caller.Role.VIEWER.name()));
        HoisoUser user = new HoisoUser(caller, "", true, true, authorities);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /**
     * The audit entry is written synchronously (one insert, usually no update: simple), but a failure to
     * write it, such as a statement timeout on a slow database, must not fail the partner's read.
     */
    private static void recordUse(ApiTokenAuthenticator tokens, ApiToken token, HttpServletRequest req, String refusal) {
        String detail = req.getMethod() + " " + req.getRequestURI()
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        if (detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX - 1) + "…";
        }
        if (refusal != null) {
            detail = detail + " → " + refusal;
        }
        try {
            tokens.recordUse(token, detail);
        } catch (RuntimeException e) {
            log.warn("Could not audit the use of API token {}: {}", token.id(), e.toString());
        }
    }

    private void refuse(HttpServletRequest req, HttpServletResponse res, int status, String code, Object... args)
            throws IOException {
        Locale locale = locales.resolveLocale(req);
        ProblemResponse.write(res, status, code, messages.get(locale, "error.title." + status), messages.get(locale, code, args));
    }
}

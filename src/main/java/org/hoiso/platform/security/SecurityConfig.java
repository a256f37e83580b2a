package org.hoiso.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.hoiso.platform.PlatformProperties;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two chains: the JSON API under /api (stateless, HTTP Basic for accounts or a Bearer API token for
 * partner systems, no cookies so no CSRF) and the pages (form login, session, CSRF on every form,
 * secure headers; OpenID Connect login for members when {@code hoiso.oidc.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix so the algorithm can be raised without resetting passwords.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Messages messages, LocaleResolver locales,
            ObjectProvider<ApiTokenAuthenticator> tokens, ObjectProvider<PersonalTokenAuthenticator> personalTokens,
            ObjectProvider<AccountStanding> standings, Clock clock, PlatformProperties settings, JdbcClient jdbc)
            throws Exception {
        // Built here, not as a bean: a Filter bean would also be registered on the servlet for every URL.
        PlatformProperties.ApiTokens limits = settings.apiTokens();
        ApiTokenFilter bearer = new ApiTokenFilter(tokens, personalTokens, pathMatchers(limits.paths()),
                new TokenBuckets(jdbc, limits.requestsPerMinute(), clock), messages, locales);
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi/**").permitAll()
                        // the digital market's public side (module market): catalogue reads, a buyer's order, a report, VietQR check
                        .requestMatchers(HttpMethod.GET, "/api/v1/market/products", "/api/v1/market/products/*",
                                "/api/v1/market/shops/*", "/api/v1/market/banks", "/api/v1/market/orders/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/market/orders", "/api/v1/market/products/*/reports",
                                "/api/v1/vietqr/decode")
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountGuardFilter(standings, true, messages, locales), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        refusedAsProblems(http, messages, locales);
        return http.build();
    }

    /**
     * A machine's chain (the API, Actuator): HTTP Basic, and refusals as {@code application/problem+json} in the
     * caller's language, a throttled sign-in with {@code Retry-After}; no page may be framed or load anything.
     */
    static void refusedAsProblems(HttpSecurity http, Messages messages, LocaleResolver locales) throws Exception {
        http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
            if (ex instanceof SignInThrottledException throttled) {
                // refused before any password was hashed: the client waits instead of costing a bcrypt a try
                res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                problem(req, res, 429, "error.signIn.throttled", messages, locales);
            } else {
                problem(req, res, 401, "error.unauthenticated", messages, locales);
            }
        }))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(
                                (req, res, ex) -> problem(req, res, 401, "error.unauthenticated", messages, locales))
                        .accessDeniedHandler((req, res, ex) -> problem(req, res, 403, "error.forbidden", messages, locales)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    }

    /** The same path matching as the chain's own matchers, so a pattern means here what it means there. */
    private static List<RequestMatcher> pathMatchers(List<String> patterns) {
        return patterns.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PlatformProperties settings,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers, ObjectProvider<AccountStanding> standings,
            ObjectProvider<ClientRegistrationRepository> registrations, PublicUrl publicUrl, Messages messages,
            LocaleResolver locales) throws Exception {
        // Relative, so that the redirect to the login page never echoes the Host header a client sent.
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        toLogin.setFavorRelativeUris(true);
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                        "/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                .permitAll()
                // a member activates her account with the code of her printed invitation
                .requestMatchers("/join", "/join/**").permitAll()
                // anyone holding a certificate may check it is real
                .requestMatchers("/certificates/*").permitAll()
                // the safety module's public pages: a report without an account, its follow-up by code and PIN, the check
                .requestMatchers("/safety/report", "/safety/report/communes", "/safety/follow", "/safety/follow/*",
                        "/safety/check")
                .permitAll()
                // the digital market (Chợ số): the public catalogue in both languages, orders of buyers without an account,
                // listed photos, the sitemap and the merchant feeds
                .requestMatchers("/cho-so", "/cho-so/**", "/en/market", "/en/market/**", "/sitemap.xml", "/sitemap-market-*.xml")
                .permitAll()
                .requestMatchers("/me", "/me/**").hasRole("MEMBER")
                // member cards: the public keys, the checker's manifest, service worker and icon hold no data
                .requestMatchers("/cards/keys.json", "/cards/manifest.webmanifest", "/cards/sw.js", "/cards/icon.svg").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(SecurityConfig::loginFailure)
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(toLogin))
                .addFilterBefore(new AccountGuardFilter(standings, false, messages, locales), AuthorizationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        if (settings.oidc().enabled()) {
            // Members only (the account module's user service matches the national ID to a living member), so
            // they land on their own pages. The provider is plain configuration (spring.security.oauth2.client.*).
            http.oauth2Login(o -> o
                    .loginPage("/login")
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(
                            redirectToPublicUrl(registrations.getObject(), publicUrl, settings.oidc().registrationId())))
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers.getObject()))
                    .defaultSuccessUrl("/me", true)
                    .failureHandler(SecurityConfig::oidcFailure));
        }
        return http.build();
    }

    /** The provider sends her back to hoiso's public address, not to whatever Host the request named. */
    private static OAuth2AuthorizationRequestResolver redirectToPublicUrl(ClientRegistrationRepository registrations,
            PublicUrl publicUrl, String registrationId) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(b -> b.redirectUri(publicUrl.of("/login/oauth2/code/" + registrationId)));
        return resolver;
    }

    /** A wrong password: "?error"; too many failures from her address: "?throttled", so the page says to wait. */
    private static void loginFailure(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        res.sendRedirect(req.getContextPath() + (ex instanceof SignInThrottledException ? "/login?throttled" : "/login?error"));
    }

    /** Back to the login page with a reason it can show; never the exception's text or a stack trace. */
    private static void oidcFailure(HttpServletRequest req, HttpServletResponse res,
            AuthenticationException ex) throws IOException {
        String code = ex instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
        String reason = switch (code) {
            case "hoiso_member_not_found" -> "notfound";
            case "hoiso_national_id_invalid" -> "noid";
            case "hoiso_account_disabled" -> "disabled";
            default -> "failed";
        };
        res.sendRedirect(req.getContextPath() + "/login?oidc=" + reason);
    }

    private static void problem(HttpServletRequest req, HttpServletResponse res, int status, String message,
            Messages messages, LocaleResolver locales) throws IOException {
        var locale = locales.resolveLocale(req);
        ProblemResponse.write(res, status, "error." + status, messages.get(locale, "error.title." + status),
                messages.get(locale, message));
    }
}

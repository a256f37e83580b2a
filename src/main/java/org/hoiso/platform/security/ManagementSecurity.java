package org.hoiso.platform.security;

import java.util.function.Supplier;
import org.hoiso.platform.web.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The operating endpoints (Spring Boot Actuator: health, info, metrics, Prometheus' scrape), on the application's port
 * or on {@code management.server.port}. A load balancer asks the liveness and readiness probes without an account and
 * reads their status only; everything else is answered to administrators of the central union alone (an
 * {@code ADMIN} assignment on the root of the tree), signed in by session or HTTP Basic (a Prometheus scraper): the
 * figures are the whole country's. Anyone else gets 401 or 403 as a problem, never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, ObjectProvider<WebEndpointProperties> endpoints, JdbcClient jdbc,
            ObjectProvider<AccountStanding> standings, Messages messages, LocaleResolver locales) throws Exception {
        // no web endpoints without a web server (the benchmarks): the chain is built but never sees a request
        WebEndpointProperties web = endpoints.getIfAvailable(WebEndpointProperties::new);
        String base = web.getBasePath();
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, base + "/health/liveness", base + "/health/readiness").permitAll()
                        .anyRequest().access(new CentralAdministrators(jdbc)))
                .addFilterBefore(new AccountGuardFilter(standings, true, messages, locales), AuthorizationFilter.class)
                // a scraper's Basic sign-in opens no session; an administrator's page session is still read
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        SecurityConfig.refusedAsProblems(http, messages, locales);
        return http.build();
    }

    /** An account with an ADMIN assignment on the root of the organisation tree (the tree is readable by every module). */
    static final class CentralAdministrators implements AuthorizationManager<RequestAuthorizationContext> {

        private final JdbcClient jdbc;

        CentralAdministrators(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            Authentication auth = authentication.get();
            if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof HoisoUser user)) {
                return new AuthorizationDecision(false);
            }
            Long[] administered = user.caller().assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN)
                    .map(Caller.Assignment::unitId).distinct().toArray(Long[]::new);
            if (administered.length == 0) {
                return new AuthorizationDecision(false);
            }
            boolean central = jdbc
                    .sql("SELECT EXISTS (SELECT 1 FROM org_unit WHERE id = ANY(CAST(:units AS bigint[])) AND parent_id IS NULL)")
                    .param("units", administered).query(Boolean.class).single();
            return new AuthorizationDecision(central);
        }
    }
}

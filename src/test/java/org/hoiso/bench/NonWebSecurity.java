package org.hoiso.bench;

import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Lets the application's SecurityConfig build its filter chains without a web server. Spring Boot
 * only enables web security in a servlet application, and SecurityConfig needs the HttpSecurity bean
 * that comes with it; the chains are built but never see a request.
 *
 * <p>Deliberately not a {@code @Configuration}: component scanning of {@code org.hoiso} must not pick
 * it up in the application's own tests. The benchmark passes it as an extra source.
 */
@EnableWebSecurity
class NonWebSecurity {
}

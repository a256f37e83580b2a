package org.hoiso.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The pages' sessions live in PostgreSQL (Spring Session JDBC, tables {@code spring_session} and
 * {@code spring_session_attributes}, migration {@code platform/V100}), so that any instance behind the load balancer
 * serves any signed-in request: no sticky sessions, and an instance may die without signing anyone out. Every
 * session and flash attribute is therefore Java-serialized ({@link Caller}, {@link HoisoUser}, the pages' forms).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Writes attributes with PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE}: two requests of one browser on two
     * instances that set the same attribute at once (the CSRF token of two tabs) must not fail on the primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}

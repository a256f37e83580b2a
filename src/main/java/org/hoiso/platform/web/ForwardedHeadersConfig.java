package org.hoiso.platform.web;

import org.hoiso.platform.PlatformProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link TrustedProxies} before every other filter, so that the audit log and the limiters see the client. */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfig {

    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(PlatformProperties settings) {
        FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(
                new TrustedProxies(settings.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

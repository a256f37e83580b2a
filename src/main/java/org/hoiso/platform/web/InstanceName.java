package org.hoiso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hoiso.platform.PlatformProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The name of this instance among several behind a load balancer ({@code hoiso.instance-name}; by default the host
 * name and the process id), sent in every response's {@code X-Hoiso-Instance} header: which server answered is
 * then in the browser's tools and the load balancer's log, and the cluster test sees requests alternate.
 */
@Configuration(proxyBeanMethods = false)
class InstanceName {

    static final String HEADER = "X-Hoiso-Instance";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> instanceNameFilter(PlatformProperties settings) {
        String name = settings.instance();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(HEADER, name);
                chain.doFilter(request, response);
            }
        });
        // first of all, so that every answer names its instance, a refusal by the security filters too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}

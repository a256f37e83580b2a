package org.hoiso.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates give them, not passed through the resource chain. Spring Boot registers
 * {@link ResourceUrlEncodingFilter} because the WebJars locator is present; it would rewrite
 * {@code /webjars/htmx.org/dist/htmx.min.js} into its versioned path, but it also looks every other link of a page
 * ({@code /members/123}, the menu's) up as a static resource, in every static location and jar, and caches only what
 * it finds: dozens of class-path look-ups under the jar files' locks per page, the largest cost of a page under load
 * (the month's-end simulation, {@code org.hoiso.load}). The version-less WebJars paths are still served: the
 * resource handler resolves them when the browser asks.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinksConfig {

    /** Takes the place of Spring Boot's registration (it backs off when one exists), switched off. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}

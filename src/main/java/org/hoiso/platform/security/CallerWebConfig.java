package org.hoiso.platform.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Controllers take the signed-in {@link Caller} as a method parameter ({@code String page(Model model, Caller caller)})
 * instead of reading a static "current user". It is no request parameter, so the OpenAPI description leaves it out.
 */
@Configuration(proxyBeanMethods = false)
class CallerWebConfig implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}

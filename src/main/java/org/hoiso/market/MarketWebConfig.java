package org.hoiso.market;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The public catalogue's language comes from its address: {@code /en/market/**} is English and {@code /cho-so/**}
 * Vietnamese, whatever language the visitor chose elsewhere, so each address has one language (as hreflang and
 * search engines expect). A {@code ?lang=} parameter still switches, as on every page. The choice is made for the
 * request only; no cookie is written.
 */
@Configuration(proxyBeanMethods = false)
class MarketWebConfig implements WebMvcConfigurer {

    private final LocaleResolver locales;

    MarketWebConfig(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getParameter("lang") == null && locales instanceof CookieLocaleResolver) {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    Locale locale = path.startsWith(MarketLinks.EN) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
                    request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
                }
                return true;
            }
        }).addPathPatterns("/cho-so", "/cho-so/**", "/en/market", "/en/market/**");
    }
}

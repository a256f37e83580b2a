package org.hoiso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Control characters are taken out of every text a request carries, in one place at the edge: the parameters of
 * the query and of forms (a servlet filter, before any controller or security filter reads them) and every string of
 * a JSON body (a Jackson module). A NUL byte, which PostgreSQL cannot store in text, made searches fail with 500;
 * an escape or bell character has no place in a name either. Tab, line feed and carriage return stay (a note, an
 * address typed on several lines).
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

    /** The text without its control characters (Unicode category Cc) but tab, line feed and carriage return. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !removed(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean removed(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> controlCharacterFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new Stripped(request), response);
            }
        });
        // after the character encoding and the form bodies of PUT (-9900), before Spring Security (-100) reads any
        registration.setOrder(-1000);
        return registration;
    }

    @Bean
    JacksonModule controlCharacterStrings() {
        return new SimpleModule("hoiso-control-characters").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                return strip(super.deserialize(p, ctxt));
            }
        });
    }

    /** The request with its parameters stripped, read lazily (an upload's parts are parsed only when asked for). */
    private static final class Stripped extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> out = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] clean = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        clean[i] = strip(values[i]);
                    }
                    out.put(strip(name), clean);
                });
                parameters = Collections.unmodifiableMap(out);
            }
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}

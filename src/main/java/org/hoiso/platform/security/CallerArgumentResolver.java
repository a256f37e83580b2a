package org.hoiso.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A handler's {@code Caller} parameter: the signed-in person of the request, read from the authenticated
 * {@link HoisoUser} (password, OpenID Connect or API token). Without one the request is refused with
 * {@link AccessDeniedException} (403), so a handler never sees a null caller. This is the only place that
 * reads the caller from the security context; everything below a controller receives it as an argument.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HoisoUser user) {
            return user.caller();
        }
        throw new AccessDeniedException("not signed in");
    }
}

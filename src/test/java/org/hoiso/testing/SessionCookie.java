package org.hoiso.testing;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across MockMvc requests. Sessions live in PostgreSQL (Spring Session JDBC), so a
 * {@code MockHttpSession} carries nothing: the next request must bring the {@code SESSION} cookie the last response
 * set, as a browser does. Use it on both ends of a request:
 * {@code mvc.perform(get("/members").with(session)).andDo(session)}.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    /** Spring Session's cookie name (Boot's default). */
    public static final String NAME = "SESSION";

    private Cookie cookie;
    private boolean ended;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            Cookie[] others = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] all = Arrays.copyOf(others, others.length + 1);
            all[others.length] = cookie;
            request.setCookies(all);
        }
        return request;
    }

    /** Keeps the cookie the response set (a new session, a changed id) and notes one that was expired. */
    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set == null) {
            return;
        }
        if (set.getMaxAge() == 0) {
            cookie = null;
            ended = true;
        } else {
            cookie = set;
            ended = false;
        }
    }

    /** Whether the last response that spoke of the cookie expired it (the session ended). */
    public boolean ended() {
        return ended;
    }

    /** The cookie's value as the browser sends it, or null without a session. */
    public String cookieValue() {
        return cookie == null ? null : cookie.getValue();
    }

    /** The session's id (the cookie holds it base64-encoded), or null without a session. */
    public String id() {
        return cookie == null ? null : new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }
}

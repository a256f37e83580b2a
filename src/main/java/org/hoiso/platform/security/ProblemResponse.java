package org.hoiso.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * A problem+json answer written by a security filter, before any controller (and so before
 * ApiExceptionHandler) runs; the same fields as the handler's problems.
 */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void write(HttpServletResponse res, int status, String code, String title, String detail) throws IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter()
                .write("{\"type\":\"urn:hoiso:error:" + json(code) + "\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\",\"code\":\"" + json(code) + "\"}");
    }

    /** The texts come from our own bundles, but a translator's quote or backslash must not break the JSON. */
    private static String json(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

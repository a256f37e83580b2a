package org.hoiso.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.hoiso.platform.web.DomainException;

/** File downloads of the intake pages and API: the format asked for, and the response's headers. */
final class Downloads {

    private Downloads() {
    }

    /** True for "xlsx", false for "csv"; anything else is refused (400). */
    static boolean xlsx(String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if ("csv".equalsIgnoreCase(format)) {
            return false;
        }
        throw DomainException.badRequest("intake.format.unknown", format);
    }

    /** Sets the content type and file name, and returns the body's stream. */
    static OutputStream start(HttpServletResponse response, boolean xlsx, String baseName) throws IOException {
        response.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "no-store");
        return response.getOutputStream();
    }
}

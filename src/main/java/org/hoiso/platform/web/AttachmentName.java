package org.hoiso.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hoiso.platform.text.VietnameseText;

/**
 * The {@code Content-Disposition} of a download named in Vietnamese ("Sổ hội viên - Chi hội Tổ 5 -
 * 05-12-2026.pdf"): the name itself for browsers ({@code filename*}, RFC 6266 / 5987) and, for the rest, the
 * same without diacritics ("so-hoi-vien-chi-hoi-to-5-05-12-2026.pdf").
 */
public final class AttachmentName {

    private AttachmentName() {
    }

    /** The header value for a file named {@code name} with the extension {@code extension} (without the dot). */
    public static String header(String name, String extension) {
        String full = name.replace('"', '\'').replace('/', '-').replace('\\', '-').strip() + "." + extension;
        return "attachment; filename=\"" + ascii(name) + "." + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The name folded to lower-case ASCII words joined by dashes. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : VietnameseText.fold(name).toCharArray()) {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                if (dash && !out.isEmpty()) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.isEmpty() ? "download" : out.length() > 120 ? out.substring(0, 120) : out.toString();
    }
}

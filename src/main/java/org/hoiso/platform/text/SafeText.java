package org.hoiso.platform.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The small markup lessons are written in, rendered to HTML with everything else escaped: paragraphs
 * (blank line), "## " headings, "- " lists, "**bold**", "*italic*", [text](https://…) links and
 * ![description](image:ID) pictures uploaded to hoiso. An
 * editor cannot put a script, a style or a tracking image on a member's phone.
 */
public final class SafeText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\n]+?)\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})]\\((https://[^\\s)\"'<>]{1,500})\\)");
    /** A picture uploaded to hoiso: ![description](image:12). Only hoiso's own pictures, by number. */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,200})]\\(image:(\\d{1,12})\\)");

    private SafeText() {
    }

    public static String toHtml(String text) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("- ")) {
                flush(out, paragraph);
                if (!inList) {
                    out.append("<ul>");
                    inList = true;
                }
                out.append("<li>").append(inline(line.substring(2))).append("</li>");
                continue;
            }
            if (inList) {
                out.append("</ul>");
                inList = false;
            }
            if (line.isEmpty()) {
                flush(out, paragraph);
            } else if (line.startsWith("## ")) {
                flush(out, paragraph);
                out.append("<h3>").append(inline(line.substring(3))).append("</h3>");
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        if (inList) {
            out.append("</ul>");
        }
        flush(out, paragraph);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            out.append("<p>").append(inline(paragraph.toString())).append("</p>");
            paragraph.setLength(0);
        }
    }

    /** Escapes first, then turns the few marks into tags: nothing the author typed becomes markup by itself. */
    private static String inline(String s) {
        String escaped = HtmlUtils.htmlEscape(s, "UTF-8");
        Matcher image = IMAGE.matcher(escaped);
        StringBuilder withImages = new StringBuilder();
        while (image.find()) {
            image.appendReplacement(withImages, Matcher.quoteReplacement(
                    "<img src=\"/lessons/images/" + image.group(2) + "\" alt=\"" + image.group(1) + "\" loading=\"lazy\">"));
        }
        image.appendTail(withImages);
        escaped = withImages.toString();
        Matcher link = LINK.matcher(escaped);
        StringBuilder b = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(b, Matcher.quoteReplacement(
                    "<a href=\"" + link.group(2) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + link.group(1) + "</a>"));
        }
        link.appendTail(b);
        String bold = BOLD.matcher(b.toString()).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }
}

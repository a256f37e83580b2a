package org.hoiso.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hoiso.platform.web.Formats;
import org.hoiso.platform.web.Messages;

/**
 * The data download as a page she can read (and print): each module's section under a title in her
 * language, each value labelled, dates as dd/MM/yyyy and times in Viet Nam's, known codes (status, kind
 * of help, her answer…) in words. The JSON download stays as it is: this only renders the same values.
 */
final class PersonalDataPage {

    /** One labelled value: a text, or entries (a list of labelled values each), or lines (a list of texts). */
    record Field(String label, String text, List<List<Field>> entries, List<String> lines) {
    }

    record Section(String key, String title, List<Field> fields) {
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** Values that are codes, by their key, to the message code prefix that names them in words. */
    private static final Map<String, String> CODES = Map.of("status", "status.", "position", "position.", "answer",
            "activity.response.", "method", "me.data.method.", "type", "help.type.", "kind", "me.data.kind.", "action",
            "audit.action.");

    private final Messages messages;
    private final Formats formats;

    PersonalDataPage(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    List<Section> sections(Map<String, Object> data) {
        List<Section> out = new ArrayList<>();
        data.forEach((key, value) -> {
            if (value instanceof Map<?, ?> m) {
                out.add(new Section(key, label("me.data.section." + key, key), fields(m)));
            }
        });
        return out;
    }

    private List<Field> fields(Map<?, ?> m) {
        List<Field> out = new ArrayList<>();
        m.forEach((k, v) -> {
            String key = String.valueOf(k);
            String label = label("me.data.field." + key, key);
            if (v instanceof List<?> list) {
                List<List<Field>> entries = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                for (Object o : list) {
                    if (o instanceof Map<?, ?> e) {
                        entries.add(fields(e).stream().filter(f -> !f.text().isEmpty()).toList());
                    } else {
                        lines.add(text(key, o));
                    }
                }
                out.add(new Field(label, "", entries, lines));
            } else if (v instanceof Map<?, ?> e) {
                out.add(new Field(label, "", List.of(fields(e)), List.of()));
            } else {
                out.add(new Field(label, text(key, v), List.of(), List.of()));
            }
        });
        return out;
    }

    private String text(String key, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return messages.get(b ? "me.data.yes" : "me.data.no");
        }
        String s = String.valueOf(v);
        try {
            if (TIME.matcher(s).matches()) {
                return formats.dateTime(OffsetDateTime.parse(s));
            }
            if (DATE.matcher(s).matches()) {
                return formats.date(LocalDate.parse(s));
            }
        } catch (DateTimeParseException e) {
            return s;
        }
        String prefix = CODES.get(key);
        return prefix == null ? s : label(prefix + s, s);
    }

    /** The message, or the fallback when the bundles do not name it (a section a new module adds). */
    private String label(String code, String fallback) {
        String m = messages.get(code);
        return m.equals(code) ? fallback : m;
    }
}

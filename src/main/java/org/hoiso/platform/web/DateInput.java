package org.hoiso.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as people type them in forms: dd/MM/yyyy (also d/M/yyyy, with - or .) or ISO yyyy-MM-dd. */
public final class DateInput {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateInput() {
    }

    /** Empty for blank input; throws {@link IllegalArgumentException} when the text is not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new IllegalArgumentException("not a date: " + t);
    }

    /**
     * A date typed in a form, {@code today} (the caller's, from the application's clock) when left empty; a field
     * problem when it is not a date.
     */
    public static LocalDate orToday(String text, String field, LocalDate today) {
        try {
            return parse(text).orElse(today);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "error.field.date")));
        }
    }

    public static String format(LocalDate d) {
        return d == null ? "" : DISPLAY.format(d);
    }
}

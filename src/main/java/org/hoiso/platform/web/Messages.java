package org.hoiso.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message codes in the caller's language (Vietnamese by default). */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String code, Object... args) {
        return get(LocaleContextHolder.getLocale(), code, args);
    }

    public String get(Locale locale, String code, Object... args) {
        return source.getMessage(code, args, code, locale);
    }

    public String get(FieldProblem p) {
        return get(p.code(), p.args().toArray());
    }

    /** Every message of a refusal: its field problems, or its own message when it names no field. */
    public List<String> all(DomainException e) {
        if (e.fieldProblems().isEmpty()) {
            return List.of(get(e.code(), e.args()));
        }
        return e.fieldProblems().stream().map(this::get).toList();
    }

    /** Field name → messages, in the order the problems were found. */
    public Map<String, List<String>> byField(List<FieldProblem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            out.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(get(p));
        }
        return out;
    }
}

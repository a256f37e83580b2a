package org.hoiso.platform.web;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a request as the page shows it: a confirmation ({@link #NOTICE}) or the messages of a
 * refusal ({@link #ERRORS}). The layout's {@code outcome} fragment shows them above every page's content,
 * the notice with {@code role="status"}, the errors with {@code role="alert"}. Given a {@link RedirectAttributes},
 * they are flash attributes, so they show once on the page the redirect leads to. Messages next to a field
 * are no outcome: they stay beside their input.
 */
public final class Outcome {

    /** Model attribute: the confirmation, one text. */
    public static final String NOTICE = "outcomeNotice";
    /** Model attribute: the messages of a refusal, a list of texts. */
    public static final String ERRORS = "outcomeErrors";

    private Outcome() {
    }

    public static void notice(Model model, String text) {
        put(model, NOTICE, text);
    }

    public static void error(Model model, String text) {
        errors(model, List.of(text));
    }

    public static void errors(Model model, List<String> texts) {
        if (!texts.isEmpty()) {
            put(model, ERRORS, List.copyOf(texts));
        }
    }

    private static void put(Model model, String name, Object value) {
        if (model instanceof RedirectAttributes redirect) {
            redirect.addFlashAttribute(name, value);
        } else {
            model.addAttribute(name, value);
        }
    }
}

package org.hoiso.safety;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.ImageBytes;
import org.hoiso.safety.identifiers.BankAccounts;
import org.hoiso.safety.identifiers.Identifier;
import org.hoiso.safety.identifiers.Identifiers;
import org.hoiso.safety.identifiers.LinkIdentifiers;

/**
 * The rules of the report form and of what a reporter adds later, as plain Java: sizes, dates, identifiers,
 * screenshots checked by their bytes. Every broken rule is named with its field; nothing is stored unless all hold.
 * Text is kept as typed (NFC, control characters dropped): it is shown as text, never as markup.
 */
public final class ReportRules {

    public static final int DESCRIPTION_MAX = 10_000;
    public static final int PEOPLE_MAX = 2_000;
    public static final int PLACE_MAX = 500;
    public static final int CONTACT_MAX = 200;
    public static final int IDENTIFIER_LINES_MAX = 5;
    public static final int SCREENSHOTS_MAX = 3;
    public static final int SCREENSHOT_BYTES_MAX = 5 * 1024 * 1024;
    public static final long MONEY_MAX = 1_000_000_000_000L;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ReportRules() {
    }

    /** A report that passed: its cleaned texts, the identifiers it names and its screenshots with their types. */
    public record Checked(List<FieldProblem> problems, String description, String people, String place, String contact,
            List<Identifier> identifiers, List<Screenshot> screenshots) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A screenshot whose bytes are a JPEG or PNG. */
    public record Screenshot(String contentType, byte[] bytes) {
    }

    public static Checked check(ReportInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null) {
            problems.add(FieldProblem.of("kind", "safety.report.kind.required"));
        }
        if (in.happenedOn() != null && (in.happenedOn().isAfter(today) || in.happenedOn().isBefore(EARLIEST))) {
            problems.add(FieldProblem.of("happenedOn", "safety.report.date.invalid"));
        }
        if (in.communeId() == null) {
            problems.add(FieldProblem.of("communeId", "safety.report.commune.required"));
        }
        if (in.moneyLost() != null && (in.moneyLost() < 0 || in.moneyLost() > MONEY_MAX)) {
            problems.add(FieldProblem.of("moneyLost", "safety.report.money.invalid"));
        }
        String description = text(in.description(), DESCRIPTION_MAX, "description", problems);
        if (description == null && !problems.stream().anyMatch(p -> p.field().equals("description"))) {
            problems.add(FieldProblem.of("description", "safety.report.description.required"));
        }
        String people = text(in.people(), PEOPLE_MAX, "people", problems);
        String place = text(in.place(), PLACE_MAX, "place", problems);
        String contact = text(in.contact(), CONTACT_MAX, "contact", problems);
        List<Identifier> identifiers = identifiers(in, problems);
        List<Screenshot> shots = screenshots(in.screenshots(), problems);
        return new Checked(List.copyOf(problems), description, people, place, contact, identifiers, shots);
    }

    /** What she adds later through her code and PIN: a text, screenshots, or both. */
    public static Checked checkAddition(String text, List<ReportInput.Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        String t = text(text, DESCRIPTION_MAX, "text", problems);
        List<Screenshot> shots = screenshots(uploads == null ? List.of() : uploads, problems);
        if (t == null && shots.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("text", "safety.follow.add.empty"));
        }
        return new Checked(List.copyOf(problems), t, null, null, null, List.of(), shots);
    }

    /** A free text as kept: NFC, line breaks kept, control characters dropped, trimmed; null when empty. */
    public static String text(String s, int max, String field, List<FieldProblem> problems) {
        if (s == null) {
            return null;
        }
        if (s.length() > max * 4) {
            problems.add(FieldProblem.of(field, "safety.text.tooLong", max));
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (t.length() > max) {
            problems.add(FieldProblem.of(field, "safety.text.tooLong", max));
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    private static List<Identifier> identifiers(ReportInput in, List<FieldProblem> problems) {
        Set<Identifier> found = new LinkedHashSet<>();
        List<String> phones = lines(in.phones(), "phones", problems);
        for (String line : phones) {
            Optional<Identifier> p = Identifiers.phone(line);
            if (p.isEmpty()) {
                problems.add(FieldProblem.of("phones", "safety.report.phone.invalid", line));
            } else {
                found.add(p.get());
            }
        }
        for (String line : lines(in.links(), "links", problems)) {
            Optional<Identifier> l = LinkIdentifiers.normalise(line);
            if (l.isEmpty()) {
                problems.add(FieldProblem.of("links", "safety.report.link.invalid", shorten(line)));
            } else {
                found.add(l.get());
            }
        }
        boolean bin = in.bankBin() != null && !in.bankBin().isBlank();
        boolean account = in.bankAccount() != null && !in.bankAccount().isBlank();
        if (bin || account) {
            Optional<Identifier> a = BankAccounts.normalise(in.bankBin(), in.bankAccount());
            if (a.isEmpty()) {
                problems.add(
                        FieldProblem.of("bankAccount", bin ? "safety.report.account.invalid" : "safety.report.bank.required"));
            } else {
                found.add(a.get());
            }
        }
        if (in.vietQr() != null && !in.vietQr().isBlank()) {
            Optional<Identifier> q = in.vietQr().length() > 1000 ? Optional.empty() : BankAccounts.fromVietQr(in.vietQr());
            if (q.isEmpty()) {
                problems.add(FieldProblem.of("vietQr", "safety.report.vietqr.invalid"));
            } else {
                found.add(q.get());
            }
        }
        return List.copyOf(found);
    }

    private static List<String> lines(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > 4000) {
            problems.add(FieldProblem.of(field, "safety.report.lines.tooMany", IDENTIFIER_LINES_MAX));
            return List.of();
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (lines.size() > IDENTIFIER_LINES_MAX) {
            problems.add(FieldProblem.of(field, "safety.report.lines.tooMany", IDENTIFIER_LINES_MAX));
            return List.of();
        }
        return lines;
    }

    private static List<Screenshot> screenshots(List<ReportInput.Upload> uploads, List<FieldProblem> problems) {
        List<ReportInput.Upload> given = uploads.stream().filter(u -> u.size() > 0).toList();
        if (given.size() > SCREENSHOTS_MAX) {
            problems.add(FieldProblem.of("screenshots", "safety.report.screenshots.tooMany", SCREENSHOTS_MAX));
            return List.of();
        }
        List<Screenshot> out = new ArrayList<>();
        for (ReportInput.Upload u : given) {
            String type = ImageBytes.type(u.bytes());
            if (u.size() > SCREENSHOT_BYTES_MAX) {
                problems.add(FieldProblem.of("screenshots", "safety.report.screenshot.tooLarge", shorten(name(u)), 5));
            } else if (type == null) {
                problems.add(FieldProblem.of("screenshots", "safety.report.screenshot.notImage", shorten(name(u))));
            } else {
                out.add(new Screenshot(type, u.bytes()));
            }
        }
        return out;
    }

    private static String name(ReportInput.Upload u) {
        return u.name() == null || u.name().isBlank() ? "?" : u.name();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}

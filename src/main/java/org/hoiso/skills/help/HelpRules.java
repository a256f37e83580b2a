package org.hoiso.skills.help;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.FieldProblem;

/**
 * The rules of a help entry, without Spring or a database. A citizen who is not a member is recorded by
 * name and phone only, and only when her consent was asked and given (Law 91/2025: explicit consent,
 * minimal data); the phone is kept in its national form so she is counted once however it was typed.
 */
final class HelpRules {

    /** The help log starts with the 2025 programmes; earlier dates are typing mistakes. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final int MAX_NAME = 100;
    static final int MAX_PLACE = 200;
    static final int MAX_NOTE = 200;
    static final int MAX_SESSION_LINES = 200;

    private HelpRules() {
    }

    record Checked<T>(T value, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A person of a session line. */
    record Person(String name, String phone) {
    }

    /** The entry cleaned (names, phone normalised, note dropped unless OTHER) and every problem found. */
    static Checked<HelpEntry> check(HelpEntry e, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        common(e.type() == null ? List.of() : List.of(e.type()), e.givenOn(), e.place(), today, problems);
        String note = note(e.type(), e.note(), problems);
        String name = VietnameseText.cleanOrNull(e.citizenName());
        String rawPhone = VietnameseText.cleanOrNull(e.citizenPhone());
        String phone = null;
        if (e.memberId() != null) {
            if (name != null || rawPhone != null) {
                problems.add(FieldProblem.of("memberId", "help.person.both"));
            }
            name = null;
        } else if (name == null && rawPhone == null) {
            problems.add(FieldProblem.of("memberId", "help.person.required"));
        } else {
            if (name == null) {
                problems.add(FieldProblem.of("citizenName", "error.field.required"));
            } else if (name.length() > MAX_NAME) {
                problems.add(FieldProblem.of("citizenName", "help.name.tooLong", MAX_NAME));
            } else {
                name = VietnameseText.personName(name);
            }
            Optional<String> normalised = PhoneNumber.normalise(rawPhone);
            if (rawPhone == null) {
                problems.add(FieldProblem.of("citizenPhone", "error.field.required"));
            } else if (normalised.isEmpty()) {
                problems.add(FieldProblem.of("citizenPhone", "help.phone.invalid"));
            }
            phone = normalised.orElse(null);
            if (!e.consent()) {
                problems.add(FieldProblem.of("consent", "help.consent.required"));
            }
        }
        HelpEntry cleaned = new HelpEntry(e.unitId(), e.givenOn(), VietnameseText.cleanOrNull(e.place()), e.type(), note,
                e.memberId(), name, phone, e.consent());
        return new Checked<>(cleaned, List.copyOf(problems));
    }

    /** The session cleaned: each line parsed to a person; a bad line is named by its number (from 1). */
    static Checked<List<Person>> check(SessionEntry s, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        common(s.types(), s.givenOn(), s.place(), today, problems);
        if (s.types().contains(HelpType.OTHER)) {
            note(HelpType.OTHER, s.note(), problems);
        }
        List<Person> people = new ArrayList<>();
        int lineNo = 0;
        for (String line : s.people()) {
            lineNo++;
            if (line == null || line.isBlank()) {
                continue;
            }
            int comma = Math.max(line.lastIndexOf(','), Math.max(line.lastIndexOf(';'), line.lastIndexOf('\t')));
            String name = VietnameseText.cleanOrNull(comma < 0 ? line : line.substring(0, comma));
            String phone = comma < 0 ? null : line.substring(comma + 1);
            Optional<String> normalised = PhoneNumber.normalise(phone);
            if (name == null || name.length() > MAX_NAME) {
                problems.add(FieldProblem.of("people", "help.session.badName", lineNo));
            } else if (normalised.isEmpty()) {
                problems.add(FieldProblem.of("people", "help.session.badPhone", lineNo));
            } else {
                people.add(new Person(VietnameseText.personName(name), normalised.get()));
            }
        }
        if (people.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("people"))) {
            problems.add(FieldProblem.of("people", "help.session.empty"));
        }
        if (lineNo > MAX_SESSION_LINES) {
            problems.add(FieldProblem.of("people", "help.session.tooMany", MAX_SESSION_LINES));
        }
        if (!s.consent()) {
            problems.add(FieldProblem.of("consent", "help.consent.required"));
        }
        return new Checked<>(List.copyOf(people), List.copyOf(problems));
    }

    /** A phone as lists show it: "0912345678" → "09xx xxx 678", so a list read by many reveals no number. */
    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 6) {
            return "xxx";
        }
        return phone.substring(0, 2) + "xx xxx " + phone.substring(phone.length() - 3);
    }

    private static void common(List<HelpType> types, LocalDate givenOn, String place, LocalDate today,
            List<FieldProblem> problems) {
        if (types.isEmpty()) {
            problems.add(FieldProblem.of("type", "error.field.required"));
        }
        if (givenOn == null) {
            problems.add(FieldProblem.of("givenOn", "error.field.required"));
        } else if (givenOn.isAfter(today)) {
            problems.add(FieldProblem.of("givenOn", "help.date.future"));
        } else if (givenOn.isBefore(FIRST_DAY)) {
            problems.add(FieldProblem.of("givenOn", "help.date.tooEarly", "01/01/2025"));
        }
        String p = VietnameseText.cleanOrNull(place);
        if (p != null && p.length() > MAX_PLACE) {
            problems.add(FieldProblem.of("place", "help.place.tooLong", MAX_PLACE));
        }
    }

    private static String note(HelpType type, String raw, List<FieldProblem> problems) {
        if (type != HelpType.OTHER) {
            // Only "other" needs words to say what it was; anything else is a category already.
            return null;
        }
        String note = VietnameseText.cleanOrNull(raw);
        if (note == null) {
            problems.add(FieldProblem.of("note", "help.note.required"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "help.note.tooLong", MAX_NOTE));
        }
        return note;
    }
}

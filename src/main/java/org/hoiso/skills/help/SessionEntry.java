package org.hoiso.skills.help;

import java.time.LocalDate;
import java.util.List;

/**
 * A session of help entered at once: the types given to everyone present, and the people as typed,
 * one per line "Họ tên, số điện thoại". One consent confirmation covers every line.
 */
public record SessionEntry(Long unitId, LocalDate givenOn, String place, List<HelpType> types, String note,
        List<String> people, boolean consent) {

    public SessionEntry {
        types = types == null ? List.of() : List.copyOf(types);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The people of a textarea, one per non-blank line. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}

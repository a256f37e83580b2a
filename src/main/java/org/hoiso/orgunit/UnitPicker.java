package org.hoiso.orgunit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing a unit by typing its name (without diacritics, words in any order, the province's or commune's
 * name too) instead of its code: the search behind the unit picker ({@code templates/orgunit/picker.html})
 * and the reading of what a form sent back — the id the officer ticked, or else the text she typed
 * (a code, or a name that names one unit). Only open units within the caller's reach are ever offered or
 * accepted.
 */
@Service
@Transactional(readOnly = true)
public class UnitPicker {

    /** Shown at most; the ambiguity message names the first few. */
    static final int LIMIT = 12;
    private static final int NAMED_IN_MESSAGE = 5;

    /** Which units a picker may offer. */
    public enum Reach {
        /** Units of the subtrees the caller may change. */
        WRITABLE,
        /**
         * A member's new unit: the subtrees the caller may change, and any open commune-level or agency union
         * of the country (the official list is public; branches of other communes are not shown).
         */
        TRANSFER;

        static Reach of(String text) {
            return text != null && text.equalsIgnoreCase("transfer") ? TRANSFER : WRITABLE;
        }
    }

    /** What a picker offers: its reach, and the levels allowed (empty: any level). */
    public record Pick(Reach reach, Set<String> levels) {

        public Pick {
            levels = Set.copyOf(levels);
        }

        public static Pick writable() {
            return new Pick(Reach.WRITABLE, Set.of());
        }

        /** From the picker's request parameters: "transfer" or anything else, levels separated by commas. */
        static Pick of(String reach, String levels) {
            Set<String> l = levels == null || levels.isBlank()
                    ? Set.of()
                    : Arrays.stream(levels.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                            .collect(Collectors.toSet());
            return new Pick(Reach.of(reach), l);
        }

        /** The levels as the picker's request carries them. */
        public String levelList() {
            return levels.stream().sorted().collect(Collectors.joining(","));
        }
    }

    private final OrgUnitRepository units;

    UnitPicker(OrgUnitRepository units) {
        this.units = units;
    }

    /** A unit as a picker shows it, with its place (for a form that starts on the page's own unit). */
    public UnitChoice choice(OrgUnit unit) {
        return units.choice(unit.id()).orElseThrow();
    }

    /** Units within the pick whose name and place contain every word typed, best first. */
    public List<UnitChoice> search(Caller caller, Pick pick, String text) {
        List<String> words = words(text);
        if (words.isEmpty() || caller.isMember()) {
            return List.of();
        }
        return units.pick(words, VietnameseText.fold(text), caller.writableUnits(), pick.reach() == Reach.TRANSFER,
                pick.levels(), LIMIT);
    }

    /**
     * The unit a form names in its field: the ticked choice ({@code id}) if it is within the pick, else the
     * typed text as a unit code, else as a name that only one unit within the pick carries. A refusal names
     * the field: nothing found, or several units (named, with their codes, so she can tell them apart).
     */
    public OrgUnit resolve(Caller caller, Pick pick, String field, Long id, String text) {
        if (id != null) {
            return units.find(id).filter(u -> allowed(caller, pick, u))
                    .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of(field, "unit.pick.none", "#" + id))));
        }
        String typed = VietnameseText.clean(text);
        if (typed == null || typed.isBlank()) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "unit.pick.required")));
        }
        Optional<OrgUnit> byCode = units.findOpenByCode(typed).filter(u -> allowed(caller, pick, u));
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<UnitChoice> found = search(caller, pick, typed);
        if (found.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "unit.pick.none", typed)));
        }
        String folded = VietnameseText.fold(typed);
        List<UnitChoice> exact = found.stream()
                .filter(c -> VietnameseText.fold(c.name()).equals(folded) || VietnameseText.fold(c.label()).equals(folded))
                .toList();
        UnitChoice only = found.size() == 1 ? found.get(0) : exact.size() == 1 ? exact.get(0) : null;
        if (only == null) {
            String named = found.stream().limit(NAMED_IN_MESSAGE).map(c -> c.label() + " (" + c.code() + ")")
                    .collect(Collectors.joining("; "));
            throw DomainException.invalid(List.of(FieldProblem.of(field, "unit.pick.ambiguous", typed,
                    found.size() >= LIMIT ? LIMIT + "+" : Integer.toString(found.size()), named)));
        }
        return units.find(only.id()).orElseThrow();
    }

    private boolean allowed(Caller caller, Pick pick, OrgUnit u) {
        if (!u.isOpen() || !pick.levels().isEmpty() && !pick.levels().contains(u.levelCode()) || caller.isMember()) {
            return false;
        }
        if (units.pathWithin(u.id(), caller.writableUnits()).isPresent()) {
            return true;
        }
        return pick.reach() == Reach.TRANSFER && OrgUnitRepository.PUBLIC_LEVELS.contains(u.levelCode());
    }

    /** The folded words of what she typed, without the dash of a label ("Xã Ba Đình — Tỉnh Thanh Hoá"). */
    static List<String> words(String text) {
        String folded = VietnameseText.fold(text);
        if (folded == null) {
            return List.of();
        }
        return Arrays.stream(folded.split("[\\s,;—–\\-()]+")).filter(w -> !w.isBlank()).distinct().limit(8).toList();
    }
}

package org.hoiso.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hoiso.platform.web.FieldProblem;

/**
 * The Citizen Identity Card number (số CCCD / số định danh cá nhân): 12 digits {@code PPP G YY NNNNNN}.
 * PPP is the province where the birth was registered (one of the 63 provinces before 2025, with a
 * leading 0); G encodes gender and century (0/1 = male/female born 1900–1999, 2/3 = 2000–2099, …);
 * YY are the last two digits of the birth year. The number is lifelong: the 2025 merger changed none.
 */
public final class NationalId {

    private static final Set<String> PROVINCE_PREFIXES = loadPrefixes();

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private NationalId() {
    }

    /** Digits only: spaces, dots and dashes typed between groups are dropped. */
    public static String normalise(String input) {
        return input == null ? null : SEPARATORS.matcher(input.strip()).replaceAll("");
    }

    public static boolean isKnownProvincePrefix(String prefix) {
        return PROVINCE_PREFIXES.contains(prefix);
    }

    public static Set<String> provincePrefixes() {
        return PROVINCE_PREFIXES;
    }

    /**
     * Every rule the number breaks for a woman born on {@code birthDate}, each with its own message
     * code. Empty when the number is valid. {@code birthDate} may be null (then only the number's own
     * form is checked).
     */
    public static List<FieldProblem> check(String number, LocalDate birthDate, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (number == null || number.isEmpty()) {
            problems.add(FieldProblem.of(field, "member.cccd.required"));
            return problems;
        }
        if (!twelveDigits(number)) {
            problems.add(FieldProblem.of(field, "member.cccd.format"));
            return problems;
        }
        String prefix = number.substring(0, 3);
        if (!PROVINCE_PREFIXES.contains(prefix)) {
            problems.add(FieldProblem.of(field, "member.cccd.province", prefix));
        }
        int g = number.charAt(3) - '0';
        if (g % 2 == 0) {
            problems.add(FieldProblem.of(field, "member.cccd.gender"));
        }
        int centuryStart = 1900 + 100 * (g / 2);
        int yy = Integer.parseInt(number.substring(4, 6));
        if (birthDate != null) {
            int year = birthDate.getYear();
            if (year < centuryStart || year >= centuryStart + 100) {
                // years as text: a number argument would be written "2.000" in Vietnamese
                problems.add(FieldProblem.of(field, "member.cccd.century", String.valueOf(centuryStart),
                        String.valueOf(centuryStart + 99), String.valueOf(year)));
            }
            if (yy != year % 100) {
                problems.add(
                        FieldProblem.of(field, "member.cccd.year", String.format("%02d", yy), String.format("%02d", year % 100)));
            }
        }
        return problems;
    }

    /** Exactly twelve ASCII digits (a loop: this runs for every row of a million-row import). */
    private static boolean twelveDigits(String s) {
        if (s.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number with all but the last three digits hidden, as lists and viewers see it. */
    public static String mask(String number) {
        if (number == null || number.length() < 4) {
            return number;
        }
        return "*".repeat(number.length() - 3) + number.substring(number.length() - 3);
    }

    private static Set<String> loadPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        try (var in = NationalId.class.getResourceAsStream("/member/data/cccd_birth_province_codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("member/data/cccd_birth_province_codes.csv missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    prefixes.add(line.substring(0, line.indexOf(',')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (prefixes.size() != 63) {
            throw new IllegalStateException("expected 63 CCCD province prefixes, found " + prefixes.size());
        }
        return Set.copyOf(prefixes);
    }
}

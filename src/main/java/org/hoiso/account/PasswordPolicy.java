package org.hoiso.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/**
 * The password policy (chính sách mật khẩu), the same wherever a password is set: creating an account, a reset,
 * a change of her own, a member's activation at /join. It refuses, naming the reason: fewer than
 * {@value #MIN_LENGTH} characters, one character or a short group repeated, a run along the keyboard, the
 * alphabet or the digits, a phone number, her user name or her phone inside it, and the passwords attackers try
 * first (the 10,000 most common ones and Vietnamese ones, {@code account/passwords/}), also with digits or
 * punctuation added at the end ("password123"). Plain Java: no bean, no database.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    /** Why a password is refused; each has its message ({@link #code()}) in Vietnamese and English. */
    public enum Reason {
        TOO_SHORT("account.password.tooShort"), TOO_LONG("account.password.tooLong"), REPEATED(
                "account.password.repeated"), SEQUENCE("account.password.sequence"), PHONE_NUMBER(
                        "account.password.phoneNumber"), CONTAINS_USERNAME("account.password.containsUsername"), CONTAINS_PHONE(
                                "account.password.containsPhone"), COMMON("account.password.common");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Runs a person types without thinking: digits, alphabet, keyboard rows and columns (each also backwards). */
    private static final List<String> RUNS = List.of("01234567890123456789",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "qwertyuiop[]asdfghjkl;'zxcvbnm,./", "azertyuiopqsdfghjklmwxcvbn",
            "qwertzuiopasdfghjklyxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "1q2w3e4r5t6y7u8i9o0p",
            "!@#$%^&*()_+", "`1234567890-=");
    private static final Set<String> COMMON = load("account/passwords/common-passwords.txt",
            "account/passwords/vietnamese.txt");
    private static final int SHORTEST_COMMON_STEM = 3;

    private PasswordPolicy() {
    }

    /**
     * Why the password is refused for the account of that user name, or empty when it is acceptable.
     *
     * @param username the account's user name (a member's is her phone number); may be null
     */
    public static Optional<Reason> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Reason.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Reason.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (repeated(lower)) {
            return Optional.of(Reason.REPEATED);
        }
        if (run(lower)) {
            return Optional.of(Reason.SEQUENCE);
        }
        if (PhoneNumber.normalise(password).isPresent()) {
            return Optional.of(Reason.PHONE_NUMBER);
        }
        Optional<Reason> personal = personal(lower, username);
        if (personal.isPresent()) {
            return personal;
        }
        return common(VietnameseText.fold(password)) ? Optional.of(Reason.COMMON) : Optional.empty();
    }

    /** Throws the refusal on the named field, with its reason. */
    public static void require(String field, String password, String username) {
        check(password, username).ifPresent(r -> {
            throw DomainException.invalid(List.of(problem(field, r)));
        });
    }

    /** The problem of a field, with the minimum length as the argument of the too-short message. */
    static FieldProblem problem(String field, Reason reason) {
        return reason == Reason.TOO_SHORT || reason == Reason.TOO_LONG
                ? FieldProblem.of(field, reason.code(), reason == Reason.TOO_SHORT ? MIN_LENGTH : MAX_LENGTH)
                : FieldProblem.of(field, reason.code());
    }

    /** One character, or a group of up to four, repeated: "aaaaaaaaaa", "abababab12" is not, "abcabcabca" is. */
    private static boolean repeated(String p) {
        for (int period = 1; period <= 4; period++) {
            boolean same = true;
            for (int i = period; i < p.length() && same; i++) {
                same = p.charAt(i) == p.charAt(i - period);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean run(String p) {
        String backwards = new StringBuilder(p).reverse().toString();
        return RUNS.stream().anyMatch(r -> r.contains(p) || r.contains(backwards));
    }

    private static Optional<Reason> personal(String lower, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<String> phone = PhoneNumber.normalise(username);
        if (phone.isPresent()) {
            // her phone, typed any way inside the password: "0912.345.678" or "+84912345678" or "912345678"
            String digits = lower.replaceAll("[^0-9]", "");
            return digits.contains(phone.get().substring(1)) ? Optional.of(Reason.CONTAINS_PHONE) : Optional.empty();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() >= 3 && lower.contains(name) ? Optional.of(Reason.CONTAINS_USERNAME) : Optional.empty();
    }

    /** On the list, or on it with digits and punctuation added at the end ("iloveyou2024!"). */
    private static boolean common(String folded) {
        if (COMMON.contains(folded)) {
            return true;
        }
        String stem = folded.replaceFirst("[\\p{Punct}\\p{Digit}\\s]+$", "");
        return stem.length() >= SHORTEST_COMMON_STEM && !stem.equals(folded) && COMMON.contains(stem);
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}

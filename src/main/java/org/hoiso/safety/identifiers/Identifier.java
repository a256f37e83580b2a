package org.hoiso.safety.identifiers;

import java.util.Objects;

/**
 * An identifier in its normalised form, the one key under which every report of it is counted: a phone as
 * {@code +84…} (a service number such as {@code 1900…} as its digits, a foreign one as {@code +<country>…}), a bank
 * account as {@code <BIN>:<account>}, a link as its registered domain plus path ({@code example.com.vn/khuyen-mai}),
 * a profile as its canonical URL ({@code https://www.facebook.com/profile.php?id=100…}).
 */
public record Identifier(IdentifierKind kind, String value) {

    public static final int MAX_LENGTH = 300;

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a normalised identifier: " + value);
        }
    }

    /** How a person reads it: a Vietnamese number in its national form (0…), a bank account with its bank's name. */
    public String display() {
        return switch (kind) {
            case PHONE -> value.startsWith("+84") ? "0" + value.substring(3) : value;
            case BANK_ACCOUNT -> BankAccounts.display(value);
            case LINK, PROFILE -> value;
        };
    }
}

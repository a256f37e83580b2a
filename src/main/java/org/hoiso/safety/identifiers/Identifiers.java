package org.hoiso.safety.identifiers;

import java.util.Optional;

/**
 * One box for any identifier ("check before you transfer", a warning's list): a pasted VietQR code, a web link or
 * profile, a "bank account" line, or a phone number, tried in that order.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** What the text is, normalised; empty when it is none of them. */
    public static Optional<Identifier> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (BankAccounts.looksLikeVietQr(t)) {
            return BankAccounts.fromVietQr(t);
        }
        if (LinkIdentifiers.looksLikeLink(t)) {
            Optional<Identifier> link = LinkIdentifiers.normalise(t);
            if (link.isPresent()) {
                return link;
            }
        }
        Optional<Identifier> account = BankAccounts.fromText(t);
        if (account.isPresent()) {
            return account;
        }
        return PhoneIdentifiers.normalise(t).map(p -> new Identifier(IdentifierKind.PHONE, p));
    }

    /** A phone number, normalised. */
    public static Optional<Identifier> phone(String text) {
        return PhoneIdentifiers.normalise(text).map(p -> new Identifier(IdentifierKind.PHONE, p));
    }
}

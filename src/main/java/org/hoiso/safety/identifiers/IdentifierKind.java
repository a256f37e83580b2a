package org.hoiso.safety.identifiers;

/** What an identifier named in a scam report is: a phone number, a bank account, a link or a social profile. */
public enum IdentifierKind {
    PHONE, BANK_ACCOUNT, LINK, PROFILE
}

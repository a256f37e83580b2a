package org.hoiso.member;

/**
 * A member search: free text (a name typed without diacritics, a CCCD number or a phone number), the
 * unit whose subtree to search (the caller's own unit when null), filters and a keyset cursor.
 */
public record MemberQuery(String q, Long unitId, MemberStatus status, Boolean hasSmartphone, Integer vneidLevel,
        Boolean hasEwallet, Integer minDigitalSkill, String after, Integer limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public int pageSize() {
        return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static MemberQuery byText(String q, Long unitId) {
        return new MemberQuery(q, unitId, null, null, null, null, null, null, null);
    }
}

package org.hoiso.skills.help;

import java.time.LocalDate;

/** One help as lists show it: a citizen's phone always masked. */
public record HelpRecord(long id, long unitId, String unitName, LocalDate givenOn, String place, HelpType type, String note,
        Long memberId, String personName, String phoneMasked, boolean citizen, String loggedBy) {
}
